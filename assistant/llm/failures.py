"""One place that turns backend library exceptions into one-line user errors naming the fix."""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator
from dataclasses import dataclass

import httpx

from assistant.errors import AssistantError, BackendUnavailable, ContextOverflow

_OVERFLOW_PATTERNS = re.compile(
    r"context[_ ]length[_ ]exceeded|exceed(s|ed)? (the )?context|maximum context length|"
    r"context window|too many tokens|prompt is too long",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class BackendRef:
    """Which backend a call went to, so messages can name the host and the model."""

    provider: str
    model: str
    url: str | None = None
    timeout_s: float | None = None


def _overflow(ref: BackendRef) -> ContextOverflow:
    return ContextOverflow(
        f"the prompt does not fit the context window of {ref.model}: "
        "shorten the conversation (start a new chat) or raise ATS_CONTEXT_TOKENS"
    )


def _timeout(ref: BackendRef) -> BackendUnavailable:
    after = f" after {ref.timeout_s:g} s" if ref.timeout_s else ""
    return BackendUnavailable(
        f"the {ref.provider} backend timed out{after}: raise ATS_REQUEST_TIMEOUT or choose a smaller model"
    )


def _unreachable(ref: BackendRef) -> BackendUnavailable:
    if ref.provider == "ollama":
        return BackendUnavailable(f"cannot reach Ollama at {ref.url}: start it with `ollama serve`")
    where = ref.url or "api.openai.com"
    return BackendUnavailable(
        f"cannot reach the OpenAI-compatible server at {where}: start it or fix OPENAI_BASE_URL"
    )


def _from_openai(exc: Exception, ref: BackendRef) -> AssistantError | None:
    try:
        import openai
    except ImportError:  # pragma: no cover - langchain-openai depends on openai
        return None
    if isinstance(exc, openai.APITimeoutError):
        return _timeout(ref)
    if isinstance(exc, openai.APIConnectionError):
        return _unreachable(ref)
    if isinstance(exc, openai.AuthenticationError):
        return BackendUnavailable("the OpenAI API key was rejected: set a valid OPENAI_API_KEY")
    if isinstance(exc, openai.PermissionDeniedError):
        return BackendUnavailable(f"the API key may not use model {ref.model}: choose another ATS_MODEL")
    if isinstance(exc, openai.NotFoundError):
        return BackendUnavailable(f"model {ref.model} is not served at {ref.url or 'OpenAI'}: set ATS_MODEL")
    if isinstance(exc, openai.RateLimitError):
        return BackendUnavailable("OpenAI refused the request (rate limit or quota): wait or check billing")
    if isinstance(exc, openai.BadRequestError) and _OVERFLOW_PATTERNS.search(str(exc)):
        return _overflow(ref)
    if isinstance(exc, openai.APIStatusError):
        return BackendUnavailable(
            f"the OpenAI-compatible server answered HTTP {exc.status_code}: check the server log"
        )
    if isinstance(exc, openai.OpenAIError) and "api_key" in str(exc).lower():
        return BackendUnavailable(
            "no OpenAI API key: set OPENAI_API_KEY (or OPENAI_BASE_URL for a local server)"
        )
    return None


def _from_ollama(exc: Exception, ref: BackendRef) -> AssistantError | None:
    try:
        import ollama
    except ImportError:  # pragma: no cover - langchain-ollama depends on ollama
        return None
    if isinstance(exc, ollama.ResponseError):
        text = str(exc.error)
        if exc.status_code == 404 or "not found" in text.lower():
            return BackendUnavailable(f"Ollama has no model {ref.model}: run `ollama pull {ref.model}`")
        if _OVERFLOW_PATTERNS.search(text):
            return _overflow(ref)
        return BackendUnavailable(f"Ollama answered HTTP {exc.status_code}: {text.splitlines()[0][:200]}")
    return None


def describe_failure(exc: BaseException, ref: BackendRef) -> AssistantError | None:
    """The user-facing error for ``exc``, or None when it is not a known backend failure (a bug)."""
    if isinstance(exc, AssistantError):
        return exc
    if not isinstance(exc, Exception):
        return None
    for mapper in (_from_openai, _from_ollama):
        mapped = mapper(exc, ref)
        if mapped is not None:
            return mapped
    if isinstance(exc, httpx.TimeoutException | TimeoutError):
        return _timeout(ref)
    if isinstance(exc, httpx.ConnectError | ConnectionError):
        return _unreachable(ref)
    if isinstance(exc, ValueError) and _OVERFLOW_PATTERNS.search(str(exc)):
        return _overflow(ref)
    return None


@contextlib.contextmanager
def backend_errors(ref: BackendRef) -> Iterator[None]:
    """Re-raise known backend failures as one-line AssistantErrors; let bugs propagate."""
    try:
        yield
    except Exception as exc:
        mapped = describe_failure(exc, ref)
        if mapped is None or mapped is exc:
            raise
        raise mapped from exc


def backend_ref_for(model: object) -> BackendRef:
    """Best-effort description of a LangChain chat model for error messages."""
    kind = type(model).__name__
    name = str(getattr(model, "model_name", None) or getattr(model, "model", None) or kind)
    if kind == "ChatOllama":
        return BackendRef("ollama", name, getattr(model, "base_url", None))
    if kind == "ChatOpenAI":
        base = getattr(model, "openai_api_base", None)
        return BackendRef("openai", name, base, _timeout_of(model))
    if kind == "LlamaCppChat":
        return BackendRef("local", name, None, _timeout_of(model))
    return BackendRef(kind, name)


def _timeout_of(model: object) -> float | None:
    value = getattr(model, "request_timeout", None) or getattr(model, "timeout_s", None)
    return float(value) if isinstance(value, int | float) else None
