"""The embedded chat model: llama.cpp in-process behind LangChain's BaseChatModel.

llama-cpp-python is imported only when a model is loaded, so the rest of the package works without
the ``local`` extra. One ``Llama`` instance is kept per (file, context, threads) and calls to it are
serialised with a lock: a llama.cpp context is not thread-safe.
"""

from __future__ import annotations

import atexit
import json
import os
import threading
import time
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from langchain_core.callbacks import CallbackManagerForLLMRun
from langchain_core.language_models import LanguageModelInput
from langchain_core.language_models.chat_models import BaseChatModel
from langchain_core.messages import (
    AIMessage,
    AIMessageChunk,
    BaseMessage,
    HumanMessage,
    SystemMessage,
    ToolMessage,
)
from langchain_core.outputs import ChatGeneration, ChatGenerationChunk, ChatResult
from langchain_core.runnables import Runnable
from langchain_core.utils.function_calling import convert_to_openai_tool
from pydantic import Field

from assistant.errors import BackendUnavailable
from assistant.llm.failures import BackendRef, backend_errors
from assistant.llm.prompt_cache import attach as attach_prompt_cache

# create_chat_completion arguments a caller may pass through invoke()/stream() kwargs.
_PASSTHROUGH = ("max_tokens", "temperature", "top_p", "top_k", "seed", "response_format", "repeat_penalty")


@dataclass
class LoadedLlama:
    """A loaded llama.cpp model and the lock that serialises its use."""

    llama: Any
    lock: threading.Lock = field(default_factory=threading.Lock)


_LOADED: dict[tuple[str, int, int, int], LoadedLlama] = {}
_LOAD_LOCK = threading.Lock()


@atexit.register
def _close_all() -> None:
    """Free the models before interpreter teardown (llama.cpp's own __del__ fails that late)."""
    for loaded in _LOADED.values():
        loaded.llama.close()
    _LOADED.clear()


def default_threads() -> int:
    """Physical parallelism available to this process (llama.cpp is compute-bound)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def load_llama(model_path: Path | str, n_ctx: int, n_threads: int, prompt_cache_mb: int = 0) -> LoadedLlama:
    """The cached llama.cpp model for these settings, loading it on first use."""
    key = (str(model_path), n_ctx, n_threads, prompt_cache_mb)
    with _LOAD_LOCK:
        if key not in _LOADED:
            try:
                from llama_cpp import Llama
            except ImportError:
                raise BackendUnavailable(
                    "llama-cpp-python is not installed: run `uv sync --extra local`"
                ) from None
            try:
                llama = Llama(
                    model_path=str(model_path),
                    n_ctx=n_ctx,
                    n_threads=n_threads,
                    n_threads_batch=n_threads,
                    verbose=False,
                )
            except ValueError as exc:
                raise BackendUnavailable(f"llama.cpp could not load {model_path}: {exc}") from None
            attach_prompt_cache(llama, prompt_cache_mb)
            _LOADED[key] = LoadedLlama(llama)
        return _LOADED[key]


def _role_message(message: BaseMessage) -> dict[str, Any]:
    text = message.text if isinstance(message.content, list) else str(message.content)
    if isinstance(message, SystemMessage):
        return {"role": "system", "content": text}
    if isinstance(message, HumanMessage):
        return {"role": "user", "content": text}
    if isinstance(message, ToolMessage):
        return {"role": "user", "content": f"Result of tool call {message.tool_call_id}:\n{text}"}
    if isinstance(message, AIMessage):
        calls = [{"name": c["name"], "arguments": c["args"]} for c in message.tool_calls]
        if calls:
            text = (text + "\n" if text else "") + json.dumps(calls)
        return {"role": "assistant", "content": text}
    return {"role": "user", "content": text}


def _forced_tool_schema(tools: list[dict[str, Any]], choice: Any) -> dict[str, Any] | None:
    """The JSON schema a forced tool call must follow, or None when no tool is forced."""
    if not tools or choice in (None, "auto", "none", False):
        return None
    if isinstance(choice, dict):
        choice = choice.get("function", {}).get("name") or choice.get("name")
    if isinstance(choice, str) and choice not in ("any", "required", True):
        tools = [t for t in tools if t["function"]["name"] == choice]
        if not tools:
            raise ValueError(f"tool_choice names an unknown tool: {choice}")
    variants = [
        {
            "type": "object",
            "properties": {
                "name": {"type": "string", "enum": [t["function"]["name"]]},
                "arguments": t["function"].get("parameters") or {"type": "object"},
            },
            "required": ["name", "arguments"],
        }
        for t in tools
    ]
    return variants[0] if len(variants) == 1 else {"anyOf": variants}


def _tool_instruction(tools: list[dict[str, Any]]) -> SystemMessage:
    # Last, so the cached prompt prefix stays reusable; the grammar enforces the shape.
    lines = [f"- {t['function']['name']}: {t['function'].get('description', '')}" for t in tools]
    return SystemMessage(
        "Call one of these tools by replying with a JSON object "
        '{"name": <tool name>, "arguments": {...}}:\n' + "\n".join(lines)
    )


class LlamaCppChat(BaseChatModel):
    """A llama.cpp GGUF model as a streaming LangChain chat model.

    Pass ``response_format={"type": "json_object", "schema": ...}`` to ``invoke`` for grammar-constrained
    JSON, and ``cancel_event=threading.Event()`` to ``stream`` to stop a running generation from another
    thread. ``bind_tools(..., tool_choice=NAME | "any")`` forces a tool call through the grammar; with
    ``tool_choice="auto"`` the tools are ignored (small models do not call tools on their own).
    """

    model_path: str
    model_name: str = "local"
    n_ctx: int = 4096
    n_threads: int = Field(default_factory=default_threads)
    temperature: float = 0.2
    max_tokens: int = 512
    timeout_s: float = 300.0
    prompt_cache_mb: int = 0  # RAM for saved prompt states (see prompt_cache.py); 0 = off

    @property
    def _llm_type(self) -> str:
        return "llama-cpp-chat"

    @property
    def _identifying_params(self) -> dict[str, Any]:
        return {"model_name": self.model_name, "model_path": self.model_path, "n_ctx": self.n_ctx}

    def loaded(self) -> LoadedLlama:
        """The underlying llama.cpp model, loaded (once) on first use."""
        return load_llama(self.model_path, self.n_ctx, self.n_threads, self.prompt_cache_mb)

    def get_token_ids(self, text: str) -> list[int]:
        """Token ids from the model's own tokenizer (exact budget for this model)."""
        tokens: list[int] = self.loaded().llama.tokenize(text.encode("utf-8"), add_bos=False, special=False)
        return tokens

    def bind_tools(
        self,
        tools: Sequence[Any],
        *,
        tool_choice: str | dict[str, Any] | bool | None = None,
        **kwargs: Any,
    ) -> Runnable[LanguageModelInput, AIMessage]:
        """Bind tools; a named or ``"any"`` tool_choice forces a grammar-constrained tool call."""
        formatted = [convert_to_openai_tool(tool) for tool in tools]
        return self.bind(tools=formatted, tool_choice=tool_choice, **kwargs)

    def _ref(self) -> BackendRef:
        return BackendRef("local", self.model_name, None, self.timeout_s)

    def _params(
        self, messages: list[BaseMessage], stop: list[str] | None, kwargs: dict[str, Any]
    ) -> dict[str, Any]:
        params: dict[str, Any] = {
            "messages": [_role_message(m) for m in messages],
            "temperature": self.temperature,
            "max_tokens": self.max_tokens,
        }
        params.update({k: kwargs[k] for k in _PASSTHROUGH if kwargs.get(k) is not None})
        if stop:
            params["stop"] = stop
        return params

    def _generate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        tools = kwargs.pop("tools", None) or []
        tool_schema = _forced_tool_schema(tools, kwargs.pop("tool_choice", None))
        if tool_schema is not None:
            kwargs["response_format"] = {"type": "json_object", "schema": tool_schema}
            messages = [*messages, _tool_instruction(tools)]
        text_parts: list[str] = []
        metadata: dict[str, Any] = {}
        for chunk in self._stream(messages, stop, run_manager, **kwargs):
            text_parts.append(chunk.text)
            metadata.update(chunk.message.response_metadata)
        text = "".join(text_parts)
        message = AIMessage(content=text, response_metadata=metadata)
        if tool_schema is not None:
            message = self._as_tool_call(text, metadata)
        return ChatResult(generations=[ChatGeneration(message=message)])

    def _as_tool_call(self, text: str, metadata: dict[str, Any]) -> AIMessage:
        try:
            call = json.loads(text)
        except json.JSONDecodeError:
            raise BackendUnavailable(
                "the local model's tool call was cut off: raise max_tokens for this call"
            ) from None
        tool_call = {"name": call["name"], "args": call["arguments"], "id": f"call_{uuid.uuid4().hex[:12]}"}
        return AIMessage(content="", tool_calls=[tool_call], response_metadata=metadata)

    def _stream(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> Iterator[ChatGenerationChunk]:
        if _forced_tool_schema(kwargs.get("tools") or [], kwargs.get("tool_choice")) is not None:
            message = self._generate(messages, stop, None, **kwargs).generations[0].message
            calls = [
                {"name": c["name"], "args": json.dumps(c["args"]), "id": c["id"], "index": i}
                for i, c in enumerate(getattr(message, "tool_calls", []))
            ]
            yield ChatGenerationChunk(message=AIMessageChunk(content="", tool_call_chunks=calls))
            return
        cancel: threading.Event | None = kwargs.get("cancel_event")
        params = self._params(messages, stop, kwargs)
        deadline = time.monotonic() + self.timeout_s
        with backend_errors(self._ref()):
            loaded = self.loaded()
            with loaded.lock:
                parts = loaded.llama.create_chat_completion(**params, stream=True)
                try:
                    for part in parts:
                        if cancel is not None and cancel.is_set():
                            yield _finish_chunk("cancelled")
                            return
                        if time.monotonic() > deadline:
                            raise TimeoutError("local generation exceeded the timeout")
                        choice = part["choices"][0]
                        text = choice["delta"].get("content") or ""
                        if text:
                            chunk = ChatGenerationChunk(message=AIMessageChunk(content=text))
                            if run_manager is not None:
                                run_manager.on_llm_new_token(text, chunk=chunk)
                            yield chunk
                        if choice.get("finish_reason"):
                            yield _finish_chunk(choice["finish_reason"])
                finally:
                    parts.close()


def _finish_chunk(reason: str) -> ChatGenerationChunk:
    return ChatGenerationChunk(
        message=AIMessageChunk(content="", response_metadata={"finish_reason": reason}),
        generation_info={"finish_reason": reason},
    )
