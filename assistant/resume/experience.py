"""Experience entries: group header lines and bullets into roles, then read title, company, dates."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.documents.models import Line
from assistant.resume.dates import DateRange, find_date_range, strip_span
from assistant.resume.models import ExperienceEntry
from assistant.resume.roles import company_score, looks_like_title, title_score
from assistant.resume.text import find_location, split_commas, split_fields, strip_bullet, tidy

_AT_RE = re.compile(r"\s+(?:at|@)\s+")
_PAREN_TAIL_RE = re.compile(r"\s*\((?:[^()]*)\)\s*$")


@dataclass
class _Raw:
    headers: list[str] = field(default_factory=list)
    bullets: list[str] = field(default_factory=list)
    dates: DateRange | None = None


@dataclass
class ParsedRole:
    """An entry plus its parsed date range, for the total-years computation."""

    entry: ExperienceEntry
    dates: DateRange | None


def _is_prose(text: str) -> bool:
    words = text.split()
    lower = sum(1 for w in words if w[:1].islower())
    if len(words) < 6 or lower < 0.4 * len(words):
        return False  # headers are short or mostly capitalised ("Senior Engineer · Acme Corp, Austin, TX")
    return len(words) >= 10 or text.rstrip().endswith(".")


def _continues(prev: str, text: str) -> bool:
    """Whether a non-bullet line is the wrapped tail of the previous bullet."""
    if not text:
        return False
    first = text[0]
    if first.islower() or first in ",;:)%&~<>+=/" or (first.isdigit() and not find_date_range(text)):
        return True
    if prev.rstrip().endswith((",", "-", "and", "or", "of", "the", "to", "with", "for", "in", "a")):
        return True
    return len(prev) >= 70 and not prev.rstrip().endswith((".", "!", "?", ";")) and not find_date_range(text)


def join_wrapped(first: str, second: str) -> str:
    """Join a wrapped line to its head; "incident-" + "response" -> "incident-response"."""
    if re.search(r"\w-$", first):
        return first + second
    return f"{first} {second}"


def _group(lines: list[Line]) -> list[_Raw]:
    entries: list[_Raw] = []
    current = _Raw()
    last_kind = ""
    last_text = ""  # the previous physical line: wrap decisions look at it, not the joined bullet
    for line in lines:
        text, glyph = strip_bullet(line.text)
        is_bullet = line.bullet or glyph
        if not text:
            continue
        dates = None if is_bullet else find_date_range(text)
        if is_bullet:
            last_text = text
            if current.headers or current.dates or current.bullets or not entries:
                current.bullets.append(text)
            else:
                entries[-1].bullets.append(text)
            last_kind = "bullet"
            continue
        styled = line.bold or line.heading_hint  # a bold line opens a role; it never wraps a bullet
        wraps = not styled and _continues(last_text, text) and not (" | " in text and _has_title(text))
        last_text = text
        if last_kind in ("bullet", "prose") and current.bullets and wraps:
            current.bullets[-1] = join_wrapped(current.bullets[-1], text)
            continue
        if dates is None and not styled and _is_prose(text) and (current.headers or current.dates):
            current.bullets.append(text)
            last_kind = "prose"
            continue
        # A header line: does it open a new role?
        starts_new = bool(current.bullets) or (dates is not None and current.dates is not None)
        if not starts_new and dates is None and current.dates is not None and _has_title(text):
            # "COMPANY | Title" after a dated role with no bullets: a new role, not a third header line.
            starts_new = any(_has_title(h) for h in current.headers)
        if not starts_new and len(current.headers) >= 3:
            starts_new = True
        if starts_new and (current.headers or current.dates or current.bullets):
            entries.append(current)
            current = _Raw()
        if dates is not None and current.dates is None:
            current.dates = dates
            rest = strip_span(text, dates.span).strip(" ()|,·–—-")
            if rest:
                current.headers.append(rest)
        else:
            current.headers.append(text)
        last_kind = "header"
    if current.headers or current.dates or current.bullets:
        entries.append(current)
    return entries


def _has_title(text: str) -> bool:
    return any(looks_like_title(part) for part in _fragments(text)[0])


def _promote_first_bullet(raw: _Raw) -> None:
    """Dates-only header with "Title, Company" as the first bullet: that bullet is the header."""
    if raw.headers or not raw.bullets:
        return
    first = raw.bullets[0]
    if (
        len(first.split()) <= 10
        and not first.endswith(".")
        and max(title_score(p) for p in split_commas(first)) > 0
    ):
        raw.headers.append(raw.bullets.pop(0))


def _fragments(header: str) -> tuple[list[str], str | None]:
    """Split one header line into fields, pulling out a location."""
    location = None
    text = header
    found = find_location(text)
    if found:
        location = found[0]
        text = f"{text[: found[1][0]]} | {text[found[1][1] :]}"
    text = _AT_RE.sub(" | ", text)
    parts: list[str] = []
    for field_text in split_fields(text):
        parts.extend(split_commas(field_text))
    cleaned = [tidy(p) for p in parts]
    return [p for p in cleaned if p and not re.fullmatch(r"[\W\d]+", p) and not p.startswith("&")], location


def _read_header(raw: _Raw) -> ExperienceEntry:
    lines = [_fragments(h) for h in raw.headers]
    location = next((loc for _, loc in lines if loc), None)
    frags = [(i, f) for i, (parts, _) in enumerate(lines) for f in parts]
    title: str | None = None
    company: str | None = None
    if frags:
        scored = sorted(frags, key=lambda item: (-(title_score(item[1]) - company_score(item[1])), item[0]))
        best_line, best = scored[0]
        if title_score(best) <= 0 and len(lines) >= 2:
            # No title words anywhere: the usual order is title line, then employer line.
            best_line, best = frags[0]
        title = _PAREN_TAIL_RE.sub("", best).strip() or best
        others = [(i, f) for i, f in frags if (i, f) != (best_line, best)]
        other_lines = [f for i, f in others if i != best_line]
        same_line = [f for i, f in others if i == best_line]
        if same_line:
            company = max(same_line, key=lambda f: (company_score(f), -same_line.index(f)))
        elif other_lines:
            first_other = min(i for i, _ in others if i != best_line)
            picked = [f for i, f in others if i == first_other and company_score(f) > -1.0]
            company = " — ".join(picked) if picked else None
    dates = raw.dates
    return ExperienceEntry(
        title=title,
        company=company,
        location=location,
        start=dates.start_iso if dates else None,
        end=dates.end_iso if dates and not dates.current else None,
        current=bool(dates and dates.current),
        bullets=raw.bullets,
    )


def parse_experience(lines: list[Line]) -> list[ParsedRole]:
    """Roles from the lines of an experience section, in order."""
    roles: list[ParsedRole] = []
    for raw in _group(lines):
        _promote_first_bullet(raw)
        if not raw.headers and not raw.dates:
            continue
        entry = _read_header(raw)
        if entry.title is None and entry.company is None and not entry.bullets:
            continue
        roles.append(ParsedRole(entry, raw.dates))
    return roles
