"""Pure helpers: text normalization, type sniffing, the LRU cache."""

from __future__ import annotations

import pytest

from assistant.config import Settings
from assistant.documents import document_cache, load_document
from assistant.documents.cache import DocumentCache
from assistant.documents.models import Document, Line
from assistant.documents.normalize import finish_lines, normalize_line
from assistant.documents.sniff import sniff
from assistant.errors import EmptyFile, UnsupportedFile
from tests.documents import fixtures

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    ("raw", "text", "bullet"),
    [
        ("L I A M  A N D R E W S", "LIAM ANDREWS", False),
        ("J O H N   S M I T H", "JOHN SMITH", False),
        ("S K I L L S", "SKILLS", False),
        ("Python, C, R and Go", "Python, C, R and Go", False),
        ("\u2022 Led a team of 5", "Led a team of 5", True),
        ("\u25aa\tShipped v2", "Shipped v2", True),
        ("\u25cf Owned on-call", "Owned on-call", True),
        ("\u25e6 nested point", "nested point", True),
        ("\u2023 triangle", "triangle", True),
        ("\u2013 Built things", "Built things", True),
        ("* Starred", "Starred", True),
        ("- 5 years of Go", "5 years of Go", True),
        ("\uf0b7 Word symbol bullet", "Word symbol bullet", True),
        ("o Managed budgets", "Managed budgets", True),
        ("-5% churn", "-5% churn", False),
        ("e\ufb03cient \ufb01nance \ufb02ow", "efficient finance flow", False),
        ("no\u00a0break\u202fspaces", "no break spaces", False),
        ("tabs\tand\r\ncr", "tabs and\ncr", False),
        ("zero\u200bwidth soft\u00adhyphen", "zerowidth softhyphen", False),
    ],
)
def test_normalize_line(raw: str, text: str, bullet: bool) -> None:
    assert normalize_line(raw) == (text, bullet)


def test_finish_lines_joins_hyphenation_and_lone_bullets() -> None:
    lines = [
        Line(text="Improved the manage-"),
        Line(text="ment of budgets"),
        Line(text="\u2022"),
        Line(text="Led the team"),
        Line(text="Jan 2019 -"),
        Line(text="present"),
        Line(text="data-"),
        Line(text="Driven", column=2),
        Line(text="   "),
        Line(text="led cross-"),
        Line(text="functional teams"),
    ]
    out = finish_lines(lines)
    assert [(line.text, line.bullet) for line in out] == [
        ("Improved the management of budgets", False),
        ("Led the team", True),
        ("Jan 2019 -", False),
        ("present", False),
        ("data-", False),
        ("Driven", False),
        ("led cross-functional teams", False),
    ]


@pytest.mark.parametrize(
    ("data", "kind", "error"),
    [
        (b"%PDF-1.4\n...", "pdf", None),
        (b"\n\n%PDF-1.7 junk before magic is allowed", "pdf", None),
        (fixtures.plain_docx(), "docx", None),
        (b"Plain resume text", "text", None),
        (b"BMW service engineer", "text", None),  # 'BM' is not a bitmap without binary bytes
        (b"", None, EmptyFile),
        (b"\x89PNG\r\n\x1a\n" + b"\0" * 20, None, UnsupportedFile),
        (b"GIF89a" + b"\0" * 20, None, UnsupportedFile),
        (b"{\\rtf1\\ansi hello}", None, UnsupportedFile),
        (b"\x1f\x8b\x08\x00", None, UnsupportedFile),
        (b"RIFF\x00\x00\x00\x00WEBPVP8 ", None, UnsupportedFile),
    ],
)
def test_sniff(data: bytes, kind: str | None, error: type[Exception] | None) -> None:
    if error is None:
        assert sniff(data) == kind
    else:
        with pytest.raises(error):
            sniff(data)


def test_same_bytes_are_parsed_once_and_copies_are_independent() -> None:
    cache = document_cache()
    data = fixtures.single_column_pdf()
    first = load_document(data, filename="a.pdf", settings=Settings())
    first.lines.clear()  # a caller mutating its copy must not poison the cache
    second = load_document(data, filename="b.pdf", settings=Settings())
    assert cache.hits == 1 and cache.misses == 1
    assert second.filename == "b.pdf" and second.lines and second.sha256 == first.sha256


def test_cache_is_bounded_lru() -> None:
    cache = DocumentCache(max_entries=2)
    docs = [Document(kind="text", sha256=str(i)) for i in range(3)]
    for doc in docs:
        cache.put(doc.sha256, doc)
    assert len(cache) == 2
    assert cache.get("0") is None
    got = cache.get("2")
    assert got is not None and got.sha256 == "2"
