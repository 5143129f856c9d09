"""The ``ats`` command. Each subcommand lives in its own module and registers itself here."""

from __future__ import annotations

import importlib
import sys

import typer
from typer._click.exceptions import ClickException  # typer vendors its own click
from typer.exceptions import Abort

from assistant.errors import AssistantError

# Modules under assistant.cli that define ``register(app)``; each owns its subcommands.
COMMAND_MODULES: tuple[str, ...] = (
    "parse_cmd",
    "score_cmd",
    "knowledge_cmd",
    "doctor_cmd",
    "ask_cmd",
    "chat_cmd",
)


def build_app() -> typer.Typer:
    """Assemble the Typer app from the command modules."""
    app = typer.Typer(
        name="ats",
        help="Resume ATS assistant: score a resume against a job, explain it, improve it.",
        no_args_is_help=True,
        add_completion=False,
        pretty_exceptions_enable=False,
    )
    for name in COMMAND_MODULES:
        module = importlib.import_module(f"assistant.cli.{name}")
        module.register(app)
    return app


def main(argv: list[str] | None = None) -> None:
    """Entry point: user-facing errors become one line on stderr and exit code 2."""
    app = build_app()
    try:
        app(args=argv, standalone_mode=False)
    except AssistantError as exc:
        print(f"error: {exc.message}", file=sys.stderr)
        raise SystemExit(exc.exit_code) from None
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        raise SystemExit(130) from None
    except SystemExit:
        raise
    except ClickException as exc:  # usage errors arrive here in non-standalone mode
        exc.show()
        raise SystemExit(exc.exit_code) from None
    except Abort:
        raise SystemExit(1) from None
