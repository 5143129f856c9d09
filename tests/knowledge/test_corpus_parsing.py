"""Snippet parsing and corpus loading: clear one-line errors for every malformed file."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.errors import AssistantError
from assistant.knowledge.corpus import content_hash, default_corpus_dir, load_corpus, parse_snippet
from assistant.knowledge.errors import KnowledgeError

pytestmark = pytest.mark.unit

GOOD = """---
id: sample-note
title: A sample note
tags: [keywords, tailoring]
source: University career centre guides
applies_to: all
---
Use the employer's wording for skills you really have.
"""


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_parse_good_snippet() -> None:
    snippet = parse_snippet(GOOD)
    assert snippet.id == "sample-note"
    assert snippet.tags == ["keywords", "tailoring"]
    assert snippet.applies_to == "all"
    assert snippet.text == "Use the employer's wording for skills you really have."
    assert snippet.score == 0.0


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ("no front matter at all", "missing YAML front matter"),
        (GOOD.replace("title: A sample note\n", ""), "lacks title"),
        (GOOD.replace("source: University career centre guides\n", "source: ''\n"), "lacks source"),
        (GOOD.replace("id: sample-note", "id: Sample Note"), "must be lowercase"),
        (GOOD.replace("tags: [keywords, tailoring]", "tags: keywords"), "tags must be a list"),
        (GOOD.replace("tags: [keywords, tailoring]", "tags: [Key Words]"), "tags must be a list"),
        (GOOD.replace("applies_to: all", "applies_to: astronauts"), "applies_to 'astronauts'"),
        (GOOD.replace("title: A sample note", "title: [unclosed"), "invalid front matter"),
        (GOOD.split("---\nUse")[0] + "---\n   \n", "empty body"),
        ("---\n- a\n- b\n---\nbody\n", "must be a mapping"),
    ],
)
def test_parse_errors_are_one_line_assistant_errors(text: str, error: str) -> None:
    with pytest.raises(KnowledgeError) as info:
        parse_snippet(text, name="x.md")
    assert isinstance(info.value, AssistantError)
    assert error in str(info.value)
    assert str(info.value).startswith("x.md: ")
    assert "\n" not in str(info.value)


def test_load_corpus_checks_file_names_and_duplicates(tmp_path: Path) -> None:
    _write(tmp_path, "sample-note.md", GOOD)
    _write(tmp_path, "README.md", "# not a snippet")
    assert [s.id for s in load_corpus(tmp_path)] == ["sample-note"]

    _write(tmp_path, "other-name.md", GOOD)
    with pytest.raises(KnowledgeError, match="does not match the file name"):
        load_corpus(tmp_path)


def test_load_corpus_rejects_empty_folder(tmp_path: Path) -> None:
    with pytest.raises(KnowledgeError, match="no knowledge snippets"):
        load_corpus(tmp_path)


def test_content_hash_tracks_content_not_order(tmp_path: Path) -> None:
    a = parse_snippet(GOOD)
    b = parse_snippet(GOOD.replace("sample-note", "second-note").replace("Use the", "Prefer the"))
    assert content_hash([a, b]) == content_hash([b, a])
    changed = parse_snippet(GOOD.replace("really have", "truly have"))
    assert content_hash([changed, b]) != content_hash([a, b])
    assert content_hash([a.with_score(0.9), b]) == content_hash([a, b])


def test_default_corpus_dir_finds_the_shipped_snippets() -> None:
    folder = default_corpus_dir()
    assert folder.name in {"knowledge", "corpus"}
    assert any(folder.glob("ats-two-column-layouts.md"))
