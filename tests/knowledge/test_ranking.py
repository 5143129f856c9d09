"""BM25 and reciprocal rank fusion: the pure ranking parts."""

from __future__ import annotations

import pytest

from assistant.knowledge.bm25 import BM25Index, analyze, stem
from assistant.knowledge.retriever import rrf_fuse

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("gaps", "gap"),
        ("tailoring", "tailor"),
        ("tailored", "tailor"),
        ("certifications", "certification"),
        ("companies", "company"),
        ("class", "class"),
        ("pdf", "pdf"),
        ("c++", "c++"),
    ],
)
def test_stem(word: str, expected: str) -> None:
    assert stem(word) == expected


def test_analyze_drops_stopwords_and_lowercases() -> None:
    assert analyze("How do I explain the Gaps in my CV?") == ["explain", "gap", "cv"]


def test_bm25_ranks_the_document_with_the_rare_term_first() -> None:
    docs = [
        "Use a single column layout so the parser reads in order.",
        "Tables scramble skills; use a plain skills list instead.",
        "Scanned PDF files have no text layer at all.",
    ]
    index = BM25Index(docs)
    scores = index.scores("is a scanned pdf ok")
    assert max(range(3), key=lambda i: scores[i]) == 2
    assert scores[0] == 0.0
    assert index.scores("zebra") == [0.0, 0.0, 0.0]
    assert len(index) == 3


def test_bm25_handles_an_empty_corpus() -> None:
    assert BM25Index([]).scores("anything") == []


def test_rrf_rewards_agreement_and_respects_weights() -> None:
    fused = rrf_fuse([["a", "b", "c"], ["b", "a"]], [1.0, 1.0], k=10)
    assert fused["a"] == pytest.approx(fused["b"])
    assert fused["c"] < fused["a"]
    weighted = rrf_fuse([["a", "b"], ["b", "a"]], [1.0, 0.5], k=10)
    assert weighted["a"] > weighted["b"]
    with pytest.raises(ValueError):
        rrf_fuse([["a"]], [1.0, 2.0], k=10)
