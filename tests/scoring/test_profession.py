"""The resume's own line of work: skills shown from another profession count for less, explained."""

from __future__ import annotations

import pytest

from assistant.jobs import parse_job
from assistant.jobs.matching import SkillFinder
from assistant.resume.models import Resume
from assistant.scoring import ScoreReport, score_resume
from assistant.scoring.profession import NEIGHBOUR_SKILL_SHARE, read_profession
from tests.scoring.builders import BACKEND_JD, make_resume

pytestmark = pytest.mark.unit

SKILLS = ["Python", "SQL", "Docker", "Kubernetes", "Kafka", "FastAPI", "PostgreSQL", "AWS"]


def backend_skills_resume(title: str, previous: str | None = None) -> Resume:
    return make_resume(
        headline=title,
        skills=SKILLS,
        roles=[
            (
                title,
                "2020-01",
                None,
                ["Built Python services on AWS with Docker and Kubernetes for 2M users"],
            ),
            (
                previous or title,
                "2016-01",
                "2019-12",
                ["Ran PostgreSQL and Kafka pipelines handling 5k events/s"],
            ),
        ],
    )


def run(resume: Resume, matcher: SkillFinder) -> ScoreReport:
    return score_resume(resume, parse_job(BACKEND_JD, matcher=matcher), matcher=matcher)


@pytest.mark.parametrize(
    ("title", "relation"),
    [
        ("Senior Backend Engineer", "same"),
        ("Software Engineer", "close"),  # a core member of the backend family
        ("Platform Engineer", "weaker"),  # an outer member
        ("DevOps Engineer", "other"),  # a known, different profession
        ("Founder", "unknown"),  # no family knows it: judged by skills alone
    ],
)
def test_read_profession(title: str, relation: str) -> None:
    profession = read_profession("Senior Backend Engineer", backend_skills_resume(title))
    assert profession.relation == relation


@pytest.mark.parametrize(
    ("job_title", "title", "relation"),
    [
        ("Physical Therapist", "Physical Therapist Assistant", "weaker"),  # another role, the job's words
        ("Data Engineer", "Senior Data Analyst", "weaker"),
        ("Data Engineer", "ETL Developer", "close"),  # a core member of the data engineering family
        ("Physical Therapist", "Physical Therapist, Acute Care", "same"),
    ],
)
def test_a_title_naming_another_role_is_a_weaker_neighbour(job_title: str, title: str, relation: str) -> None:
    resume = make_resume(headline=title, roles=[(title, "2020-01", None, ["Worked 40 hours a week"])])
    assert read_profession(job_title, resume).relation == relation


def test_no_job_title_judges_nothing() -> None:
    assert read_profession(None, backend_skills_resume("DevOps Engineer")).relation == "unknown"


def test_skills_from_a_weaker_neighbouring_role_count_for_less_with_a_reason(matcher: SkillFinder) -> None:
    own = run(backend_skills_resume("Backend Engineer"), matcher)
    weaker = run(backend_skills_resume("Platform Engineer"), matcher)
    own_skills, weaker_skills = own.component("required_skills"), weaker.component("required_skills")
    assert own_skills is not None and weaker_skills is not None
    assert weaker_skills.score == pytest.approx(own_skills.score * NEIGHBOUR_SKILL_SHARE, abs=0.1)
    cut = next(d for d in weaker.deductions if d.id == "other_role:required_skills")
    assert '"Platform Engineer" reads as a neighbouring role' in cut.message
    assert "Keep your real title" in cut.fix
    assert weaker.score < own.score
    assert round(sum(d.points for d in weaker.deductions), 1) == round(100 - weaker.score, 1)


@pytest.mark.parametrize("title", ["Backend Engineer", "DevOps Engineer", "Founder"])
def test_own_other_and_unknown_professions_keep_their_skill_credit(title: str, matcher: SkillFinder) -> None:
    """A career changer from another profession, or an unknown title, is scored on the skills alone."""
    report = run(backend_skills_resume(title), matcher)
    assert not any(d.id.startswith("other_role:") for d in report.deductions)


def test_the_recent_roles_decide_not_an_old_one(matcher: SkillFinder) -> None:
    moved_in = backend_skills_resume("Backend Engineer", previous="DevOps Engineer")
    moved_out = backend_skills_resume("DevOps Engineer", previous="Backend Engineer")
    assert read_profession("Senior Backend Engineer", moved_in).relation == "same"
    assert read_profession("Senior Backend Engineer", moved_out).relation == "same"  # two recent roles count
    assert not any(d.id.startswith("other_role:") for d in run(moved_out, matcher).deductions)
