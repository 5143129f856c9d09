"""Every known backend failure becomes one line naming its fix; bugs still propagate."""

from __future__ import annotations

import httpx
import ollama
import openai
import pytest

from assistant.errors import BackendUnavailable, ContextOverflow
from assistant.llm.failures import BackendRef, backend_errors, describe_failure

pytestmark = pytest.mark.unit

OLLAMA = BackendRef("ollama", "qwen2.5:1.5b", "http://127.0.0.1:11434")
OPENAI = BackendRef("openai", "gpt-4o-mini", None, 30.0)
LOCAL = BackendRef("local", "qwen2.5-0.5b", None, 300.0)
_REQUEST = httpx.Request("POST", "https://api.openai.com/v1/chat/completions")


def _status(cls, code, message="error"):
    return cls(message, response=httpx.Response(code, request=_REQUEST), body=None)


@pytest.mark.parametrize(
    ("exc", "ref", "kind", "fragment"),
    [
        (ConnectionError("Failed to connect to Ollama"), OLLAMA, BackendUnavailable, "`ollama serve`"),
        (
            httpx.ConnectError("refused"),
            OLLAMA,
            BackendUnavailable,
            "cannot reach Ollama at http://127.0.0.1:11434",
        ),
        (
            ollama.ResponseError("model 'qwen2.5:1.5b' not found", 404),
            OLLAMA,
            BackendUnavailable,
            "`ollama pull qwen2.5:1.5b`",
        ),
        (ollama.ResponseError("boom", 500), OLLAMA, BackendUnavailable, "HTTP 500"),
        (httpx.ReadTimeout("slow"), OLLAMA, BackendUnavailable, "ATS_REQUEST_TIMEOUT"),
        (openai.APIConnectionError(request=_REQUEST), OPENAI, BackendUnavailable, "cannot reach"),
        (openai.APITimeoutError(request=_REQUEST), OPENAI, BackendUnavailable, "timed out after 30 s"),
        (_status(openai.AuthenticationError, 401), OPENAI, BackendUnavailable, "OPENAI_API_KEY"),
        (_status(openai.NotFoundError, 404), OPENAI, BackendUnavailable, "ATS_MODEL"),
        (_status(openai.RateLimitError, 429), OPENAI, BackendUnavailable, "rate limit"),
        (
            _status(openai.BadRequestError, 400, "This model's maximum context length is 8192 tokens"),
            OPENAI,
            ContextOverflow,
            "ATS_CONTEXT_TOKENS",
        ),
        (_status(openai.InternalServerError, 500), OPENAI, BackendUnavailable, "HTTP 500"),
        (
            openai.OpenAIError("The api_key client option must be set"),
            OPENAI,
            BackendUnavailable,
            "OPENAI_API_KEY",
        ),
        (
            ValueError("Requested tokens (5000) exceed context window of 4096"),
            LOCAL,
            ContextOverflow,
            "ATS_CONTEXT_TOKENS",
        ),
        (TimeoutError("local generation exceeded the timeout"), LOCAL, BackendUnavailable, "after 300 s"),
    ],
)
def test_known_failures_map_to_one_line(exc, ref, kind, fragment):
    mapped = describe_failure(exc, ref)
    assert type(mapped) is kind
    assert fragment in mapped.message
    assert "\n" not in mapped.message


@pytest.mark.parametrize("exc", [KeyError("x"), ValueError("some other bug"), RuntimeError("bug")])
def test_bugs_are_not_disguised(exc):
    assert describe_failure(exc, LOCAL) is None
    with pytest.raises(type(exc)), backend_errors(LOCAL):
        raise exc


def test_context_manager_raises_mapped_error_from_original():
    with pytest.raises(BackendUnavailable) as info, backend_errors(OLLAMA):
        raise httpx.ConnectError("refused")
    assert isinstance(info.value.__cause__, httpx.ConnectError)
