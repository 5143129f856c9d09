"""Tokens and light lemmas shared by the skills taxonomy, the matcher and keyword scoring.

The same functions normalize taxonomy aliases and the text being searched, so a match only needs
both sides to agree, not to be linguistically perfect.
"""

from __future__ import annotations

import re
from typing import NamedTuple

__all__ = ["Token", "lemma", "normalize_term", "singular", "term_key", "tokenize"]

# A word: letters/digits with internal . & ' (Node.js, P&L, Bachelor's), an optional leading dot
# when the word starts after a space or bracket (.NET), and an optional ++ / + / # tail (C++, C#, A+).
# A lone "&" is kept as a token so "Research & Development" can match "Research and Development".
_TOKEN_RE = re.compile(
    r"(?:(?<![^\s(\[{,;:|/\"'])\.)?[^\W_]+(?:[.&'\u2019][^\W_]+)*(?:\+\+|\+|#)?|&",
)


class Token(NamedTuple):
    """One word of the text, with where it sits and how it is glued to the word before it.

    Attributes:
        text: the word exactly as written.
        start: offset of its first character in the original text.
        end: offset just past its last character.
        joiner: "-" or "/" when the word is glued to the previous one by that character with no
            space ("front-end", "CI/CD"), else "".
        tight: True when only spacing (at most one line break), a spaced dash or a colon separates it
            from the previous word, so a multi-word skill may span the two.
    """

    text: str
    start: int
    end: int
    joiner: str
    tight: bool

    @property
    def lower(self) -> str:
        """The word in lower case ("&" reads as "and")."""
        return "and" if self.text == "&" else self.text.lower()


# Gaps a multi-word skill may span: spaces, one line break, a spaced dash or a colon
# ("AWS Certified Solutions Architect – Associate", "Microsoft Certified: Azure Fundamentals").
_TIGHT_GAP_RE = re.compile(r"[ \t\u00a0]*(?:[\u2013\u2014:-][ \t\u00a0]*|\r?\n[ \t\u00a0]*)?")


def tokenize(text: str) -> list[Token]:
    """Split text into words with offsets, keeping C++, C#, .NET, Node.js, P&L and CI/CD readable."""
    tokens: list[Token] = []
    prev_end = -1
    tight_gap = _TIGHT_GAP_RE.fullmatch
    new = tuple.__new__
    for m in _TOKEN_RE.finditer(text):
        start, end = m.span()
        joiner = ""
        tight = False
        if prev_end >= 0:
            if start - prev_end == 1:
                gap = text[prev_end]
                if gap == " ":
                    tight = True
                elif gap in "-/" and text[start] not in ".&":
                    joiner = gap
                    tight = True
                else:
                    tight = gap in "\t\n\u00a0\u2013\u2014:"
            else:
                tight = tight_gap(text, prev_end, start) is not None
        tokens.append(new(Token, (m.group(), start, end, joiner, tight)))
        prev_end = end
    return tokens


_SINGULAR_CACHE: dict[str, str] = {}
_LEMMA_CACHE: dict[str, str] = {}

# Words whose -s/-ing/-ed ending is part of the word, or whose stem would collide with another word.
_KEEP = frozenset(
    {
        "news",
        "series",
        "species",
        "physics",
        "economics",
        "mathematics",
        "statistics",
        "logistics",
        "ethics",
        "graphics",
        "analytics",
        "kinetics",
        "diagnostics",
        "pediatrics",
        "paediatrics",
        "geriatrics",
        "obstetrics",
        "orthopedics",
        "robotics",
        "electronics",
        "mechanics",
        "thermodynamics",
        "ergonomics",
        "linguistics",
        "genetics",
        "genomics",
        "proteomics",
        "bioinformatics",
        "biostatistics",
        "econometrics",
        "pharmacokinetics",
        "optics",
        "photonics",
        "acoustics",
        "aesthetics",
        "aerodynamics",
        "hydraulics",
        "pneumatics",
        "mechatronics",
        "avionics",
        "forensics",
        "metrics",
        "kubernetes",
        "jenkins",
        "pandas",
        "express",
        "process",
        "business",
        "wellness",
        "canvas",
        "securities",
        "atlas",
        "bias",
        "windows",
        "sales",
        "ads",
        "ops",
        "devops",
        "mlops",
        "sysops",
        "secops",
        "gitops",
        "finops",
        "dataops",
        "aiops",
        "nodes",
        "string",
        "spring",
        "ring",
        "thing",
        "king",
        "bring",
        "wing",
        "swing",
        "sling",
        "ceiling",
        "feed",
        "need",
        "speed",
        "seed",
        "bed",
        "red",
        "shed",
        "embed",
        "med",
        "led",
        "ted",
        "used",
    }
)
_IRREGULAR = {
    # "-ssion" nouns whose stem is another word: "succession" is not "success", "mission" not "miss"
    "succession": "succession",
    "mission": "mission",
    "session": "session",
    "profession": "profession",
    "procession": "procession",
    "commission": "commission",
    "admission": "admission",
    "permission": "permission",
    "emission": "emission",
    "recession": "recession",
    "analysis": "analyz",
    "analyses": "analyz",
    "analyse": "analyz",
    "analysed": "analyz",
    "analysing": "analyz",
    "analyze": "analyz",
    "analyzed": "analyz",
    "analyzing": "analyz",
    "led": "lead",
    "leading": "lead",
    "leadership": "leadership",
    "built": "build",
    "building": "build",
    "ran": "run",
    "running": "run",
    "wrote": "writ",
    "written": "writ",
    "writing": "writ",
    "write": "writ",
    "taught": "teach",
    "teaching": "teach",
    "sold": "sell",
    "selling": "sell",
    "spoke": "speak",
    "spoken": "speak",
    "speaking": "speak",
    "made": "mak",
    "making": "mak",
    "make": "mak",
    "children": "child",
    "people": "person",
    "women": "woman",
    "men": "man",
    "data": "data",
    "production": "production",
    "productions": "production",
    "document": "document",
    "documents": "document",
    "documented": "document",
    "documenting": "document",
    "documentation": "document",
    "media": "media",
    "criteria": "criterion",
}
_DERIVATIONAL = (
    ("isations", "iz"),
    ("izations", "iz"),
    ("isation", "iz"),
    ("ization", "iz"),
    ("ations", ""),
    ("ation", ""),
    ("ments", ""),
    ("ment", ""),
    ("ings", ""),
    ("ing", ""),
    ("ions", ""),
    ("ion", ""),
    ("ed", ""),
)
_VOWELS = frozenset("aeiouy")


def singular(word: str) -> str:
    """Lower-case a word and drop a plural or possessive ending ("APIs" -> "api", "teams'" -> "team")."""
    cached = _SINGULAR_CACHE.get(word)
    if cached is not None:
        return cached
    if word == "&":
        return "and"
    w = word.lower().replace("\u2019", "'")
    if len(word) >= 3 and word[-1] == "s" and word[:-1].isupper() and word[:-1].isalpha():
        return w[:-1]  # APIs, EMRs, SDKs, KPIs
    if w.endswith("'s"):
        w = w[:-2]
    elif w.endswith("'"):
        w = w[:-1]
    # Short all-capital words are acronyms whose final S is part of the name (CAMS, HRMS, LIMS).
    if len(w) > 3 and w not in _KEEP and w.isalpha() and not (len(word) <= 5 and word.isupper()):
        if w.endswith("ies") and len(w) > 4:
            w = w[:-3] + "y"
        elif w.endswith(("sses", "xes", "ches", "shes", "zzes")):
            w = w[:-2]
        elif w.endswith("s") and not w.endswith(("ss", "us", "is")):
            w = w[:-1]
    if len(_SINGULAR_CACHE) < 200_000:
        _SINGULAR_CACHE[word] = w
    return w


def lemma(word: str) -> str:
    """Map a word to a common stem so "managed", "managing" and "management" compare equal.

    Rule-based and deliberately light: plurals, -ing / -ed / -ment / -ation / -ion, -ise / -ize,
    doubled final consonants and a final "e". The stem is for comparing, not for showing.
    """
    cached = _LEMMA_CACHE.get(word)
    if cached is not None:
        return cached
    w = singular(word)
    irregular = _IRREGULAR.get(w)
    if irregular is not None:
        result = irregular
    elif len(w) <= 4 or w in _KEEP or not w.isalpha():
        result = w
    else:
        result = _strip_suffixes(w)
    if len(_LEMMA_CACHE) < 200_000:
        _LEMMA_CACHE[word] = result
    return result


def _strip_suffixes(w: str) -> str:
    """Apply the derivational rules to a lower-case alphabetic word longer than four letters."""
    for suffix, replacement in _DERIVATIONAL:
        if w.endswith(suffix):
            stem = w[: -len(suffix)] + replacement
            if len(stem) >= 3 and any(c in _VOWELS for c in stem):
                w = stem
                break
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in _VOWELS and w[-1] != "s":
        w = w[:-1]  # programm -> program, plann -> plan, modell -> model
    if len(w) > 3 and w.endswith("e"):
        w = w[:-1]  # manage -> manag
    if len(w) > 5 and w.endswith(("is", "ys")):
        w = w[:-1] + "z"  # optimis -> optimiz, analys -> analyz
    if len(w) > 5 and w.endswith("at"):
        w = w[:-2]  # automat -> autom, integrat -> integr
    return w


def normalize_term(term: str) -> str:
    """Reduce a skill or keyword to a comparable key: words lemmatized, joined by single spaces."""
    return " ".join(lemma(t.text) for t in tokenize(term))


def term_key(term: str) -> tuple[str, ...]:
    """The look-up key of a skill term: a lone word by its singular, several words by their stems.

    Lone words keep their -ing / -ed ("Marketing" is not "market", "sparked" is not "Spark");
    multi-word terms compare by stem so "project management" meets "projects managed".
    """
    tokens = tokenize(term)
    if len(tokens) == 1:
        return (singular(tokens[0].text),)
    return tuple(lemma(t.text) for t in tokens)
