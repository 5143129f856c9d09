"""Salient non-skill terms of a posting: domain nouns and two-word phrases, counted.

Skills are matched by the taxonomy; this catches the rest a recruiter would search for ("underwriting",
"patient education", "month-end close"). Stopwords and posting boilerplate are dropped by list, not by
model, so the result is the same on every machine.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from functools import cache
from importlib import resources

from assistant.jobs.models import JobKeyword
from assistant.skills.text import Token, lemma, singular, tokenize

MAX_KEYWORDS = 25
GENERIC_RANK_FACTOR = 0.3  # generic terms rank behind specific ones for the MAX_KEYWORDS places
_BREAK_GAP = re.compile(r"[^\s\-/&]")  # any punctuation between two words ends a phrase
_WORDLIKE = re.compile(r"^[a-z][a-z'\-]*[a-z]$")
_PROPER_NOUN = re.compile(r"^[A-Z][a-z]+(?:['’][a-z]+)?$")


@cache
def stopwords() -> frozenset[str]:
    """Function words plus words every posting uses; loaded once from the package data file."""
    text = resources.files("assistant.jobs").joinpath("data/stopwords.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


@cache
def generic_terms() -> frozenset[str]:
    """Generic verbs and business nouns (lemmas) that any posting uses; loaded once from the data file."""
    text = resources.files("assistant.jobs").joinpath("data/generic_terms.txt").read_text(encoding="utf-8")
    return frozenset(
        lemma(line.strip()) for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


def is_generic(key: str) -> bool:
    """Whether a keyword key (lemmas joined by spaces) is made only of generic words."""
    words = key.split()
    return bool(words) and all(w in generic_terms() for w in words)


def _is_content(token: Token) -> bool:
    word = singular(token.text)
    if len(word) < 3 or not _WORDLIKE.match(word) or word in stopwords():
        return False
    return not word.endswith("ly") or len(word) <= 4


def content_runs(text: str, masked: Sequence[tuple[int, int]] = ()) -> list[list[Token]]:
    """Runs of adjacent content words, broken at stopwords, punctuation, names and masked (skill) spans."""
    runs: list[list[Token]] = []
    current: list[Token] = []
    prev_end = -1
    for token in tokenize(text):
        hidden = any(start < token.end and token.start < end for start, end in masked)
        # A capitalised word mid-sentence is a name (company, place, product) unless the taxonomy knew it.
        # The first word of a requirement is mostly its verb ("Advise managers...", "Investigate...").
        hidden = hidden or (_PROPER_NOUN.match(token.text) is not None)
        gap_breaks = prev_end >= 0 and bool(_BREAK_GAP.search(text[prev_end : token.start]))
        if hidden or not _is_content(token) or gap_breaks or not token.tight:
            if current:
                runs.append(current)
            current = [] if hidden or not _is_content(token) else [token]
        else:
            current.append(token)
        prev_end = token.end
    if current:
        runs.append(current)
    return runs


def _display(word: str) -> str:
    """Acronyms and brand casing keep their letters ("SaaS" stays "saas"); other words go singular."""
    return word.lower() if any(c.isupper() for c in word[1:]) else singular(word)


def term_key(words: Iterable[str]) -> str:
    """The comparison key of a phrase: its words' lemmas joined by spaces."""
    return " ".join(lemma(w) for w in words)


def extract_keywords(
    clauses: Iterable[tuple[str, bool, Sequence[tuple[int, int]]]], limit: int = MAX_KEYWORDS
) -> list[JobKeyword]:
    """Pick the salient terms from (clause text, is required, skill spans to skip) triples.

    Two-word phrases used at least twice are kept whole; a single word is kept unless every use of it
    sits inside a kept phrase. Ranked by count (phrases x1.5, required +0.5), then longer (more
    specific) words, then by term.
    """
    counts: Counter[str] = Counter()
    required: set[str] = set()
    surfaces: dict[str, Counter[str]] = defaultdict(Counter)
    inside_pair: Counter[tuple[str, str]] = Counter()  # (word key, pair key) co-occurrence
    for text, is_required, masked in clauses:
        for run in content_runs(text, masked):
            words = [_display(t.text) for t in run]
            for i, word in enumerate(words):
                key = lemma(word)
                counts[key] += 1
                surfaces[key][word] += 1
                if is_required:
                    required.add(key)
                if i + 1 < len(words):
                    pair = term_key(words[i : i + 2])
                    counts[pair] += 1
                    surfaces[pair][f"{word} {words[i + 1]}"] += 1
                    inside_pair[(key, pair)] += 1
                    inside_pair[(lemma(words[i + 1]), pair)] += 1
                    if is_required:
                        required.add(pair)
    kept_pairs = {k for k in counts if " " in k and counts[k] >= 2}
    covered: Counter[str] = Counter()
    for (word_key, pair), n in inside_pair.items():
        if pair in kept_pairs:
            covered[word_key] += n
    ranked: list[tuple[float, int, str]] = []
    for key, n in counts.items():
        if " " in key and key not in kept_pairs:
            continue
        if " " not in key and covered[key] >= n:
            continue
        weight = n * (1.5 if " " in key else 1.0) + (0.5 if key in required else 0.0)
        if is_generic(key):
            weight *= GENERIC_RANK_FACTOR
        if " " not in key and n == 1 and all(w.endswith(("ed", "ing")) for w in surfaces[key]):
            continue  # a lone participle ("detailed", "deploying") is rarely a term anyone searches for
        ranked.append((-weight, -len(key), key))
    ranked.sort()
    result: list[JobKeyword] = []
    for _neg, _length, key in ranked[:limit]:
        surface = sorted(surfaces[key].items(), key=lambda item: (-item[1], item[0]))[0][0]
        result.append(JobKeyword(term=surface, count=counts[key], required=key in required))
    return sorted(result, key=lambda k: (not k.required, -k.count, k.term))
