"""Skill and keyword components: which job terms the resume shows, where, and what each gap costs."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from assistant.jobs.keywords import is_generic, term_key
from assistant.jobs.models import JobDescription, JobSkill
from assistant.scoring.base import ComponentResult, clip, slug
from assistant.scoring.evidence import ResumeEvidence, lemma_line
from assistant.scoring.models import KeywordLocation, MatchedKeyword, MissingKeyword
from assistant.scoring.weights import (
    CORE_CATEGORY_SHARE,
    GENERIC_CATEGORIES,
    GENERIC_KEYWORD_FACTOR,
    KEYWORD_COUNT_CAP,
    KEYWORD_FULL_COVERAGE,
    LOCATION_CREDIT,
    OFF_CATEGORY_WEIGHT,
    PREFERRED_KEYWORD_FACTOR,
    RELATED_CREDIT,
    SOFT_SKILL_WEIGHT,
)
from assistant.skills.text import normalize_term

_CATEGORY = {"hard": "hard skill", "soft": "soft skill", "certification": "certification"}
RelatedLookup = Callable[[str], Sequence[str]]


@dataclass
class TermLedger:
    """Matched and missing job terms, collected while the components run."""

    matched: list[MatchedKeyword] = field(default_factory=list)
    missing: list[MissingKeyword] = field(default_factory=list)


def locate_skill(skill: JobSkill, evidence: ResumeEvidence) -> tuple[list[KeywordLocation], int, str]:
    """Where the resume shows a job skill: by canonical name, else (licences) by the phrase's words."""
    occurrence = evidence.skill(skill.name)
    if occurrence is not None:
        best = max(occurrence.locations, key=lambda loc: (LOCATION_CREDIT[loc], loc))
        return sorted(occurrence.locations), occurrence.count, occurrence.quotes.get(best, "")
    if skill.category == "licence":
        head = skill.name.rsplit(" ", 1)[0]
        key = normalize_term(head)
        if key:
            locations = evidence.term_locations(key)
            if locations:
                return locations, evidence.term_count(key), evidence.quote_for(key)
    return [], 0, ""


def credit(locations: list[KeywordLocation]) -> float:
    """The best location credit: 1.0 for use in experience, 0.6 for a skills-list-only mention."""
    return max((LOCATION_CREDIT[loc] for loc in locations), default=0.0)


def related_stand_in(
    skill: JobSkill, evidence: ResumeEvidence, related: RelatedLookup | None
) -> tuple[str, float, str] | None:
    """The resume's best close relative of a missing job skill (MySQL for PostgreSQL): name, credit, quote.

    Credit is :data:`RELATED_CREDIT` times the relative's own location credit, so a relative used in a
    bullet counts more than one only listed; ties go to the alphabetically first name (deterministic).
    """
    if related is None or skill.kind != "hard":
        return None
    best: tuple[str, float, str] | None = None
    for name in related(skill.name):
        occurrence = evidence.skill(name)
        if occurrence is None:
            continue
        gained = RELATED_CREDIT * credit(sorted(occurrence.locations))
        if best is None or gained > best[1]:
            where = max(occurrence.locations, key=lambda loc: (LOCATION_CREDIT[loc], loc))
            best = (name, gained, occurrence.quotes.get(where, ""))
    return best


def job_categories(skills: Sequence[JobSkill]) -> frozenset[str]:
    """The job's own skill categories: those holding a fifth of its hard skills or more, plus the largest.

    They say what the job is about, where a stray "Sales" or "English" match says little.
    """
    counts = Counter(s.category for s in skills if s.kind == "hard" and s.category not in GENERIC_CATEGORIES)
    total = sum(counts.values())
    core = {c for c, n in counts.items() if n / total >= CORE_CATEGORY_SHARE}
    if counts:
        core.add(min(counts, key=lambda c: (-counts[c], c)))
    return frozenset(core)


def field_share(categories: frozenset[str], evidence: ResumeEvidence) -> float:
    """Share of the resume's own hard skills that lie in the job's categories: is this person in the field?

    A bookkeeper's QuickBooks and payroll sit in a financial analyst's field even where the posting never
    names them; a chef's do not.
    """
    own = [
        o.category
        for o in evidence.skills.values()
        if o.kind == "hard" and o.category not in GENERIC_CATEGORIES
    ]
    return sum(1 for c in own if c in categories) / len(own) if own else 0.0


def skill_weights(skills: Sequence[JobSkill]) -> dict[str, float]:
    """Each job skill's weight: 1 in the job's own categories (:func:`job_categories`), less elsewhere."""
    core = job_categories(skills)
    return {
        s.name.lower(): 1.0 if s.kind != "hard" or s.category in core else OFF_CATEGORY_WEIGHT for s in skills
    }


def skills_component(
    component_id: str,
    skills: list[JobSkill],
    evidence: ResumeEvidence,
    ledger: TermLedger,
    *,
    required: bool,
    weights: Mapping[str, float] | None = None,
    related: RelatedLookup | None = None,
) -> ComponentResult:
    """Share of the job's skills the resume shows, weighted by :func:`skill_weights`, credited by location.

    A missing hard skill with a close relative on the resume (``related``: the taxonomy's related
    groups) keeps part of its share; the deduction names both skills so nobody is nudged into a claim.
    """
    result = ComponentResult(component_id, applicable=bool(skills))
    if not skills:
        result.summary = "The job names no " + ("required" if required else "preferred") + " skills."
        return result
    weight_of = weights or {}
    total_weight = sum(weight_of.get(s.name.lower(), 1.0) for s in skills)
    prefix = "required" if required else "preferred"
    matched = 0
    for skill in skills:
        share = 100.0 * weight_of.get(skill.name.lower(), 1.0) / total_weight
        locations, count, quote = locate_skill(skill, evidence)
        category = _CATEGORY.get(skill.kind, "hard skill")
        if not locations:
            ledger.missing.append(
                MissingKeyword(term=skill.name, category=category, required=required, jd_count=skill.count)
            )
            noun = "certification" if skill.kind == "certification" else "skill"
            stand_in = related_stand_in(skill, evidence, related)
            if stand_in is not None:
                name, gained, quote = stand_in
                result.lose(
                    f"{prefix}_{noun}_missing:{slug(skill.name)}",
                    "medium" if required else "low",
                    share * (1.0 - gained),
                    f"The job {'requires' if required else 'prefers'} {skill.name}; the resume never "
                    f"names it. You list {name}, a close relative, which earns partial credit.",
                    f"Name {skill.name} only if you have used it; if you have, add it to the bullet "
                    f"where you used it. If not, make your {name} work concrete in a bullet so a "
                    "recruiter can see it transfers.",
                    tuple(q for q in (clip(quote), clip(skill.evidence)) if q),
                )
                continue
            result.lose(
                f"{prefix}_{noun}_missing:{slug(skill.name)}",
                "high" if required else "medium",
                share,
                f"The job {'requires' if required else 'prefers'} {skill.name}; "
                "the resume never mentions it.",
                f"If you have used {skill.name}, add it to a bullet that shows where and with what result, "
                "and to your skills list. If you have not, do not claim it.",
                (clip(skill.evidence),),
            )
            continue
        matched += 1
        ledger.matched.append(
            MatchedKeyword(
                term=skill.name, category=category, required=required, locations=locations, count=count
            )
        )
        gained = credit(locations)
        if gained < 1.0:
            where = " and ".join(locations)
            result.lose(
                f"{prefix}_skill_not_in_experience:{slug(skill.name)}",
                "medium" if required else "low",
                share * (1.0 - gained),
                f"{skill.name} appears only in your {where}, not in any experience bullet; "
                "ATSs and recruiters weigh skills shown in context more.",
                f"Add a bullet under a role where you used {skill.name}, saying what you built with it.",
                tuple(q for q in (clip(quote), clip(skill.evidence)) if q),
            )
    result.summary = f"{matched} of {len(skills)} {prefix} skills found."
    return result


def keywords_component(job: JobDescription, evidence: ResumeEvidence, ledger: TermLedger) -> ComponentResult:
    """Weighted coverage of the job's other salient terms and soft skills; 75% coverage is full marks.

    The component's loss is shared among the missing terms in proportion to their weight.
    """
    items: list[
        tuple[str, str, str, float, bool, int, str]
    ] = []  # term, key, category, weight, req, count, quote
    for keyword in job.keywords:
        key = term_key(keyword.term.split())
        weight = min(keyword.count, KEYWORD_COUNT_CAP) * (
            1.0 if keyword.required else PREFERRED_KEYWORD_FACTOR
        )
        if is_generic(key):
            weight *= GENERIC_KEYWORD_FACTOR
        items.append(
            (
                keyword.term,
                key,
                "keyword",
                weight,
                keyword.required,
                keyword.count,
                "",
            )
        )
    for soft in job.soft_skills:
        weight = SOFT_SKILL_WEIGHT * (1.0 if soft.required else PREFERRED_KEYWORD_FACTOR)
        items.append((soft.name, "", "soft skill", weight, soft.required, soft.count, soft.evidence))
    result = ComponentResult("keywords", applicable=bool(items))
    if not items:
        result.summary = "The job has no other salient terms."
        return result
    total = sum(item[3] for item in items)
    missing: list[tuple[str, str, float, bool, int, str]] = []
    for term, key, category, weight, required, jd_count, jd_quote in items:
        if category == "soft skill":
            occurrence = evidence.skill(term)
            locations = sorted(occurrence.locations) if occurrence else []
            count = occurrence.count if occurrence else 0
        else:
            locations = evidence.term_locations(key)
            count = evidence.term_count(key) if locations else 0
        if locations:
            ledger.matched.append(
                MatchedKeyword(
                    term=term, category=category, required=required, locations=locations, count=count
                )
            )
        else:
            ledger.missing.append(
                MissingKeyword(term=term, category=category, required=required, jd_count=jd_count)
            )
            missing.append((term, key, weight, required, jd_count, jd_quote))
    missing_weight = sum(item[2] for item in missing)
    coverage = 1.0 - missing_weight / total
    component_loss = max(0.0, 100.0 - 100.0 * coverage / KEYWORD_FULL_COVERAGE)
    for term, key, weight, required, jd_count, jd_quote in missing:
        quote = jd_quote or _job_quote(job, key)
        times = "once" if jd_count == 1 else f"{jd_count} times"
        result.lose(
            f"keyword_missing:{slug(term)}",
            "medium" if required and jd_count >= 2 else "low",
            component_loss * weight / missing_weight,
            f'The job uses "{term}" {times}; the resume does not.',
            f'Where it is true, use the job\'s wording "{term}" in a bullet or your summary.',
            (clip(quote),) if quote else (),
        )
    found = len(items) - len(missing)
    result.summary = f"{found} of {len(items)} salient job terms found ({coverage:.0%} of their weight)."
    return result


def _job_quote(job: JobDescription, key: str) -> str:
    return _quote_in(job.text, key)


@lru_cache(maxsize=4096)
def _quote_in(text: str, key: str) -> str:
    """The first line of a posting that uses the lemmatized phrase (cached: one job, many resumes)."""
    needle = f" {key} "
    for line in text.splitlines():
        if needle in f" {lemma_line(line)} ":
            return line
    return ""
