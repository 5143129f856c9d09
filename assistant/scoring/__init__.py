"""Scoring: (Resume, JobDescription) -> ScoreReport, deterministic and explained point by point."""

from assistant.scoring.api import score
from assistant.scoring.bullets import BulletAssessment, assess_bullet
from assistant.scoring.engine import score_resume
from assistant.scoring.models import (
    SCORE_SCHEMA_VERSION,
    Component,
    Deduction,
    MatchedKeyword,
    MissingKeyword,
    ReportWarning,
    ScoreReport,
)
from assistant.scoring.weights import BASE_WEIGHTS, LOCATION_CREDIT, SKILLS_ONLY_FACTOR

__all__ = [
    "BASE_WEIGHTS",
    "LOCATION_CREDIT",
    "SCORE_SCHEMA_VERSION",
    "SKILLS_ONLY_FACTOR",
    "BulletAssessment",
    "Component",
    "Deduction",
    "MatchedKeyword",
    "MissingKeyword",
    "ReportWarning",
    "ScoreReport",
    "assess_bullet",
    "score",
    "score_resume",
]
