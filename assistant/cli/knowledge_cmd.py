"""``ats index [--rebuild]`` and ``ats search "question" [--k 3] [--json]``: the knowledge base by hand."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from assistant.knowledge.models import Snippet

PREVIEW_CHARS = 240


def render_hits(query: str, hits: list[Snippet]) -> None:
    """Print each hit with its id, title, source, score and the start of its text."""
    from rich.console import Console
    from rich.markup import escape

    console = Console()
    if not hits:
        console.print(f"No snippets match {escape(query)!r} with these filters.")
        return
    for rank, hit in enumerate(hits, start=1):
        text = (
            hit.text if len(hit.text) <= PREVIEW_CHARS else hit.text[:PREVIEW_CHARS].rsplit(" ", 1)[0] + "..."
        )
        console.print(
            f"[bold]{rank}. {escape(hit.title)}[/bold]  [dim]({hit.id}, score {hit.score:.2f})[/dim]"
        )
        console.print(f"   [dim]source: {escape(hit.source)} | applies to: {hit.applies_to}[/dim]")
        console.print(f"   {escape(text)}\n")


def register(app: typer.Typer) -> None:
    """Register ``ats index`` and ``ats search``."""

    @app.command("index")
    def index_command(
        rebuild: Annotated[bool, typer.Option("--rebuild", help="Rebuild even if nothing changed.")] = False,
    ) -> None:
        """Build the knowledge store from the snippets (done automatically on first search)."""
        from assistant.config import load_settings
        from assistant.knowledge.retriever import rebuild_index

        settings = load_settings()
        info = rebuild_index(settings, force=rebuild)
        state = f"built in {info.seconds:.1f} s" if info.built else "up to date"
        typer.echo(
            f"knowledge store {state}: {info.count} snippets at {info.path} (hash {info.content_hash[:12]})"
        )

    @app.command("search")
    def search_command(
        query: Annotated[str, typer.Argument(help="A question, e.g. 'Can an ATS read two columns?'")],
        k: Annotated[int, typer.Option("--k", min=1, max=20, help="How many snippets to show.")] = 3,
        tag: Annotated[list[str] | None, typer.Option("--tag", help="Only snippets with this tag.")] = None,
        profession: Annotated[
            str | None, typer.Option("--profession", help="Drop advice written for other professions.")
        ] = None,
        as_json: Annotated[bool, typer.Option("--json", help="Print the hits as JSON.")] = False,
    ) -> None:
        """Search the best-practice knowledge base."""
        from assistant.knowledge.retriever import get_retriever

        hits = get_retriever().search(query, k=k, tags=tag, profession=profession)
        if as_json:
            typer.echo(json.dumps([h.model_dump(mode="json") for h in hits], indent=2, ensure_ascii=False))
        else:
            render_hits(query, hits)
