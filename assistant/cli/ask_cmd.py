"""``ats ask RESUME --jd JD "question"``: one grounded answer, streamed to stdout."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer


def register(app: typer.Typer) -> None:
    """Register ``ats ask``."""

    @app.command("ask")
    def ask(
        resume: Annotated[Path, typer.Argument(help="Resume file (PDF, DOCX or text).")],
        question: Annotated[str, typer.Argument(help='What to ask, e.g. "why is my score low?"')],
        jd: Annotated[str, typer.Option("--jd", help="Job description: a file path or the posting text.")],
        model: Annotated[
            str | None, typer.Option("--model", help="Model name (overrides the settings).")
        ] = None,
        provider: Annotated[
            str | None, typer.Option("--provider", help="Chat backend: local, ollama or openai.")
        ] = None,
        no_knowledge: Annotated[
            bool, typer.Option("--no-knowledge", help="Answer without the best-practice knowledge base.")
        ] = False,
    ) -> None:
        """Answer one question about RESUME against the job, streaming to stdout."""
        from assistant.agent.factory import build_assistant, start_session
        from assistant.config import load_settings

        settings = load_settings(model=model, provider=provider)
        assistant = build_assistant(settings, knowledge=not no_knowledge)
        session = start_session(assistant, resume, jd, settings)
        for piece in assistant.ask(session, question):
            sys.stdout.write(piece)
            sys.stdout.flush()
        sys.stdout.write("\n")
