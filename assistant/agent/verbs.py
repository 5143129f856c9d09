"""Past-tense action verbs from the scorer's own list, for the rewrite schema's ``verb`` enum.

A grammar-constrained enum makes every bullet draft start with a verb the scorer counts as strong, so
no draft is lost to "did not start with an action verb". The enum is kept short (a core set plus the
verbs already in the bullet) because the schema is also shown to the model and every token costs time.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cache

# Irregular pasts of base forms in assistant/scoring/data/action_verbs.txt.
IRREGULAR_PAST: dict[str, str] = {
    "build": "built",
    "cut": "cut",
    "drive": "drove",
    "forecast": "forecast",
    "grow": "grew",
    "lead": "led",
    "oversee": "oversaw",
    "rebuild": "rebuilt",
    "sell": "sold",
    "teach": "taught",
    "win": "won",
    "write": "wrote",
}
_DOUBLED = frozenset({"debug", "map", "plan", "ship", "program"})
_SKIP = frozenset({"troubleshoot"})  # "troubleshot" reads oddly and the scorer does not know it
# General-purpose verbs offered for every bullet (only those the scorer's list also has are used).
CORE_BASES: tuple[str, ...] = (
    "build",
    "lead",
    "deliver",
    "design",
    "develop",
    "automate",
    "reduce",
    "increase",
    "improve",
    "create",
    "launch",
    "manage",
    "produce",
    "compile",
    "analyze",
    "implement",
    "streamline",
    "coordinate",
    "migrate",
    "optimize",
    "write",
    "cut",
    "establish",
    "prepare",
    "organize",
    "train",
    "mentor",
    "resolve",
    "collaborate",
    "maintain",
    "engineer",
    "deploy",
    "document",
    "present",
    "report",
    "support",
    "track",
    "monitor",
    "partner",
    "expand",
)
_WORD = re.compile(r"[A-Za-z]+")


def past_tense(base: str) -> str:
    """The simple past of a base verb from the scorer's list (regular rules plus the irregular table)."""
    if base in IRREGULAR_PAST:
        return IRREGULAR_PAST[base]
    if base in _DOUBLED:
        return base + base[-1] + "ed"
    if base.endswith("e"):
        return base + "d"
    if base.endswith("y") and len(base) > 1 and base[-2] not in "aeiou":
        return base[:-1] + "ied"
    return base + "ed"


@cache
def _scorer_lists() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The scorer's base forms and its irregular pasts (listed after the marker line)."""
    from importlib import resources

    text = resources.files("assistant.scoring").joinpath("data/action_verbs.txt").read_text(encoding="utf-8")
    bases: list[str] = []
    pasts: list[str] = []
    target = bases
    for line in text.splitlines():
        word = line.strip().lower()
        if word.startswith("#"):
            target = pasts if "irregular" in word and "past" in word and target is bases and bases else target
            continue
        if word:
            target.append(word)
    return tuple(bases), tuple(pasts)


@cache
def all_action_pasts() -> tuple[str, ...]:
    """Every capitalised past tense of the scorer's action verbs that the scorer itself accepts."""
    from assistant.scoring.bullets import assess_bullet

    bases, irregular = _scorer_lists()
    pasts = [
        *(past_tense(b).capitalize() for b in bases if b not in _SKIP),
        *(p.capitalize() for p in irregular),
    ]
    return tuple(dict.fromkeys(p for p in pasts if assess_bullet(f"{p} the quarterly reports").action_verb))


def verb_choices(original: str, *, is_action: Callable[[str], bool] | None = None) -> list[str]:
    """The enum for one bullet: the core verbs plus any action verb the original already uses."""
    accepted = set(all_action_pasts())
    by_lower = {p.lower(): p for p in accepted}
    chosen = [past_tense(base).capitalize() for base in CORE_BASES]
    chosen = [v for v in chosen if v in accepted]
    chosen += _verbs_in(original, by_lower)
    if is_action is not None:
        chosen = [v for v in chosen if is_action(v)]
    return list(dict.fromkeys(chosen))


def _verbs_in(text: str, by_lower: dict[str, str]) -> Iterable[str]:
    for word in _WORD.findall(text):
        lowered = word.lower()
        for base in (lowered, lowered[:-1], lowered[:-2], lowered[:-3]):  # builds, managed, managing
            candidate = past_tense(base).lower() if base else ""
            if candidate in by_lower:
                yield by_lower[candidate]
                break
