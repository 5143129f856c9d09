"""``ats chat``: the web UI (Gradio) on the configured chat backend, local by default."""

from __future__ import annotations

from typing import Annotated

import typer


def register(app: typer.Typer) -> None:
    """Register ``ats chat``."""

    @app.command("chat")
    def chat(
        host: Annotated[str, typer.Option("--host", help="Interface to listen on.")] = "127.0.0.1",
        port: Annotated[int, typer.Option("--port", help="Port to listen on.")] = 7860,
        model: Annotated[
            str | None, typer.Option("--model", help="Model name (overrides the settings).")
        ] = None,
        provider: Annotated[
            str | None, typer.Option("--provider", help="Chat backend: local, ollama or openai.")
        ] = None,
    ) -> None:
        """Start the web UI: upload a resume, score it against a job, chat to improve it."""
        import logging

        from assistant.config import load_settings
        from assistant.ui.app import launch

        logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
        settings = load_settings(model=model, provider=provider)
        typer.echo(f"ATS assistant on http://{host}:{port} (backend: {settings.provider})")
        launch(settings, host=host, port=port)
