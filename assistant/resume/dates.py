"""Date ranges as resumes write them ("Jan 2020 – Present", "01/2019 - 03/2021", "'19") -> ISO months."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

_MONTHS: dict[str, int] = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_SEASONS: dict[str, int] = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12}

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_SEASON = r"(?:spring|summer|fall|autumn|winter)"
_YEAR = r"(?:19|20)\d{2}"
_POINT = (
    rf"(?:{_MONTH}\s*,?\s*(?:{_YEAR}|['’]\d{{2}})"  # Jan 2020, March, 2017, Sep '19
    rf"|{_SEASON}\s*,?\s*(?:{_YEAR}|['’]\d{{2}})"  # Summer 2019
    rf"|(?:0?[1-9]|1[0-2])\s*[/.]\s*{_YEAR}"  # 01/2019, 1.2019
    rf"|{_YEAR}\s*[-/.]\s*(?:0[1-9]|1[0-2])(?![\d])"  # 2019-01
    rf"|['’]\d{{2}}(?![\d])"  # '19
    rf"|{_YEAR})"  # 2019
)
_PRESENT = r"(?:present|current(?:ly)?|now|today|ongoing|(?:to\s+)?date)"
_DASH = r"(?:-|–|—|‐|‑|‒|―|−|\u00ad|~|\bto\b|\buntil\b|\bthrough\b|\bthru\b|\btill\b)"

_RANGE_RE = re.compile(
    rf"(?<![\w/.])(?P<start>{_POINT})\s*{_DASH}+\s*(?P<end>{_POINT}|{_PRESENT})(?![\w/])",
    re.IGNORECASE,
)
_MONTH_POINT = rf"(?:(?:{_MONTH}|{_SEASON})\s*,?\s*(?:{_YEAR}|['’]\d{{2}})|(?:0?[1-9]|1[0-2])/{_YEAR})"
# "Sep. 2023 Mar. 2024": some PDFs lose the dash (a soft hyphen or a drawn rule) between two dates.
_GAP_RANGE_RE = re.compile(
    rf"(?<![\w/.])(?P<start>{_MONTH_POINT})\s+(?P<end>{_MONTH_POINT}|{_PRESENT})(?![\w/])", re.IGNORECASE
)
_POINT_RE = re.compile(rf"(?<![\w/.$])(?P<start>{_POINT})(?![\w/%])", re.IGNORECASE)
_PRESENT_RE = re.compile(rf"^{_PRESENT}$", re.IGNORECASE)


@dataclass(frozen=True)
class DateRange:
    """A parsed span. ``end`` None with ``current`` True means "to the present"."""

    start: tuple[int, int]  # (year, month)
    end: tuple[int, int] | None
    current: bool
    month_precise: bool  # False when the end (or a lone point) is a bare year
    span: tuple[int, int]  # character offsets of the match in the searched text

    @property
    def start_iso(self) -> str:
        """The start as ``YYYY-MM``."""
        return f"{self.start[0]:04d}-{self.start[1]:02d}"

    @property
    def end_iso(self) -> str | None:
        """The end as ``YYYY-MM`` (None when current)."""
        return None if self.end is None else f"{self.end[0]:04d}-{self.end[1]:02d}"


def _two_digit_year(text: str) -> int:
    value = int(text)
    return 2000 + value if value < 70 else 1900 + value


def parse_point(text: str) -> tuple[tuple[int, int], bool] | None:
    """One date as written -> ((year, month), month_precise); None when it is not a date."""
    raw = text.strip().lower().replace("’", "'")
    match = re.fullmatch(rf"({_MONTH})\s*,?\s*(\d{{4}}|'\d{{2}})", raw)
    if match:
        month = _MONTHS[match.group(1)[:3]]
        year_text = match.group(2)
        year = _two_digit_year(year_text[1:]) if year_text.startswith("'") else int(year_text)
        return (year, month), True
    match = re.fullmatch(rf"({_SEASON})\s*,?\s*(\d{{4}}|'\d{{2}})", raw)
    if match:
        year_text = match.group(2)
        year = _two_digit_year(year_text[1:]) if year_text.startswith("'") else int(year_text)
        return (year, _SEASONS[match.group(1)]), True
    match = re.fullmatch(r"(\d{1,2})\s*[/.]\s*(\d{4})", raw)
    if match and 1 <= int(match.group(1)) <= 12:
        return (int(match.group(2)), int(match.group(1))), True
    match = re.fullmatch(r"(\d{4})\s*[-/.]\s*(\d{2})", raw)
    if match and 1 <= int(match.group(2)) <= 12:
        return (int(match.group(1)), int(match.group(2))), True
    match = re.fullmatch(r"'(\d{2})", raw)
    if match:
        return (_two_digit_year(match.group(1)), 1), False
    match = re.fullmatch(r"(\d{4})", raw)
    if match:
        return (int(match.group(1)), 1), False
    return None


def find_date_range(text: str) -> DateRange | None:
    """The first date range in ``text``, else the last lone date (a graduation year, "Summer 2019")."""
    matches = list(_RANGE_RE.finditer(text)) or list(_GAP_RANGE_RE.finditer(text))
    for match in matches:
        start = parse_point(match.group("start"))
        if start is None:
            continue
        end_text = match.group("end")
        if _PRESENT_RE.match(end_text.strip()):
            return DateRange(start[0], None, True, start[1], match.span())
        end = parse_point(end_text)
        if end is None:
            continue
        begin, finish = start[0], end[0]
        if finish < begin:
            begin, finish = finish, begin
        return DateRange(begin, finish, False, end[1], match.span())
    points = [m for m in _POINT_RE.finditer(text) if parse_point(m.group("start"))]
    if not points:
        return None
    last = points[-1]
    parsed = parse_point(last.group("start"))
    assert parsed is not None  # filtered above
    return DateRange(parsed[0], parsed[0], False, parsed[1], last.span())


def has_date(text: str) -> bool:
    """Whether the text carries a date range or a lone year/month date."""
    return find_date_range(text) is not None


def strip_span(text: str, span: tuple[int, int]) -> str:
    """The text with one span cut out and the seams tidied."""
    rest = f"{text[: span[0]]} {text[span[1] :]}"
    rest = re.sub(r"[(\[]\s*[)\]]", " ", rest)
    return re.sub(r"\s{2,}", " ", rest).strip()


def month_index(year_month: tuple[int, int]) -> int:
    """Months since year 0, for interval arithmetic."""
    return year_month[0] * 12 + (year_month[1] - 1)


def range_months(item: DateRange, today: date) -> tuple[int, int] | None:
    """Half-open [start, end) in month indexes; month-precise ends count their own month."""
    now = today.year * 12 + today.month  # exclusive end: the current month counts
    start = month_index(item.start)
    if item.current or item.end is None:
        end = now
    else:
        end = month_index(item.end) + (1 if item.month_precise else 0)
    end = min(end, now)
    if end <= start:
        return None
    return start, end


def merged_years(intervals: list[tuple[int, int]]) -> float:
    """Total years covered by month intervals, overlapping spans counted once."""
    total = 0
    cur_start: int | None = None
    cur_end = 0
    for start, end in sorted(intervals):
        if end <= start:
            continue
        if cur_start is None or start > cur_end:
            if cur_start is not None:
                total += cur_end - cur_start
            cur_start, cur_end = start, end
        else:
            cur_end = max(cur_end, end)
    if cur_start is not None:
        total += cur_end - cur_start
    return round(total / 12, 1)
