"""Spot text in a resume or job description that tries to instruct the assistant (it stays data)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

_PATTERNS: tuple[tuple[str, str], ...] = (
    (
        "ignore instructions",
        r"\b(?:ignore|disregard|forget|override)\b[^.\n]{0,40}\b(?:instructions?|prompts?|rules?|guidelines)\b",
    ),
    ("new instructions", r"\b(?:new|updated|real|actual)\s+instructions?\s*:"),
    (
        "role override",
        r"\byou are (?:now|no longer)\b|\bact as (?:an? )?(?:recruiter|hiring manager|ats|system)\b",
    ),
    (
        "score demand",
        r"\b(?:score|rate|rank|grade|report)\b[^.\n]{0,30}"
        r"\b(?:100\s*(?:/\s*100|%|out of 100)|perfect|top candidate|highest)",
    ),
    (
        "hiring demand",
        r"\b(?:this candidate|the candidate|applicant)\s+(?:is|must be)\s+(?:a\s+)?"
        r"(?:perfect|ideal|the best|an? excellent)\s+(?:match|fit|candidate)",
    ),
    (
        "system prompt probe",
        r"\b(?:system prompt|developer message|reveal (?:your|the) (?:prompt|instructions))\b",
    ),
    ("chat markup", r"<\|im_start\|>|<\|im_end\|>|\[/?INST\]|<<SYS>>|###\s*(?:system|instruction)"),
    (
        "note to ai",
        r"\b(?:note|message|instruction)s?\s+(?:to|for)\s+(?:the\s+)?(?:ai|llm|model|assistant|chatgpt|gpt|ats)\b",
    ),
)
_COMPILED = tuple((label, re.compile(pattern, re.IGNORECASE)) for label, pattern in _PATTERNS)


@dataclass(frozen=True)
class InjectionHit:
    """One suspicious phrase: what kind, where it was found, and a short quote."""

    label: str
    where: str
    quote: str

    def describe(self) -> str:
        """A one-line note the assistant can show the user."""
        # Named, never quoted: echoing "score is 100/100" back would repeat the demand it flags.
        return f"the {self.where} contains an instruction aimed at the assistant ({self.label})"


def find_injections(text: str, where: str) -> list[InjectionHit]:
    """Every instruction-like phrase in ``text``, quoted (at most 80 characters each)."""
    hits: list[InjectionHit] = []
    for label, pattern in _COMPILED:
        for match in pattern.finditer(text):
            quote = " ".join(match.group(0).split())[:80]
            hits.append(InjectionHit(label, where, quote))
    return hits


def injection_notes(resume_text: str, job_text: str) -> list[str]:
    """Notes for the answer about instruction-like text in the resume or the job description."""
    hits = find_injections(resume_text, "resume") + find_injections(job_text, "job description")
    seen: set[str] = set()
    notes: list[str] = []
    for hit in hits:
        note = hit.describe()
        if note not in seen:
            seen.add(note)
            notes.append(note)
    return notes


OMITTED = "[instruction-like text omitted]"


def is_instruction_like(text: str) -> bool:
    """Whether a term or line from the resume/JD reads as an instruction to the assistant."""
    return bool(find_injections(text, "data"))


def defuse(text: str) -> str:
    """``text``, or a marker when it reads as an instruction (so it is never echoed or obeyed)."""
    return OMITTED if is_instruction_like(text) else text


def plain_terms(terms: Iterable[str]) -> list[str]:
    """Keyword terms minus any that are really injected instructions (a parser may take them as skills)."""
    return [t for t in terms if not is_instruction_like(t)]
