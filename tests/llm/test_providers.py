"""get_chat_model: one factory, providers by name, clear errors for bad settings."""

from __future__ import annotations

import pytest
from langchain_ollama import ChatOllama
from langchain_openai import ChatOpenAI

from assistant.config import Settings
from assistant.errors import BackendUnavailable, ConfigError
from assistant.llm import get_chat_model, model_name

pytestmark = pytest.mark.unit


def test_unknown_provider_names_the_known_ones():
    settings = Settings.model_construct(provider="bedrock", model=None)
    with pytest.raises(ConfigError, match="known: local, ollama, openai"):
        get_chat_model(settings)


def test_unknown_local_model_names_the_known_ones(tmp_path):
    with pytest.raises(ConfigError, match="qwen2.5-1.5b, qwen2.5-0.5b"):
        get_chat_model(Settings(model="llama-70b", data_dir=tmp_path))


def test_missing_gguf_path(tmp_path):
    with pytest.raises(BackendUnavailable, match="does not exist"):
        get_chat_model(Settings(model=str(tmp_path / "nope.gguf"), data_dir=tmp_path))


def test_not_a_gguf_file(tmp_path):
    bogus = tmp_path / "model.gguf"
    bogus.write_bytes(b"not a model")
    with pytest.raises(BackendUnavailable, match="not a GGUF model file"):
        get_chat_model(Settings(model=str(bogus), data_dir=tmp_path))


def test_ollama_settings_reach_the_client():
    model = get_chat_model(Settings(provider="ollama", ollama_host="http://10.0.0.5:11434", model="llama3.1"))
    assert isinstance(model, ChatOllama)
    assert (model.base_url, model.model, model.num_ctx) == ("http://10.0.0.5:11434", "llama3.1", 4096)


def test_openai_needs_a_key_without_base_url():
    with pytest.raises(BackendUnavailable, match="set OPENAI_API_KEY"):
        get_chat_model(Settings(provider="openai"))


def test_openai_key_and_base_url(tmp_path):
    settings = Settings(
        provider="openai",
        openai_api_key="sk-test",
        openai_base_url="http://127.0.0.1:9/v1",
        cache_dir=tmp_path,
    )
    model = get_chat_model(settings)
    assert isinstance(model, ChatOpenAI)
    assert model.openai_api_key.get_secret_value() == "sk-test"
    assert model.openai_api_base == "http://127.0.0.1:9/v1"
    assert model.extra_body == {"max_tokens": 512}


@pytest.mark.parametrize(
    ("provider", "expected"),
    [("local", "qwen2.5-1.5b"), ("ollama", "qwen2.5:1.5b"), ("openai", "gpt-4o-mini")],
)
def test_default_model_per_provider(provider, expected):
    assert model_name(Settings(provider=provider)) == expected


def test_env_selects_provider_and_model(monkeypatch, tmp_path):
    from assistant.config import load_settings

    monkeypatch.setenv("ATS_CONFIG", str(tmp_path / "absent.toml"))
    monkeypatch.setenv("ATS_PROVIDER", "ollama")
    monkeypatch.setenv("ATS_MODEL", "qwen3:4b")
    monkeypatch.setenv("OLLAMA_HOST", "http://127.0.0.1:1")
    model = get_chat_model(load_settings())
    assert isinstance(model, ChatOllama) and model.model == "qwen3:4b"
