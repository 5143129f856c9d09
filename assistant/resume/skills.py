"""Skills and certifications as written: split lists, drop category labels, keep multi-word items."""

from __future__ import annotations

import re

from assistant.documents.models import Line
from assistant.resume.text import split_commas, strip_bullet

_LABEL_RE = re.compile(r"^(?P<label>[A-Za-z][\w &/+\-]{0,40}?)\s*:\s*(?P<rest>.*)$")
_SPLIT_RE = re.compile(r"\s*(?:[;|•·●▪]|\s-\s|\s{3,}|\t)\s*")
_CERT_LABEL_RE = re.compile(r"(?i)certif|licen[cs]e|credential")
_TRAILING_YEAR_RE = re.compile(r"[\s,(–—-]*\(?(?:19|20)\d{2}\)?\s*$")


def _items(lines: list[Line]) -> list[str]:
    """Logical list items: bullets stay apart, wrapped lines are joined to the item they continue."""
    items: list[str] = []
    previous = ""
    for line in lines:
        text, glyph = strip_bullet(line.text)
        if not text:
            continue
        new_item = line.bullet or glyph or not items or bool(_LABEL_RE.match(text))
        if not new_item:
            ends_open = bool(re.search(r"[,;|&/+\-]\s*$|\b(?:and|or)\s*$", previous))
            # A wrapped tail follows a line that ran to the margin; a short line ends its own list.
            new_item = not ends_open and (
                len(previous) < 50
                or text[:1].islower() is False
                and "," in text
                and len(text.split(",")[0].split()) > 3
            )
        if new_item:
            items.append(text)
        else:
            items[-1] = f"{items[-1]} {text}"
        previous = text
    return items


def split_skills(lines: list[Line]) -> list[str]:
    """Skills from a skills section: split on commas, semicolons, pipes and bullets; labels removed."""
    skills: list[str] = []
    seen: set[str] = set()
    for item in _items(lines):
        labelled = _LABEL_RE.match(item)
        body = labelled.group("rest") if labelled else item
        for chunk in _SPLIT_RE.split(body):
            for skill in split_commas(chunk):
                skill = skill.strip(" .,;:")
                skill = re.sub(r"^(?:and|&)\s+", "", skill)
                if not skill or len(skill) > 60 or len(skill.split()) > 6:
                    continue
                key = skill.lower()
                if key not in seen:
                    seen.add(key)
                    skills.append(skill)
    return skills


def split_certifications(lines: list[Line]) -> list[str]:
    """One certification per item; a labelled line counts only when its label is about certificates."""
    certs: list[str] = []
    for item in _items(lines):
        labelled = _LABEL_RE.match(item)
        if labelled:
            if not _CERT_LABEL_RE.search(labelled.group("label")):
                continue
            values = [v.strip() for v in re.split(r"[;|]|,\s(?=[A-Z])", labelled.group("rest"))]
        else:
            values = [item]
        for value in values:
            value = _TRAILING_YEAR_RE.sub("", value).strip(" ,.;")
            if value and value not in certs:
                certs.append(value)
    return certs
