"""Text or file -> JobDescription. Pure apart from :func:`load_job`, which reads the file at the edge."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import TYPE_CHECKING

from assistant.errors import AssistantError, InvalidJobDescription
from assistant.jobs.html_page import clean_html, looks_like_html
from assistant.jobs.instructions import looks_like_instruction
from assistant.jobs.keywords import extract_keywords
from assistant.jobs.matching import SkillFinder, default_matcher
from assistant.jobs.models import JobDescription, JobSkill, SkillKind
from assistant.jobs.requirements import licences_in, read_degree, read_seniority, read_title, read_years
from assistant.jobs.sections import clauses, split_sections
from assistant.skills.text import normalize_term

if TYPE_CHECKING:
    from assistant.config import Settings

MAX_JOB_CHARS = 50_000
_KIND_OF: dict[str, SkillKind] = {"hard": "hard", "soft": "soft", "certification": "certification"}


def _clean(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return re.sub(r"[ \u00a0\u200b]+", " ", text).strip()


def _too_long(length: int) -> str:
    return f"the job description is {length:,} characters (limit {MAX_JOB_CHARS:,}); paste just the posting"


def _check(text: object) -> str:
    if not isinstance(text, str):
        raise InvalidJobDescription("the job description must be text")
    if len(text) > MAX_JOB_CHARS * 2:
        raise InvalidJobDescription(_too_long(len(text)))
    cleaned = _clean(text)
    if not re.search(r"[^\W\d_]{2}", cleaned):
        raise InvalidJobDescription("the job description is empty")
    if len(cleaned) > MAX_JOB_CHARS:
        raise InvalidJobDescription(_too_long(len(cleaned)))
    return cleaned


def parse_job(text: str, *, matcher: SkillFinder | None = None) -> JobDescription:
    """Analyse a posting: title, seniority, years, degree, licences, skills by tier, salient keywords.

    Raises:
        InvalidJobDescription: the text is empty or longer than 50,000 characters.
    """
    cleaned = _check(text)
    finder = matcher if matcher is not None else default_matcher()
    sections = split_sections(cleaned)
    all_clauses = clauses(sections)
    title = read_title(cleaned)
    years, preferred_years = read_years(all_clauses)
    degree, preferred_degree = read_degree(all_clauses)

    skills: dict[tuple[str, str], JobSkill] = {}
    keyword_input: list[tuple[str, bool, list[tuple[int, int]]]] = []
    for clause in all_clauses:
        if (
            clause.tier == "ignore"
            or _is_title_line(clause.text, title)
            or looks_like_instruction(clause.text)
        ):
            continue
        required = clause.tier == "required"
        found = list(finder.find(clause.text))
        spans = [(h.start, h.end) for h in found]
        hits = [h for h in found if not names_a_group(clause.text, h.end)]
        for hit in hits:
            kind: SkillKind = _KIND_OF.get(hit.kind, "hard")
            _add_skill(skills, hit.skill, hit.category, kind, hit.surface, required, clause.text)
        cert_keys = {normalize_term(h.surface) for h in hits} | {normalize_term(h.skill) for h in hits}
        for name in licences_in(clause.text):
            head = normalize_term(name.rsplit(" ", 1)[0])
            if not any(key and (key in head or head in key) for key in cert_keys):
                _add_skill(skills, name, "licence", "certification", name, required, clause.text)
        keyword_input.append((clause.text, required, spans))

    ordered = sorted(skills.values(), key=lambda s: (not s.required, -s.count, s.name.lower(), s.name))
    return JobDescription(
        title=title,
        seniority=read_seniority(title, all_clauses),
        sections=sections,
        years=years,
        preferred_years=preferred_years,
        degree=degree,
        preferred_degree=preferred_degree,
        hard_skills=[s for s in ordered if s.kind == "hard"],
        soft_skills=[s for s in ordered if s.kind == "soft"],
        certifications=[s for s in ordered if s.kind == "certification"],
        keywords=extract_keywords(keyword_input),
        text=cleaned,
        warnings=[] if title else ["no job title found; the title component is left out of the score"],
    )


_GROUP_OF_PEOPLE = re.compile(
    r"(?:\s*(?:,|and|&|/)\s*[A-Za-z][\w&+.-]*){0,3}\s+"
    r"(?:teams?|engineers|departments?|staff|leaders|leadership|partners|colleagues|counterparts|"
    r"managers|reps|representatives|organi[sz]ations?|org|stakeholders|peers|professionals)\b",
    re.IGNORECASE,
)


def names_a_group(text: str, end: int) -> bool:
    """Whether a skill word names a group of people ("with sales and marketing teams", "sales engineers").

    Working alongside a team is not having its skill; the words still mask keywords, so they are not
    counted a second time as salient terms.
    """
    return _GROUP_OF_PEOPLE.match(text, end) is not None


def _is_title_line(text: str, title: str | None) -> bool:
    """The posting's title line is scored by the title component, not again as skills and keywords."""
    return title is not None and title in text and len(text) <= len(title) + 40


def _add_skill(
    skills: dict[tuple[str, str], JobSkill],
    name: str,
    category: str,
    kind: SkillKind,
    surface: str,
    required: bool,
    evidence: str,
) -> None:
    key = (kind, name.lower())
    found = skills.get(key)
    if found is None:
        skills[key] = JobSkill(
            name=name,
            category=category,
            kind=kind,
            required=required,
            count=1,
            surfaces=[surface],
            evidence=evidence,
        )
        return
    found.count += 1
    if surface not in found.surfaces:
        found.surfaces = sorted([*found.surfaces, surface])
    if required and not found.required:
        found.required, found.evidence = True, evidence


def load_job(source: Path | str, *, settings: Settings | None = None) -> JobDescription:
    """Read a posting from a path (.txt, .md, .pdf, .docx, a saved .html page) or take ``source`` as its text.

    A str is a path when it has no newline, is under 1,024 characters and names an existing file.

    Raises:
        InvalidJobDescription: the file is missing, or the text is empty or too long.
    """
    path: Path | None = None
    if isinstance(source, Path):
        path = source
    elif isinstance(source, str) and "\n" not in source and len(source) < 1024:
        candidate = Path(source).expanduser()
        try:
            path = candidate if candidate.is_file() else None
        except OSError:
            path = None
    if path is None:
        if isinstance(source, Path):
            raise InvalidJobDescription(f"job description file not found: {source}")
        return parse_job(_page_text(source) if looks_like_html(source) else source)
    if not path.is_file():
        raise InvalidJobDescription(f"job description file not found: {path.name}")
    from assistant.documents import load_document

    try:
        document = load_document(path, filename=path.name, settings=settings)
    except AssistantError as exc:  # say which of the two files it was
        raise type(exc)(f"job description {path.name}: {exc.message}") from None
    if looks_like_html(document.text):  # a page saved from the browser: read it as the page shows it
        return parse_job(_page_text(document.text))
    # Ingestion strips bullet glyphs; put a marker back so each bullet stays its own requirement.
    return parse_job("\n".join(f"- {line.text}" if line.bullet else line.text for line in document.lines))


def _page_text(html: str) -> str:
    """A web page's readable text, or a clear error when it holds none (a script-only page)."""
    text = clean_html(html)
    if not text.strip():
        raise InvalidJobDescription("the web page holds no readable text; copy the posting's text instead")
    return text
