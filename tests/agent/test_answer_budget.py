"""The answer prompt fits the context (history and snippets cut first, tool results kept) and is capped."""

from __future__ import annotations

import pytest
from langchain_core.messages import AIMessage, HumanMessage

from assistant.agent.assistant import Assistant, capped
from assistant.agent.tools import ToolResult
from assistant.knowledge.models import Snippet
from assistant.llm.capabilities import Capabilities
from assistant.llm.local_chat import LlamaCppChat
from assistant.resume.models import Resume
from tests.agent.conftest import FakeAssessment, fake_scorer, make_job
from tests.conftest import FakeChatModel

pytestmark = pytest.mark.unit


def _assistant(model: FakeChatModel, context: int) -> Assistant:
    caps = Capabilities(
        native_tool_calling=False, forced_tool_calling=True, json_schema=True, context_tokens=context
    )
    return Assistant(model, None, capabilities=caps, scorer=fake_scorer, assessor=FakeAssessment)


def _result() -> ToolResult:
    snippets = [Snippet(id=f"s{i}", title=f"Tip {i}", source="kb", text="Advice. " * 40) for i in range(3)]
    return ToolResult("explain_deductions", "TOOL FACTS: -10 pts Kubernetes missing.", snippets=snippets)


def test_a_long_history_and_snippets_are_trimmed_but_the_tool_results_stay(
    fake_model: FakeChatModel, resume: Resume
) -> None:
    roomy = _assistant(fake_model, 8192)
    session = roomy.start(resume, make_job())
    for i in range(6):
        session.note_user_message(f"question {i} " + "words " * 200)
        session.note_assistant_message(f"answer {i} " + "words " * 200)
    session.note_user_message("why is my score low?")

    full = roomy.answer_messages(session, "why is my score low?", _result(), [])
    assert any(isinstance(m, AIMessage) for m in full) and "[s2]" in full[-1].text

    tight = _assistant(fake_model, 1300)
    medium = tight.answer_messages(session, "why is my score low?", _result(), [])
    assert "[s2]" not in medium[-1].text  # the least relevant snippet goes before the last exchange

    tighter = _assistant(fake_model, 1000)
    small = tighter.answer_messages(session, "why is my score low?", _result(), [])
    assert not any(isinstance(m, AIMessage) for m in small[1:-1]) and "[s0]" not in small[-1].text
    assert "TOOL FACTS: -10 pts Kubernetes missing." in small[-1].text
    assert isinstance(small[-1], HumanMessage) and "why is my score low?" in small[-1].text
    assert fake_model.history == []  # building the prompt calls no model


def test_the_answer_model_is_capped_without_reloading_weights() -> None:
    model = LlamaCppChat(model_path="/nonexistent.gguf", max_tokens=512)
    short = capped(model, 200)
    assert isinstance(short, LlamaCppChat) and short.max_tokens == 200 and model.max_tokens == 512
    assert capped(short, 300) is short  # never raises a cap that is already lower
    fake = FakeChatModel()
    assert capped(fake, 200) is fake
