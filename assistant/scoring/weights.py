"""Component weights and credit factors: every tunable number of the score, in one documented place.

Weights (percent of the total, summing to 100):

==================  ======  ====================================================================
component           weight  what it measures
==================  ======  ====================================================================
required_skills         30  hard skills the job requires, credited by where the resume shows them
preferred_skills        10  hard skills and credentials the job only prefers
title                   10  the job title against the resume's recent titles and headline
experience_years        10  relevant years (roles weighted by how close they are to the job) vs years asked
education                8  degree level and field, and required certifications / licences
keywords                12  other salient job terms and soft skills, weighted by how often the job uses them
parseability             8  what an ATS can read: text layer, hidden text, columns, tables, contact, headings
bullet_quality           7  experience bullets: action verb first, a quantified result, 8-30 words
format                   5  sections present, length for the experience, dates present and consistent
==================  ======  ====================================================================

When the job states no requirement for a job-dependent component (no preferred skills, no years, no
degree or licence, no title found...), that component is left out (weight 0) and its weight is
**redistributed** to the other job-dependent components in proportion to their weights. It is not
given free marks: free marks would inflate every resume's score for that job equally and hide the
real gaps. Resume-quality components (parseability, bullet_quality, format) always keep their weight.

**Fit gate.** Polish only counts once the resume is about this job. The *job fit* is the weighted
mean score of the match components (:data:`FIT_COMPONENTS`: required and preferred skills, title,
keywords). The gated components (:data:`GATED_COMPONENTS`: education, parseability, bullet quality,
format) keep a share ``min(1, fit / FIT_FULL)`` of their score; the rest is a ``low_job_fit:<component>``
deduction that says so. A polished chef's resume then scores low for an engineering job, while any
resume matching at least ``FIT_FULL`` (40%) of the job keeps every quality point. The gate only ever
rises with the match, so adding a missing required skill still never lowers the total.

Where a skill appears matters: ATSs rank, and recruiters read, a skill used in an experience bullet
above one only listed in a skills section. A matched skill earns the best credit among its locations
(:data:`LOCATION_CREDIT`); a skill found only in the skills list earns :data:`SKILLS_ONLY_FACTOR` (0.6).

**Related-skill credit.** A missing hard skill whose close relative the resume shows (MySQL for
PostgreSQL, GitLab CI for GitHub Actions, Azure for AWS: the ``@related`` groups of the taxonomy data
file) earns :data:`RELATED_CREDIT` times the relative's location credit. It stays a missing keyword and
a ``*_missing`` deduction whose message names both skills. Because an exact match always earns at least
``SKILLS_ONLY_FACTOR`` > ``RELATED_CREDIT``, adding the missing skill itself never lowers the score.

**Role families.** A recruiter credits adjacent experience: a title from the job's role family (account
executive ~ account manager ~ customer success manager) earns :data:`FAMILY_TITLE_CREDIT` of the title
component (:data:`WEAK_FAMILY_TITLE_CREDIT` for a weaker member), and those roles' years count as relevant
in the same proportion. The title deduction names the neighbouring title and what to show.
"""

from __future__ import annotations

from typing import Final

BASE_WEIGHTS: Final[dict[str, float]] = {
    "required_skills": 30.0,
    "preferred_skills": 10.0,
    "title": 10.0,
    "experience_years": 10.0,
    "education": 8.0,
    "keywords": 12.0,
    "parseability": 8.0,
    "bullet_quality": 7.0,
    "format": 5.0,
}
COMPONENT_NAMES: Final[dict[str, str]] = {
    "required_skills": "Required skills",
    "preferred_skills": "Preferred skills",
    "title": "Job title",
    "experience_years": "Years of experience",
    "education": "Education and certifications",
    "keywords": "Keywords",
    "parseability": "ATS parseability",
    "bullet_quality": "Bullet quality",
    "format": "Format and length",
}
JOB_COMPONENTS: Final[tuple[str, ...]] = (
    "required_skills",
    "preferred_skills",
    "title",
    "experience_years",
    "education",
    "keywords",
)

SKILLS_ONLY_FACTOR: Final[float] = 0.6
LOCATION_CREDIT: Final[dict[str, float]] = {
    "experience": 1.0,
    "projects": 1.0,
    "summary": 0.8,
    "education": 0.8,
    "other": 0.7,
    "skills": SKILLS_ONLY_FACTOR,
}

RELATED_CREDIT: Final[float] = 0.4

# Role families (assistant/scoring/data/role_families.txt): a neighbouring role's title ("Customer Success
# Manager" for an "Account Executive" posting) earns this share of the title, and its years count this
# much as relevant; a pair with a weaker member of the family earns the weaker share.
FAMILY_TITLE_CREDIT: Final[float] = 0.5
WEAK_FAMILY_TITLE_CREDIT: Final[float] = 0.3

FIT_COMPONENTS: Final[tuple[str, ...]] = ("required_skills", "preferred_skills", "title", "keywords")
GATED_COMPONENTS: Final[tuple[str, ...]] = ("education", "parseability", "bullet_quality", "format")
FIT_FULL: Final[float] = 0.4
FIELD_FIT_SHARE: Final[float] = 0.5

# Skill weights within the skills components: a skill in one of the job's own categories (holding at
# least CORE_CATEGORY_SHARE of its hard skills, or its largest) weighs 1; a skill from another or a generic
# category ("Sales" in a supply-chain posting, "English" in a maths one) weighs OFF_CATEGORY_WEIGHT.
CORE_CATEGORY_SHARE: Final[float] = 0.2
OFF_CATEGORY_WEIGHT: Final[float] = 0.4
GENERIC_CATEGORIES: Final[frozenset[str]] = frozenset({"general", "office", "languages", "other"})

# Keywords: covering this share of the weighted job terms earns full marks (nobody mirrors every word).
KEYWORD_FULL_COVERAGE: Final[float] = 0.75
# Keyword weight: min(count, KEYWORD_COUNT_CAP) x (1 if required else PREFERRED_KEYWORD_FACTOR).
KEYWORD_COUNT_CAP: Final[int] = 3
PREFERRED_KEYWORD_FACTOR: Final[float] = 0.5
# A generic term ("process", "administer": assistant/jobs/data/generic_terms.txt) weighs this much.
GENERIC_KEYWORD_FACTOR: Final[float] = 0.25
# A soft skill the job names counts in the keywords component with this weight (x0.5 when preferred).
SOFT_SKILL_WEIGHT: Final[float] = 1.0


def job_fit(scores: dict[str, float], weights: dict[str, float], field: float) -> float:
    """How much of the job the resume matches (0-1): its match components, and whether it is in the field.

    ``FIELD_FIT_SHARE`` of it is ``field`` (the share of the resume's own skills in the job's skill
    categories), the rest the weighted mean of the match components' scores.
    """
    total = sum(weights[cid] for cid in FIT_COMPONENTS)
    match = sum(scores[cid] * weights[cid] for cid in FIT_COMPONENTS) / total / 100.0 if total > 0 else 1.0
    return FIELD_FIT_SHARE * field + (1.0 - FIELD_FIT_SHARE) * match


def fit_factor(fit: float) -> float:
    """The share of a gated component's score that counts at this job fit."""
    return min(1.0, max(0.0, fit) / FIT_FULL)


def effective_weights(applicable: dict[str, bool]) -> dict[str, float]:
    """Weights after leaving out components the job gives nothing to measure against.

    Args:
        applicable: component id -> whether the job states a requirement for it (resume-quality
            components are always applicable whatever this says).

    Returns:
        component id -> weight, summing to 100 (before display rounding).
    """
    active = {
        cid: w for cid, w in BASE_WEIGHTS.items() if cid not in JOB_COMPONENTS or applicable.get(cid, False)
    }
    freed = sum(w for cid, w in BASE_WEIGHTS.items() if cid not in active)
    receivers = [cid for cid in active if cid in JOB_COMPONENTS] or list(active)
    pool = sum(active[cid] for cid in receivers)
    weights = {cid: 0.0 for cid in BASE_WEIGHTS}
    for cid, w in active.items():
        weights[cid] = w + (freed * w / pool if cid in receivers else 0.0)
    return weights
