"""Hand-built resumes and postings for scoring tests: no parser involved, each test controls every field."""

from __future__ import annotations

from assistant.documents.models import HiddenText, Layout
from assistant.resume.models import Contact, EducationEntry, ExperienceEntry, Resume, Section

BACKEND_JD = """Senior Backend Engineer

About the role
You will design and build Python services with FastAPI and PostgreSQL on AWS, and run them in production.

Requirements
- 5+ years of professional software engineering experience
- Strong Python and SQL; experience with Docker and Kubernetes
- Experience with event-driven systems using Kafka
- BS in Computer Science or equivalent experience

Nice to have
- Terraform
- Experience with Redis is a plus

Benefits
We offer health, dental and vision insurance and 401(k) matching. We are an equal opportunity employer.
"""

NURSE_JD = """Registered Nurse - Medical/Surgical Unit

Responsibilities
- Provide patient care and patient education on a 30-bed medical-surgical unit
- Administer medications and document care in Epic

Qualifications
- Active RN license in the state and BLS certification required
- BSN required; 2+ years of acute care experience
- ACLS certification preferred
"""


def make_resume(
    *,
    name: str = "Alex Doe",
    headline: str = "Senior Backend Engineer",
    skills: list[str] | None = None,
    roles: list[tuple[str, str, str | None, list[str]]] | None = None,
    degree: tuple[str, str, str] | None = ("BS Computer Science", "bachelor", "Computer Science"),
    years: float = 6.0,
    summary: str | None = None,
    hidden: list[str] | None = None,
    extra_lines: list[str] | None = None,
    pages: int = 1,
    certifications: list[str] | None = None,
) -> Resume:
    """A resume whose text, sections and structured fields agree, like a parser would produce."""
    skills = list(skills or [])
    roles = roles or []
    experience = [
        ExperienceEntry(
            title=title, company="Acme", start=start, end=end, current=end is None, bullets=bullets
        )
        for title, start, end, bullets in roles
    ]
    education = (
        [EducationEntry(degree=degree[0], level=degree[1], field=degree[2], institution="State University")]  # type: ignore[arg-type]
        if degree
        else []
    )
    sections = [
        Section(name="contact", heading="", lines=[name, headline, "alex@example.com", "+1 555 0100"])
    ]
    if summary:
        sections.append(Section(name="summary", heading="Summary", lines=[summary]))
    exp_lines = [line for title, _s, _e, bullets in roles for line in (title, *bullets)]
    if roles:
        sections.append(Section(name="experience", heading="Experience", lines=exp_lines))
    if education:
        sections.append(Section(name="education", heading="Education", lines=[degree[0] if degree else ""]))
    if skills:
        sections.append(Section(name="skills", heading="Skills", lines=[", ".join(skills)]))
    if certifications:
        sections.append(Section(name="certifications", heading="Certifications", lines=certifications))
    if extra_lines:
        sections.append(Section(name="other", heading="", lines=extra_lines))
    text = "\n".join(
        line
        for section in sections
        for line in ([section.heading] if section.heading else []) + section.lines
    )
    layout = Layout(
        page_count=pages,
        hidden_text=[HiddenText(reason="white_text", text=h) for h in (hidden or [])],
    )
    return Resume(
        contact=Contact(name=name, email="alex@example.com", phone="+1 555 0100"),
        summary=summary,
        sections=sections,
        experience=experience,
        education=education,
        skills=skills,
        certifications=list(certifications or []),
        total_years_experience=years,
        text=text,
        layout=layout,
    )


STRONG_BULLETS = [
    "Built Python FastAPI services on AWS handling 30,000 requests per second with PostgreSQL",
    "Reduced p99 latency by 45% by tuning SQL queries and Kafka consumer batching",
    "Migrated 40 services to Docker and Kubernetes, cutting deploy time from 2 hours to 10 minutes",
    "Led a team of 4 engineers to ship an event-driven billing pipeline processing $2M per day",
]


def strong_backend() -> Resume:
    return make_resume(
        summary="Backend engineer with 7 years building Python services in production.",
        skills=[
            "Python",
            "SQL",
            "Docker",
            "Kubernetes",
            "Kafka",
            "PostgreSQL",
            "FastAPI",
            "AWS",
            "Terraform",
            "Redis",
        ],
        roles=[
            ("Senior Backend Engineer", "2020-01", None, STRONG_BULLETS),
            (
                "Software Engineer",
                "2017-01",
                "2019-12",
                ["Developed 12 REST APIs in Python used by 50,000 customers"],
            ),
        ],
        years=7.0,
    )


def partial_backend() -> Resume:
    return make_resume(
        headline="Software Developer",
        skills=["Python", "MySQL", "Flask"],
        roles=[
            (
                "Software Developer",
                "2021-01",
                None,
                ["Wrote Python scripts for reporting", "Helped with database tasks"],
            ),
        ],
        years=3.0,
    )


def unrelated_nurse() -> Resume:
    return make_resume(
        headline="Registered Nurse",
        skills=["Patient care", "Epic", "BLS", "ACLS"],
        roles=[
            (
                "Registered Nurse",
                "2018-01",
                None,
                ["Provided patient care for 6 patients per shift on a 30-bed medical-surgical unit"],
            )
        ],
        degree=("BSN Nursing", "bachelor", "Nursing"),
        years=6.0,
        certifications=["RN License, State Board of Nursing"],
    )
