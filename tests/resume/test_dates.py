"""Date ranges in the formats resumes use, and merged years of experience."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from assistant.resume.dates import find_date_range, merged_years, range_months

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    ("text", "start", "end", "current"),
    [
        ("Jan 2020 – Present", "2020-01", None, True),
        ("Jan 2020 - Present", "2020-01", None, True),
        ("January 2020 — Current", "2020-01", None, True),
        ("01/2019 - 03/2021", "2019-01", "2021-03", False),
        ("1/2019 – 3/2021", "2019-01", "2021-03", False),
        ("2018–2020", "2018-01", "2020-01", False),
        ("2018 - 2020", "2018-01", "2020-01", False),
        ("March 2017 to Current", "2017-03", None, True),
        ("Mar. 2019 – Present", "2019-03", None, True),
        ("Sept. 2021 - Jun 2022", "2021-09", "2022-06", False),
        ("Sep 2021 until May 2022", "2021-09", "2022-05", False),
        ("Summer 2019", "2019-06", "2019-06", False),
        ("Summer 2019 – Fall 2020", "2019-06", "2020-09", False),
        ("'19 - '21", "2019-01", "2021-01", False),
        ("Jun '19 – Aug '20", "2019-06", "2020-08", False),
        ("2019-01 - 2020-06", "2019-01", "2020-06", False),
        ("Mar 2010\u00adAug 2017", "2010-03", "2017-08", False),
        ("Dec. 2011 – Feb. 2012", "2011-12", "2012-02", False),
        ("June 2023 – Sept. 2023", "2023-06", "2023-09", False),
        ("September 2025-Present", "2025-09", None, True),
        ("Aug 2024 - now", "2024-08", None, True),
        ("2021 – Present", "2021-01", None, True),
        ("Expected May 2026", "2026-05", "2026-05", False),
        ("Graduated 2017", "2017-01", "2017-01", False),
        ("Acme Corp   Jan 2022 – Present", "2022-01", None, True),
        ("Senior QA Engineer, Northwind (Mar 2021 - Present) Leads", "2021-03", None, True),
        ("2020 – 2018", "2018-01", "2020-01", False),
    ],
)
def test_date_formats(text: str, start: str, end: str | None, current: bool) -> None:
    found = find_date_range(text)
    assert found is not None
    assert (found.start_iso, found.end_iso, found.current) == (start, end, current)


@pytest.mark.parametrize(
    "text",
    ["Reduced latency by 40%", "Managed a $2000 budget", "Handled 350 tickets per week", "Python 3", ""],
)
def test_no_dates(text: str) -> None:
    assert find_date_range(text) is None


TODAY = date(2026, 1, 15)


@pytest.mark.parametrize(
    ("ranges", "years"),
    [
        (["Jan 2020 - Dec 2020"], 1.0),
        (["2018 - 2020"], 2.0),
        (["Jan 2020 - Dec 2021", "Jan 2021 - Dec 2022"], 3.0),  # overlap counted once
        (["Jan 2015 - Dec 2015", "Jan 2020 - Dec 2020"], 2.0),  # gap not counted
        (["Jan 2024 - Present"], 2.1),
        (["Jan 2024 - Present", "Jun 2024 - Present"], 2.1),
        (["Jan 2030 - Present"], 0.0),  # a start in the future counts nothing
    ],
)
def test_merged_years(ranges: list[str], years: float) -> None:
    spans = []
    for text in ranges:
        found = find_date_range(text)
        assert found is not None
        span = range_months(found, TODAY)
        if span:
            spans.append(span)
    assert merged_years(spans) == years


intervals = st.lists(
    st.tuples(st.integers(0, 600), st.integers(1, 120)).map(lambda t: (t[0], t[0] + t[1])), max_size=12
)


@given(intervals)
def test_merged_years_never_exceed_span_or_sum(spans: list[tuple[int, int]]) -> None:
    total = merged_years(spans)
    assert total >= 0
    if spans:
        span = (max(e for _, e in spans) - min(s for s, _ in spans)) / 12
        assert total <= round(span, 1) + 0.05
        assert total <= round(sum(e - s for s, e in spans) / 12, 1) + 0.05


@given(st.text(max_size=200))
def test_find_date_range_never_raises(text: str) -> None:
    found = find_date_range(text)
    if found is not None:
        assert 1 <= found.start[1] <= 12
