"""Downloads: the (improved) resume as a plain single-column DOCX, and the score report as Markdown."""

from __future__ import annotations

import io
from collections.abc import Iterable

from assistant.jobs.models import JobDescription
from assistant.resume.models import EducationEntry, ExperienceEntry, Resume
from assistant.scoring.models import ScoreReport
from assistant.ui.view import fmt

# Sections rendered from the structured fields; every other section is written line by line.
_STRUCTURED = {"contact", "summary", "experience", "education", "skills", "certifications"}
_TITLES = {
    "projects": "Projects",
    "publications": "Publications",
    "volunteer": "Volunteer Experience",
    "awards": "Awards",
    "languages": "Languages",
    "interests": "Interests",
    "references": "References",
    "other": "Additional Information",
}


def _dates(entry: ExperienceEntry) -> str:
    end = "Present" if entry.current else (entry.end or "")
    return " – ".join(p for p in (entry.start or "", end) if p)


def _role_line(entry: ExperienceEntry) -> str:
    head = ", ".join(p for p in (entry.title, entry.company, entry.location) if p)
    dates = _dates(entry)
    return f"{head} | {dates}" if head and dates else head or dates


def _education_line(entry: EducationEntry) -> str:
    degree = entry.degree or ""
    if entry.field and entry.field.lower() not in degree.lower():
        degree = f"{degree} in {entry.field}" if degree else entry.field
    parts = [p for p in (degree, entry.institution, str(entry.year) if entry.year else "") if p]
    return ", ".join(parts)


def resume_docx_bytes(resume: Resume) -> bytes:
    """A clean ATS-friendly DOCX: one column, real headings, list bullets, no tables or text boxes."""
    from docx import Document as new_docx
    from docx.shared import Pt

    doc = new_docx()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    contact = resume.contact
    doc.add_heading(contact.name or "Resume", level=0)
    reach = [contact.email, contact.phone, contact.location, contact.linkedin, contact.github]
    reach_line = " | ".join(p for p in [*reach, *contact.websites] if p)
    if reach_line:
        doc.add_paragraph(reach_line)
    if resume.summary:
        doc.add_heading("Summary", level=1)
        doc.add_paragraph(resume.summary)
    if resume.experience:
        doc.add_heading("Experience", level=1)
        for entry in resume.experience:
            para = doc.add_paragraph()
            para.add_run(_role_line(entry)).bold = True
            for bullet in entry.bullets:
                doc.add_paragraph(bullet, style="List Bullet")
    education = [line for line in (_education_line(e) for e in resume.education) if line]
    if education:
        doc.add_heading("Education", level=1)
        for line in education:
            doc.add_paragraph(line)
    if resume.skills:
        doc.add_heading("Skills", level=1)
        doc.add_paragraph(", ".join(resume.skills))
    if resume.certifications:
        doc.add_heading("Certifications", level=1)
        for cert in resume.certifications:
            doc.add_paragraph(cert, style="List Bullet")
    for section in resume.sections:
        if section.name in _STRUCTURED or not any(line.strip() for line in section.lines):
            continue
        doc.add_heading(section.heading.strip().title() or _TITLES.get(section.name, "Other"), level=1)
        for line in section.lines:
            if line.strip():
                doc.add_paragraph(line.strip())
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def _md(text: str) -> str:
    """Escape the characters that would turn resume/job text into Markdown structure."""
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("*", "\\*").replace("_", "\\_")


def _list(items: Iterable[str]) -> list[str]:
    return [f"- {_md(item)}" for item in items] or ["- none"]


def report_markdown(report: ScoreReport, job: JobDescription | None = None) -> str:
    """The score report as Markdown: total, components, keywords, deductions with fixes, warnings."""
    title = job.title if job and job.title else report.job_title
    lines = [
        f"# ATS match report{f': {_md(title)}' if title else ''}",
        "",
        f"**Score: {fmt(report.score)}/100**",
    ]
    if report.warnings:
        lines += ["", "## Warnings", *_list(w.message for w in report.warnings)]
    lines += ["", "## Components", "", "| Component | Score | Weight | Points |", "|---|---:|---:|---:|"]
    lines += [
        f"| {_md(c.name)} | {fmt(c.score)} | {fmt(c.weight)}% | {fmt(c.points)} |" for c in report.components
    ]
    lines += ["", "## Missing keywords", ""]
    lines += _list(f"{m.term} ({'required' if m.required else 'preferred'})" for m in report.missing_keywords)
    lines += ["", "## Matched keywords", ""]
    lines += _list(m.term for m in report.matched_keywords)
    lines += ["", "## Deductions", ""]
    for d in report.top_deductions(len(report.deductions)):
        lines.append(f"- **-{fmt(d.points)}** {_md(d.message)} — fix: {_md(d.fix)}")
    if not report.deductions:
        lines.append("- none")
    return "\n".join(lines) + "\n"
