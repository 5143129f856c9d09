"""Document -> Resume: the pure entry point that ties sections, contact, roles, education and skills."""

from __future__ import annotations

from datetime import date

from assistant.documents.models import Document, Line
from assistant.resume.contact import extract_contact
from assistant.resume.dates import find_date_range, merged_years, range_months
from assistant.resume.education import parse_education
from assistant.resume.experience import ParsedRole, parse_experience
from assistant.resume.markdown import looks_like_markdown, strip_markdown
from assistant.resume.models import Resume, Section
from assistant.resume.sections import Block, split_sections
from assistant.resume.skills import split_certifications, split_skills
from assistant.resume.text import strip_bullet

_INFER_FROM = ("contact", "summary", "other")


def _inferred_experience(blocks: list[Block]) -> list[Line]:
    """Role-looking lines (dated header lines followed by bullets) in untitled or loose sections.

    A resume without an experience heading still has roles; an ATS that finds them keeps them.
    """
    found: list[Line] = []
    for block in blocks:
        if block.name not in _INFER_FROM:
            continue
        lines = block.lines
        dated = [
            i for i, ln in enumerate(lines) if not ln.bullet and find_date_range(strip_bullet(ln.text)[0])
        ]
        has_bullets = any(ln.bullet or strip_bullet(ln.text)[1] for ln in lines)
        if not dated or not (has_bullets or len(dated) >= 2):
            continue
        first = dated[0]
        previous = lines[first - 1].text if first > 0 else ""
        in_contact = block.name == "contact" and first - 1 < 3  # the name and contact lines stay
        if previous and len(previous.split()) <= 8 and not previous.endswith(".") and not in_contact:
            first -= 1
        found.extend(lines[first:])
        del block.lines[first:]
    return found


def _total_years(roles: list[ParsedRole], today: date) -> float:
    spans = [range_months(role.dates, today) for role in roles if role.dates is not None]
    return merged_years([span for span in spans if span is not None])


def parse_resume(document: Document, *, today: date | None = None) -> Resume:
    """Structure a Document into a Resume. Pure: the same document (and date) gives the same resume.

    Args:
        document: The ingested file.
        today: The date "Present" means; defaults to the current date.
    """
    today = today or date.today()
    lines = document.lines
    if document.kind == "text" and looks_like_markdown(lines):
        lines = strip_markdown(lines)
    blocks = split_sections(lines)
    header_footer = [ln for ln in lines if ln.source in ("header", "footer")]
    body = [ln for b in blocks for ln in b.lines]
    warnings = list(document.warnings)

    experience_groups = [b.lines for b in blocks if b.name == "experience"]
    if not experience_groups:
        experience_lines = _inferred_experience(blocks)
        if experience_lines:
            experience_groups = [experience_lines]
            blocks.append(Block("experience", "", experience_lines))
            warnings.append("no experience heading found; roles were inferred from dated lines")
    top = blocks[0].lines if blocks and blocks[0].name == "contact" else []
    contact = extract_contact(top, body, header_footer)

    roles = [role for group in experience_groups for role in parse_experience(group)]
    education = [e for b in blocks if b.name == "education" for e in parse_education(b.lines)]
    skills: list[str] = []
    for block in blocks:
        if block.name == "skills":
            skills.extend(s for s in split_skills(block.lines) if s not in skills)
    certifications = [c for b in blocks if b.name == "certifications" for c in split_certifications(b.lines)]
    summary_block = next((b for b in blocks if b.name == "summary" and b.lines), None)
    summary = " ".join(ln.text.strip() for ln in summary_block.lines) if summary_block else None

    if not any(b.name == "experience" for b in blocks) and not roles:
        warnings.append("no experience section found")
    if contact.email is None:
        warnings.append("no email address found")

    return Resume(
        contact=contact,
        summary=summary,
        sections=[Section(name=b.name, heading=b.heading, lines=[ln.text for ln in b.lines]) for b in blocks],
        experience=[role.entry for role in roles],
        education=education,
        certifications=certifications,
        skills=skills,
        total_years_experience=_total_years(roles, today),
        text="\n".join(line.text for line in lines),
        layout=document.layout,
        warnings=warnings,
    )
