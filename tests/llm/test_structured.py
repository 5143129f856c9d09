"""invoke_json and stream_text over the fake model and over real clients pointed at a dead port."""

from __future__ import annotations

import threading

import pytest
from langchain_core.messages import HumanMessage, SystemMessage

from assistant.config import Settings
from assistant.errors import BackendUnavailable
from assistant.llm import get_chat_model, invoke_json, stream_text
from assistant.llm.structured import parse_json_object
from tests.support.net import free_port

pytestmark = pytest.mark.unit

ROUTE = {
    "type": "object",
    "properties": {"tool": {"type": "string", "enum": ["score", "rewrite"]}, "reason": {"type": "string"}},
    "required": ["tool"],
}


def test_invoke_json_parses_and_validates(fake_model):
    fake_model.enqueue('Sure:\n```json\n{"tool": "rewrite", "reason": "weak verb"}\n```')
    result = invoke_json(fake_model, [SystemMessage("route"), HumanMessage("fix my bullet")], ROUTE)
    assert result == {"tool": "rewrite", "reason": "weak verb"}
    sent = fake_model.history[0]
    assert sent[:2] == [SystemMessage("route"), HumanMessage("fix my bullet")]
    assert isinstance(sent[-1], SystemMessage) and '"enum":["score","rewrite"]' in sent[-1].text


@pytest.mark.parametrize(
    ("reply", "fragment"),
    [
        ("I think you should rewrite it.", "did not return a JSON object"),
        ('["score"]', "did not return a JSON object"),
        ('{"tool": "delete"}', "does not match the schema at tool"),
        ('{"reason": "x"}', "does not match the schema"),
    ],
)
def test_invoke_json_rejects_bad_replies(fake_model, reply, fragment):
    fake_model.enqueue(reply, reply)
    with pytest.raises(BackendUnavailable, match=fragment):
        invoke_json(fake_model, [HumanMessage("q")], ROUTE)
    assert len(fake_model.history) == 2
    assert "Not accepted" in fake_model.history[1][-1].text


def test_invoke_json_retries_once_with_the_reason(fake_model):
    fake_model.enqueue('{"tool": "delete"}', '{"tool": "score"}')
    assert invoke_json(fake_model, [HumanMessage("q")], ROUTE) == {"tool": "score"}
    assert "schema at tool" in fake_model.history[1][-1].text


def test_parse_json_object_plain():
    assert parse_json_object(' {"a": 1} ') == {"a": 1}


def test_stream_text_yields_tokens(fake_model):
    fake_model.enqueue("Add a metric to the first bullet.")
    pieces = list(stream_text(fake_model, [HumanMessage("q")]))
    assert len(pieces) == 7
    assert "".join(pieces) == "Add a metric to the first bullet."


def test_stream_text_stops_on_cancel(fake_model):
    fake_model.enqueue("one two three four five")
    cancel = threading.Event()
    received = []
    for piece in stream_text(fake_model, [HumanMessage("q")], cancel=cancel):
        received.append(piece)
        if len(received) == 2:
            cancel.set()
    assert received == ["one ", "two "]


def test_stream_text_closes_when_consumer_stops(fake_model):
    fake_model.enqueue("one two three")
    stream = stream_text(fake_model, [HumanMessage("q")])
    assert next(stream) == "one "
    stream.close()
    with pytest.raises(StopIteration):
        next(stream)


def test_ollama_down_is_one_line():
    settings = Settings(provider="ollama", ollama_host=f"http://127.0.0.1:{free_port()}", request_timeout_s=5)
    model = get_chat_model(settings)
    with pytest.raises(BackendUnavailable, match=r"cannot reach Ollama at http://127\.0\.0\.1:\d+: start it"):
        list(stream_text(model, [HumanMessage("hi")]))
    with pytest.raises(BackendUnavailable, match="`ollama serve`"):
        invoke_json(model, [HumanMessage("hi")], ROUTE)


def test_openai_compatible_server_down_is_one_line():
    url = f"http://127.0.0.1:{free_port()}/v1"
    model = get_chat_model(
        Settings(provider="openai", openai_base_url=url, model="local", request_timeout_s=5)
    )
    with pytest.raises(BackendUnavailable, match=f"cannot reach the OpenAI-compatible server at {url}"):
        list(stream_text(model, [HumanMessage("hi")]))
