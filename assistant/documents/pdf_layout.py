"""Positioned runs -> lines in reading order: rows by baseline, columns by empty vertical gutters.

A two-column page drawn row by row (left cell, right cell, next row...) must come out column by
column, never interleaved; a flush-right date on a role line must stay on that line.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from itertools import accumulate
from operator import itemgetter

from assistant.documents.pdf_content import TextRun

SEGMENT_GAP_EM = 1.2  # a horizontal gap wider than this splits a row into segments
MIN_GUTTER_PT = 9.0
MAX_GUTTERS = 3
_DIGIT = re.compile(r"\d")


@dataclass(slots=True)
class Segment:
    """Runs on one baseline with no wide gap between them."""

    runs: list[TextRun]
    x0: float
    x1: float
    y: float
    size: float
    row: int


@dataclass(slots=True)
class PageLine:
    """One output line of a page, in reading order."""

    text: str
    x0: float
    y: float
    size: float
    bold: bool
    column: int  # 0: single column or spanning; 1.. left to right


@dataclass(slots=True)
class PageLayout:
    """A page's lines in reading order and how many columns were found."""

    lines: list[PageLine]
    columns: int


def layout_page(runs: list[TextRun]) -> PageLayout:
    """Order one page's visible runs into lines, column by column."""
    runs = [r for r in runs if r.text.strip()]
    if not runs:
        return PageLayout([], 1)
    rows = group_rows(runs)
    segments = [seg for index, row in enumerate(rows) for seg in _segments(row, index)]
    gutters = find_gutters(segments)
    if not gutters:
        return PageLayout([_line(row, 0) for row in rows], 1)
    return PageLayout(_column_order(segments, gutters), len(gutters) + 1)


def group_rows(runs: list[TextRun]) -> list[list[TextRun]]:
    """Group runs whose baselines are within a third of the font size; rows top to bottom."""
    ordered = sorted(runs, key=lambda r: (-r.y, r.x0))
    rows: list[list[TextRun]] = []
    row_y = 0.0
    row_size = 0.0
    for run in ordered:
        if rows:
            # max(1.0, min(row_size, size) if size else row_size), unrolled: this runs once per run
            size = run.size
            limit = size if size and size < row_size else row_size
            if abs(row_y - run.y) <= 0.35 * (limit if limit > 1.0 else 1.0):
                rows[-1].append(run)
                continue
        rows.append([run])
        row_y, row_size = run.y, run.size
    for row in rows:
        row.sort(key=lambda r: r.x0)
    return rows


def _segments(row: list[TextRun], index: int) -> list[Segment]:
    out: list[Segment] = []
    current = [row[0]]
    right = row[0].x1
    for run in row[1:]:
        if run.x0 - right > SEGMENT_GAP_EM * _max_size(current[-1], run):
            out.append(_segment(current, index))
            current = [run]
            right = run.x1
        else:
            current.append(run)
            if run.x1 > right:  # right = max(right, run.x1)
                right = run.x1
    out.append(_segment(current, index))
    return out


def _segment(runs: list[TextRun], row: int) -> Segment:
    return Segment(
        runs=runs,
        x0=min(r.x0 for r in runs),
        x1=max(r.x1 for r in runs),
        y=max(r.y for r in runs),
        size=max(r.size for r in runs),
        row=row,
    )


def find_gutters(segments: list[Segment]) -> list[float]:
    """X positions where a real column starts: right edges of empty vertical bands, validated."""
    if len(segments) < 6:
        return []
    left = min(s.x0 for s in segments)
    right = max(s.x1 for s in segments)
    width = int(right - left) + 1
    if width < 3 * MIN_GUTTER_PT or width > 5000:
        return []
    delta = [0] * (width + 2)  # difference array: +1 where a segment starts, -1 after it ends
    for seg in segments:
        delta[int(seg.x0 - left)] += 1
        delta[int(seg.x1 - left) + 1] -= 1
    coverage = list(accumulate(delta[:-1]))
    allowed = max(1, int(0.06 * len(segments)))
    candidates: list[tuple[float, float]] = []
    start: int | None = None
    for x, count in enumerate(coverage):
        if count <= allowed and start is None:
            start = x
        elif count > allowed and start is not None:
            if x - start >= MIN_GUTTER_PT and start > 0:
                candidates.append((left + start, left + x))
            start = None
    candidates.sort(key=lambda g: g[0] - g[1])  # widest first
    splits: list[float] = []
    for _, g1 in candidates[:MAX_GUTTERS]:
        starts = [s.x0 for s in segments if s.x0 >= g1 - 1.5]
        split = min(starts, default=g1) - 1.0
        if _is_column_split(segments, split, splits):
            splits.append(split)
    return sorted(splits)


def column_of(seg: Segment, splits: list[float]) -> int:
    """1.. for the column holding ``seg``; 0 when it crosses a split (a spanning line)."""
    column = 1
    for split in splits:
        if seg.x0 >= split:
            column += 1
        elif seg.x1 > split:
            return 0
    return column


def _is_column_split(segments: list[Segment], split: float, accepted: list[float]) -> bool:
    splits = sorted([*accepted, split])
    columns = [column_of(s, splits) for s in segments]
    mine = splits.index(split) + 1  # the column left of this split; mine + 1 is right of it
    lefts = [s for s, c in zip(segments, columns, strict=True) if c == mine]
    rights = [s for s, c in zip(segments, columns, strict=True) if c == mine + 1]
    crossing = sum(1 for s in segments if s.x0 < split < s.x1)
    if len(lefts) < 3 or len(rights) < 3 or crossing > 0.15 * len(segments):
        return False
    return not (_stub_column(rights, lefts, edge="right") or _stub_column(lefts, rights, edge="left"))


def _stub_column(side: list[Segment], other: list[Segment], *, edge: str) -> bool:
    """Flush-right dates or locations next to role lines: short, aligned, sharing rows with the other side."""
    texts = [_text(s).strip() for s in side]
    short = sum(1 for t in texts if len(t) <= 32 and len(t.split()) <= 6) / len(side)
    if short < 0.7:
        return False
    other_rows = {s.row for s in other}
    paired = sum(1 for s in side if s.row in other_rows) / len(side)
    dated = sum(1 for s in side if _DIGIT.search(_text(s))) / len(side)
    if paired < 0.7:
        return False
    if dated >= 0.5:
        return True
    if edge == "left":  # a label rail: a few headings beside a long main column
        return len(side) <= 0.35 * len(other)
    ends = Counter(round(s.x1) // 4 for s in side)
    return ends.most_common(1)[0][1] / len(side) >= 0.6


def _column_order(segments: list[Segment], splits: list[float]) -> list[PageLine]:
    lines: list[PageLine] = []
    band: list[tuple[int, Segment]] = []
    for seg in sorted(segments, key=lambda item: (item.row, item.x0)):
        column = column_of(seg, splits)
        if column == 0:
            lines.extend(_band_lines(band))
            band = []
            lines.append(_line(seg.runs, 0))
        else:
            band.append((column, seg))
    lines.extend(_band_lines(band))
    return lines


def _band_lines(band: list[tuple[int, Segment]]) -> list[PageLine]:
    out: list[PageLine] = []
    for column in sorted({c for c, _ in band}):
        rows: dict[int, list[TextRun]] = {}
        for c, seg in band:
            if c == column:
                rows.setdefault(seg.row, []).extend(seg.runs)
        for row in sorted(rows):
            out.append(_line(sorted(rows[row], key=lambda r: r.x0), column))
    return out


def _line(runs: list[TextRun], column: int) -> PageLine:
    runs = [r for i, r in enumerate(runs) if i == 0 or not _duplicate(runs[i - 1], r)]
    gaps = [b.x0 - a.x1 for a, b in zip(runs, runs[1:], strict=False)]
    wide = sorted(g for g in gaps if g > 0)
    typical = wide[len(wide) // 2] if wide else 0.0
    parts: list[str] = [runs[0].text]
    for prev, run, gap in zip(runs, runs[1:], gaps, strict=False):
        size = _max_size(prev, run)
        if gap > 0.5 * size and gap > 1.6 * typical:
            parts.append("  ")  # a word break among letter-spaced glyphs (or a tab stop)
        elif gap > 0.15 * size and not prev.text.endswith(" ") and not run.text.startswith(" "):
            parts.append(" ")
        parts.append(run.text)
    total = 0
    bold = 0
    sizes: dict[float, int] = {}  # rounded size -> characters set in it, in order of first use
    for run in runs:
        count = len(run.text.strip())
        total += count
        if run.bold:
            bold += count
        key = round(run.size, 1)
        sizes[key] = sizes.get(key, 0) + count
    return PageLine(
        text="".join(parts),
        x0=runs[0].x0,
        y=max(r.y for r in runs),
        size=max(sizes.items(), key=itemgetter(1))[0],  # the first most common, as Counter.most_common
        bold=bold / (total or 1) >= 0.6,
        column=column,
    )


def _max_size(a: TextRun, b: TextRun) -> float:
    """max(a.size, b.size, 1.0) with max()'s tie-breaking, minus its call overhead (a per-run hot path)."""
    size = a.size
    if b.size > size:
        size = b.size
    return 1.0 if 1.0 > size else size


def _duplicate(a: TextRun, b: TextRun) -> bool:
    """The same text drawn twice at the same place (fake bold, shadows)."""
    return a.text == b.text and abs(a.x0 - b.x0) < 1.0 and abs(a.y - b.y) < 1.0


def _text(seg: Segment) -> str:
    return "".join(r.text for r in seg.runs)
