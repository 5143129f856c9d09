"""Schema-constrained JSON and token streaming that work the same way over every backend."""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Generator
from typing import Any

from langchain_core.language_models.chat_models import BaseChatModel
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, SystemMessage

from assistant.errors import BackendUnavailable
from assistant.llm.failures import backend_errors, backend_ref_for
from assistant.llm.local_chat import LlamaCppChat

_FENCE = re.compile(r"^```(?:json)?\s*|\s*```$", re.IGNORECASE)


def _instruction(schema: dict[str, Any]) -> SystemMessage:
    # Appended last so a cached prompt prefix (system prompt, facts) is reused by llama.cpp.
    return SystemMessage(
        "Reply with one JSON object only, no prose, following this JSON schema:\n"
        + json.dumps(schema, separators=(",", ":"))
    )


def _backend_kwargs(model: BaseChatModel, schema: dict[str, Any], max_tokens: int | None) -> dict[str, Any]:
    kind = type(model).__name__
    if isinstance(model, LlamaCppChat):
        kwargs: dict[str, Any] = {"response_format": {"type": "json_object", "schema": schema}}
        if max_tokens:
            kwargs["max_tokens"] = max_tokens
        return kwargs
    if kind == "ChatOllama":
        return {"format": schema}
    if kind == "ChatOpenAI":
        # JSON mode; self-hosted servers (llama.cpp, vLLM) also read a schema here and ignore it if not.
        fmt: dict[str, Any] = {"type": "json_object"}
        if getattr(model, "openai_api_base", None):
            fmt["schema"] = schema
        return {"response_format": fmt}
    return {}


def parse_json_object(text: str) -> dict[str, Any]:
    """The JSON object in a model reply (tolerates code fences and prose around it)."""
    cleaned = _FENCE.sub("", text.strip())
    candidates = [cleaned]
    start, end = cleaned.find("{"), cleaned.rfind("}")
    if 0 <= start < end:
        candidates.append(cleaned[start : end + 1])
    for candidate in candidates:
        try:
            value = json.loads(candidate)
        except json.JSONDecodeError:
            continue
        if isinstance(value, dict):
            return value
    preview = " ".join(text.split())[:80]
    raise BackendUnavailable(f"the model did not return a JSON object (got {preview!r}): try again")


def _validate(value: dict[str, Any], schema: dict[str, Any]) -> None:
    try:
        import jsonschema  # type: ignore[import-untyped]
    except ImportError:  # pragma: no cover - chromadb depends on jsonschema
        missing = [key for key in schema.get("required", []) if key not in value]
        if missing:
            raise BackendUnavailable(f"the model's JSON lacks required keys: {', '.join(missing)}") from None
        return
    try:
        jsonschema.validate(value, schema)
    except jsonschema.ValidationError as exc:
        where = "/".join(str(p) for p in exc.absolute_path) or "top level"
        raise BackendUnavailable(
            f"the model's JSON does not match the schema at {where}: {exc.message}"
        ) from None


def invoke_json(
    model: BaseChatModel,
    messages: list[BaseMessage],
    schema: dict[str, Any],
    *,
    max_tokens: int | None = None,
) -> dict[str, Any]:
    """A JSON object that validates against ``schema``, using the backend's strongest constraint.

    Grammar for llama.cpp, ``format=schema`` for Ollama, JSON mode for OpenAI; any other model is asked
    in the prompt and its text reply parsed. The result is always validated against the schema; an
    invalid reply is retried once with the reason.

    Raises:
        BackendUnavailable: the backend failed, or the reply is not a schema-valid JSON object.
    """
    kwargs = _backend_kwargs(model, schema, max_tokens)
    conversation = [*messages, _instruction(schema)]
    for attempt in range(2):  # one retry, telling the model what was wrong (unconstrained backends)
        with backend_errors(backend_ref_for(model)):
            reply = model.invoke(conversation, **kwargs)
        try:
            value = parse_json_object(reply.text)
            _validate(value, schema)
            return value
        except BackendUnavailable as exc:
            if attempt == 1:
                raise
            conversation += [
                AIMessage(reply.text),
                HumanMessage(f"Not accepted: {exc.message}. Reply again."),
            ]
    raise AssertionError("unreachable")  # pragma: no cover


def stream_text(
    model: BaseChatModel,
    messages: list[BaseMessage],
    *,
    cancel: threading.Event | None = None,
) -> Generator[str, None, None]:
    """The reply as text pieces; stops (and stops the backend) when ``cancel`` is set or the caller stops.

    Raises:
        BackendUnavailable: one line naming the fix (ContextOverflow when the prompt is too long).
    """
    kwargs: dict[str, Any] = {"cancel_event": cancel} if isinstance(model, LlamaCppChat) and cancel else {}
    with backend_errors(backend_ref_for(model)):
        stream = model.stream(messages, **kwargs)
        try:
            for chunk in stream:
                if cancel is not None and cancel.is_set():
                    return
                if text := chunk.text:
                    yield text
        finally:
            close = getattr(stream, "close", None)
            if close is not None:
                close()
