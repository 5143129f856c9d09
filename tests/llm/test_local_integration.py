"""The real embedded model (Qwen2.5-Coder-0.5B via llama.cpp): answers, streams, JSON under a grammar."""

from __future__ import annotations

import threading
from typing import Literal

import pytest
from langchain_core.messages import HumanMessage, SystemMessage
from pydantic import BaseModel

from assistant.errors import BackendUnavailable, ContextOverflow
from assistant.llm import get_capabilities, invoke_json, stream_text, token_counter_for
from assistant.llm.weights import LOCAL_MODELS, is_assembled

pytestmark = pytest.mark.integration

QUESTION = [SystemMessage("You answer in as few words as possible."), HumanMessage("What is 2 + 2?")]


def test_weights_were_assembled_and_verified(small_settings, small_model):
    assert is_assembled(LOCAL_MODELS["qwen2.5-0.5b"], small_settings)
    assert small_model.model_path.endswith("qwen2.5-0.5b-q4_k_m.gguf")
    assert not get_capabilities(small_settings).native_tool_calling


def test_answers(small_model):
    reply = small_model.invoke(QUESTION, max_tokens=12)
    assert "4" in reply.text


def test_streams_several_tokens(small_model):
    pieces = list(stream_text(small_model.bind(max_tokens=24), [HumanMessage("Count from 1 to 5.")]))
    assert len(pieces) >= 3
    assert "3" in "".join(pieces)


def test_schema_valid_json_under_grammar(small_model):
    schema = {
        "type": "object",
        "properties": {"skill": {"type": "string"}, "years": {"type": "integer", "minimum": 0}},
        "required": ["skill", "years"],
        "additionalProperties": False,
    }
    messages = [HumanMessage("Resume line: 'Five years of Python at Acme.' Extract the skill and years.")]
    result = invoke_json(small_model, messages, schema, max_tokens=64)
    assert set(result) == {"skill", "years"}
    assert isinstance(result["years"], int)


def test_forced_tool_call_through_the_grammar(small_model):
    class RouteTo(BaseModel):
        """Pick the assistant tool that handles the user's request."""

        tool: Literal["score", "rewrite_bullet", "explain"]

    bound = small_model.bind_tools([RouteTo], tool_choice="RouteTo")
    reply = bound.invoke([HumanMessage("Please rewrite my second bullet.")], max_tokens=48)
    assert reply.tool_calls[0]["name"] == "RouteTo"
    assert reply.tool_calls[0]["args"]["tool"] in {"score", "rewrite_bullet", "explain"}


def test_cancel_event_stops_generation_and_releases_the_model(small_model):
    cancel = threading.Event()
    pieces = []
    for piece in stream_text(
        small_model.bind(max_tokens=200), [HumanMessage("Write a long story.")], cancel=cancel
    ):
        pieces.append(piece)
        if len(pieces) == 3:
            cancel.set()
    assert len(pieces) == 3
    stream = stream_text(small_model, QUESTION)
    next(stream)
    stream.close()  # the consumer walks away mid-answer: the model lock must be released
    assert "4" in small_model.invoke(QUESTION, max_tokens=12).text


def test_context_overflow_is_one_line(small_model, small_settings):
    counter = token_counter_for(small_model, small_settings)
    long_text = "experience " * 3000
    assert counter.count(long_text) > small_model.n_ctx
    with pytest.raises(ContextOverflow, match="ATS_CONTEXT_TOKENS"):
        list(stream_text(small_model, [HumanMessage(long_text)]))


def test_timeout_is_one_line(small_model):
    impatient = small_model.model_copy(update={"timeout_s": 0.0})
    with pytest.raises(BackendUnavailable, match="timed out"):
        list(stream_text(impatient, QUESTION))


def test_alternating_prompts_restore_their_saved_state_and_answer_the_same(small_model):
    """Routing and answering take turns; the cache brings back each one's evaluated prefix."""
    cache = small_model.loaded().llama.cache
    assert cache is not None, "the default settings give the local model a prompt-state cache"
    preamble = "You are a terse assistant. " + "Answer with one word only. " * 40
    first = [SystemMessage(preamble + "Topic: fruit."), HumanMessage("Name a yellow fruit.")]
    second = [SystemMessage("Different instructions entirely."), HumanMessage("Name a colour.")]
    before = small_model.invoke(first, max_tokens=6).text
    small_model.invoke(second, max_tokens=6)
    hits = cache.hits
    again = small_model.invoke(first, max_tokens=6).text
    assert cache.hits > hits
    assert again == before
