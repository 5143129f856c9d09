"""Retrieval on the real store: a small quality check, filters, errors, and the process-wide retriever."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.config import Settings
from assistant.knowledge.errors import KnowledgeError
from assistant.knowledge.models import PROFESSIONS, Snippet
from assistant.knowledge.retriever import Retriever, get_retriever, rebuild_index

pytestmark = pytest.mark.integration

# A handful of questions from evals/retrieval, so CI watches retrieval quality a little.
QUICK_CHECK = [
    ("Can an ATS read my two-column template?", "ats-two-column-layouts"),
    ("Should I put my skills in a table?", "ats-tables"),
    ("how do I explain a 2 year gap", "gaps-explaining-long-gaps"),
    ("is a PDF or DOCX better", "ats-file-type-pdf-vs-docx"),
    ("What is the Google XYZ formula?", "bullets-xyz-formula"),
    ("Should I put my GPA on my resume?", "students-gpa"),
    ("I'm a sales rep, what numbers should I include?", "sales-resume-metrics"),
    ("what if I paste the job description in white text at the bottom of my resume", "keywords-hidden-text"),
]


@pytest.mark.parametrize(("question", "expected"), QUICK_CHECK)
def test_quick_retrieval_check(retriever: Retriever, question: str, expected: str) -> None:
    assert expected in [s.id for s in retriever.search(question, k=3)]


def test_hits_are_full_snippets_with_scores(retriever: Retriever) -> None:
    hits = retriever.search("how long should my resume be", k=5)
    assert len(hits) == 5
    assert len({h.id for h in hits}) == 5
    for hit in hits:
        assert isinstance(hit, Snippet)
        assert hit.title and hit.source and hit.text and hit.tags
        assert -1.0 <= hit.score <= 1.0
    assert retriever.get(hits[0].id) == hits[0].model_copy(update={"score": 0.0})


def test_tag_filter_keeps_only_tagged_snippets(retriever: Retriever) -> None:
    hits = retriever.search("what should I avoid", k=10, tags=["hidden-text", "stuffing"])
    assert hits
    assert all({"hidden-text", "stuffing"} & set(h.tags) for h in hits)


def test_profession_filter_drops_other_professions(retriever: Retriever) -> None:
    hits = retriever.search("which licences and certifications should I list", k=15, profession="healthcare")
    others = set(PROFESSIONS) - {"healthcare"}
    assert not [h.id for h in hits if h.applies_to in others]
    assert any(h.applies_to == "healthcare" for h in hits)
    assert any(h.applies_to == "all" for h in hits)


@pytest.mark.parametrize(
    ("query", "kwargs", "error"),
    [
        ("   ", {}, "empty search query"),
        ("gaps", {"k": 0}, "k must be at least 1"),
        ("gaps", {"tags": ["no-such-tag"]}, "unknown tag(s) no-such-tag"),
        ("gaps", {"profession": "astronaut"}, "unknown profession 'astronaut'"),
    ],
)
def test_bad_input_gives_one_line_errors(
    retriever: Retriever, query: str, kwargs: dict[str, object], error: str
) -> None:
    with pytest.raises(KnowledgeError) as info:
        retriever.search(query, **kwargs)  # type: ignore[arg-type]
    assert error in str(info.value)


def test_very_long_queries_are_accepted(retriever: Retriever) -> None:
    assert retriever.search("ATS columns " * 2000, k=1)


def test_unknown_mode_is_rejected(retriever: Retriever) -> None:
    with pytest.raises(KnowledgeError, match="unknown retrieval mode"):
        Retriever(retriever.snippets, None, None, mode="magic")  # type: ignore[arg-type]


def test_get_retriever_opens_the_configured_store_once(
    retriever: Retriever, knowledge_root: Path, tmp_path: Path
) -> None:
    settings = Settings(data_dir=tmp_path / "data", knowledge_store_dir=knowledge_root)
    first = get_retriever(settings)
    try:
        assert first is get_retriever(settings)
        assert first is not retriever  # same store, its own client
        assert first.search("Should I use a functional resume?", k=3)
        info = rebuild_index(settings)  # unchanged content: nothing to build, cache refreshed
        assert not info.built and info.count == len(retriever.snippets)
        assert get_retriever(settings) is not first
        assert get_retriever(settings).search("gpa", k=1)[0].id == "students-gpa"
    finally:
        get_retriever(settings).close()


@pytest.mark.parametrize("mode", ["vector", "bm25", "hybrid"])
def test_every_mode_finds_an_exact_topic(retriever: Retriever, mode: str) -> None:
    variant = retriever.variant(mode=mode)  # type: ignore[arg-type]
    assert variant.mode == mode and variant.rrf_k == retriever.rrf_k
    assert variant.search("Should I put my GPA on my resume?", k=3)[0].id == "students-gpa"
