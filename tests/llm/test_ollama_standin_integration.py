"""The `ollama` client and ChatOllama against an Ollama PROTOCOL STAND-IN, not a real Ollama server.

No Ollama build can be installed here, so tests/support/ollama_standin.py speaks Ollama's HTTP API
on 127.0.0.1, backed by the real llama.cpp 0.5B model. This proves the clients, our settings and
error mapping work with Ollama's wire format, not that a real Ollama behaves identically.
"""

from __future__ import annotations

import ollama
import pytest
from langchain_core.messages import HumanMessage

from assistant.config import Settings
from assistant.errors import BackendUnavailable
from assistant.llm import backend_ready, check_backend, get_chat_model, invoke_json, stream_text

pytestmark = pytest.mark.integration


@pytest.fixture
def ollama_settings(ollama_standin, small_settings) -> Settings:
    return small_settings.model_copy(
        update={"provider": "ollama", "model": "qwen2.5:0.5b", "ollama_host": ollama_standin.url}
    )


def test_ollama_client_lists_shows_and_streams(ollama_standin):
    client = ollama.Client(host=ollama_standin.url)
    assert [m.model for m in client.list().models] == ["qwen2.5:0.5b"]
    assert client.show("qwen2.5:0.5b").details.family == "qwen2"
    parts = list(
        client.chat(
            model="qwen2.5:0.5b",
            messages=[{"role": "user", "content": "What is 2 + 2?"}],
            stream=True,
            options={"num_predict": 12, "temperature": 0},
        )
    )
    assert parts[-1].done and len(parts) >= 2
    assert "4" in "".join(p.message.content or "" for p in parts)


def test_ollama_client_format_schema(ollama_standin):
    schema = {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]}
    reply = ollama.Client(host=ollama_standin.url).chat(
        model="qwen2.5:0.5b",
        messages=[{"role": "user", "content": "Capital of France, as JSON."}],
        format=schema,
        options={"num_predict": 32},
    )
    assert isinstance(reply.message.content, str) and '"city"' in reply.message.content


def test_chat_ollama_streams_and_returns_schema_json(ollama_settings, ollama_standin):
    model = get_chat_model(ollama_settings)
    pieces = list(stream_text(model, [HumanMessage("Count from 1 to 5.")]))
    assert len(pieces) >= 3
    schema = {"type": "object", "properties": {"skill": {"type": "string"}}, "required": ["skill"]}
    result = invoke_json(model, [HumanMessage("Skill in 'Deployed Kubernetes clusters'?")], schema)
    assert isinstance(result["skill"], str)
    assert ollama_standin.requests[-1]["format"] == schema


def test_model_not_pulled_is_one_line(ollama_settings):
    model = get_chat_model(ollama_settings.model_copy(update={"model": "llama3.1:8b"}))
    with pytest.raises(BackendUnavailable, match=r"run `ollama pull llama3\.1:8b`"):
        list(stream_text(model, [HumanMessage("hi")]))


def test_doctor_against_the_standin(ollama_settings):
    lines = check_backend(ollama_settings)
    assert backend_ready(lines), [line.render() for line in lines]
    missing = check_backend(ollama_settings.model_copy(update={"model": "mistral-nemo"}))
    assert not backend_ready(missing)
    assert any("`ollama pull mistral-nemo`" in line.detail for line in missing)
