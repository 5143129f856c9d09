"""Pure parts of the llama.cpp chat model: message mapping and forced-tool schemas."""

from __future__ import annotations

import pytest
from langchain_core.messages import AIMessage, HumanMessage, SystemMessage, ToolMessage

from assistant.llm.local_chat import _forced_tool_schema, _role_message

pytestmark = pytest.mark.unit

TOOLS = [
    {"type": "function", "function": {"name": "score", "parameters": {"type": "object", "properties": {}}}},
    {
        "type": "function",
        "function": {
            "name": "rewrite",
            "parameters": {
                "type": "object",
                "properties": {"bullet": {"type": "integer"}},
                "required": ["bullet"],
            },
        },
    },
]


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        (SystemMessage("be brief"), {"role": "system", "content": "be brief"}),
        (HumanMessage("hi"), {"role": "user", "content": "hi"}),
        (AIMessage("hello"), {"role": "assistant", "content": "hello"}),
        (
            AIMessage("", tool_calls=[{"name": "score", "args": {}, "id": "c1"}]),
            {"role": "assistant", "content": '[{"name": "score", "arguments": {}}]'},
        ),
        (
            ToolMessage("62/100", tool_call_id="c1"),
            {"role": "user", "content": "Result of tool call c1:\n62/100"},
        ),
    ],
)
def test_role_mapping(message, expected):
    assert _role_message(message) == expected


@pytest.mark.parametrize("choice", [None, "auto", "none"])
def test_unforced_choices_add_no_schema(choice):
    assert _forced_tool_schema(TOOLS, choice) is None


def test_named_tool_is_forced():
    schema = _forced_tool_schema(TOOLS, "rewrite")
    assert schema["properties"]["name"] == {"type": "string", "enum": ["rewrite"]}
    assert schema["properties"]["arguments"]["required"] == ["bullet"]
    dict_choice = {"type": "function", "function": {"name": "rewrite"}}
    assert _forced_tool_schema(TOOLS, dict_choice) == schema


def test_any_tool_offers_each():
    schema = _forced_tool_schema(TOOLS, "any")
    assert [v["properties"]["name"]["enum"] for v in schema["anyOf"]] == [["score"], ["rewrite"]]


def test_unknown_tool_choice_is_an_error():
    with pytest.raises(ValueError, match="unknown tool"):
        _forced_tool_schema(TOOLS, "delete")
