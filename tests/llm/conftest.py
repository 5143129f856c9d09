"""Session fixtures for the llm integration tests: the real 0.5B model, loaded once, and real servers."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from collections.abc import Iterator

import httpx
import pytest

from assistant.config import Settings
from assistant.llm import LOCAL_MODELS, get_chat_model
from assistant.llm.local_chat import LlamaCppChat
from assistant.llm.weights import part_paths
from tests.support.net import free_port, wait_for_port
from tests.support.ollama_standin import OllamaStandIn

SMALL = "qwen2.5-0.5b"


@pytest.fixture(scope="session")
def small_settings(tmp_path_factory) -> Settings:
    if importlib.util.find_spec("llama_cpp") is None:
        pytest.skip("llama-cpp-python is not installed (uv sync --extra small)")
    if part_paths(LOCAL_MODELS[SMALL]) is None:
        pytest.skip("the 0.5B model parts are not installed (uv sync --extra small)")
    root = tmp_path_factory.mktemp("llm-session")
    return Settings(
        provider="local",
        model=SMALL,
        data_dir=root / "data",
        cache_dir=root / "cache",
        context_tokens=2048,
        temperature=0.0,
    )


@pytest.fixture(scope="session")
def small_model(small_settings) -> LlamaCppChat:
    model = get_chat_model(small_settings)
    assert isinstance(model, LlamaCppChat)
    model.loaded()
    return model


@pytest.fixture(scope="session")
def ollama_standin(small_model) -> Iterator[OllamaStandIn]:
    """The Ollama PROTOCOL STAND-IN (not Ollama), sharing the session's llama.cpp model."""
    with OllamaStandIn(small_model.loaded(), model_name="qwen2.5:0.5b") as server:
        yield server


@pytest.fixture(scope="session")
def llama_server(small_model, tmp_path_factory) -> Iterator[str]:
    """A real OpenAI-compatible server: `python -m llama_cpp.server` on a free 127.0.0.1 port."""
    missing = [m for m in ("sse_starlette", "starlette_context") if importlib.util.find_spec(m) is None]
    if missing:
        pytest.skip(f"llama_cpp.server needs llama-cpp-python[server] ({', '.join(missing)} missing)")
    port = free_port()
    command = [
        sys.executable, "-m", "llama_cpp.server",
        "--model", small_model.model_path, "--model_alias", "local",
        "--host", "127.0.0.1", "--port", str(port),
        "--n_ctx", "2048", "--n_threads", str(small_model.n_threads), "--verbose", "False",
    ]  # fmt: skip
    log = tmp_path_factory.mktemp("llama-server") / "server.log"
    with log.open("wb") as sink:  # a file, not a pipe: llama.cpp logs enough to fill a pipe and block
        process = subprocess.Popen(command, stdout=sink, stderr=subprocess.STDOUT)
    try:
        if not wait_for_port(port, timeout_s=180) or process.poll() is not None:
            process.kill()
            process.wait(timeout=10)
            pytest.fail(f"llama_cpp.server did not start: {log.read_text(errors='replace')[-1500:]}")
        url = f"http://127.0.0.1:{port}/v1"
        httpx.get(f"{url}/models", timeout=30).raise_for_status()
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)
