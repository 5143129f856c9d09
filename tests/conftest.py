"""Shared test fixtures. Area-specific fixtures live in each tests/<area>/conftest.py.

``fake_model`` is THE fake chat model for unit tests (one, not a dozen copies): queue replies with
``enqueue("text")`` (or an ``AIMessage`` carrying tool calls), read what it received from ``history``.
It streams token by token (words with their trailing space) and fails loudly when the queue is empty.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Sequence
from typing import Any

import pytest
from langchain_core.callbacks import CallbackManagerForLLMRun
from langchain_core.language_models.chat_models import BaseChatModel
from langchain_core.messages import AIMessage, AIMessageChunk, BaseMessage
from langchain_core.outputs import ChatGeneration, ChatGenerationChunk, ChatResult
from langchain_core.utils.function_calling import convert_to_openai_tool
from pydantic import Field

_TOKEN = re.compile(r"\S+\s*|\s+")


class FakeChatModel(BaseChatModel):
    """Queue-driven fake: each call pops the next enqueued reply and records the messages it got."""

    queue: list[str | AIMessage] = Field(default_factory=list)
    history: list[list[BaseMessage]] = Field(default_factory=list)
    call_kwargs: list[dict[str, Any]] = Field(default_factory=list)

    @property
    def _llm_type(self) -> str:
        return "fake-queue-chat"

    def enqueue(self, *replies: str | AIMessage) -> FakeChatModel:
        self.queue.extend(replies)
        return self

    def get_token_ids(self, text: str) -> list[int]:
        return [hash(tok) % 50_000 for tok in _TOKEN.findall(text)]

    def bind_tools(self, tools: Sequence[Any], *, tool_choice: Any = None, **kwargs: Any) -> Any:
        return self.bind(tools=[convert_to_openai_tool(t) for t in tools], tool_choice=tool_choice, **kwargs)

    def _next(self, messages: list[BaseMessage], kwargs: dict[str, Any]) -> AIMessage:
        self.history.append(list(messages))
        self.call_kwargs.append(dict(kwargs))
        if not self.queue:
            raise AssertionError(f"FakeChatModel: no reply enqueued for call #{len(self.history)}")
        reply = self.queue.pop(0)
        return AIMessage(content=reply) if isinstance(reply, str) else reply

    def _generate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        return ChatResult(generations=[ChatGeneration(message=self._next(messages, kwargs))])

    def _stream(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> Iterator[ChatGenerationChunk]:
        reply = self._next(messages, kwargs)
        if reply.tool_calls:
            chunks = [
                {"name": c["name"], "args": json.dumps(c["args"]), "id": c["id"], "index": i}
                for i, c in enumerate(reply.tool_calls)
            ]
            yield ChatGenerationChunk(message=AIMessageChunk(content=reply.text, tool_call_chunks=chunks))
            return
        for token in _TOKEN.findall(reply.text) or [""]:
            chunk = ChatGenerationChunk(message=AIMessageChunk(content=token))
            if run_manager is not None:
                run_manager.on_llm_new_token(token, chunk=chunk)
            yield chunk


@pytest.fixture
def fake_model() -> FakeChatModel:
    """A fresh queue-driven fake chat model."""
    return FakeChatModel()
