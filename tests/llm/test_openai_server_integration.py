"""ChatOpenAI against a REAL OpenAI-compatible server (llama_cpp.server) on 127.0.0.1."""

from __future__ import annotations

import pytest
from langchain_core.messages import HumanMessage
from pydantic import BaseModel

from assistant.config import Settings
from assistant.llm import get_chat_model, invoke_json, stream_text, token_counter_for

pytestmark = pytest.mark.integration


class Skill(BaseModel):
    """A skill named in a resume line."""

    name: str


@pytest.fixture(scope="module")
def openai_settings(llama_server, small_settings) -> Settings:
    return small_settings.model_copy(
        update={"provider": "openai", "model": "local", "openai_base_url": llama_server}
    )


def test_invoke_and_stream(openai_settings):
    model = get_chat_model(openai_settings).bind(max_tokens=16)
    assert "4" in model.invoke([HumanMessage("What is 2 + 2? Reply with the number.")]).text
    pieces = list(stream_text(model, [HumanMessage("Count from 1 to 5.")]))
    assert len(pieces) >= 3


@pytest.mark.parametrize("method", ["json_mode", "function_calling"])
def test_structured_output(openai_settings, method):
    model = get_chat_model(openai_settings).with_structured_output(Skill, method=method)
    prompt = "Return JSON with key 'name': the skill in 'Built APIs in Python.'"
    result = model.invoke([HumanMessage(prompt)])
    assert isinstance(result, Skill) and result.name


def test_invoke_json_in_json_mode(openai_settings):
    schema = {"type": "object", "properties": {"name": {"type": "string"}}, "required": ["name"]}
    result = invoke_json(
        get_chat_model(openai_settings), [HumanMessage("Skill in 'Wrote Go services'?")], schema
    )
    assert isinstance(result["name"], str)


def test_token_counting_offline(openai_settings):
    counter = token_counter_for(get_chat_model(openai_settings), openai_settings)
    assert counter.count("hello world") == 2
    assert get_chat_model(openai_settings).get_num_tokens("hello world") == 2
