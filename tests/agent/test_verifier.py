from __future__ import annotations

from dataclasses import dataclass

import pytest

from assistant.agent.verifier import numbers_in, verify_rewrite

pytestmark = pytest.mark.unit

RESUME = (
    "Data Engineer, Acme Corp, 2019-2023. Reduced nightly load time by 30% by partitioning tables. "
    "Built pipelines in Python and Spark for 1,200 stores."
)


@pytest.mark.parametrize(
    ("candidate", "facts", "expected_text", "rejected_kinds"),
    [
        (
            "Cut nightly load time 30% by partitioning tables",
            [],
            "Cut nightly load time 30% by partitioning tables",
            [],
        ),
        (
            "Built Python and Spark pipelines for 1200 stores",
            [],
            "Built Python and Spark pipelines for 1200 stores",
            [],
        ),
        ("Cut load time 45% by partitioning tables", [], "Cut load time [X]% by partitioning tables", []),
        ("Built pipelines serving 500 users", [], "Built pipelines serving [N] users", []),
        ("Saved $200k by partitioning tables", [], "Saved $[X]k by partitioning tables", []),
        (
            "Cut load time 45% by partitioning tables",
            ["use the number 45%"],
            "Cut load time 45% by partitioning tables",
            [],
        ),
        ("Built PySpark pipelines in Python", [], None, ["skill"]),
        ("Built Kafka pipelines in Python", [], None, ["name"]),  # without a matcher: an unknown proper noun
        ("Built Kafka pipelines in Python", ["I used Kafka for click events"], None, []),
        ("Built pipelines at Google in Python", [], None, ["name"]),
        ("Led data work as Senior Data Engineer", [], None, ["title"]),
        ("Built Python pipelines since 2015", [], None, ["date"]),
        ("Built Python pipelines, AWS Certified", [], None, ["certification", "skill"]),
        ("Reduced load time by [X]% in Python", [], "Reduced load time by [X]% in Python", []),
    ],
)
def test_verifier_table(
    candidate: str, facts: list[str], expected_text: str | None, rejected_kinds: list[str]
) -> None:
    result = verify_rewrite(candidate, sources=[RESUME, *facts])
    if expected_text is not None:
        assert result.text == expected_text
    kinds = {f.kind for f in result.rejected}
    assert set(rejected_kinds) <= kinds
    assert result.ok is (not rejected_kinds)


def test_placeholders_are_listed() -> None:
    result = verify_rewrite("Cut costs 45% for 300 clients", sources=[RESUME])
    assert result.placeholders == ("[X]%", "[N]")
    assert result.ok


def test_numbers_are_normalised() -> None:
    assert numbers_in("1,200 stores, 30% faster, $1.50 each") == {"1200", "30", "1.5"}


@dataclass(frozen=True)
class Hit:
    skill: str
    kind: str


class TinyMatcher:
    """A matcher stand-in that knows three skills (the real one lives in assistant.skills)."""

    names = {
        "kubernetes": ("Kubernetes", "hard"),
        "python": ("Python", "hard"),
        "pmp": ("PMP", "certification"),
    }

    def find(self, text: str) -> list[Hit]:
        lowered = text.lower()
        return [Hit(name, kind) for key, (name, kind) in self.names.items() if key in lowered]


def test_matcher_classifies_skills_and_certifications() -> None:
    result = verify_rewrite(
        "Deployed python services on kubernetes, PMP holder", sources=[RESUME], matcher=TinyMatcher()
    )
    found = {(f.kind, f.term) for f in result.rejected}
    assert ("skill", "Kubernetes") in found
    assert ("certification", "PMP") in found
    assert not any(f.term == "Python" for f in result.rejected)
