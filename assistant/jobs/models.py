"""The JobDescription: what a job asks for, split into required and preferred, ready to score against."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from assistant.resume.models import DegreeLevel

JOB_SCHEMA_VERSION = "1.0"

SectionKind = Literal["title", "summary", "responsibilities", "required", "preferred", "boilerplate", "other"]
Seniority = Literal[
    "intern", "junior", "mid", "senior", "lead", "principal", "manager", "director", "executive"
]
SkillKind = Literal["hard", "soft", "certification"]

DEGREE_RANK: dict[str, int] = {
    "high_school": 1,
    "associate": 2,
    "bachelor": 3,
    "master": 4,
    "doctorate": 5,
    "other": 0,
}


class JobSection(BaseModel):
    """A block of the posting under one heading, classified by what it asks of the candidate."""

    heading: str
    kind: SectionKind
    text: str


class JobSkill(BaseModel):
    """A skill or credential the job names, canonicalized by the skill matcher."""

    name: str
    category: str = "other"
    kind: SkillKind = "hard"
    required: bool = True
    count: int = 1
    surfaces: list[str] = Field(default_factory=list, description="How the job wrote it.")
    evidence: str = Field(default="", description="The first sentence of the posting that names it.")


class JobKeyword(BaseModel):
    """A salient non-skill term (domain noun or phrase) and how often the posting uses it."""

    term: str
    count: int = 1
    required: bool = True


class YearsRequirement(BaseModel):
    """Years of experience asked for, with the phrase it came from."""

    min_years: float
    max_years: float | None = None
    required: bool = True
    text: str


class DegreeRequirement(BaseModel):
    """The lowest degree that satisfies the posting, its fields, and whether experience may substitute."""

    level: DegreeLevel
    fields: list[str] = Field(default_factory=list)
    required: bool = True
    equivalent_experience_ok: bool = False
    text: str


class JobDescription(BaseModel):
    """A parsed job posting. Pure data; ``model_dump()`` is stable and sorted."""

    schema_version: str = JOB_SCHEMA_VERSION
    title: str | None = None
    seniority: Seniority | None = None
    sections: list[JobSection] = Field(default_factory=list)
    years: YearsRequirement | None = None
    preferred_years: YearsRequirement | None = None
    degree: DegreeRequirement | None = None
    preferred_degree: DegreeRequirement | None = None
    hard_skills: list[JobSkill] = Field(default_factory=list)
    soft_skills: list[JobSkill] = Field(default_factory=list)
    certifications: list[JobSkill] = Field(default_factory=list)
    keywords: list[JobKeyword] = Field(default_factory=list)
    text: str = ""
    warnings: list[str] = Field(default_factory=list)

    @property
    def required_skills(self) -> list[JobSkill]:
        """Hard skills the posting requires."""
        return [s for s in self.hard_skills if s.required]

    @property
    def preferred_skills(self) -> list[JobSkill]:
        """Hard skills the posting only prefers."""
        return [s for s in self.hard_skills if not s.required]

    @property
    def min_years(self) -> float | None:
        """Required years of experience, if the posting states any."""
        return self.years.min_years if self.years else None
