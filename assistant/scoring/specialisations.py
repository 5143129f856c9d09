"""A specialised skill shows its general skill: "MIG Welding" on a resume shows "Welding".

The matcher keeps the longest skill it finds, so "MIG welding" yields only MIG Welding, while an ATS
searching for the job's "welding" would find the word in it. When a resume skill's name ends with the
full name of another canonical skill ("Cost Accounting" -> "Accounting", "Tailwind CSS" -> "CSS"), the
resume also shows that general skill, in the same places.

Some names end with another skill's name but mean something else ("Data Loss Prevention" is not retail
loss prevention); :data:`NOT_A_KIND_OF` lists those pairs.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from assistant.jobs.matching import SkillFinder, SkillHitLike

# (specialised skill, general skill it does NOT imply), lower case.
NOT_A_KIND_OF: Final[frozenset[tuple[str, str]]] = frozenset(
    {
        ("amazon web services", "web services"),
        ("azure devops", "devops"),
        ("site reliability engineering", "reliability engineering"),
        ("data loss prevention", "loss prevention"),
        ("user account management", "account management"),
        ("it asset management", "asset management"),
        ("engineering change management", "change management"),
        ("enterprise resource planning", "resource planning"),
        ("security operations management", "operations management"),
        ("product discovery", "discovery"),
        ("drug discovery", "discovery"),
        ("substitute teaching license", "teaching license"),
        ("statutory interpretation", "interpretation"),
        ("legal case management", "case management"),
        ("purchase order management", "order management"),
        ("work order management", "order management"),
        ("senior professional in human resources", "professional in human resources"),
        ("global professional in human resources", "professional in human resources"),
        ("associate professional in human resources", "professional in human resources"),
    }
)


def general_skills(matcher: SkillFinder, name: str) -> Iterator[SkillHitLike]:
    """The canonical skills whose full names end ``name`` (a canonical skill of two or more words)."""
    words = name.split()
    for start in range(1, len(words)):
        suffix = " ".join(words[start:])
        if (name.lower(), suffix.lower()) in NOT_A_KIND_OF:
            continue
        hit = _exact_skill(matcher, suffix)
        if hit is not None:
            yield hit


# (matcher id, text) -> (that matcher, its answer); the matcher is kept so a reused id cannot alias.
_EXACT: dict[tuple[int, str], tuple[SkillFinder, SkillHitLike | None]] = {}


def _exact_skill(matcher: SkillFinder, text: str) -> SkillHitLike | None:
    """The skill named exactly ``text`` (its canonical name, not an alias), if the taxonomy has one."""
    key = (id(matcher), text)
    cached = _EXACT.get(key)
    if cached is None or cached[0] is not matcher:
        if len(_EXACT) > 8192:
            _EXACT.clear()
        cached = _EXACT[key] = (matcher, _find_exact(matcher, text))
    return cached[1]


def _find_exact(matcher: SkillFinder, text: str) -> SkillHitLike | None:
    hits = list(matcher.find(text))
    if len(hits) == 1 and hits[0].skill.lower() == text.lower() and hits[0].end - hits[0].start == len(text):
        return hits[0]
    return None
