"""``ats doctor``: is the configured chat backend usable, and if not, what fixes it."""

from __future__ import annotations

import typer

from assistant.config import load_settings


def register(app: typer.Typer) -> None:
    """Register ``ats doctor`` on app."""

    @app.command()
    def doctor(
        quick: bool = typer.Option(False, "--quick", help="Skip asking the model for a token."),
    ) -> None:
        """Check the chat backend: provider, model, whether it answers, what is missing."""
        from assistant.llm.doctor import backend_ready, check_backend

        lines = check_backend(load_settings(), probe=not quick)
        for line in lines:
            typer.echo(line.render())
        if not backend_ready(lines):
            raise typer.Exit(1)
