"""Capabilities per backend and model decide which agent loop is used."""

from __future__ import annotations

import pytest

from assistant.config import Settings
from assistant.llm import get_capabilities
from assistant.llm.capabilities import ollama_supports_tools

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    ("provider", "model", "base_url", "native", "forced", "schema", "context"),
    [
        ("local", None, None, False, True, True, 4096),
        ("local", "qwen2.5-0.5b", None, False, True, True, 4096),
        ("ollama", "llama3.1:8b", None, True, True, True, 4096),
        ("ollama", "qwen2.5:1.5b", None, True, True, True, 4096),
        ("ollama", "library/mistral-nemo", None, True, True, True, 4096),
        ("ollama", "gemma2:2b", None, False, False, True, 4096),
        ("ollama", "phi3", None, False, False, True, 4096),
        ("openai", "gpt-4o-mini", None, True, True, False, 128_000),
        ("openai", "local", "http://127.0.0.1:8080/v1", True, True, False, 4096),
    ],
)
def test_capability_table(provider, model, base_url, native, forced, schema, context):
    settings = Settings(provider=provider, model=model, openai_base_url=base_url)
    caps = get_capabilities(settings)
    assert (caps.native_tool_calling, caps.forced_tool_calling, caps.json_schema) == (native, forced, schema)
    assert caps.context_tokens == context


def test_context_follows_settings_for_local_models():
    assert get_capabilities(Settings(context_tokens=8192)).context_tokens == 8192


@pytest.mark.parametrize(
    ("name", "expected"),
    [("LLAMA3.2:3b", True), ("llama3:8b", False), ("qwen3:4b", True), ("qwen2:7b", False)],
)
def test_ollama_family_match(name, expected):
    assert ollama_supports_tools(name) is expected
