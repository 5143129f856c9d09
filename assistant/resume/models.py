"""The structured resume: sections, contact, experience, education, skills."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from assistant.documents.models import Layout

RESUME_SCHEMA_VERSION = "1.0"

SectionName = Literal[
    "contact",
    "summary",
    "experience",
    "education",
    "skills",
    "certifications",
    "projects",
    "publications",
    "volunteer",
    "awards",
    "languages",
    "interests",
    "references",
    "other",
]
DegreeLevel = Literal["high_school", "associate", "bachelor", "master", "doctorate", "other"]


class Contact(BaseModel):
    """How to reach the candidate, and where the parser found it."""

    name: str | None = None
    email: str | None = None
    phone: str | None = None
    location: str | None = None
    linkedin: str | None = None
    github: str | None = None
    websites: list[str] = Field(default_factory=list)
    only_in_header_footer: list[str] = Field(
        default_factory=list, description="Contact fields found only in a page header/footer."
    )


class Section(BaseModel):
    """A block of the resume under one heading."""

    name: SectionName
    heading: str  # as written in the resume ("" for the headerless top block)
    lines: list[str] = Field(default_factory=list)


class ExperienceEntry(BaseModel):
    """One role. Dates are ISO ``YYYY-MM`` (month 01 when only a year is given)."""

    title: str | None = None
    company: str | None = None
    location: str | None = None
    start: str | None = None
    end: str | None = None
    current: bool = False
    bullets: list[str] = Field(default_factory=list)


class EducationEntry(BaseModel):
    """One degree or programme."""

    degree: str | None = None
    level: DegreeLevel | None = None
    field: str | None = None
    institution: str | None = None
    year: int | None = None


class Resume(BaseModel):
    """A parsed resume. ``model_dump()`` is the documented ``ats parse --json`` contract."""

    schema_version: str = RESUME_SCHEMA_VERSION
    contact: Contact = Field(default_factory=Contact)
    summary: str | None = None
    sections: list[Section] = Field(default_factory=list)
    experience: list[ExperienceEntry] = Field(default_factory=list)
    education: list[EducationEntry] = Field(default_factory=list)
    certifications: list[str] = Field(default_factory=list)
    skills: list[str] = Field(default_factory=list)
    total_years_experience: float = 0.0
    text: str = ""  # the full visible text, for keyword search
    layout: Layout = Field(default_factory=Layout)
    warnings: list[str] = Field(default_factory=list)

    def section(self, name: SectionName) -> Section | None:
        """The first section with this canonical name, if any."""
        return next((s for s in self.sections if s.name == name), None)

    @property
    def bullets(self) -> list[str]:
        """All experience bullets in order (the units the assistant rewrites)."""
        return [b for entry in self.experience for b in entry.bullets]
