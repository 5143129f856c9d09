"""Markdown markup in a text resume: keep the words, drop the syntax an ATS would read literally.

A resume pasted or saved as Markdown otherwise keeps "### " in its role titles and "**" around its
skills, which breaks title matching and section detection.
"""

from __future__ import annotations

import re

from assistant.documents.models import Line

_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_SINGLE = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])")
_LINK = re.compile(r"!?\[([^\]\n]*)\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
_MAILTO = re.compile(r"^mailto:", re.IGNORECASE)
_CODE = re.compile(r"`([^`\n]+)`")
_RULE = re.compile(r"^\s*([-*_])(\s*\1){2,}\s*$")
_MARKUP_HINT = re.compile(r"^\s{0,3}#{1,6}\s|\*\*|__\S|\]\(")


def _link(match: re.Match[str]) -> str:
    """``[text](url)`` -> "text url"; the address alone when the text just repeats it."""
    text, url = match.group(1).strip(), _MAILTO.sub("", match.group(2))
    if not text or text == url:
        return url
    return f"{text} {url}"


def strip_inline(text: str) -> str:
    """Inline markup out of one line: links, bold/italic markers, code ticks."""
    text = _LINK.sub(_link, text)
    text = _EMPHASIS.sub(r"\2", text)
    text = _SINGLE.sub(r"\1", text)
    return _CODE.sub(r"\1", text)


def looks_like_markdown(lines: list[Line]) -> bool:
    """Whether a text document uses Markdown headings, emphasis or links (two signs or more)."""
    return sum(1 for line in lines if _MARKUP_HINT.search(line.text)) >= 2


def strip_markdown(lines: list[Line]) -> list[Line]:
    """Lines without Markdown syntax; "#" headings become heading-hinted lines, rules are dropped.

    Bullets ("- ", "* ") are already turned into bullet lines by ingestion.
    """
    out: list[Line] = []
    for line in lines:
        if _RULE.match(line.text):
            continue
        heading = _HEADING.match(line.text)
        text = strip_inline(heading.group(2) if heading else line.text).strip()
        if not text:
            continue
        update: dict[str, object] = {"text": text}
        if heading:
            update["heading_hint"] = True
        out.append(line.model_copy(update=update))
    return out
