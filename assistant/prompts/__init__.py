"""Prompt templates shipped in the package, rendered strictly so a missing variable is a hard error."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2

PROMPTS_DIR = Path(__file__).parent
PROMPT_NAMES: tuple[str, ...] = ("system", "routing", "explain", "rewrite")

# Tags that mark untrusted text as data; their closing tags are neutralised inside the data.
DATA_TAGS: tuple[str, ...] = ("resume", "job_description", "user_message", "bullet", "tool_results")


def wrap_data(text: str, tag: str) -> str:
    """Wrap untrusted text in ``<tag>...</tag>`` so the model can tell data from instructions.

    Any opening or closing data tag inside the text is defused, so the text cannot end its own wrapper.
    """
    if tag not in DATA_TAGS:
        raise ValueError(f"unknown data tag {tag!r}")
    cleaned = text
    for name in DATA_TAGS:
        cleaned = cleaned.replace(f"</{name}>", f"[/{name}]").replace(f"<{name}>", f"[{name}]")
    return f"<{tag}>\n{cleaned.strip()}\n</{tag}>"


@lru_cache(maxsize=1)
def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(PROMPTS_DIR)),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        keep_trailing_newline=False,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["data"] = wrap_data
    return env


def render(name: str, **values: Any) -> str:
    """Render ``<name>.j2`` with ``values``; an undefined variable raises ``jinja2.UndefinedError``."""
    if name not in PROMPT_NAMES:
        raise ValueError(f"unknown prompt {name!r}; known: {', '.join(PROMPT_NAMES)}")
    return _environment().get_template(f"{name}.j2").render(**values).strip()
