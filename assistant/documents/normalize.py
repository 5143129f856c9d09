"""Text clean-up shared by every format: what a careful ATS would do before reading the words."""

from __future__ import annotations

import re

from assistant.documents.models import Line

_TRANSLATE = str.maketrans(
    {
        "\ufb00": "ff",
        "\ufb01": "fi",
        "\ufb02": "fl",
        "\ufb03": "ffi",
        "\ufb04": "ffl",
        "\ufb05": "st",
        "\ufb06": "st",
        "\u00a0": " ",
        "\u2007": " ",
        "\u202f": " ",
        "\u2009": " ",
        "\u200a": " ",
        "\u2002": " ",
        "\u2003": " ",
        "\u3000": " ",
        "\t": " ",
        "\r": "",
        "\u00ad": "",
        "\u200b": "",
        "\u200c": "",
        "\u200d": "",
        "\u2060": "",
        "\ufeff": "",
        "\u2010": "-",
        "\u2011": "-",
        "\u2212": "-",
    }
)
# Glyphs that start a bullet line; private-use code points are Symbol/Wingdings bullets from Word.
_BULLET_CHARS = (
    "\u2022\u25aa\u25cf\u25e6\u2023\u2043\u2219\u00b7\u25a0\u25a1\u25c6\u25c7\u25ba\u25b8\u25b6"
    "\u27a2\u27a4\u2794\u2713\u2714\u2756\u2605\u2606\u25cb\u2013\u2014*-~>\u00bb"
    "\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf0a8\uf06e\uf0e0\uf071"
)
_BULLET_RE = re.compile(rf"^\s*[{re.escape(_BULLET_CHARS)}]+(?:\s+|$)|^\s*o\s+(?=[A-Z])")
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_MULTISPACE_RE = re.compile(r" {2,}")
# Three or more single characters separated by single spaces: "L I A M".
_SPACED_RUN_RE = re.compile(r"(?<!\S)(?:[^\W_]|[&.'-]) (?:(?:[^\W_]|[&.'-]) ){1,}(?:[^\W_]|[&.'-])(?!\S)")
_HYPHEN_END_RE = re.compile(r"[^\W\d_]-$")
_LAST_WORD_RE = re.compile(r"([^\W\d_]+)-$")
# First halves of compounds that keep their hyphen when a line breaks there ("cross-functional").
_COMPOUND_HEADS = frozenset(
    "cross self well non co multi full part high low long short real end open on off out over under up"
    " down pre post anti semi front back client server user cloud time world best state third first"
    " second one two three four five six ten year month day team cost test event data machine deep"
    " top large small mid hands start fast decision customer".split()
)


def clean_text(text: str) -> str:
    """Replace ligatures, odd spaces and control noise; keep runs of spaces (letter-spacing needs them)."""
    return _CONTROL_RE.sub("", text.translate(_TRANSLATE))


def join_letter_spaced(text: str) -> str:
    """Turn "L I A M  A N D R E W S" into "LIAM ANDREWS"; two or more spaces mark a word break."""
    if text.count(" ") < 2:
        return text

    def _join(match: re.Match[str]) -> str:
        return match.group(0).replace(" ", "")

    words = _MULTISPACE_RE.split(text)
    if len(words) > 1 and all(_is_spaced_word(w) for w in words if w.strip()):
        return " ".join(w.replace(" ", "") for w in words if w.strip())
    return _SPACED_RUN_RE.sub(_join, text) if _looks_spaced(text) else text


def _is_spaced_word(word: str) -> bool:
    parts = word.strip().split(" ")
    return len(parts) >= 1 and all(len(p) == 1 for p in parts) and (len(parts) >= 2 or len(word.strip()) == 1)


def _looks_spaced(text: str) -> bool:
    """At least four single letters in a row: "S K I L L S", never "a B c" in prose."""
    return bool(re.search(r"(?<!\S)(?:[^\W_] ){3,}[^\W_](?!\S)", text))


def strip_bullet(text: str) -> tuple[str, bool]:
    """Remove a leading bullet glyph; report whether there was one."""
    match = _BULLET_RE.match(text)
    if not match:
        return text, False
    return text[match.end() :], True


def normalize_line(raw: str) -> tuple[str, bool]:
    """Clean one raw line: returns (text, started_with_bullet)."""
    text = join_letter_spaced(clean_text(raw)).strip()
    text, bullet = strip_bullet(text)
    return _MULTISPACE_RE.sub(" ", text).strip(), bullet


def is_bullet_only(raw: str) -> bool:
    """A line holding nothing but a bullet glyph (the glyph drawn apart from its text)."""
    text = clean_text(raw).strip()
    return bool(text) and all(ch in _BULLET_CHARS or ch.isspace() for ch in text)


def finish_lines(lines: list[Line]) -> list[Line]:
    """Normalize text, move lone bullet glyphs onto the next line and join hyphenated line breaks."""
    out: list[Line] = []
    pending_bullet = False
    for line in lines:
        if is_bullet_only(line.text):
            pending_bullet = True
            continue
        text, bullet = normalize_line(line.text)
        if not text:
            continue
        bullet = bullet or line.bullet or pending_bullet
        pending_bullet = False
        prev = out[-1] if out else None
        if (
            prev is not None
            and not bullet
            and _continues(prev, line)
            and _HYPHEN_END_RE.search(prev.text)
            and text[:1].islower()
        ):
            head = _LAST_WORD_RE.search(prev.text)
            keep = head is not None and head.group(1).lower() in _COMPOUND_HEADS
            prev.text = (prev.text if keep else prev.text[:-1]) + text
            continue
        out.append(line.model_copy(update={"text": text, "bullet": bullet}))
    return out


def _continues(prev: Line, line: Line) -> bool:
    return prev.page == line.page and prev.source == line.source and prev.column == line.column
