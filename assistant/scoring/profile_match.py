"""Title, years and education components: the resume's career facts against what the job asks."""

from __future__ import annotations

import re

from assistant.jobs.matching import SkillFinder
from assistant.jobs.models import DEGREE_RANK, JobDescription
from assistant.jobs.requirements import degree_levels_in, read_seniority
from assistant.resume.models import Resume
from assistant.scoring.base import ComponentResult, clip, slug
from assistant.scoring.evidence import ResumeEvidence
from assistant.scoring.models import MatchedKeyword, MissingKeyword
from assistant.scoring.role_families import FamilyMatch
from assistant.scoring.skills_match import RelatedLookup, TermLedger, locate_skill
from assistant.scoring.titles import (
    TITLE_HEAD_SHARE,
    headline_lines,
    neighbour_title,
    other_profession,
    title_credit,
    title_similarity,
    title_words,
)
from assistant.scoring.weights import RELATED_CREDIT
from assistant.skills.text import lemma, tokenize

_SENIORITY_RANK = {
    "intern": 0,
    "junior": 1,
    "mid": 2,
    "senior": 3,
    "manager": 3,
    "lead": 4,
    "principal": 5,
    "director": 6,
    "executive": 7,
}
TITLE_RECENT_FACTOR = (1.0, 0.85)  # most recent role, any earlier role
TITLE_HEADLINE_FACTOR = 0.9
SENIORITY_STEP_PENALTY = 10.0
OTHER_PROFESSION_SHARE = 0.5  # years in another profession count at half the skills fit
DEGREE_FIELD_SHARE = 0.5  # a degree in an unrelated field loses half the degree's share


def _resume_titles(resume: Resume) -> list[tuple[str, float]]:
    titles: list[tuple[str, float]] = []
    for index, entry in enumerate(resume.experience):
        if entry.title:
            titles.append((entry.title, TITLE_RECENT_FACTOR[min(index, 1)]))
    titles.extend((line, TITLE_HEADLINE_FACTOR) for line in headline_lines(resume))
    return titles


def related_title_similarity(
    job_title: str, candidate: str, finder: SkillFinder | None, related: RelatedLookup | None
) -> float:
    """:func:`title_similarity`, or more when the titles name related fields ("DevOps" / "Site Reliability").

    With the same head noun and a job-title skill whose close relative (taxonomy ``@related`` groups)
    names the candidate's title, the other words count at :data:`RELATED_CREDIT`.
    """
    plain = title_similarity(job_title, candidate)
    if finder is None or related is None or plain >= 1.0:
        return plain
    wanted, have = title_words(job_title), set(title_words(candidate))
    if not wanted or wanted[-1] not in have:
        return plain
    job_skills = {h.skill for h in finder.find(job_title)}
    own = {h.skill for h in finder.find(candidate)}
    if not any(r in own for skill in sorted(job_skills) for r in related(skill)):
        return plain
    return max(plain, TITLE_HEAD_SHARE + (1.0 - TITLE_HEAD_SHARE) * RELATED_CREDIT)


def title_component(
    job: JobDescription,
    resume: Resume,
    *,
    finder: SkillFinder | None = None,
    related: RelatedLookup | None = None,
) -> ComponentResult:
    """How close the resume's recent titles or headline come to the job's title, and seniority."""
    result = ComponentResult("title", applicable=bool(job.title and title_words(job.title)))
    if not job.title or not result.applicable:
        result.summary = "No job title found in the posting."
        return result
    title = job.title
    scored = sorted(
        ((_candidate_credit(title, t, finder, related) * factor, t) for t, factor in _resume_titles(resume)),
        key=lambda item: (-item[0], item[1]),
    )
    best, best_title = scored[0] if scored else (0.0, "")
    if best <= 0:
        best_title = ""  # nothing shares a word with the job title: naming an arbitrary line would mislead
    neighbour = _family_reason(title, best_title, finder, related) if best_title else None
    if best < 1.0:
        result.lose(
            "title_mismatch",
            "medium" if best < 0.5 else "low",
            100.0 * (1.0 - best),
            _title_message(job.title, best_title, has_titles=bool(scored), neighbour=neighbour),
            f"{neighbour.family.hint} Keep your real title; your summary can say how your work overlaps "
            f'with "{job.title}" roles.'
            if neighbour
            else f'If it honestly describes your work, put "{job.title}" (or its key words) in your headline '
            "or summary; ATSs and recruiters match on title.",
            tuple(clip(t) for t in (job.title, best_title) if t),
        )
    recent = next((e.title for e in resume.experience if e.title), None)
    wanted_rank = _SENIORITY_RANK.get(job.seniority or "", None)
    have_rank = _SENIORITY_RANK.get(read_seniority(recent) or "", None) if recent else None
    if (
        wanted_rank is not None
        and have_rank is not None
        and have_rank < wanted_rank
        and job.seniority != "manager"
    ):
        steps = min(3, wanted_rank - have_rank)
        result.lose(
            "seniority_below",
            "low",
            SENIORITY_STEP_PENALTY * steps,
            f"The job is {job.seniority}-level; your most recent title reads as more junior.",
            "Show the scope you handled (team size, ownership, budget) so the level shows in the bullets.",
            (clip(job.title), clip(recent or "")),
        )
    if best_title:
        result.summary = f'Closest title: "{best_title}".'
    elif scored:
        result.summary = f'No title on your resume is close to "{job.title}".'
    else:
        result.summary = "No titles found on the resume."
    return result


def _candidate_credit(
    job_title: str, candidate: str, finder: SkillFinder | None, related: RelatedLookup | None
) -> float:
    """A resume title's credit: same words, a related field, or a neighbouring role in its family."""
    similarity = related_title_similarity(job_title, candidate, finder, related)
    if similarity >= 1.0:
        return similarity
    match = neighbour_title(job_title, candidate)
    return max(similarity, match.credit) if match else similarity


def _family_reason(
    job_title: str, candidate: str, finder: SkillFinder | None, related: RelatedLookup | None
) -> FamilyMatch | None:
    """The role family when it, not shared words, is what makes ``candidate`` close to the job title."""
    match = neighbour_title(job_title, candidate)
    if match is None or match.credit <= related_title_similarity(job_title, candidate, finder, related):
        return None
    return match


def _title_message(
    job_title: str, best_title: str, *, has_titles: bool, neighbour: FamilyMatch | None = None
) -> str:
    """Name the closest resume title, or say plainly that none is close (not "no titles" when some exist)."""
    if best_title and neighbour:
        return (
            f'Your title "{best_title}" is close to "{job_title}" (a neighbouring role in '
            f"{neighbour.family.name.lower()}) but not the same, so it earns part of the title's credit."
        )
    if best_title:
        return f'The job title is "{job_title}"; the closest title on the resume is "{best_title}".'
    if has_titles:
        return f'No title on your resume is close to "{job_title}".'
    return f'The job title is "{job_title}"; the resume shows no title or headline.'


def _month(value: str | None) -> int | None:
    match = re.match(r"^(\d{4})-(\d{2})", value or "")
    return int(match.group(1)) * 12 + int(match.group(2)) - 1 if match else None


def relevant_share(job: JobDescription, resume: Resume, fit: float) -> tuple[float, list[str], list[str]]:
    """Share of the experience that counts for this job; roles that count little; neighbouring roles.

    Neighbouring roles are those in the job title's role family, counted in part because of it.
    Each role counts by max(title credit for the job, ``fit``), where ``fit`` is the share of the job's
    required skills the resume shows; roles weigh by their length. Years as a chef do not make a backend
    engineer, but a career changer with the skills still gets their years. A role in another known
    profession (see :func:`other_profession`) counts at ``OTHER_PROFESSION_SHARE * fit``: a DevOps
    engineer's years show operations, not backend development, however many of the tools overlap.
    """
    roles = [e for e in resume.experience if e.title or e.bullets]
    if not roles:
        return fit, [], []
    months = [m for e in roles for m in (_month(e.start), _month(e.end)) if m is not None]
    latest = max(months, default=0)
    weighted = total = 0.0
    weak: list[str] = []
    neighbours: list[str] = []
    for entry in roles:
        start, end = _month(entry.start), _month(entry.end)
        if end is None or entry.current:
            end = max(latest, (start or 0) + 12)
        length = float(max(1, end - start)) if start is not None else 12.0
        similarity = title_credit(job.title, entry.title or "") if job.title else 0.0
        elsewhere = similarity == 0.0 and other_profession(job.title or "", entry.title or "")
        relevance = OTHER_PROFESSION_SHARE * fit if elsewhere else max(similarity, fit)
        weighted += length * relevance
        total += length
        if relevance < 0.5 and entry.title:
            weak.append(entry.title)
        if (
            entry.title
            and similarity > max(fit, title_similarity(job.title or "", entry.title))
            and entry.title not in neighbours
        ):
            neighbours.append(entry.title)
    return weighted / total, weak, neighbours


def years_component(job: JobDescription, resume: Resume, fit: float = 1.0) -> ComponentResult:
    """Linear credit up to the required years, counting roles by relevance; preferred-only asks cost half."""
    requirement = job.years or job.preferred_years
    result = ComponentResult("experience_years", applicable=requirement is not None)
    if requirement is None:
        result.summary = "The job states no years of experience."
        return result
    have = round(resume.total_years_experience, 1)
    share, weak_roles, neighbour_roles = relevant_share(job, resume, fit)
    relevant = round(have * share, 1)
    want = requirement.min_years
    factor = 1.0 if requirement.required else 0.5
    short_loss = 100.0 * max(0.0, 1.0 - have / want) * factor
    total_loss = 100.0 * max(0.0, 1.0 - relevant / want) * factor
    if short_loss > 0:
        dated = any(e.start for e in resume.experience)
        result.lose(
            "experience_years_short",
            "high" if requirement.required and have < want * 0.6 else "medium",
            short_loss,
            f"The job asks for {want:g}+ years; the resume shows {have:g}."
            + ("" if dated else " No role has dates an ATS can read."),
            "Make sure every role has start and end dates (e.g. 03/2019 - 06/2023); count relevant "
            "internships, contract and volunteer work with their dates.",
            (clip(requirement.text),),
        )
    if total_loss - short_loss > 1e-9:
        result.lose(
            "experience_not_relevant",
            "medium",
            total_loss - short_loss,
            f"Only about {relevant:g} of your {have:g} years read as relevant to {job.title or 'this job'}."
            + _neighbour_note(neighbour_roles),
            "Where earlier roles used the job's skills, say so in their bullets; group unrelated roles "
            "under 'Other experience' so the relevant ones lead.",
            tuple(clip(t, 80) for t in weak_roles[:3]) + (clip(requirement.text),),
        )
    result.summary = f"{relevant:g} relevant of {have:g} years against {want:g} asked."
    return result


def _neighbour_note(titles: list[str]) -> str:
    """Say which roles count only in part because they are neighbouring roles, not the job itself."""
    if not titles:
        return ""
    named = ", ".join(f'"{t}"' for t in titles[:2])
    return f" Your years as {named} count in part: a neighbouring role, not the same one."


def _resume_degrees(resume: Resume) -> list[tuple[int, str]]:
    found: list[tuple[int, str]] = []
    for entry in resume.education:
        text = " ".join(x for x in (entry.degree, entry.field) if x)
        level: str | None = entry.level
        if level is None and text:
            levels = degree_levels_in(text)
            level = max((lv for lv, _f, _e in levels), key=lambda lv: DEGREE_RANK[lv], default=None)
        if level is not None:
            found.append((DEGREE_RANK[level], text))
    if not found:
        section = resume.section("education")
        for line in section.lines if section else []:
            for level, _field, _end in degree_levels_in(line):
                found.append((DEGREE_RANK[level], line))
    return sorted(found, key=lambda item: (-item[0], item[1]))


def education_component(
    job: JobDescription, resume: Resume, evidence: ResumeEvidence, ledger: TermLedger
) -> ComponentResult:
    """Degree level and field (half when certifications are also required) and each required certification."""
    degree = job.degree or job.preferred_degree
    certs = [c for c in job.certifications if c.required]
    result = ComponentResult("education", applicable=bool(degree or certs))
    if not result.applicable:
        result.summary = "The job states no degree or certification."
        return result
    degree_share = (50.0 if certs else 100.0) if degree else 0.0
    cert_share = (100.0 - degree_share) / len(certs) if certs else 0.0
    if degree:
        degrees = _resume_degrees(resume)
        best_rank, best_text = degrees[0] if degrees else (0, "")
        factor = (1.0 if degree.required else 0.5) * (0.5 if degree.equivalent_experience_ok else 1.0)
        wanted = DEGREE_RANK[degree.level]
        gap = wanted - best_rank
        field_ok = not degree.fields or _field_matches(degree.fields, [text for _r, text in degrees])
        if gap > 0:
            label = degree.level.replace("_", " ")
            result.lose(
                "degree_below_required",
                "high" if degree.required and not degree.equivalent_experience_ok else "medium",
                degree_share * factor * (0.5 if gap == 1 and degrees else 1.0),
                f"The job {'asks for' if degree.required else 'prefers'} a {label} degree"
                + (f" in {', '.join(degree.fields)}" if degree.fields else "")
                + (
                    "; the resume lists none an ATS can read."
                    if not degrees
                    else f'; the highest found is "{best_text}".'
                ),
                "List your degree with its full name (e.g. 'Bachelor of Science in Computer Science') "
                "under an "
                "Education heading"
                + (
                    "; the job accepts equivalent experience, so say so in your summary."
                    if degree.equivalent_experience_ok
                    else "."
                ),
                tuple(clip(x) for x in (degree.text, best_text) if x),
            )
        if degrees and not field_ok:
            result.lose(
                "degree_field_mismatch",
                "low",
                degree_share * DEGREE_FIELD_SHARE * factor,
                f'The job wants a degree in {", ".join(degree.fields)}; yours reads as "{best_text}".',
                "If your coursework or major overlaps, name the field explicitly in the Education entry.",
                tuple(clip(x) for x in (degree.text, best_text) if x),
            )
    for cert in certs:
        locations, count, quote = locate_skill(cert, evidence)
        if locations:
            ledger.matched.append(
                MatchedKeyword(
                    term=cert.name, category="certification", required=True, locations=locations, count=count
                )
            )
            continue
        ledger.missing.append(
            MissingKeyword(term=cert.name, category="certification", required=True, jd_count=cert.count)
        )
        result.lose(
            f"certification_missing:{slug(cert.name)}",
            "high",
            cert_share,
            f"The job requires {cert.name}; the resume does not show it.",
            f"If you hold {cert.name}, list it under a Certifications (or Licenses) heading with its issuer "
            "and dates. If not, note when you expect to earn it.",
            (clip(cert.evidence),),
        )
    result.summary = "Degree and certifications checked against the posting."
    return result


def _field_matches(fields: list[str], degree_texts: list[str]) -> bool:
    have = {lemma(t.lower) for text in degree_texts for t in tokenize(text)}
    return any(all(lemma(t.lower) in have for t in tokenize(field)) for field in fields) or any(
        lemma(t.lower) in have for field in fields for t in tokenize(field) if len(t.text) > 3
    )
