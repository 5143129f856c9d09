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

_TOKEN = re.compile(
    rb"""
    (?:\s|%[^\r\n]*)*
    (?:
    (?P<num>[+-]?(?:\d+\.?\d*|\.\d+))
    |(?P<name>/[^\s/\[\]()<>{}%]*)
    |(?P<str>\((?:[^()\\]|\\.)*\))
    |(?P<hex><[0-9A-Fa-f\s]*>)
    |(?P<dopen><<)|(?P<dclose>>>)
    |(?P<aopen>\[)|(?P<aclose>\])
    |(?P<op>[A-Za-z'"*][A-Za-z0-9'"*]*)
    |(?P<end>$)
    )
    """,
    re.VERBOSE | re.DOTALL,
)
_ESCAPE = re.compile(rb"\\([0-7]{1,3}|\r\n|[\r\n]|.)", re.DOTALL)
_ESCAPES = {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f"}
_NAME_HEX = re.compile(r"#([0-9A-Fa-f]{2})")
_SPACE = re.compile(rb"(?:\s|%[^\r\n]*)*")
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
    pos = 0
    end = len(data)
    tokens = 0
    match_at = _TOKEN.match
    while pos < end:
        m = match_at(data, pos)
        if m is None:
            pos = _skip_space(data, pos)
            if pos < end and data[pos] == 0x28:  # "(" with nested parentheses
                body, pos = _nested_literal(data, pos)
                operands.append(_literal(body))
            else:
                pos += 1  # junk byte
            continue
        pos = m.end()
        kind = m.lastgroup
        if kind is None or kind == "end":
            break
        tokens += 1
        if tokens > max_tokens or (
            deadline is not None and tokens & 4095 == 0 and time.monotonic() > deadline
        ):
            raise TokenBudgetExceeded(ops)
        text = m.group(kind)
        if kind == "num":
            operands.append(float(text) if b"." in text else int(text))
        elif kind == "name":
            name = text.decode("latin-1")
            operands.append(_NAME_HEX.sub(lambda h: chr(int(h.group(1), 16)), name) if "#" in name else name)
        elif kind == "str":
            operands.append(_literal(text[1:-1]))
        elif kind == "hex":
            digits = re.sub(rb"\s", b"", text[1:-1])
            operands.append(bytes.fromhex((digits + b"0" if len(digits) % 2 else digits).decode()))
        elif kind in ("aopen", "dopen"):
            stack.append((operands, kind == "dopen"))
            operands = []
        elif kind in ("aclose", "dclose"):
            if not stack:
                continue
            inner = operands
            operands, is_dict = stack.pop()
            operands.append(_as_dict(inner) if is_dict else inner)
        elif text in _KEYWORDS:
            operands.append(_KEYWORDS[text])
        elif stack:
            continue  # an operator inside an array is malformed: drop it
        elif text == b"BI":
            pos = _skip_inline_image(data, pos)
            ops.append(([], b"INLINE IMAGE"))
            operands = []
        else:
            ops.append((operands, text))
            operands = []
    return ops


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
