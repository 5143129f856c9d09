"""(Resume, JobDescription) -> ScoreReport: run the components, weigh them, and account for every point.

Pure and deterministic: no I/O, no clock, everything sorted, numbers rounded to one decimal with the
largest-remainder method so component points add up to the score and deduction points add up to
``100 - score`` exactly.
"""

from __future__ import annotations

import math

from assistant.jobs.matching import SkillFinder, default_matcher
from assistant.jobs.models import JobDescription
from assistant.resume.models import Resume
from assistant.scoring.base import ComponentResult
from assistant.scoring.evidence import gather_evidence
from assistant.scoring.fit_gate import apply_fit_gate
from assistant.scoring.models import Component, Deduction, MatchedKeyword, MissingKeyword, ScoreReport
from assistant.scoring.profession import apply_profession_share, read_profession
from assistant.scoring.profile_match import education_component, title_component, years_component
from assistant.scoring.quality import (
    bullet_component,
    format_component,
    parseability_component,
    resume_warnings,
)
from assistant.scoring.skills_match import (
    TermLedger,
    field_share,
    job_categories,
    keywords_component,
    skill_weights,
    skills_component,
)
from assistant.scoring.weights import BASE_WEIGHTS, COMPONENT_NAMES, effective_weights

_SEVERITY_ORDER = {"high": 0, "medium": 1, "low": 2}
_CATEGORY_ORDER = {"hard skill": 0, "certification": 1, "soft skill": 2, "keyword": 3}


def _tenths(values: list[float], total_tenths: int) -> list[int]:
    """Round values to tenths so they sum to ``total_tenths`` (largest remainder; ties by position)."""
    scaled = [v * 10.0 for v in values]
    floors = [math.floor(v + 1e-9) for v in scaled]
    remainder = total_tenths - sum(floors)
    order = sorted(range(len(values)), key=lambda i: (-(scaled[i] - floors[i]), i))
    for i in order[: max(0, remainder)]:
        floors[i] += 1
    return floors


def score_resume(resume: Resume, job: JobDescription, *, matcher: SkillFinder | None = None) -> ScoreReport:
    """Score a parsed resume against a parsed job: components, deductions with evidence, keywords."""
    finder = matcher if matcher is not None else default_matcher()
    evidence = gather_evidence(resume, finder)
    ledger = TermLedger()
    preferred_skills = job.preferred_skills + [c for c in job.certifications if not c.required]
    weights_by_skill = skill_weights(job.hard_skills)
    related = getattr(finder, "related", None)  # optional: small test finders may have no related groups
    required = skills_component(
        "required_skills",
        job.required_skills,
        evidence,
        ledger,
        required=True,
        weights=weights_by_skill,
        related=related,
    )
    keywords = keywords_component(job, evidence, ledger)
    fit = (required if required.applicable else keywords).score / 100.0
    results: dict[str, ComponentResult] = {
        "required_skills": required,
        "preferred_skills": skills_component(
            "preferred_skills",
            preferred_skills,
            evidence,
            ledger,
            required=False,
            weights=weights_by_skill,
            related=related,
        ),
        "title": title_component(job, resume, finder=finder, related=related),
        "experience_years": years_component(job, resume, fit),
        "education": education_component(job, resume, evidence, ledger),
        "keywords": keywords,
        "parseability": parseability_component(resume),
        "bullet_quality": bullet_component(resume),
        "format": format_component(resume),
    }
    weights = effective_weights({cid: r.applicable for cid, r in results.items()})
    apply_fit_gate(results, weights, field_share(job_categories(job.hard_skills), evidence))
    if job.title:
        apply_profession_share(results, weights, job.title, read_profession(job.title, resume))
    ids = list(BASE_WEIGHTS)
    raw_points = [results[cid].score * weights[cid] / 100.0 for cid in ids]
    score_tenths = int(round(sum(raw_points) * 10.0 + 1e-9))
    point_tenths = _tenths(raw_points, score_tenths)
    weight_tenths = _tenths([weights[cid] for cid in ids], 1000)
    components = [
        Component(
            id=cid,
            name=COMPONENT_NAMES[cid],
            score=round(results[cid].score, 1),
            weight=weight_tenths[i] / 10.0,
            points=point_tenths[i] / 10.0,
            summary=results[cid].summary
            if results[cid].applicable
            else results[cid].summary + " Left out; weight redistributed.",
        )
        for i, cid in enumerate(ids)
    ]
    losses = [
        (cid, loss, loss.amount * weights[cid] / 100.0)
        for cid in ids
        if weights[cid] > 0
        for loss in results[cid].scaled_losses()
    ]
    loss_tenths = _tenths([points for _cid, _loss, points in losses], 1000 - score_tenths)
    merged: dict[str, Deduction] = {}
    for (cid, loss, _points), tenths in zip(losses, loss_tenths, strict=True):
        if tenths <= 0:
            continue
        if loss.id in merged:  # two job terms with the same slug: one deduction, points summed
            merged[loss.id].points = round(merged[loss.id].points + tenths / 10.0, 1)
            continue
        merged[loss.id] = Deduction(
            id=loss.id,
            component=cid,
            severity=loss.severity,
            points=tenths / 10.0,
            message=loss.message,
            evidence=[e for e in loss.evidence if e],
            fix=loss.fix,
        )
    deductions = sorted(merged.values(), key=lambda d: (-d.points, _SEVERITY_ORDER[d.severity], d.id))
    return ScoreReport(
        score=score_tenths / 10.0,
        components=components,
        matched_keywords=_sorted_matched(ledger.matched),
        missing_keywords=_sorted_missing(ledger.missing),
        deductions=deductions,
        warnings=sorted(resume_warnings(resume), key=lambda w: (_SEVERITY_ORDER[w.severity], w.id)),
        job_title=job.title,
        resume_name=resume.contact.name,
    )


def _sorted_matched(items: list[MatchedKeyword]) -> list[MatchedKeyword]:
    unique = {(m.category, m.term.lower()): m for m in items}
    return sorted(
        unique.values(),
        key=lambda m: (not m.required, _CATEGORY_ORDER.get(m.category, 9), m.term.lower(), m.term),
    )


def _sorted_missing(items: list[MissingKeyword]) -> list[MissingKeyword]:
    unique = {(m.category, m.term.lower()): m for m in items}
    return sorted(
        unique.values(),
        key=lambda m: (
            not m.required,
            _CATEGORY_ORDER.get(m.category, 9),
            -m.jd_count,
            m.term.lower(),
            m.term,
        ),
    )
