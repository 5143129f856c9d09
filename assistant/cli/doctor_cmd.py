"""Placeholder until its issue lands: registers no command yet."""

import typer


def register(app: typer.Typer) -> None:
    """Register this module's subcommands on app."""
