"""A specialised skill on a resume also shows the general skill its name ends with."""

from __future__ import annotations

import pytest

from assistant import score
from assistant.scoring.specialisations import NOT_A_KIND_OF, general_skills
from assistant.skills.matcher import get_matcher

pytestmark = pytest.mark.unit

JOB = """Welder / Fabricator
Requirements:
- Welding and metal fabrication experience in a production shop.
- Accounting for materials on job tickets; CSS is not needed.
"""


@pytest.mark.parametrize(
    ("specialised", "general"),
    [("MIG Welding", "Welding"), ("Cost Accounting", "Accounting"), ("Tailwind CSS", "CSS")],
)
def test_the_general_skill_is_found_in_the_specialised_name(specialised: str, general: str) -> None:
    assert general in {hit.skill for hit in general_skills(get_matcher(), specialised)}


@pytest.mark.parametrize(("specialised", "general"), sorted(NOT_A_KIND_OF)[:5])
def test_listed_false_friends_are_not_implied(specialised: str, general: str) -> None:
    found = {hit.skill.lower() for hit in general_skills(get_matcher(), specialised.title())}
    assert general not in found


def test_a_resume_listing_mig_welding_matches_a_job_asking_for_welding() -> None:
    resume = "Dana Roe\ndana@example.com\n\nSkills\nMIG welding, blueprint reading\n"
    report = score(resume, JOB)
    matched = {m.term for m in report.matched_keywords}
    assert "Welding" in matched
    assert "Welding" not in {m.term for m in report.missing_keywords}
