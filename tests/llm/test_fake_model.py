"""The shared fake model behaves as documented (others rely on it)."""

from __future__ import annotations

import pytest
from langchain_core.messages import AIMessage, HumanMessage

pytestmark = pytest.mark.unit


def test_replies_in_order_and_records_history(fake_model):
    fake_model.enqueue("first", "second")
    assert fake_model.invoke([HumanMessage("a")]).content == "first"
    assert fake_model.invoke("b").content == "second"
    assert [m[0].content for m in fake_model.history] == ["a", "b"]


def test_streams_token_by_token(fake_model):
    fake_model.enqueue("one two  three")
    pieces = [chunk.content for chunk in fake_model.stream("go") if chunk.content]
    assert pieces == ["one ", "two  ", "three"]


def test_empty_queue_fails_loudly(fake_model):
    with pytest.raises(AssertionError, match="no reply enqueued"):
        fake_model.invoke("nothing queued")


def test_tool_call_replies_pass_through_bound_tools(fake_model):
    def lookup(term: str) -> str:
        """Look a term up."""
        return term

    call = AIMessage(content="", tool_calls=[{"name": "lookup", "args": {"term": "x"}, "id": "c1"}])
    fake_model.enqueue(call)
    reply = fake_model.bind_tools([lookup], tool_choice="lookup").invoke("q")
    assert reply.tool_calls[0]["args"] == {"term": "x"}
    assert fake_model.call_kwargs[0]["tool_choice"] == "lookup"
