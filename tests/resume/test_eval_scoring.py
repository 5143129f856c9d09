"""The eval's own checkers: a right answer scores full marks and a wrong one is flagged."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.resume.models import Contact, EducationEntry, ExperienceEntry, Resume
from evals.parsing.run import Report, run, score_file

pytestmark = pytest.mark.unit

TRUTH = {
    "contact": {
        "full_name": "Jane Smith",
        "email": "jane@example.com",
        "phone": "(312) 555-0123",
        "location": "Austin, TX",
    },
    "experience": [
        {"title": "Software Engineer", "company": "Globex Corporation", "dates": "Jan 2021 - Present"}
    ],
    "education": [{"degree": "B.S. Computer Science", "institution": "State University"}],
    "skills": ["Python", "SQL"],
}
GOOD = Resume(
    contact=Contact(name="JANE SMITH", email="jane@example.com", phone="312-555-0123", location="Austin, TX"),
    experience=[
        ExperienceEntry(
            title="Software Engineer", company="Globex Corporation", start="2021-01", current=True
        )
    ],
    education=[EducationEntry(degree="B.S. Computer Science", institution="State University")],
    skills=["python", "SQL"],
)
BAD = Resume(
    contact=Contact(name="Software Engineer", email="jane@example.com"),
    experience=[ExperienceEntry(title="Globex Corporation", company=None, start="2020-01", end="2021-01")],
    skills=["Python", "Java"],
)


def test_good_output_scores_full_marks() -> None:
    report = Report()
    score_file(TRUTH, GOOD, report, "good")
    assert all(c.f1 == 1.0 for c in report.fields.values()), report.misses


def test_bad_output_is_flagged() -> None:
    report = Report()
    score_file(TRUTH, BAD, report, "bad")
    assert report.fields["contact.name"].f1 == 0.0
    assert report.fields["contact.phone"].recall == 0.0
    assert report.fields["experience.entry"].f1 == 0.0
    assert report.fields["experience.dates"].f1 == 0.0
    assert report.fields["skills"].precision == 0.5
    assert report.misses


def test_missing_dataset_returns_none(tmp_path: Path) -> None:
    assert run(tmp_path / "absent") is None
