"""Build Documents the way the ingestion parser would, straight from the models (no files)."""

from __future__ import annotations

import textwrap
from collections.abc import Callable

import pytest

from assistant.documents.models import Document, Line, LineSource

_GLYPHS = ("• ", "● ", "▪ ", "- ", "* ", "◦ ")


def make_line(raw: str, *, source: LineSource = "body") -> Line:
    """A Line as ingestion sets it: a bullet glyph is removed and flagged; "# " marks a heading hint."""
    text = raw.strip()
    if text.startswith("# "):
        return Line(text=text[2:], heading_hint=True, bold=True, font_size=13.0, source=source)
    for glyph in _GLYPHS:
        if text.startswith(glyph):
            return Line(text=text[len(glyph) :], bullet=True, source=source)
    return Line(text=text, source=source)


def make_document(text: str, *, header: str = "", footer: str = "") -> Document:
    """A text Document: one Line per non-blank line, plus optional page header/footer lines."""
    lines = [make_line(ln, source="header") for ln in header.splitlines() if ln.strip()]
    lines += [make_line(ln) for ln in textwrap.dedent(text).splitlines() if ln.strip()]
    lines += [make_line(ln, source="footer") for ln in footer.splitlines() if ln.strip()]
    return Document(kind="text", sha256="0" * 64, filename="resume.txt", lines=lines)


@pytest.fixture
def doc() -> Callable[..., Document]:
    return make_document
