"""Plain-text bytes -> lines: BOM-aware UTF-8/UTF-16 decoding with a Latin-1 fallback."""

from __future__ import annotations

import codecs

from assistant.documents.models import Line
from assistant.errors import EmptyFile, UnsupportedFile

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def decode_text(data: bytes) -> str:
    """Decode text bytes: BOM first, then UTF-8, then BOM-less UTF-16, then cp1252/Latin-1.

    Raises:
        UnsupportedFile: the bytes are binary, not text.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, errors="replace")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = _utf16_without_bom(data) or _single_byte(data)
    if _looks_binary(text):
        raise UnsupportedFile("this is a binary file of an unknown type, not a PDF, DOCX or text file")
    return text


def _utf16_without_bom(data: bytes) -> str | None:
    sample = data[:4000]
    if len(sample) < 4:
        return None
    even_nuls = sample[0::2].count(0) / (len(sample) / 2)
    odd_nuls = sample[1::2].count(0) / (len(sample) / 2)
    if odd_nuls > 0.3 and even_nuls < 0.05:
        return data.decode("utf-16-le", errors="replace")
    if even_nuls > 0.3 and odd_nuls < 0.05:
        return data.decode("utf-16-be", errors="replace")
    return None


def _single_byte(data: bytes) -> str:
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _looks_binary(text: str) -> bool:
    sample = text[:8000]
    if not sample:
        return False
    control = sum(1 for ch in sample if (ord(ch) < 32 and ch not in "\n\r\t\f\v") or ch == "\ufffd")
    return "\x00" in sample or control / len(sample) > 0.05


def text_lines(text: str) -> list[Line]:
    """Split decoded text into raw lines (normalization happens later, for every format alike).

    Raises:
        EmptyFile: nothing but whitespace.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    lines = [Line(text=raw) for raw in text.split("\n") if raw.strip()]
    if not lines:
        raise EmptyFile("the file has no text")
    return lines
