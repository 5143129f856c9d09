"""Tokenizer, lemmatizer and normalize_term, plus find() invariants under random text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.skills import get_matcher, lemma, normalize_term, tokenize

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("C++ and C# on .NET", ["C++", "and", "C#", "on", ".NET"]),
        ("Node.js, ASP.NET; CI/CD", ["Node.js", "ASP.NET", "CI", "CD"]),
        ("P&L and R&D", ["P&L", "and", "R&D"]),
        ("Research & Development", ["Research", "&", "Development"]),
        ("front-end", ["front", "end"]),
        ("Python.", ["Python"]),
        ("CompTIA A+", ["CompTIA", "A+"]),
        ("Bachelor's degree", ["Bachelor's", "degree"]),
        ("", []),
    ],
)
def test_tokenize_words(text: str, words: list[str]) -> None:
    assert [t.text for t in tokenize(text)] == words


def test_tokenize_joiners_and_offsets() -> None:
    text = "CI/CD  front-end"
    tokens = tokenize(text)
    assert [t.joiner for t in tokens] == ["", "/", "", "-"]
    assert all(text[t.start : t.end] == t.text for t in tokens)
    assert tokens[1].tight and tokens[2].tight
    assert not tokenize("Python\n\nJava")[1].tight


@pytest.mark.parametrize(
    "group",
    [
        ["manage", "managed", "managing", "management", "manages"],
        ["develop", "developed", "developing", "development"],
        ["automate", "automated", "automating", "automation"],
        ["integrate", "integrated", "integration"],
        ["optimize", "optimized", "optimization", "optimise", "optimisation"],
        ["analyze", "analyzed", "analysis", "analyse", "analysing"],
        ["plan", "planned", "planning", "plans"],
        ["test", "tests", "tested", "testing"],
        ["deploy", "deployed", "deployment", "deployments"],
        ["API", "APIs"],
        ["technology", "technologies"],
    ],
)
def test_lemma_groups_share_a_stem(group: list[str]) -> None:
    assert len({lemma(w) for w in group}) == 1, {w: lemma(w) for w in group}


@pytest.mark.parametrize(("a", "b"), [("product", "production"), ("AWS", "aw"), ("process", "proces")])
def test_lemma_keeps_distinct_words_apart(a: str, b: str) -> None:
    assert lemma(a) != lemma(b) or a.lower() == b


def test_normalize_term() -> None:
    assert normalize_term("Project  Management") == normalize_term(
        "managing projects".split()[1] + " management"
    )
    assert normalize_term("REST APIs") == normalize_term("rest api")
    assert normalize_term("") == ""


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=300))
def test_find_never_raises_and_offsets_slice_back(text: str) -> None:
    hits = get_matcher().find(text)
    last_end = 0
    for hit in hits:
        assert text[hit.start : hit.end] == hit.surface
        assert hit.start >= last_end
        last_end = hit.end


SKILLISH = st.sampled_from(
    [
        "Python",
        "k8s",
        "Go",
        "R",
        "C",
        "C++",
        "TF",
        "-",
        "/",
        "&",
        ",",
        " ",
        "\n",
        ".",
        "R&D",
        "Excel",
        "at",
        "AWS",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(SKILLISH, max_size=40).map("".join))
def test_find_on_skill_soup_is_consistent(text: str) -> None:
    m = get_matcher()
    hits = m.find(text)
    assert hits == m.find(text)
    for hit in hits:
        assert text[hit.start : hit.end] == hit.surface
