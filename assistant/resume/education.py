"""Education entries: degree (with level and field), institution and year."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.documents.models import Line
from assistant.resume.dates import find_date_range, strip_span
from assistant.resume.models import DegreeLevel, EducationEntry
from assistant.resume.text import find_location, split_fields, strip_bullet, tidy

# (pattern, level); checked in order, matched at a word start. Abbreviations are case-sensitive.
_DEGREES: list[tuple[re.Pattern[str], DegreeLevel]] = [
    (
        re.compile(
            r"\b(?:Ph\.?\s?D\.?|D\.?\s?Phil\.?|Ed\.?\s?D\.?|D\.?\s?Sc\.?|M\.?D\.?|J\.?D\.?|DBA|DNP|PharmD)(?![\w])"
        ),
        "doctorate",
    ),
    (re.compile(r"(?i)\b(?:doctor(?:ate)?\s+of|doctoral)\b"), "doctorate"),
    (
        re.compile(
            r"\b(?:MBA|M\.?\s?B\.?\s?A\.?|M\.?\s?S\.?\s?c?\.?|M\.?\s?A\.?|M\.?\s?Eng\.?|M\.?\s?Tech\.?|MFA|M\.F\.A\.|MPH|M\.P\.H\.|M\.?\s?Ed\.?|LL\.?M\.?|MSW|MPA|MEng|MSc|MSN|M\.?Arch|MCA|MPhil|M\.Phil\.?)(?![\w])"
        ),
        "master",
    ),
    (re.compile(r"(?i)\bmaster(?:'s|’s|s)?\b"), "master"),
    (
        re.compile(
            r"\b(?:B\.?\s?S\.?\s?c?\.?|B\.?\s?A\.?|B\.?\s?Eng\.?|B\.?\s?E\.|BE|B\.?\s?Tech\.?|B\.?\s?F\.?\s?A\.?|B\.?\s?B\.?\s?A\.?|B\.?\s?Com\.?|BSN|B\.S\.N\.|BSc|BEng|B\.?\s?Arch|BCA|LL\.?B\.?|B\.?\s?Ed\.?|A\.?B\.)(?![\w])"
        ),
        "bachelor",
    ),
    (re.compile(r"(?i)\bbachelor(?:'s|’s|s)?\b|\bbaccalaureate\b"), "bachelor"),
    (
        re.compile(r"\b(?:A\.?\s?A\.?\s?S\.?|A\.?\s?S\.|A\.A\.|AAS|AA|AS)(?=\s+(?:in\b|degree\b|[A-Z]))"),
        "associate",
    ),
    (re.compile(r"(?i)\bassociate(?:'s|’s)?\s+(?:of|in|degree)\b"), "associate"),
    (
        re.compile(r"(?i)\b(?:high school diploma|high school|secondary school|ged|a-levels?|gcse)\b"),
        "high_school",
    ),
    (re.compile(r"(?i)\b(?:diploma|certificate|certification|bootcamp|boot camp|nanodegree)\b"), "other"),
]
_INSTITUTION_RE = re.compile(
    r"(?i)\b(university|universit[éà]|college|institute|school|academy|polytechnic|conservatory|seminary"
    r"|universidad|hochschule|ecole|école|caltech|mit|postech|kaist|ucla|nyu|usc|tech)\b"
)
_NOISE_RE = re.compile(
    r"(?i)^(gpa|cgpa|grade|cumulative|major|minor|relevant|coursework|courses|honou?rs|dean|thesis"
    r"|cum laude|magna|summa|expected|anticipated|graduat)"
)


@dataclass
class _Raw:
    degree: str | None = None
    level: DegreeLevel | None = None
    institution: str | None = None
    year: int | None = None
    notes: list[str] = field(default_factory=list)


def degree_level(text: str) -> DegreeLevel | None:
    """The level a degree phrase names, or None when the text names no degree."""
    for pattern, level in _DEGREES:
        if pattern.search(text):
            return level
    return None


def _degree_start(text: str) -> int | None:
    for pattern, _ in _DEGREES:
        match = pattern.search(text)
        if match:
            return match.start()
    return None


def degree_field(degree: str) -> str | None:
    """The subject of a degree phrase: "B.S. in Computer Science" -> "Computer Science"."""
    text = re.sub(r"\s*\((.*?)\)\s*", " ", degree).strip(" ,:")
    major = re.search(r"(?i)\bmajor(?:ing)?\s*(?:in|:)?\s+([^,;]+)", text)
    if major:
        return major.group(1).strip()
    match = re.search(r"(?i)\bin\s+(.+)$", text)
    if match:
        return match.group(1).split(",")[0].strip() or None
    match = re.search(
        r"(?i)^(?:bachelor|master|doctor|associate)\w*(?:'s|’s)?\s+of\s+\w+(?:\s+\w+)?[:,]?\s+(.+)$", text
    )
    if match:
        return match.group(1).strip() or None
    parts = re.split(r"[,:]\s*|\s+", text, maxsplit=1)
    if len(parts) == 2 and degree_level(parts[0]) is not None and parts[1]:
        rest = parts[1].strip()
        return rest if not re.match(r"(?i)(of|degree)\b", rest) else None
    return None


def _split_line(text: str) -> tuple[list[str], int | None]:
    dates = find_date_range(text)
    year = None
    if dates is not None:
        year = dates.end[0] if dates.end else dates.start[0]
        if dates.current:
            year = None
        text = strip_span(text, dates.span)
    location = find_location(text)
    if location is not None:
        text = f"{text[: location[1][0]]} | {text[location[1][1] :]}"
    text = re.sub(r"(?i)\b(expected|anticipated)(\s+graduation)?:?", " ", text)
    parts = [tidy(p) for p in split_fields(text)]
    return [p for p in parts if p], year


def _read_line(text: str) -> tuple[str | None, str | None, int | None]:
    """(degree, institution, year) found on one line."""
    parts, year = _split_line(text)
    degree = institution = None
    for index, part in enumerate(parts):
        if _NOISE_RE.match(part):
            continue
        start = _degree_start(part)
        if degree is None and start is not None and (start == 0 or not _INSTITUTION_RE.search(part[:start])):
            if start == 0 or not _INSTITUTION_RE.search(part):
                degree = part[start:] if start else part
                # "B.S., Computer Science, cum laude" -> keep the subject, drop honours/GPA.
                bits = [b.strip() for b in degree.split(",")]
                keep = [bits[0]] + [
                    b for b in bits[1:2] if b and not _NOISE_RE.match(b) and not _INSTITUTION_RE.search(b)
                ]
                if len(bits) > 1 and _INSTITUTION_RE.search(bits[1]) and institution is None:
                    institution = bits[1]
                degree = ", ".join(keep)
                continue
        if institution is None and (_INSTITUTION_RE.search(part) or index == 0 or degree is not None):
            if degree_level(part) is None:
                institution = part
    return degree, institution, year


def parse_education(lines: list[Line]) -> list[EducationEntry]:
    """Degrees from the lines of an education section, in order."""
    entries: list[_Raw] = []
    current = _Raw()
    for line in lines:
        text, glyph = strip_bullet(line.text)
        if not text or ((line.bullet or glyph) and degree_level(text) is None):
            continue
        if _NOISE_RE.match(text):
            continue
        degree, institution, year = _read_line(text)
        if degree is None and institution is not None and not _INSTITUTION_RE.search(institution):
            if current.institution is not None or len(institution.split()) > 8:
                continue  # a description line, not a school
        clash = (degree and current.degree) or (institution and current.institution)
        if clash:
            entries.append(current)
            current = _Raw()
        if degree:
            current.degree, current.level = degree, degree_level(degree)
        if institution:
            current.institution = institution
        if year and current.year is None:
            current.year = year
    entries.append(current)
    return [
        EducationEntry(
            degree=raw.degree,
            level=raw.level,
            field=degree_field(raw.degree) if raw.degree else None,
            institution=raw.institution,
            year=raw.year,
        )
        for raw in entries
        if raw.degree or raw.institution
    ]
