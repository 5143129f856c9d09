"""The eval data files are consistent, big enough, and every layout renders."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from evals.scoring.dataset import LAYOUTS, load_eval_set, parse_order, problems
from evals.scoring.render import render

pytestmark = pytest.mark.unit

EVAL_SET = load_eval_set()
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def test_data_files_are_consistent() -> None:
    assert problems(EVAL_SET) == []


def test_sizes_and_held_out_share() -> None:
    assert len(EVAL_SET.jobs) >= 14
    assert len(EVAL_SET.resumes) >= 70
    held_out = [j for j in EVAL_SET.jobs.values() if j.held_out]
    assert held_out, "some jobs must be held out from tuning"
    assert 0.1 <= len(held_out) / len(EVAL_SET.jobs) <= 0.3
    assert any(EVAL_SET.resume_held_out(r) for r in EVAL_SET.resumes)


def test_every_job_has_orderings_and_relevant_resumes() -> None:
    for job_id in EVAL_SET.jobs:
        assert any(o.job == job_id for o in EVAL_SET.orderings), job_id
        assert any(g >= 1 for g in EVAL_SET.relevance[job_id].values()), job_id


@pytest.mark.parametrize("job_id", sorted(EVAL_SET.jobs))
def test_job_descriptions_are_realistic_length(job_id: str) -> None:
    assert 250 <= len(EVAL_SET.jobs[job_id].text.split()) <= 600


def test_every_kind_of_check_is_present() -> None:
    kinds = {o.kind for o in EVAL_SET.orderings}
    assert {"tiers", "bullets", "synonyms", "hidden", "layout"} <= kinds
    assert {c.layout for c in EVAL_SET.resumes.values()} == set(LAYOUTS)


def test_resumes_use_only_example_addresses() -> None:
    for case in EVAL_SET.resumes.values():
        emails = EMAIL.findall(case.text)
        assert emails, case.id
        assert all(e.endswith("@example.com") for e in emails), case.id


@pytest.mark.parametrize(
    ("text", "ids", "relations"),
    [("a > b", ("a", "b"), (">",)), ("a>b >= c", ("a", "b", "c"), (">", ">="))],
)
def test_parse_order(text: str, ids: tuple[str, ...], relations: tuple[str, ...]) -> None:
    assert parse_order(text) == (ids, relations)


def test_chain_pairs_are_transitive_and_keep_strictness() -> None:
    ordering = next(o for o in EVAL_SET.orderings if len(o.ids) == 3)
    pairs = ordering.pairs()
    assert [(p.better, p.worse) for p in pairs] == [
        (ordering.ids[0], ordering.ids[1]),
        (ordering.ids[0], ordering.ids[2]),
        (ordering.ids[1], ordering.ids[2]),
    ]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_each_layout_renders(layout: str, tmp_path: Path) -> None:
    case = next(c for c in EVAL_SET.resumes.values() if c.layout == layout)
    path = render(case, tmp_path)
    assert path.stat().st_size > 500
    if layout == "pdf_hidden_keywords":
        from pypdf import PdfReader

        extracted = " ".join(page.extract_text() or "" for page in PdfReader(path).pages)
        assert case.hidden_keywords
        visible = case.text
        hidden_only = [w for w in case.hidden_keywords.split() if w not in visible]
        assert hidden_only and all(w in extracted for w in hidden_only)
