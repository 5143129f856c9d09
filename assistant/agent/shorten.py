"""Shorten a bullet by rules when the model cannot: filler phrases out, never a fact added or changed.

"Make it shorter" sometimes gets the same sentence back from a small model twice. These rules only
remove or contract wording ("written in" -> "in", "in order to" -> "to", "successfully"), so whatever
they return says no more than the bullet did.
"""

from __future__ import annotations

import re
from typing import Final

# (pattern, replacement), applied in order; each keeps the meaning and drops words.
_CONTRACTIONS: Final[tuple[tuple[re.Pattern[str], str], ...]] = tuple(
    (re.compile(pattern, re.IGNORECASE), replacement)
    for pattern, replacement in (
        (r"\b(?:written|implemented|developed|coded) in\b", "in"),
        (r"\b(?:built|made|created) (?:using|with)\b", "with"),
        (r"\b(?:by )?(?:utili[sz]ing|leveraging|making use of)\b", "using"),
        (r"\bin order to\b", "to"),
        (r"\bas well as\b", "and"),
        (r"\b(?:that|which) (?:were|was|are|is)\s+", ""),
        (r"\ba total of\s+", ""),
        (r"\b(?:successfully|effectively|efficiently|actively|various|different)\s+", ""),
        (r"\bon a (daily|weekly|monthly|nightly) basis\b", r"\1"),
        (r"\bfor the purpose of\b", "for"),
        (r"\bwith the help of\b", "with"),
        (r"\bin the (area|field) of\s+", ""),
    )
)
_SPACES = re.compile(r"\s{2,}")
_TRAILING_CLAUSE = re.compile(r",\s+[^,]+$")
MIN_KEPT_WORDS: Final[int] = 6


def shorten_bullet(text: str) -> str:
    """A shorter wording of ``text`` (the same text when no rule shortens it).

    Filler goes first; if that saves nothing, the last comma-separated clause is dropped while at
    least :data:`MIN_KEPT_WORDS` words remain.
    """
    shorter = text
    for pattern, replacement in _CONTRACTIONS:
        shorter = pattern.sub(replacement, shorter)
    shorter = _SPACES.sub(" ", shorter).strip()
    if len(shorter) < len(text):
        return _capitalised(shorter, text)
    clipped = _TRAILING_CLAUSE.sub("", text).rstrip(" ,;")
    if clipped != text and len(clipped.split()) >= MIN_KEPT_WORDS:
        return clipped
    return text


def _capitalised(text: str, original: str) -> str:
    """Keep the original's leading capital when a rule removed the first word."""
    if text and original[:1].isupper() and not text[:1].isupper():
        return text[:1].upper() + text[1:]
    return text
