"""Fixtures for ingestion tests: a clean cache and default settings independent of the environment."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from assistant.config import Settings
from assistant.documents import document_cache


@pytest.fixture
def settings() -> Settings:
    return Settings()


@pytest.fixture(autouse=True)
def _fresh_cache() -> Iterator[None]:
    document_cache().clear()
    yield
    document_cache().clear()
