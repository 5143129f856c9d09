"""Job titles compared: core words, the head noun that names the role, and role-family neighbours.

Shared by the title and years components (``profile_match``) and by the candidate's-profession rule
(``profession``). Pure functions of the two title strings, cached.
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.resume.models import Resume
from assistant.scoring.role_families import (
    FamilyMatch,
    RoleFamily,
    family_match,
    load_role_families,
    role_nouns,
)
from assistant.skills.text import lemma, tokenize

_TITLE_SYNONYMS = {
    "developer": "engineer",
    "programmer": "engineer",
    "dev": "engineer",
    "eng": "engineer",
    "swe": "engineer",
    "sde": "engineer",
    "mgr": "manager",
    "rn": "nurse",
    "acct": "accountant",
    "admin": "administrator",
    "rep": "representative",
    "tech": "technician",
    "rx": "pharmacy",
    "specialist": "specialist",
}
_SENIORITY_WORDS = frozenset(
    "senior sr snr junior jr lead staff principal head chief i ii iii iv entry level mid associate intern "
    "the of and for a an to".split()
) | {lemma("certified")}  # compared with lemmas: "Certified Pharmacy Technician" is a pharmacy technician
# A trainee or apprentice of a named role is that role at entry level ("Pharmacy Technician Trainee",
# "Apprentice Electrician"); the seniority check, not the title's words, marks them as junior.
_LEARNER = re.compile(r"^(?:trainee|apprentice)\s+(?=\S)|(?<=\S)\s+(?:trainee|apprentice)$", re.IGNORECASE)
_LEARNER_ROLES = frozenset(
    "technician electrician plumber carpenter pipefitter welder machinist mechanic assistant nurse "
    "pharmacist engineer analyst accountant chef cook baker designer developer lineman lineworker".split()
)  # the roles a trainee or apprentice is named after, after synonyms ("tech" -> technician)
# Words that name a role even when no family lists a title ending in them.
_EXTRA_ROLE_NOUNS = frozenset(
    "assistant aide technician tech clerk coordinator specialist manager director analyst engineer scientist "
    "designer consultant representative agent officer administrator supervisor architect planner "
    "therapist nurse teacher accountant associate intern apprentice trainee helper operator".split()
)
# Where a title's main part ends: "Physical Therapist, Acute Care", "Civil Engineer - Land Development",
# "Executive Assistant to the CEO".
_QUALIFIER = re.compile(
    r"\s*(?:[,(|:;]|\s[-\u2013\u2014]\s|\s[\u2013\u2014]|[\u2013\u2014]\s)|\s+(?:to|for|at)\s+", re.IGNORECASE
)
_SUMMARY_CUT = re.compile(
    r"\s*(?:[,;:(]|\s[-\u2013\u2014]\s|\b(?:with|who|since|for|at|in|from|bringing|offering|"
    r"focused|specialising|specializing|having)\b)",
    re.IGNORECASE,
)
HEADLINE_MAX_WORDS = 8
_IN_TRAINING = re.compile(r"\s+in\s+training\b", re.IGNORECASE)  # "Engineer in Training": a trainee
_OF = re.compile(r"\s+of\s+", re.IGNORECASE)
_JOINED = re.compile(r"\b(back|front|full)[\s-]?(end|stack)\b", re.IGNORECASE)
TITLE_HEAD_SHARE = 0.3
HEAD_MISMATCH_SHARE = 0.5  # another role named with the job's words: "Data Analyst" for "Data Engineer"


def title_words(title: str) -> list[str]:
    """A title's core words: lemmas, synonyms folded, no seniority ("Sr. Python Dev" -> python, engineer)."""
    return list(_title_words(title))


@lru_cache(maxsize=4096)
def _title_words(title: str) -> tuple[str, ...]:
    learner = _LEARNER.sub("", title.strip())
    if learner != title.strip() and _names_role(learner):
        title = learner
    text = _JOINED.sub(lambda m: m.group(1) + m.group(2), _IN_TRAINING.sub(" trainee", title.lower()))
    words = [lemma(t.lower) for t in tokenize(text)]
    return tuple(lemma(_TITLE_SYNONYMS.get(w, w)) for w in words if w not in _SENIORITY_WORDS)


def _names_role(title: str) -> bool:
    """Whether the title's last word is a common role noun (a fixed list: the families are built on this)."""
    words = title.lower().split()
    return bool(words) and _TITLE_SYNONYMS.get(words[-1], words[-1]) in _LEARNER_ROLES


@lru_cache(maxsize=4096)
def title_head(title: str) -> str | None:
    """The noun naming the role ("assistant" in "Physical Therapist Assistant"), or None when none does.

    Read from the title's main part (before a comma, dash or bracket) and, in "Director of Engineering",
    before the "of"; it is the last word there that names a role in the role families or a common one.
    """
    main = _QUALIFIER.split(title, maxsplit=1)[0]
    nouns = _role_nouns()
    parts = _OF.split(main, maxsplit=1)
    for part in parts:
        found = [w for w in _title_words(part) if w in nouns]
        if found:
            return found[-1]
    return None


def title_similarity(job_title: str, candidate: str) -> float:
    """0.7 for the share of the job title's core words the candidate's title has, 0.3 more for its head noun.

    The head noun (engineer, nurse, analyst...) counts only alongside a shared core word: it names a
    kind of job, not a discipline, so "Software Engineer" for a "Mechanical Design Engineer" posting is
    0.0 while "Mechanical Engineer" is 0.65 and "Backend Developer" for "Senior Backend Engineer" is 1.0.
    A one-word title ("Accountant") is all head: 1.0 or 0.0. A candidate whose own head noun differs names
    another role with the job's words ("Physical Therapist Assistant", "Data Analyst" for "Data
    Engineer"): its shared words count at ``HEAD_MISMATCH_SHARE`` and the head earns nothing.
    """
    wanted, have = _title_words(job_title), set(_title_words(candidate))
    if not wanted:
        return 0.0
    job_head = title_head(job_title) or wanted[-1]
    own_head = title_head(candidate)
    others = [w for w in wanted if w != job_head]
    shared = sum(1 for w in others if w in have) / len(others) if others else 0.0
    if own_head is not None and own_head != job_head:
        return HEAD_MISMATCH_SHARE * shared
    head = 1.0 if job_head in have else 0.0
    if not others:
        return head
    if shared == 0.0:
        return 0.0
    return TITLE_HEAD_SHARE * head + (1.0 - TITLE_HEAD_SHARE) * shared


@lru_cache(maxsize=1)
def _families() -> tuple[RoleFamily, ...]:
    return load_role_families(_title_words)


@lru_cache(maxsize=1)
def _role_nouns() -> frozenset[str]:
    return role_nouns(_families()) | {lemma(w) for w in _EXTRA_ROLE_NOUNS}


@lru_cache(maxsize=4096)
def neighbour_title(job_title: str, candidate: str) -> FamilyMatch | None:
    """The role family that makes ``candidate`` a neighbouring role of ``job_title`` (None if none does)."""
    heads = (title_head(job_title), title_head(candidate))
    return family_match(_title_words(job_title), _title_words(candidate), _families(), heads)


@lru_cache(maxsize=4096)
def other_profession(job_title: str, candidate: str) -> bool:
    """Whether both titles belong to known role families and share none: another profession.

    "DevOps Engineer" for a "Backend Engineer" posting: the candidate is established in another
    profession, not new to this one. A title in no family (a chef) is not judged here.
    """
    job, have = frozenset(_title_words(job_title)), frozenset(_title_words(candidate))
    families = _families()
    job_head, own_head = title_head(job_title), title_head(candidate)
    return (
        any(f.tier(job, job_head) for f in families)
        and any(f.tier(have, own_head) for f in families)
        and neighbour_title(job_title, candidate) is None
    )


def title_credit(job_title: str, candidate: str) -> float:
    """:func:`title_similarity`, raised to the role-family credit for a neighbouring role."""
    plain = title_similarity(job_title, candidate)
    if plain >= 1.0:
        return plain
    match = neighbour_title(job_title, candidate)
    return max(plain, match.credit) if match else plain


def headline_lines(resume: Resume) -> list[str]:
    """Lines that may carry the candidate's headline title: the summary's opening and short top lines."""
    lines = [_summary_headline(resume.summary)] if resume.summary else []
    top = resume.section("contact")
    lines += [line for line in (top.lines if top else [])[:4] if len(line.split()) <= HEADLINE_MAX_WORDS]
    return [line for line in lines if line.strip()]


def _summary_headline(summary: str) -> str:
    """The title a summary opens with ("Civil engineer" of "Civil engineer with 5 years of ..."), or "".

    Only the opening noun phrase is a title; the rest of the sentence ("... design for commercial
    projects") would lend the title words it does not hold.
    """
    first = _SUMMARY_CUT.split(summary.split(".")[0], maxsplit=1)[0].strip()
    return first if 0 < len(first.split()) <= HEADLINE_MAX_WORDS else ""
