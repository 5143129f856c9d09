"""``ats parse RESUME [--json]``: show what an ATS reads from a resume file."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from assistant.errors import AssistantError
from assistant.resume.models import Resume


class ResumeFileNotFound(AssistantError):
    """The RESUME path names no file (kept here until errors.py grows a generic one)."""


def _dates(start: str | None, end: str | None, current: bool) -> str:
    if not start and not end and not current:
        return "no dates"
    return f"{start or '?'} – {'present' if current else end or '?'}"


def render_summary(resume: Resume, console: Console) -> None:
    """Print a readable summary: contact, sections, roles, education, skills, layout warnings."""
    contact = resume.contact
    table = Table(title="Contact", show_header=False, title_justify="left")
    for label, value in (
        ("name", contact.name),
        ("email", contact.email),
        ("phone", contact.phone),
        ("location", contact.location),
        ("linkedin", contact.linkedin),
        ("github", contact.github),
        ("websites", ", ".join(contact.websites) or None),
    ):
        table.add_row(label, value or "[dim]not found[/dim]")
    console.print(table)
    if contact.only_in_header_footer:
        console.print(
            f"[yellow]only in page header/footer (many ATSs skip these):[/yellow] "
            f"{', '.join(contact.only_in_header_footer)}"
        )
    found = ", ".join(f"{s.name} ({s.heading!r})" if s.heading else s.name for s in resume.sections)
    console.print(f"\n[bold]Sections found:[/bold] {found or 'none'}")

    roles = Table(
        title=f"Experience ({resume.total_years_experience:g} years, overlaps merged)", title_justify="left"
    )
    for column in ("title", "company", "dates", "bullets"):
        roles.add_column(column)
    for entry in resume.experience:
        roles.add_row(
            entry.title or "-",
            entry.company or "-",
            _dates(entry.start, entry.end, entry.current),
            str(len(entry.bullets)),
        )
    console.print(roles)

    education = Table(title="Education", title_justify="left")
    for column in ("degree", "level", "institution", "year"):
        education.add_column(column)
    for item in resume.education:
        education.add_row(
            item.degree or "-", item.level or "-", item.institution or "-", str(item.year or "-")
        )
    console.print(education)
    if resume.certifications:
        console.print(f"[bold]Certifications:[/bold] {len(resume.certifications)}")
    console.print(f"[bold]Skills listed:[/bold] {len(resume.skills)}")

    layout = resume.layout
    console.print(
        f"\n[bold]Layout:[/bold] {layout.pages_parsed}/{layout.page_count} page(s), "
        f"{layout.columns} column(s), "
        f"{layout.table_count} table(s), {layout.image_count} image(s), {layout.text_box_count} text box(es)"
    )
    hidden = [word for item in layout.hidden_text for word in item.text.split()]
    if hidden:
        console.print(f"[red]Hidden text:[/red] {len(hidden)} word(s) an ATS reads but a person cannot see")
    for warning in resume.warnings:
        console.print(f"[yellow]warning:[/yellow] {warning}")


def register(app: typer.Typer) -> None:
    """Register ``ats parse``."""

    @app.command("parse")
    def parse(
        resume: Annotated[
            Path,
            typer.Argument(help="Resume file (PDF, DOCX or text); '-' reads resume text from stdin."),
        ],
        as_json: Annotated[
            bool, typer.Option("--json", help="Print the versioned Resume JSON (schema_version) instead.")
        ] = False,
    ) -> None:
        """Show what an ATS reads from RESUME: contact, sections, roles, education, skills."""
        from assistant.resume.loader import load_resume

        if str(resume) == "-":
            parsed = load_resume(sys.stdin.read() + "\n")
        else:
            if not resume.is_file():
                raise ResumeFileNotFound(f"no such file: {resume}")
            parsed = load_resume(resume)
        if as_json:
            sys.stdout.write(json.dumps(parsed.model_dump(mode="json"), indent=2, ensure_ascii=False) + "\n")
        else:
            render_summary(parsed, Console())
