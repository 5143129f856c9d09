"""Decode PDF string bytes to Unicode with glyph widths, via pypdf's font model.

pypdf's public visitor API reports text only after merging runs on the same baseline, which hides the
column gaps we need; so we interpret text operators ourselves and borrow pypdf's font tables
(encoding, ToUnicode map, widths). This is the one place that touches pypdf internals.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from pypdf.generic import DictionaryObject, IndirectObject
from pypdf.generic._font import Font as _PypdfFont  # the font model of pypdf's own text extraction

_SUBSET_PREFIX = re.compile(r"^[A-Z]{6}\+")
_BOLD_NAME = re.compile(r"bold|black|heavy|semibold|demi|extrabold|ultrabold", re.IGNORECASE)
_FORCE_BOLD_FLAG = 1 << 18
_MEMO_ENTRIES = 4096  # decoded strings kept per font: glyph-by-glyph producers repeat a few hundred
_MEMO_KEY_BYTES = 64  # longer strings are whole lines that rarely repeat


@dataclass(slots=True, frozen=True)
class Decoded:
    """A decoded string: its text, total glyph width (1/1000 em), glyph and single-byte space counts."""

    text: str
    width: float
    glyphs: int
    spaces: int


class FontInfo:
    """One font resource, ready to decode strings shown with it."""

    __slots__ = ("name", "bold", "_encoding", "_cmap", "_widths", "_default_width", "_usable", "_memo")

    def __init__(self, font_dict: DictionaryObject | None) -> None:
        self.name = "unknown"
        self.bold = False
        self._encoding: str | dict[int, str] = "latin-1"
        self._cmap: dict[Any, Any] = {}
        self._widths: dict[str, float] = {}
        self._default_width = 500.0
        self._usable = False
        self._memo: dict[bytes, Decoded] = {}
        if font_dict is None:
            return
        try:
            font = _PypdfFont.from_font_resource(font_dict)
        except Exception:  # noqa: BLE001 - a broken font must not sink the page; its text is dropped
            return
        self.name = _SUBSET_PREFIX.sub("", font.name) or "unknown"
        flags = getattr(font.font_descriptor, "flags", 0) or 0
        weight = str(getattr(font.font_descriptor, "weight", "") or "")
        self.bold = bool(
            _BOLD_NAME.search(self.name) or _BOLD_NAME.search(weight) or flags & _FORCE_BOLD_FLAG
        )
        self._cmap = font.character_map or {}
        self._encoding = _with_bullet_127(font.encoding, self._cmap)
        self._widths = font.character_widths
        self._default_width = float(font.character_widths.get("default", 500) or 500)
        self._usable = bool(font.interpretable)

    def decode(self, raw: bytes) -> Decoded:
        """Map string bytes to Unicode text and their advance width (memoised: the font never changes)."""
        memo = self._memo
        decoded = memo.get(raw)
        if decoded is None:
            decoded = self._decode(raw)
            if len(raw) <= _MEMO_KEY_BYTES and len(memo) < _MEMO_ENTRIES:
                memo[raw] = decoded
        return decoded

    def _decode(self, raw: bytes) -> Decoded:
        if not self._usable:
            return Decoded("", 0.0, len(raw), 0)
        encoding = self._encoding
        if isinstance(encoding, str):
            try:
                keys = raw.decode(encoding, "surrogatepass")
            except (UnicodeDecodeError, LookupError):
                keys = raw.decode(encoding if _codec_exists(encoding) else "latin-1", "replace")
            chars = keys
            spaces = raw.count(32) if len(keys) == len(raw) else 0
        else:
            keys = raw.decode("latin-1")
            chars = "".join([encoding.get(b, chr(b)) for b in raw])
            spaces = raw.count(32)
        cmap = self._cmap
        text = "".join([cmap.get(c, c) for c in chars]) if cmap else chars
        if "\u00ad" in text:  # a drawn glyph is visible: TeX maps its hyphen to the soft hyphen
            text = text.replace("\u00ad", "-")
        widths = self._widths
        default = self._default_width
        width = sum([widths.get(k, default) for k in keys], 0.0)
        return Decoded(text, float(width), len(keys), spaces)


def _with_bullet_127(encoding: str | dict[int, str], cmap: dict[Any, Any]) -> str | dict[int, str]:
    """WinAnsiEncoding draws code 127 as a bullet (PDF 32000 Annex D); pypdf maps it to nothing."""
    if isinstance(encoding, dict) and encoding.get(127, "") in ("", "\x7f") and "\x7f" not in cmap:
        return {**encoding, 127: "\u2022"}
    return encoding


def _codec_exists(name: str) -> bool:
    try:
        "".encode(name)
    except LookupError:
        return False
    return True


class FontCache:
    """Fonts are shared across pages: build each one once per document."""

    def __init__(self) -> None:
        self._fonts: dict[tuple[int, int] | int, FontInfo] = {}
        self._inline: list[Any] = []  # keeps inline font dicts alive so their id() stays unique

    def get(self, ref: Any) -> FontInfo:
        """The FontInfo for a font resource (indirect reference or inline dictionary)."""
        key: tuple[int, int] | int
        if isinstance(ref, IndirectObject):
            key = (ref.idnum, ref.generation)
        else:
            key = id(ref)
            self._inline.append(ref)
        info = self._fonts.get(key)
        if info is None:
            obj = ref.get_object() if ref is not None else None
            info = FontInfo(obj if isinstance(obj, DictionaryObject) else None)
            self._fonts[key] = info
        return info
