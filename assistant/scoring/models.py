"""The ScoreReport: the documented JSON of ``ats score --json`` and the facts the chat explains."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

SCORE_SCHEMA_VERSION = "1.0"

Severity = Literal["high", "medium", "low"]
KeywordLocation = Literal["skills", "experience", "summary", "projects", "education", "other"]


class Component(BaseModel):
    """One part of the score. ``points`` = ``score * weight / 100``; the points add up to the total."""

    id: str
    name: str
    score: float = Field(ge=0, le=100)
    weight: float = Field(ge=0, le=100, description="Share of the total, in percent; weights sum to 100.")
    points: float
    summary: str = ""


class Deduction(BaseModel):
    """A reason the score is not 100, with the evidence it rests on and how to fix it."""

    id: str  # stable, e.g. "required_skill_missing:kubernetes"
    component: str
    severity: Severity
    points: float  # points lost from the total
    message: str
    evidence: list[str] = Field(default_factory=list)
    fix: str


class MatchedKeyword(BaseModel):
    """A JD term the resume has, and where (skills lists weigh less than use in experience)."""

    term: str
    category: str = "keyword"
    required: bool = False
    locations: list[KeywordLocation] = Field(default_factory=list)
    count: int = 1


class MissingKeyword(BaseModel):
    """A JD term the resume lacks; required ones sort first."""

    term: str
    category: str = "keyword"
    required: bool = False
    jd_count: int = 1


class ReportWarning(BaseModel):
    """Something a recruiter or an ATS would flag regardless of the job (hidden text, scans...)."""

    id: str
    severity: Severity
    message: str


class ScoreReport(BaseModel):
    """The deterministic match report for one resume against one job description."""

    schema_version: str = SCORE_SCHEMA_VERSION
    score: float = Field(ge=0, le=100)
    components: list[Component]
    matched_keywords: list[MatchedKeyword] = Field(default_factory=list)
    missing_keywords: list[MissingKeyword] = Field(default_factory=list)
    deductions: list[Deduction] = Field(default_factory=list)
    warnings: list[ReportWarning] = Field(default_factory=list)
    job_title: str | None = None
    resume_name: str | None = None

    def component(self, component_id: str) -> Component | None:
        """The component with this id, if any."""
        return next((c for c in self.components if c.id == component_id), None)

    def top_deductions(self, n: int = 3) -> list[Deduction]:
        """The ``n`` deductions that cost the most points (ties broken by id, so stable)."""
        return sorted(self.deductions, key=lambda d: (-d.points, d.id))[:n]
