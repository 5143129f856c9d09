"""Proof that the knowledge base never touches the network: sockets blocked, a real store built and queried.

Chroma's own default embedding function downloads a model; it is booby-trapped here too, so the test
fails if Chroma ever falls back to it.
"""

from __future__ import annotations

import socket
from pathlib import Path
from typing import Any, NoReturn

import pytest

from assistant.knowledge.embeddings import MiniLMEncoder
from assistant.knowledge.retriever import open_retriever

pytestmark = pytest.mark.integration


class NetworkUsed(AssertionError):
    """Raised by every patched network entry point."""


def _refuse(*args: Any, **kwargs: Any) -> NoReturn:
    raise NetworkUsed(f"network access attempted: {args[:2]!r}")


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Block outbound connections and DNS; record attempts in case something swallows the error."""
    attempts: list[str] = []

    def refuse(*args: Any, **kwargs: Any) -> NoReturn:
        attempts.append(repr(args[:2]))
        _refuse(*args, **kwargs)

    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket.socket, "sendto", refuse)

    import chromadb.utils.embedding_functions as chroma_functions

    monkeypatch.setattr(chroma_functions.DefaultEmbeddingFunction, "__call__", refuse)
    onnx_default = chroma_functions.ONNXMiniLM_L6_V2
    monkeypatch.setattr(onnx_default, "_download_model_if_not_exists", refuse)
    return attempts


def test_sockets_really_are_blocked(no_network: list[str]) -> None:
    with pytest.raises(NetworkUsed):
        socket.create_connection(("example.org", 80), timeout=1)


def test_build_and_query_a_real_store_offline(tmp_path: Path, no_network: list[str]) -> None:
    encoder = MiniLMEncoder()  # a fresh encoder, so the model is loaded under the block too
    retriever, info = open_retriever(tmp_path / "store", encoder=encoder)
    try:
        assert info.built and info.count >= 80
        hits = retriever.search("Can an ATS read my two-column template?", k=3)
        assert hits[0].id == "ats-two-column-layouts"
        assert retriever.search("nursing licence", k=2, profession="healthcare")
    finally:
        retriever.close()
    reopened, again = open_retriever(tmp_path / "store", encoder=encoder)
    try:
        assert not again.built
        assert reopened.search("is a PDF or DOCX better", k=1)[0].id == "ats-file-type-pdf-vs-docx"
    finally:
        reopened.close()
    assert no_network == []
