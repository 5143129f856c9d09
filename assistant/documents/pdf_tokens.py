"""A small, fast PDF content-stream tokenizer: bytes -> [(operands, operator)].

pypdf's ContentStream builds a Python object per token and re-encodes every string, which is most of
its text-extraction time; resumes only need numbers, names, strings and arrays. Strings come back as
``bytes``, names as ``str`` ("/F1"), numbers as int/float, arrays as lists, dictionaries as dicts.
"""

from __future__ import annotations

import re
import time
from typing import Any

Operation = tuple[list[Any], bytes]

# Token kinds. No two can match at the same position, so their order changes no result: the most
# frequent come first. Their group numbers are the _NUM... constants below.
_KINDS = rb"""
    (?P<num>[+-]?(?:\d+\.?\d*|\.\d+))
    |(?P<hex><[0-9A-Fa-f\s]*>)
    |(?P<name>/[^\s/\[\]()<>{}%]*)
    |(?P<str>\((?:[^()\\]|\\.)*\))
    |(?P<op>[A-Za-z'"*][A-Za-z0-9'"*]*)
    |(?P<dopen><<)|(?P<dclose>>>)
    |(?P<aopen>\[)|(?P<aclose>\])
    |(?P<end>$)
"""
# The exact grammar: when no kind matches after the longest run of whitespace and comments, the
# match backtracks into them (so "%ab\n)" yields the operator "b"). Only used where _SCAN finds junk.
_TOKEN = re.compile(rb"(?:\s|%[^\r\n]*)*(?:" + _KINDS + rb")", re.VERBOSE | re.DOTALL)
# The same first try without backtracking, plus a catch-all byte: finditer() walks the stream in C.
_SCAN = re.compile(rb"\s*+(?:%[^\r\n]*+\s*+)*+(?:" + _KINDS + rb"|(?P<junk>.))", re.VERBOSE | re.DOTALL)
_NUM, _HEX, _NAME, _STR, _OP, _DOPEN, _DCLOSE, _AOPEN, _ACLOSE, _END, _JUNK = range(1, 12)
_ESCAPE = re.compile(rb"\\([0-7]{1,3}|\r\n|[\r\n]|.)", re.DOTALL)
_ESCAPES = {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f"}
_NAME_HEX = re.compile(r"#([0-9A-Fa-f]{2})")
_SPACE = re.compile(rb"(?:\s|%[^\r\n]*)*")
_HEX_SPACE = re.compile(rb"\s")
_INLINE_END = re.compile(rb"\sEI(?=\s|$)")
_KEYWORDS: dict[bytes, Any] = {b"true": True, b"false": False, b"null": None}


class TokenBudgetExceeded(Exception):
    """The stream has more tokens than the budget: the rest is not worth reading."""


def _unescape(match: re.Match[bytes]) -> bytes:
    code = match.group(1)
    if code[:1].isdigit():
        return bytes([int(code, 8) & 0xFF])
    if code in (b"\r\n", b"\r", b"\n"):
        return b""  # a backslash at the end of a line continues the string
    return _ESCAPES.get(code, code)


def _literal(body: bytes) -> bytes:
    return _ESCAPE.sub(_unescape, body) if b"\\" in body else body


def _nested_literal(data: bytes, start: int) -> tuple[bytes, int]:
    """A literal string with unescaped nested parentheses; returns (raw body, end position)."""
    depth = 0
    pos = start
    end = len(data)
    while pos < end:
        ch = data[pos]
        if ch == 0x5C:  # backslash
            pos += 2
            continue
        if ch == 0x28:
            depth += 1
        elif ch == 0x29:
            depth -= 1
            if depth == 0:
                return data[start + 1 : pos], pos + 1
        pos += 1
    return data[start + 1 :], end


def parse_operations(
    data: bytes, max_tokens: int = 1_000_000, deadline: float | None = None
) -> list[Operation]:
    """Tokenize a content stream into operations; unknown bytes are skipped, never fatal.

    Raises:
        TokenBudgetExceeded: after ``max_tokens`` tokens or past ``deadline`` (time.monotonic());
            the operations read so far are in ``args[0]``.
    """
    ops: list[Operation] = []
    operands: list[Any] = []
    stack: list[tuple[list[Any], bool]] = []  # (outer operand list, is_dict)
    values: dict[bytes, Any] = {}  # token text -> value: a page repeats the same numbers and glyphs
    tokens = 0
    pos = 0
    end = len(data)
    while pos < end:
        resume_at = -1  # set when the scan must restart elsewhere (junk, an inline image)
        for m in _SCAN.finditer(data, pos):
            kind = m.lastindex or _END  # every alternative is a group: None cannot happen
            if kind >= _END:
                if kind == _END:
                    return ops
                start = m.start()  # junk: the exact grammar may still find a token here
                strict = _TOKEN.match(data, start)
                if strict is None:
                    resume_at = _skip_space(data, start)
                    if resume_at < end and data[resume_at] == 0x28:  # "(" with nested parentheses
                        body, resume_at = _nested_literal(data, resume_at)
                        operands.append(_literal(body))
                    else:
                        resume_at += 1  # junk byte
                    break
                m = strict
                kind = m.lastindex or _END
                if kind == _END:
                    return ops
                resume_at = m.end()
            tokens += 1
            if tokens > max_tokens or (
                tokens & 4095 == 0 and deadline is not None and time.monotonic() > deadline
            ):
                raise TokenBudgetExceeded(ops)
            text = m[kind]
            if kind <= _STR:  # a number, hex string, name or literal string
                value = values.get(text)
                if value is None:
                    value = values[text] = _value(kind, text)
                operands.append(value)
            elif kind == _OP:
                if text in _KEYWORDS:
                    operands.append(_KEYWORDS[text])
                elif stack:
                    pass  # an operator inside an array is malformed: drop it
                elif text == b"BI":
                    resume_at = _skip_inline_image(data, m.end())
                    ops.append(([], b"INLINE IMAGE"))
                    operands = []
                else:
                    ops.append((operands, text))
                    operands = []
            elif kind == _AOPEN or kind == _DOPEN:
                stack.append((operands, kind == _DOPEN))
                operands = []
            elif stack:  # a closing bracket
                inner = operands
                operands, is_dict = stack.pop()
                operands.append(_as_dict(inner) if is_dict else inner)
            if resume_at >= 0:
                break
        else:
            return ops
        pos = resume_at
    return ops


def _value(kind: int, text: bytes) -> Any:
    """A number, name, literal string or hex string token as its Python value."""
    if kind == _NUM:
        return float(text) if b"." in text else int(text)
    if kind == _NAME:
        name = text.decode("latin-1")
        return _NAME_HEX.sub(lambda h: chr(int(h.group(1), 16)), name) if "#" in name else name
    if kind == _STR:
        return _literal(text[1:-1])
    digits = _HEX_SPACE.sub(b"", text[1:-1])
    return bytes.fromhex((digits + b"0" if len(digits) % 2 else digits).decode())


def _skip_space(data: bytes, pos: int) -> int:
    found = _SPACE.match(data, pos)
    return found.end() if found else pos


def _as_dict(items: list[Any]) -> dict[str, Any]:
    return {k: v for k, v in zip(items[0::2], items[1::2], strict=False) if isinstance(k, str)}


def _skip_inline_image(data: bytes, pos: int) -> int:
    marker = data.find(b"ID", pos)
    if marker < 0:
        return len(data)
    found = _INLINE_END.search(data, marker + 3)
    return found.end() if found else len(data)
