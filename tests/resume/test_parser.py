"""parse_resume end to end on built Documents: sections, headerless resumes, years, skills, invariants."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant.documents.models import Document, HiddenText, Layout, Line
from assistant.resume.models import RESUME_SCHEMA_VERSION, Resume
from assistant.resume.parser import parse_resume
from tests.resume.conftest import make_document

pytestmark = pytest.mark.unit
TODAY = date(2026, 1, 1)

FULL = """
# Jane Smith
jane.smith@example.com · (312) 555-0123 · Springfield, IL · linkedin.com/in/janesmith
# PROFESSIONAL SUMMARY
Backend engineer with eight years building reliable systems.
# Work History
Acme Corp   Jan 2022 – Present
Senior Software Engineer · Springfield, IL
• Led migration of three services to Kubernetes, cutting p99 latency by 42%.
Globex Corporation   Mar 2019 – Dec 2022
Software Engineer · Remote
• Built an event pipeline processing 12 TB per day.
# Education
Springfield State University
B.S. Computer Science · 2017
# Technical Skills:
Languages: Python, Go, TypeScript
Cloud | AWS | Kubernetes (EKS, GKE)
• Distributed Systems
# Licenses & Certifications
AWS Certified Solutions Architect – Professional, 2022
"""


def test_full_resume() -> None:
    doc = make_document(FULL)
    doc.layout = Layout(hidden_text=[HiddenText(reason="white_text", text="python kubernetes")])
    doc.warnings = ["two columns on page 1"]
    resume = parse_resume(doc, today=TODAY)
    assert resume.schema_version == RESUME_SCHEMA_VERSION
    assert [(s.name, s.heading) for s in resume.sections] == [
        ("contact", ""),
        ("summary", "PROFESSIONAL SUMMARY"),
        ("experience", "Work History"),
        ("education", "Education"),
        ("skills", "Technical Skills"),
        ("certifications", "Licenses & Certifications"),
    ]
    assert resume.contact.name == "Jane Smith"
    assert resume.summary == "Backend engineer with eight years building reliable systems."
    assert [(e.company, e.title, e.location) for e in resume.experience] == [
        ("Acme Corp", "Senior Software Engineer", "Springfield, IL"),
        ("Globex Corporation", "Software Engineer", "Remote"),
    ]
    assert resume.total_years_experience == 6.9  # Mar 2019 .. Jan 2026 inclusive; 2022 overlap once
    assert resume.education[0].level == "bachelor"
    assert resume.skills == [
        "Python",
        "Go",
        "TypeScript",
        "Cloud",
        "AWS",
        "Kubernetes (EKS, GKE)",
        "Distributed Systems",
    ]
    assert resume.certifications == ["AWS Certified Solutions Architect – Professional"]
    assert resume.text == doc.text
    assert resume.layout.hidden_text[0].text == "python kubernetes"
    assert resume.warnings == ["two columns on page 1"]
    assert resume.section("skills") is not None


def test_headerless_resume_infers_roles_from_dated_lines() -> None:
    text = """
    JORDAN AVERY
    jordan.avery@example.com | (503) 555-0148 | Portland, OR
    Eight years of test engineering across consumer web and mobile platforms.
    Senior QA Engineer, Northwind Systems, Portland, OR (Mar 2021 - Present)
    • Cut the nightly regression suite from six hours to forty minutes
    QA Engineer, Contoso Labs, Seattle, WA (Jun 2018 - Feb 2021)
    • Wrote the first end-to-end suite covering the checkout flow
    EDUCATION
    B.S. in Computer Science, Ridgemont State University
    """
    resume = parse_resume(make_document(text), today=TODAY)
    assert resume.contact.name == "JORDAN AVERY"
    assert [(e.title, e.company, e.start) for e in resume.experience] == [
        ("Senior QA Engineer", "Northwind Systems", "2021-03"),
        ("QA Engineer", "Contoso Labs", "2018-06"),
    ]
    assert any("inferred" in w for w in resume.warnings)
    assert resume.section("experience") is not None
    assert resume.total_years_experience == 7.7  # Jun 2018 .. Jan 2026 inclusive


def test_no_experience_and_no_email_are_warned() -> None:
    resume = parse_resume(make_document("Jane Smith\nSkills\nPython"), today=TODAY)
    assert resume.experience == []
    assert "no experience section found" in resume.warnings
    assert "no email address found" in resume.warnings


def test_present_uses_the_reference_date() -> None:
    doc = make_document("Jane\nExperience\nEngineer, Acme   Jan 2020 - Present")
    assert parse_resume(doc, today=date(2021, 12, 31)).total_years_experience == 2.0
    assert parse_resume(doc, today=date(2025, 12, 31)).total_years_experience == 6.0


def test_empty_document() -> None:
    resume = parse_resume(Document(kind="text", sha256="0" * 64), today=TODAY)
    assert resume == Resume(warnings=["no experience section found", "no email address found"])


def test_json_round_trip() -> None:
    resume = parse_resume(make_document(FULL), today=TODAY)
    assert Resume.model_validate(resume.model_dump(mode="json")) == resume


line_text = st.one_of(
    st.text(max_size=80),
    st.sampled_from(
        [
            "EXPERIENCE",
            "Education",
            "Skills:",
            "• Led a team",
            "Jan 2020 – Present",
            "Acme Corp | Engineer",
            "B.S. Physics",
            "jane@example.com",
            "(312) 555-0123",
            "2019 - 2018",
            "'19 – now",
            "Summer 2019",
        ]
    ),
)


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.lists(st.tuples(line_text, st.booleans(), st.booleans()), max_size=30))
def test_parse_never_raises_and_years_stay_within_the_span(rows: list[tuple[str, bool, bool]]) -> None:
    lines = [Line(text=text, bullet=bullet, heading_hint=hint) for text, bullet, hint in rows]
    resume = parse_resume(Document(kind="text", sha256="0" * 64, lines=lines), today=TODAY)
    starts = [e.start for e in resume.experience if e.start]
    if not starts:
        assert resume.total_years_experience == 0.0
        return
    first = min(starts)
    span_years = (TODAY.year * 12 + TODAY.month - (int(first[:4]) * 12 + int(first[5:]) - 1)) / 12
    assert 0.0 <= resume.total_years_experience <= round(max(span_years, 0.0), 1) + 0.05
