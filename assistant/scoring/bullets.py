"""Bullet quality: the checks recruiters apply to every experience line, as a pure helper the agent reuses.

A strong bullet starts with an action verb, shows a quantified result, and runs 8-30 words.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from pydantic import BaseModel, Field

MIN_WORDS = 8
MAX_WORDS = 30
# Points a bullet loses (out of 100) for each failed check.
PENALTY_ACTION_VERB = 40.0
PENALTY_QUANTIFIED = 35.0
PENALTY_LENGTH = 25.0

_LEAD = re.compile(r"^[\s\-–—*•●▪◦‣∙·>]+")
_WEAK_OPENING = re.compile(
    r"^(responsible for|duties (included|include)|tasked with|worked on|working on|helped|helping|assisted"
    r"|assisting|involved in|participated in|in charge of|handled|was |were |i |my |we |our |team player)",
    re.IGNORECASE,
)
_NUMBER_WORDS = (
    r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundreds?"
    r"|thousands?|millions?|billions?|dozens?|doubled|tripled|quadrupled|halved|double|triple"
)
# "[X]" and "[N]" are the assistant's fill-in placeholders for a figure the writer knows and will add.
_QUANTIFIED = re.compile(rf"\d|[$€£¥%]|\[[XN]\]|\b({_NUMBER_WORDS})\b", re.IGNORECASE)


class BulletAssessment(BaseModel):
    """How one bullet fares against the three checks, with plain-English issues to fix."""

    action_verb: bool
    quantified: bool
    length_ok: bool
    word_count: int
    score: float = Field(ge=0, le=100)
    issues: list[str] = Field(default_factory=list)


@cache
def action_verbs() -> frozenset[str]:
    """The strong action verbs (base forms and irregular pasts), loaded once from the data file."""
    text = resources.files("assistant.scoring").joinpath("data/action_verbs.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def is_action_verb(word: str) -> bool:
    """Whether a word is a strong action verb in any regular inflection ("Managed", "optimizes")."""
    verbs = action_verbs()
    w = word.lower().strip(".,;:!?()\"'")
    if w in verbs:
        return True
    candidates = []
    if w.endswith("ied"):
        candidates.append(w[:-3] + "y")
    if w.endswith("ies"):
        candidates.append(w[:-3] + "y")
    if w.endswith("ed"):
        candidates += [w[:-2], w[:-1]]
        if len(w) > 4 and w[-3] == w[-4]:
            candidates.append(w[:-3])  # planned -> plan
    if w.endswith("ing"):
        candidates += [w[:-3], w[:-3] + "e"]
        if len(w) > 5 and w[-4] == w[-5]:
            candidates.append(w[:-4])
    if w.endswith("es"):
        candidates.append(w[:-2])
    if w.endswith("s"):
        candidates.append(w[:-1])
    return any(c in verbs for c in candidates)


def assess_bullet(text: str) -> BulletAssessment:
    """Score one bullet out of 100: action verb first (40), a quantified result (35), 8-30 words (25)."""
    body = _LEAD.sub("", text).strip()
    words = body.split()
    issues: list[str] = []
    weak = _WEAK_OPENING.match(body)
    action = bool(words) and not weak and is_action_verb(words[0])
    if not action:
        if weak:
            issues.append(f'starts with the weak phrase "{weak.group(0).strip()}"; lead with an action verb')
        else:
            issues.append("does not start with a strong action verb")
    quantified = bool(_QUANTIFIED.search(body))
    if not quantified:
        issues.append("no number shows the result (%, $, time saved, volume, team size)")
    length_ok = MIN_WORDS <= len(words) <= MAX_WORDS
    if len(words) < MIN_WORDS:
        issues.append(f"too short ({len(words)} words); say what you did and what it achieved")
    elif len(words) > MAX_WORDS:
        issues.append(f"too long ({len(words)} words); keep it under {MAX_WORDS}")
    score = 100.0
    score -= 0.0 if action else PENALTY_ACTION_VERB
    score -= 0.0 if quantified else PENALTY_QUANTIFIED
    score -= 0.0 if length_ok else PENALTY_LENGTH
    return BulletAssessment(
        action_verb=action,
        quantified=quantified,
        length_ok=length_ok,
        word_count=len(words),
        score=score,
        issues=issues,
    )
