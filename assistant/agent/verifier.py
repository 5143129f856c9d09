"""The fact verifier: code, not the model, decides whether a rewrite claims anything new.

A rewrite may only use facts found in the resume or stated by the user in the chat. New numbers become
placeholders the user must fill (``[X]%``, ``[N] users``); new dates, skills, tools, certifications,
employers or titles are rejected, so the rewrite is retried or the assistant asks instead.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal, Protocol

FindingKind = Literal["date", "skill", "certification", "name", "title"]

_NUMBER = re.compile(
    r"(?<![\w\[.])(?P<cur>[$€£])?(?P<num>\d{1,3}(?:,\d{3})+|\d+)(?P<frac>\.\d+)?"
    r"(?P<unit>\s?%|\s?percent\b|[kKmMbB]\b|\+|x\b)?"
)
_YEAR = re.compile(r"^(?:19[5-9]\d|20[0-4]\d)$")
_WORD = re.compile(r"[A-Za-z][A-Za-z0-9+#.&'-]*[A-Za-z0-9+#]|[A-Za-z]")
_TECHY = re.compile(r"^(?:[A-Z][a-z]+[A-Z]\w*|[A-Z]{2,}[A-Za-z0-9]*s?|\w*\d\w*|\w+\.(?:js|py|net|io))$")
_TITLE_WORDS = frozenset(
    {"senior", "sr", "lead", "principal", "staff", "manager", "director", "head", "chief", "vp", "architect"}
)
_CERT = re.compile(r"\bcertif(?:ied|ication|icate)s?\b", re.IGNORECASE)
_PLACEHOLDER = re.compile(r"\[[^\]]{0,20}\]")


class SkillHitLike(Protocol):
    """What the verifier needs from a skill hit (``assistant.skills.SkillHit`` fits)."""

    @property
    def skill(self) -> str: ...  # noqa: D102

    @property
    def kind(self) -> str: ...  # noqa: D102


class SkillMatcherLike(Protocol):
    """What the verifier needs from the skill matcher (``assistant.skills.SkillMatcher`` fits)."""

    def find(self, text: str) -> Sequence[SkillHitLike]: ...  # noqa: D102


@dataclass(frozen=True)
class Finding:
    """A claim in a rewrite that neither the resume nor the user supports."""

    kind: FindingKind
    term: str

    def describe(self) -> str:
        """A short phrase for feedback to the model and notes to the user."""
        return f"{self.kind} {self.term!r}"


@dataclass(frozen=True)
class Verification:
    """The verified text (numbers already turned into placeholders) and what was rejected."""

    text: str
    placeholders: tuple[str, ...] = ()
    rejected: tuple[Finding, ...] = ()

    @property
    def ok(self) -> bool:
        """True when nothing unsupported remains (placeholders are fine: the user fills them)."""
        return not self.rejected


def _normal_number(digits: str, frac: str | None) -> str:
    value = digits.replace(",", "") + (frac or "")
    return value.rstrip("0").rstrip(".") if "." in value else value


def numbers_in(text: str) -> set[str]:
    """Every number in a text, normalised (``1,200`` -> ``1200``, ``40%`` -> ``40``)."""
    return {_normal_number(m["num"], m["frac"]) for m in _NUMBER.finditer(text)}


def words_in(text: str) -> set[str]:
    """Lower-cased words of a text, for case-insensitive presence checks."""
    found = {w.lower().strip(".'") for w in _WORD.findall(text)}
    return found | {part for w in found for part in re.split(r"[-/.]", w) if part}


def _placeholder_for(match: re.Match[str]) -> str:
    unit = (match["unit"] or "").strip()
    if unit in {"%", "percent"}:
        return "[X]%"
    if match["cur"]:
        return f"{match['cur']}[X]{unit}"
    return f"[N]{unit}"


def _replace_numbers(text: str, allowed: set[str]) -> tuple[str, list[str], list[Finding]]:
    placeholders: list[str] = []
    dates: list[Finding] = []

    def swap(match: re.Match[str]) -> str:
        value = _normal_number(match["num"], match["frac"])
        if value in allowed:
            return match.group(0)
        if _YEAR.match(value) and not match["unit"] and not match["cur"]:
            dates.append(Finding("date", value))
            return match.group(0)
        placeholder = _placeholder_for(match)
        placeholders.append(placeholder)
        return placeholder

    return _NUMBER.sub(swap, text), placeholders, dates


def _skill_findings(
    text: str, sources: str, matcher: SkillMatcherLike | None, known: set[str]
) -> list[Finding]:
    findings: list[Finding] = []
    if matcher is not None:
        have = {hit.skill.lower() for hit in matcher.find(sources)}
        for hit in matcher.find(text):
            if hit.skill.lower() not in have and not _mentioned(hit.skill, known):
                kind: FindingKind = "certification" if hit.kind == "certification" else "skill"
                findings.append(Finding(kind, hit.skill))
    bare = _PLACEHOLDER.sub(" ", text)
    for word in _WORD.findall(bare):
        if _TECHY.match(word) and word.lower() not in known and not _YEAR.match(word):
            if not any(f.term.lower() == word.lower() for f in findings):
                findings.append(Finding("skill", word))
    return findings


def _mentioned(term: str, known: set[str]) -> bool:
    parts = [p for p in re.split(r"[\s/.-]+", term.lower()) if p]
    return bool(parts) and all(p in known for p in parts)


def _name_findings(text: str, known: set[str], already: set[str]) -> list[Finding]:
    findings: list[Finding] = []
    sentences = re.split(r"(?<=[.;:!?])\s+", _PLACEHOLDER.sub(" ", text))
    for sentence in sentences:
        for position, word in enumerate(_WORD.findall(sentence)):
            lowered = word.lower().strip(".'")
            if lowered in known or lowered in already:
                continue
            if lowered in _TITLE_WORDS:
                findings.append(Finding("title", word))
            elif position > 0 and word[0].isupper() and not _TECHY.match(word):
                findings.append(Finding("name", word))
    return findings


def verify_rewrite(
    candidate: str, *, sources: Sequence[str], matcher: SkillMatcherLike | None = None
) -> Verification:
    """Check a rewrite against its sources (the resume text and what the user stated).

    Args:
        candidate: the rewrite the model proposed.
        sources: texts whose facts may be used: the resume, the user's stated facts.
        matcher: the skill matcher, to recognise tools and certifications by canonical name.

    Returns:
        The text with unsupported numbers replaced by placeholders, and the rejected claims.
    """
    source_text = "\n".join(sources)
    known = words_in(source_text)
    text, placeholders, findings = _replace_numbers(candidate.strip(), numbers_in(source_text))
    findings += _skill_findings(text, source_text, matcher, known)
    flagged = {f.term.lower() for f in findings}
    findings += _name_findings(text, known, flagged)
    certification = _CERT.search(text)
    if certification and not _CERT.search(source_text):
        findings.append(Finding("certification", certification.group(0)))
    unique: dict[tuple[str, str], Finding] = {(f.kind, f.term.lower()): f for f in findings}
    return Verification(text=text, placeholders=tuple(placeholders), rejected=tuple(unique.values()))
