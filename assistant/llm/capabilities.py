"""What each backend/model can do, so the agent picks a loop that works with it."""

from __future__ import annotations

from pydantic import BaseModel

from assistant.config import Settings
from assistant.llm.providers import model_name

# Ollama model families whose templates support native tool calls (Ollama's "tools" tag).
OLLAMA_TOOL_FAMILIES: tuple[str, ...] = (
    "llama3.1",
    "llama3.2",
    "llama3.3",
    "llama4",
    "qwen2.5",
    "qwen3",
    "qwq",
    "mistral-nemo",
    "mistral-small",
    "mistral-large",
    "mixtral",
    "command-r",
    "hermes3",
    "granite3",
    "firefunction-v2",
    "nemotron",
    "gpt-oss",
)
# Context windows of hosted OpenAI model families (prefix match, longest first).
OPENAI_CONTEXT: tuple[tuple[str, int], ...] = (
    ("gpt-4.1", 1_047_576),
    ("gpt-4o", 128_000),
    ("gpt-5", 400_000),
    ("o3", 200_000),
    ("o4", 200_000),
    ("gpt-4-turbo", 128_000),
    ("gpt-3.5", 16_385),
)


class Capabilities(BaseModel):
    """How the agent may drive a backend.

    ``native_tool_calling``: the model picks tools itself (``tool_choice="auto"``).
    ``forced_tool_calling``: a named tool can be forced. ``json_schema``: output can be constrained to a
    JSON schema (grammar / format=schema). ``context_tokens``: the prompt + answer budget.
    """

    native_tool_calling: bool
    forced_tool_calling: bool
    json_schema: bool
    context_tokens: int


def ollama_supports_tools(name: str) -> bool:
    """True when an Ollama model name belongs to a family known to call tools."""
    family = name.lower().split("/")[-1].split(":")[0]
    return any(family.startswith(prefix) for prefix in OLLAMA_TOOL_FAMILIES)


def _openai_context(name: str, settings: Settings) -> int:
    if settings.openai_base_url:
        return settings.context_tokens  # a local server: its window is what the user configured
    for prefix, size in OPENAI_CONTEXT:
        if name.lower().startswith(prefix):
            return size
    return settings.context_tokens


def get_capabilities(settings: Settings) -> Capabilities:
    """The capabilities of the configured backend and model (no network, no model load)."""
    name = model_name(settings)
    if settings.provider == "local":
        # Small local models print tool JSON as text under "auto"; forced tools go through the grammar.
        return Capabilities(
            native_tool_calling=False,
            forced_tool_calling=True,
            json_schema=True,
            context_tokens=settings.context_tokens,
        )
    if settings.provider == "ollama":
        tools = ollama_supports_tools(name)
        return Capabilities(
            native_tool_calling=tools,
            forced_tool_calling=tools,
            json_schema=True,
            context_tokens=settings.context_tokens,
        )
    # invoke_json uses JSON mode here (OpenAI-compatible servers differ on json_schema), then validates.
    return Capabilities(
        native_tool_calling=True,
        forced_tool_calling=True,
        json_schema=False,
        context_tokens=_openai_context(name, settings),
    )
