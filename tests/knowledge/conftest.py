"""Fixtures for the knowledge tests: one real Chroma store built once per session in a temp folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.knowledge.corpus import default_corpus_dir, load_corpus
from assistant.knowledge.models import Snippet
from assistant.knowledge.retriever import Retriever, open_retriever


@pytest.fixture(scope="session")
def corpus() -> list[Snippet]:
    return load_corpus()


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    return default_corpus_dir()


@pytest.fixture(scope="session")
def knowledge_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The store root shared by the session's tests (built once by ``retriever``)."""
    return tmp_path_factory.mktemp("knowledge-store")


@pytest.fixture(scope="session")
def retriever(knowledge_root: Path) -> Iterator[Retriever]:
    built, _ = open_retriever(knowledge_root)
    yield built
    built.close()
