"""One factory for chat models, looked up by provider name in a plain dict."""

from __future__ import annotations

from collections.abc import Callable

from langchain_core.language_models.chat_models import BaseChatModel

from assistant.config import PROVIDERS, Settings
from assistant.errors import BackendUnavailable, ConfigError
from assistant.llm.local_chat import LlamaCppChat, default_threads
from assistant.llm.tokens import seed_tiktoken_cache, tiktoken_dir
from assistant.llm.weights import is_gguf_path, local_spec, resolve_model_file

DEFAULT_MODELS: dict[str, str] = {
    "local": "qwen2.5-1.5b",
    "ollama": "qwen2.5:1.5b",
    "openai": "gpt-4o-mini",
}
# Room left for the answer when budgeting a prompt, per call.
ANSWER_TOKENS = 512


def model_name(settings: Settings) -> str:
    """The model the settings select (the provider default when none is set)."""
    return settings.model or DEFAULT_MODELS[settings.provider]


def _local(settings: Settings) -> BaseChatModel:
    name = model_name(settings)
    if not is_gguf_path(name):
        local_spec(name)  # unknown names fail as ConfigError before any file work
    path = resolve_model_file(name, settings)
    return LlamaCppChat(
        model_path=str(path),
        model_name=name,
        n_ctx=settings.context_tokens,
        n_threads=settings.threads or default_threads(),
        temperature=settings.temperature,
        max_tokens=ANSWER_TOKENS,
        timeout_s=settings.request_timeout_s,
        prompt_cache_mb=settings.prompt_cache_mb,
    )


def _ollama(settings: Settings) -> BaseChatModel:
    from langchain_ollama import ChatOllama

    return ChatOllama(
        base_url=settings.ollama_host,
        model=model_name(settings),
        temperature=settings.temperature,
        num_ctx=settings.context_tokens,
        num_predict=ANSWER_TOKENS,
        client_kwargs={"timeout": settings.request_timeout_s},
    )


def _openai(settings: Settings) -> BaseChatModel:
    from langchain_openai import ChatOpenAI

    seed_tiktoken_cache(tiktoken_dir(settings))  # so get_num_tokens works offline
    key = settings.openai_api_key.get_secret_value() if settings.openai_api_key else None
    if not key:
        if not settings.openai_base_url:
            raise BackendUnavailable(
                "no OpenAI API key: set OPENAI_API_KEY (or OPENAI_BASE_URL for a local server)"
            )
        key = "not-needed"  # local OpenAI-compatible servers ignore the key
    # Older OpenAI-compatible servers (llama.cpp's among them) only read the legacy max_tokens field.
    extra_body = {"max_tokens": ANSWER_TOKENS} if settings.openai_base_url else None
    return ChatOpenAI(
        model=model_name(settings),
        api_key=key,
        base_url=settings.openai_base_url,
        temperature=settings.temperature,
        max_completion_tokens=ANSWER_TOKENS,
        timeout=settings.request_timeout_s,
        max_retries=1,
        extra_body=extra_body,
    )


PROVIDER_FACTORIES: dict[str, Callable[[Settings], BaseChatModel]] = {
    "local": _local,
    "ollama": _ollama,
    "openai": _openai,
}
assert set(PROVIDER_FACTORIES) == set(PROVIDERS), "config.PROVIDERS and the factories disagree"


def get_chat_model(settings: Settings) -> BaseChatModel:
    """The chat model the settings select.

    Raises:
        ConfigError: unknown provider or local model name.
        BackendUnavailable: the local weights or llama-cpp-python are missing, or no OpenAI key.
    """
    factory = PROVIDER_FACTORIES.get(settings.provider)
    if factory is None:
        raise ConfigError(f"unknown provider {settings.provider!r}; known: {', '.join(PROVIDER_FACTORIES)}")
    return factory(settings)
