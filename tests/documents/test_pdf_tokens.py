"""The content-stream tokenizer: a table of streams and the operations they must produce."""

from __future__ import annotations

import time
from typing import Any

import pytest

from assistant.documents.pdf_tokens import TokenBudgetExceeded, parse_operations

pytestmark = pytest.mark.unit

CASES: list[tuple[bytes, list[tuple[list[Any], bytes]]]] = [
    (b"BT /F1 12 Tf ET", [([], b"BT"), (["/F1", 12], b"Tf"), ([], b"ET")]),
    (b"1 0 0 1 72.5 -.5 Tm", [([1, 0, 0, 1, 72.5, -0.5], b"Tm")]),
    (b"(Hello) Tj", [([b"Hello"], b"Tj")]),
    (rb"(a \(b\) \\ \101\n) Tj", [([b"a (b) \\ A\n"], b"Tj")]),
    (b"(outer (nested) text) Tj", [([b"outer (nested) text"], b"Tj")]),
    (b"(line \\\ncontinued) Tj", [([b"line continued"], b"Tj")]),
    (b"<48 65 6C6C6F> Tj <414> Tj", [([b"Hello"], b"Tj"), ([b"A@"], b"Tj")]),
    (b"[(A) -250 (B) 5.5] TJ", [([[b"A", -250, b"B", 5.5]], b"TJ")]),
    (b"/Span <</ActualText (x) /MCID 3>> BDC", [(["/Span", {"/ActualText": b"x", "/MCID": 3}], b"BDC")]),
    (b"/A#20B cs", [(["/A B"], b"cs")]),
    (b"% a comment\nq Q", [([], b"q"), ([], b"Q")]),
    (b"BI /W 2 /H 1 /BPC 8 ID \x00EI\xffx EI Q", [([], b"INLINE IMAGE"), ([], b"Q")]),
    (b"T* (quote) ' 1 2 (dq) \"", [([], b"T*"), ([b"quote"], b"'"), ([1, 2, b"dq"], b'"')]),
    (b"true false null d0", [([True, False, None], b"d0")]),
    (b"] ) \x01 {} q", [([], b"q")]),  # junk is skipped, never fatal
    (b"(unterminated", []),
    # Junk after a comment: the exact grammar backtracks into the comment; the fast scan must agree.
    (b"%ab\n) q", [([], b"b"), ([], b"q")]),
    (b"1 2 %ab\n{ (x(y)z) Tj", [([1, 2], b"b"), ([b"x(y)z"], b"Tj")]),
    (b"<41> Tj <41> Tj 0.5 0.5 Td", [([b"A"], b"Tj"), ([b"A"], b"Tj"), ([0.5, 0.5], b"Td")]),
]


@pytest.mark.parametrize(("stream", "expected"), CASES)
def test_parse_operations(stream: bytes, expected: list[tuple[list[Any], bytes]]) -> None:
    assert parse_operations(stream) == expected


def test_token_budget_keeps_what_was_read() -> None:
    with pytest.raises(TokenBudgetExceeded) as caught:
        parse_operations(b"q Q " * 1000, max_tokens=10)
    assert caught.value.args[0] == [([], b"q"), ([], b"Q")] * 5


def test_deadline_stops_a_long_stream() -> None:
    started = time.monotonic()
    with pytest.raises(TokenBudgetExceeded):
        parse_operations(b"0 0 m " * 200_000, deadline=time.monotonic() - 1)
    assert time.monotonic() - started < 1.0
