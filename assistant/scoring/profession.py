"""Whose skills are these? The resume's own line of work against the job's, and what it does to skill credit.

A recruiter reads "Kubernetes, Terraform, Python" differently on a DevOps engineer's resume than on a
backend engineer's when the posting is for a backend engineer: the tools are the same, the job is not.
The resume's recent titles place it in the job's profession, a close neighbour (a core member of the
job's role family), a weaker neighbour (an outer member, or a title sharing only some of the job's
words), another known profession, or nowhere the role families know (a founder). Skills shown from a
weaker neighbour count at :data:`NEIGHBOUR_SKILL_SHARE`. Another profession, or a title the families do
not know, is not cut here: a career changer is scored on the skills alone (their years already count for
less, see ``profile_match.relevant_share``), and cutting those too changed no eval ranking.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from assistant.resume.models import Resume
from assistant.scoring.base import ComponentResult, clip, keep_share
from assistant.scoring.titles import (
    headline_lines,
    neighbour_title,
    other_profession,
    title_credit,
    title_head,
    title_similarity,
)
from assistant.scoring.weights import COMPONENT_NAMES, FAMILY_TITLE_CREDIT

Relation = Literal["same", "close", "weaker", "other", "unknown"]

SAME_PROFESSION_CREDIT = 0.65  # a title this close ("Mechanical Engineer" for "Mechanical Design Engineer")
NEIGHBOUR_SKILL_SHARE = 0.7  # skills shown from a weaker neighbouring role
RECENT_ROLES = 2  # the titles that say what the candidate does now
DISCOUNTED_COMPONENTS = ("required_skills", "preferred_skills", "keywords")


@dataclass(frozen=True)
class Profession:
    """How the resume's line of work relates to the job's, and the resume title that shows it."""

    relation: Relation
    title: str = ""


def read_profession(job_title: str | None, resume: Resume) -> Profession:
    """Place the resume by its most recent titles and headline against the job title.

    The closest of those titles decides: ``same`` from :data:`SAME_PROFESSION_CREDIT` of title credit;
    ``close`` for a core member of the job's role family, or a title as close that names the same role;
    ``weaker`` for any other credit, including a title that names another role with the job's words
    ("Physical Therapist Assistant"); with none, ``other`` when the most recent title belongs to a
    different known profession, else ``unknown``.
    """
    if not job_title:
        return Profession("unknown")
    titles = [e.title for e in resume.experience if e.title][:RECENT_ROLES]
    scored = sorted(
        ((title_credit(job_title, t), t) for t in [*titles, *headline_lines(resume)]),
        key=lambda item: (-item[0], item[1]),
    )
    if scored and scored[0][0] > 0:
        credit, title = scored[0]
        if credit >= SAME_PROFESSION_CREDIT:
            return Profession("same", title)
        tied = [t for c, t in scored if c == credit]
        return Profession("close" if _close(job_title, tied) else "weaker", title)
    if titles and other_profession(job_title, titles[0]):
        return Profession("other", titles[0])
    return Profession("unknown", titles[0] if titles else "")


def _close(job_title: str, candidates: list[str]) -> bool:
    """Whether any of these equally credited titles is a core neighbour or the same role by its head noun."""
    for title in candidates:
        match = neighbour_title(job_title, title)
        if match is not None and match.credit >= FAMILY_TITLE_CREDIT:
            return True
        if title_similarity(job_title, title) >= FAMILY_TITLE_CREDIT and title_head(title) in (
            None,
            title_head(job_title),
        ):
            return True
    return False


def apply_profession_share(
    results: dict[str, ComponentResult], weights: dict[str, float], job_title: str, profession: Profession
) -> None:
    """Count the skill components at :data:`NEIGHBOUR_SKILL_SHARE` for a weaker neighbouring role.

    The cut is an ordinary loss of each component (id ``other_role:<component>``), so points still add
    up; it depends on titles only, so adding a missing skill never lowers the total.
    """
    if profession.relation != "weaker":
        return
    title = clip(profession.title, 80)

    def explain(cid: str, before: float) -> tuple[str, str]:
        return (
            f'Your recent title "{title}" reads as a neighbouring role, not "{job_title}", so '
            f"{COMPONENT_NAMES[cid].lower()} shown there count for {NEIGHBOUR_SKILL_SHARE:.0%} "
            f"({before:.0f}/100 before this cut).",
            "Keep your real title. Where you did this job's kind of work, say so in your summary and in "
            "bullets that name the skill and the result; recruiters weigh skills by the role they were "
            "used in.",
        )

    keep_share(
        results,
        weights,
        DISCOUNTED_COMPONENTS,
        NEIGHBOUR_SKILL_SHARE,
        "other_role",
        explain,
        f"Counted at {NEIGHBOUR_SKILL_SHARE:.0%}: a neighbouring role.",
        (title, clip(job_title, 80)),
    )
