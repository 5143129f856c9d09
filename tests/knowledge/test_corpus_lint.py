"""Lint of the shipped knowledge base: complete front matter, unique ids, lengths, no duplicates, coverage."""

from __future__ import annotations

import re
from itertools import combinations
from pathlib import Path

import pytest
import yaml

from assistant.knowledge.corpus import REQUIRED_FIELDS
from assistant.knowledge.models import AUDIENCES, PROFESSIONS, Snippet

pytestmark = pytest.mark.unit

MIN_SNIPPETS = 80
MIN_WORDS, MAX_WORDS = 50, 200
MAX_SHINGLE_OVERLAP = 0.35
# Topics the issue requires; each must be covered by at least one snippet's tags.
REQUIRED_TAGS = (
    "columns", "tables", "text-boxes", "headers-footers", "images", "fonts", "file-format", "scanned",
    "headings", "contact", "keywords", "acronyms", "skills", "stuffing", "hidden-text", "action-verbs",
    "metrics", "xyz", "tense", "summary", "tailoring", "gaps", "career-change", "students", "senior",
    "executive", "page-count", "dates", "certifications", "licenses", "cover-letter",
)  # fmt: skip


def _front_matter(path: Path) -> dict[str, object]:
    text = path.read_text(encoding="utf-8")
    assert text.startswith("---\n"), f"{path.name}: no front matter"
    meta = yaml.safe_load(text.split("---\n", 2)[1])
    assert isinstance(meta, dict)
    return meta


def test_corpus_is_big_enough(corpus: list[Snippet]) -> None:
    assert len(corpus) >= MIN_SNIPPETS


def test_every_file_has_complete_front_matter(corpus_dir: Path) -> None:
    for path in sorted(corpus_dir.glob("*.md")):
        if path.name == "README.md":
            continue
        meta = _front_matter(path)
        missing = [f for f in REQUIRED_FIELDS if not meta.get(f)]
        assert not missing, f"{path.name} lacks {missing}"
        assert meta["id"] == path.stem
        assert meta["applies_to"] in AUDIENCES


def test_ids_and_titles_are_unique(corpus: list[Snippet]) -> None:
    ids = [s.id for s in corpus]
    titles = [s.title.lower() for s in corpus]
    assert len(set(ids)) == len(ids)
    assert len(set(titles)) == len(titles)


def test_lengths_in_range(corpus: list[Snippet]) -> None:
    wrong = {s.id: len(s.text.split()) for s in corpus if not MIN_WORDS <= len(s.text.split()) <= MAX_WORDS}
    assert not wrong, f"snippets outside {MIN_WORDS}-{MAX_WORDS} words: {wrong}"


def _shingles(text: str, n: int = 5) -> set[tuple[str, ...]]:
    words = re.findall(r"[a-z0-9]+", text.lower())
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


def test_no_duplicate_or_near_duplicate_content(corpus: list[Snippet]) -> None:
    shingles = {s.id: _shingles(s.text) for s in corpus}
    too_close = []
    for a, b in combinations(corpus, 2):
        sa, sb = shingles[a.id], shingles[b.id]
        overlap = len(sa & sb) / min(len(sa), len(sb))
        if overlap > MAX_SHINGLE_OVERLAP:
            too_close.append((a.id, b.id, round(overlap, 2)))
    assert not too_close, f"near-duplicate snippets: {too_close}"


def test_sources_name_no_invented_urls(corpus: list[Snippet]) -> None:
    with_urls = [s.id for s in corpus if re.search(r"https?://|www\.", s.source)]
    assert not with_urls, f"sources must describe the guidance, not link to it: {with_urls}"


def test_required_topics_are_covered(corpus: list[Snippet]) -> None:
    tags = {t for s in corpus for t in s.tags}
    assert not [t for t in REQUIRED_TAGS if t not in tags]


def test_every_profession_has_its_own_snippet(corpus: list[Snippet]) -> None:
    audiences = {s.applies_to for s in corpus}
    assert set(PROFESSIONS) <= audiences
    assert {"student", "senior", "executive"} <= audiences


def test_eval_questions_point_at_real_snippets(corpus: list[Snippet]) -> None:
    from evals.retrieval.run import load_questions

    ids = {s.id for s in corpus}
    questions = load_questions()
    assert len(questions) >= 60
    assert not [(q.q, i) for q in questions for i in q.ids if i not in ids]
