"""``ats score RESUME --jd JD [--json]``: the match report as rich tables or the documented JSON."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from assistant.scoring.models import ScoreReport

TOP_DEDUCTIONS = 8
MAX_MISSING = 15


def render_report(report: ScoreReport) -> None:
    """Print the report as a headline, the components, missing terms, top deductions and warnings."""
    from rich.console import Console
    from rich.table import Table

    console = Console()
    title = f" for {report.job_title}" if report.job_title else ""
    console.print(f"[bold]ATS match score{title}: {report.score:.1f} / 100[/bold]")

    components = Table(title="Components", show_lines=False)
    for column, justify in (
        ("Component", "left"),
        ("Score", "right"),
        ("Weight", "right"),
        ("Points", "right"),
    ):
        components.add_column(column, justify=justify)  # type: ignore[arg-type]
    components.add_column("Summary")
    for c in report.components:
        components.add_row(c.name, f"{c.score:.0f}", f"{c.weight:.1f}%", f"{c.points:.1f}", c.summary)
    console.print(components)

    if report.missing_keywords:
        missing = Table(title="Missing from the resume (required first)")
        missing.add_column("Term")
        missing.add_column("Kind")
        missing.add_column("Required")
        missing.add_column("Times in job", justify="right")
        for m in report.missing_keywords[:MAX_MISSING]:
            missing.add_row(m.term, m.category, "yes" if m.required else "no", str(m.jd_count))
        console.print(missing)

    if report.deductions:
        deductions = Table(title=f"Top deductions (of {len(report.deductions)})", show_lines=True)
        deductions.add_column("Points", justify="right")
        deductions.add_column("Why")
        deductions.add_column("Fix")
        for d in report.top_deductions(TOP_DEDUCTIONS):
            why = d.message + ("\n[dim]" + " | ".join(d.evidence)[:200] + "[/dim]" if d.evidence else "")
            deductions.add_row(f"-{d.points:.1f}", why, d.fix)
        console.print(deductions)

    for w in report.warnings:
        console.print(f"[bold red]warning[/bold red] ({w.severity}): {w.message}")


def register(app: typer.Typer) -> None:
    """Register ``ats score``."""

    @app.command("score")
    def score_command(
        resume: Annotated[Path, typer.Argument(help="Resume file: PDF, DOCX or text.")],
        jd: Annotated[str, typer.Option("--jd", help="Job description: a file path or the text itself.")],
        as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
    ) -> None:
        """Score a resume against a job description and explain every point lost."""
        from assistant.errors import AssistantError
        from assistant.jobs import load_job
        from assistant.resume import load_resume
        from assistant.scoring import score_resume

        try:
            parsed = load_resume(resume)
        except AssistantError as exc:  # say which of the two files it was
            raise type(exc)(f"resume {resume.name}: {exc.message}") from None
        report = score_resume(parsed, load_job(jd))
        if as_json:
            typer.echo(json.dumps(report.model_dump(mode="json"), indent=2, ensure_ascii=False))
        else:
            render_report(report)
