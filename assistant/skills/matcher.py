"""Find taxonomy skills in free text: n-gram look-ups over lemmatized tokens, longest match first."""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

from assistant.skills.taxonomy import PLAIN_RULE, Kind, Skill, Taxonomy, Term, load_taxonomy
from assistant.skills.text import Token, lemma, singular, term_key, tokenize

__all__ = ["SkillHit", "SkillMatcher", "get_matcher"]

# How many words either side of an ambiguous term are searched for context evidence.
CONTEXT_WINDOW = 20
# A match may end before "-x" only for these x ("Python-based", "AWS-certified"), and may start
# after "x-" only for these x ("non-SQL"); otherwise "C-suite" and "TF-IDF" hold no C or TF.
_HYPHEN_SUFFIXES = frozenset(
    "based driven certified savvy focused heavy first native ready enabled powered related oriented "
    "centric specific compliant trained licensed proficient skilled experienced fluent backed style "
    "level friendly only led intensive".split()
)
_HYPHEN_PREFIXES = frozenset("non pre post multi anti semi".split())
# Verb forms that may start an inverted phrase: "managed projects" for "Project Management".
_IRREGULAR_PAST = frozenset("led built ran wrote taught sold spoke made".split())


@dataclass(frozen=True, slots=True)
class SkillHit:
    """A skill found in a text, with the exact span it was written as."""

    skill: str
    category: str
    kind: Kind
    surface: str
    start: int
    end: int


class _Entry(NamedTuple):
    term: Term
    inverted: bool = False


@dataclass(slots=True)
class _Candidate:
    first: int
    length: int
    entries: list[_Entry]


class SkillMatcher:
    """Matches the taxonomy's canonical names and aliases in text; build once, reuse everywhere."""

    def __init__(self, taxonomy: Taxonomy) -> None:
        self.taxonomy = taxonomy
        self._index: dict[tuple[str, ...], list[_Entry]] = {}
        self._max_len: dict[str, int] = {}
        self._by_name: dict[str, Skill] = {s.name.lower(): s for s in taxonomy.skills}
        self._related = _related_index(taxonomy)
        inversions: list[tuple[tuple[str, ...], Term]] = []
        for term in taxonomy.terms:
            words = _words(term.text)
            self._add(_words_key(words), _Entry(term))
            flipped = _inverted_key(term, words)
            if flipped is not None:
                inversions.append((flipped, term))
        for flipped, term in inversions:
            if flipped not in self._index:
                self._add(flipped, _Entry(term, inverted=True))

    def _add(self, key: tuple[str, ...], entry: _Entry) -> None:
        entries = self._index.get(key)
        if entries is None:
            self._index[key] = [entry]
        elif not any(
            e.term.skill is entry.term.skill
            and e.inverted == entry.inverted
            and e.term.rule == entry.term.rule
            for e in entries
        ):
            entries.append(entry)
        if len(key) > 1 and self._max_len.get(key[0], 1) < len(key):
            self._max_len[key[0]] = len(key)

    def skill(self, name: str) -> Skill | None:
        """The skill with this canonical name (any case), or the one this alias unambiguously names."""
        found = self._by_name.get(name.strip().lower())
        if found is not None:
            return found
        canonical = self.canonical(name)
        return None if canonical is None else self._by_name[canonical.lower()]

    def canonical(self, term: str) -> str | None:
        """The canonical name for a term written on its own ("k8s" -> "Kubernetes").

        A term listed on its own needs no context, so "Go" and "R" resolve; an alias shared by
        several skills ("TF") resolves only if exactly one of them needs no context.
        """
        key = term_key(term)
        if not key:
            return None
        entries = [e for e in self._index.get(key, []) if not e.inverted]
        skills = {e.term.skill.name for e in entries}
        if len(skills) == 1:
            return skills.pop()
        plain = {e.term.skill.name for e in entries if not e.term.rule.conditional}
        return plain.pop() if len(plain) == 1 else None

    def related(self, name: str) -> tuple[str, ...]:
        """Canonical names of the skills sharing a ``@related`` group with this one (sorted; may be empty)."""
        return self._related.get(name.strip().lower(), ())

    def find(self, text: str) -> list[SkillHit]:
        """All skills written in the text, left to right, without overlaps, longest match first."""
        tokens = tokenize(text)
        if not tokens:
            return []
        scan = _Scan(self, text, tokens)
        scan.run()
        return scan.resolve()


class _Scan:
    """One pass over one text: plain matches first, then ambiguous terms judged by their context."""

    def __init__(self, matcher: SkillMatcher, text: str, tokens: list[Token]) -> None:
        self.m = matcher
        self.text = text
        self.tokens = tokens
        self.lowers = [t.text.lower() for t in tokens]
        self.singles = [singular(t.text) for t in tokens]
        self.stems = [lemma(t.text) for t in tokens]
        n = len(tokens)
        reach = [0] * n  # last index of the run of tightly joined words starting at i
        reach[-1] = n - 1
        for i in range(n - 2, -1, -1):
            reach[i] = reach[i + 1] if tokens[i + 1].tight else i
        self.reach = reach
        self.hits: list[tuple[int, int, Skill]] = []
        self.pending: list[_Candidate] = []

    def run(self) -> None:
        """Greedy left-to-right scan; ambiguous candidates are set aside for resolve()."""
        n = len(self.tokens)
        index, max_len, stems = self.m._index, self.m._max_len, self.stems
        i = 0
        while i < n:
            taken = 0
            longest = min(max_len.get(stems[i], 1), self.reach[i] - i + 1)
            for length in range(longest, 0, -1):
                key = tuple(stems[i : i + length]) if length > 1 else (self.singles[i],)
                entries = index.get(key)
                if entries is None or not self._boundaries_ok(i, length):
                    continue
                if self._take(i, length, entries):
                    taken = length
                    break
            i += taken or 1

    def _boundaries_ok(self, i: int, length: int) -> bool:
        tokens = self.tokens
        if tokens[i].joiner == "-" and self.lowers[i - 1] not in _HYPHEN_PREFIXES:
            return False
        j = i + length
        return not (j < len(tokens) and tokens[j].joiner == "-" and self.lowers[j] not in _HYPHEN_SUFFIXES)

    def _take(self, i: int, length: int, entries: Sequence[_Entry]) -> bool:
        surface = self.text[self.tokens[i].start : self.tokens[i + length - 1].end]
        waiting: list[_Entry] = []
        for entry in entries:
            if not self._written_ok(entry, i, length, surface):
                continue
            if entry.term.rule.conditional:
                waiting.append(entry)
            else:
                self.hits.append((i, length, entry.term.skill))
                return True
        if waiting:
            self.pending.append(_Candidate(i, length, waiting))
        return False

    def _written_ok(self, entry: _Entry, i: int, length: int, surface: str) -> bool:
        rule = entry.term.rule
        if entry.inverted and not (
            self.lowers[i].endswith(("ed", "ing")) or self.lowers[i] in _IRREGULAR_PAST
        ):
            return False
        if rule.exact and surface != entry.term.text:
            return False
        if rule.cap and not surface[:1].isupper():
            return False
        j = i + length
        if rule.not_next and j < len(self.tokens):
            following = self.lowers[j]
            if following in rule.not_next or ("#year" in rule.not_next and _is_year(following)):
                return False
        if len(surface) == 1 and self._is_initial(i):
            return False
        if i > 0 and rule.not_prev and self.lowers[i - 1] in rule.not_prev:
            return False
        return not (
            i > 0 and rule.not_prev_lower and surface.islower() and self.lowers[i - 1] in rule.not_prev_lower
        )

    def _is_initial(self, i: int) -> bool:
        """A lone letter followed by ". Name" is a middle initial ("John R. Smith"), not R or C."""
        end = self.tokens[i].end
        return (
            self.text[end : end + 1] == "."
            and self.text[end + 1 : end + 2] == " "
            and (self.text[end + 2 : end + 3].isupper())
        )

    def resolve(self) -> list[SkillHit]:
        """Accept ambiguous candidates with context evidence, then build the hits in text order."""
        covered = [False] * len(self.tokens)
        for first, length, _ in self.hits:
            for k in range(first, first + length):
                covered[k] = True
        accepted = list(self.hits)
        if not self.pending:
            return self._build(accepted)
        cat_at: list[str | None] = [None] * len(self.tokens)
        for first, _, skill in self.hits:
            cat_at[first] = skill.category
        for cand in self.pending:
            span = range(cand.first, cand.first + cand.length)
            if any(covered[k] for k in span):
                continue
            best, best_score = None, 0
            enough = 1 if len(cand.entries) == 1 else CONTEXT_WINDOW * 2
            for entry in cand.entries:
                score = self._evidence(entry.term, cand.first, cand.length, cat_at, enough)
                if score > best_score:
                    best, best_score = entry, score
            if best is not None:
                accepted.append((cand.first, cand.length, best.term.skill))
                for k in span:
                    covered[k] = True
        return self._build(accepted)

    def _build(self, accepted: list[tuple[int, int, Skill]]) -> list[SkillHit]:
        accepted.sort(key=lambda h: h[0])
        out: list[SkillHit] = []
        for first, length, skill in accepted:
            start, end = self.tokens[first].start, self.tokens[first + length - 1].end
            out.append(SkillHit(skill.name, skill.category, skill.kind, self.text[start:end], start, end))
        return out

    def _evidence(self, term: Term, first: int, length: int, cat_at: list[str | None], enough: int) -> int:
        """Count context words and plain skill hits of the wanted categories near the candidate.

        Stops counting at ``enough``: a lone candidate needs one piece of evidence, not all of it.
        """
        ctx = self.m.taxonomy.contexts[term.rule.context or ""]
        words, cats = ctx.words, ctx.categories
        lo, hi = max(0, first - CONTEXT_WINDOW), min(len(self.tokens), first + length + CONTEXT_WINDOW)
        score = 0
        for k in range(lo, hi):
            if first <= k < first + length:
                continue
            if cat_at[k] in cats or self.singles[k] in words or self.stems[k] in words:
                score += 1
                if score >= enough:
                    break
        return score


_PLAIN_WORDS_RE = re.compile(r"[A-Za-z]+(?: [A-Za-z]+)*")


def _related_index(taxonomy: Taxonomy) -> dict[str, tuple[str, ...]]:
    """Skill name (lower case) -> the other members of every related group it belongs to."""
    others: dict[str, set[str]] = {}
    for members in taxonomy.related.values():
        for name in members:
            others.setdefault(name.lower(), set()).update(m for m in members if m != name)
    return {name: tuple(sorted(group, key=str.lower)) for name, group in others.items()}


def _words(term: str) -> list[str]:
    """The words of a taxonomy term; plain letters-and-spaces terms skip the full tokenizer."""
    if _PLAIN_WORDS_RE.fullmatch(term):
        return term.split(" ")
    return [t.text for t in tokenize(term)]


def _words_key(words: list[str]) -> tuple[str, ...]:
    """Same as text.term_key, for a term already split into words."""
    if len(words) == 1:
        return (singular(words[0]),)
    return tuple(lemma(w) for w in words)


def _inverted_key(term: Term, words: list[str]) -> tuple[str, ...] | None:
    """For two-word nominalizations ("Project Management") the verb-first key ("managed projects")."""
    if len(words) != 2 or term.rule is not PLAIN_RULE:
        return None
    noun, head = words
    if lemma(head) == singular(head) or not noun.isalpha():
        return None
    return (lemma(head), lemma(noun))


def _is_year(word: str) -> bool:
    return len(word) == 4 and word.isdigit() and word[:2] in ("19", "20")


_lock = threading.Lock()
_matcher: SkillMatcher | None = None


def get_matcher() -> SkillMatcher:
    """The process-wide matcher, built from the packaged taxonomy on first use."""
    global _matcher
    if _matcher is None:
        with _lock:
            if _matcher is None:
                _matcher = SkillMatcher(load_taxonomy())
    return _matcher
