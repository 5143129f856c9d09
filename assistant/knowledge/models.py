"""What the knowledge base hands out: a best-practice snippet with its provenance and a relevance score."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

PROFESSIONS: tuple[str, ...] = (
    "software",
    "data",
    "healthcare",
    "sales",
    "finance",
    "education",
    "trades",
    "legal",
)
SENIORITIES: tuple[str, ...] = ("student", "entry", "senior", "executive")
AUDIENCES: tuple[str, ...] = ("all", *PROFESSIONS, *SENIORITIES)


class Snippet(BaseModel):
    """One best-practice note from ``knowledge/``; ``score`` is the retrieval relevance (0 when unranked)."""

    model_config = ConfigDict(frozen=True)

    id: str
    title: str
    source: str
    tags: list[str] = Field(default_factory=list)
    applies_to: str = "all"
    text: str
    score: float = 0.0

    def with_score(self, score: float) -> Snippet:
        """A copy carrying a retrieval score."""
        return self.model_copy(update={"score": score})
