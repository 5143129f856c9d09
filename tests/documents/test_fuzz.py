"""Property tests: any bytes give a Document or one AssistantError, never a traceback."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant.config import Settings
from assistant.documents import load_document
from assistant.documents.normalize import normalize_line
from assistant.errors import AssistantError
from tests.documents import fixtures

pytestmark = pytest.mark.unit
SETTINGS = Settings()
FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _load_or_user_error(data: bytes) -> None:
    try:
        doc = load_document(data, settings=SETTINGS)
    except AssistantError as error:
        assert str(error) and "\n" not in str(error)
    else:
        assert doc.lines or doc.layout.hidden_text


@FAST
@given(st.binary(max_size=2048))
def test_any_bytes(data: bytes) -> None:
    _load_or_user_error(data)


@FAST
@given(st.data())
def test_corrupted_pdf(data: st.DataObject) -> None:
    original = bytearray(fixtures.two_column_rows_pdf())
    for _ in range(data.draw(st.integers(1, 20))):
        index = data.draw(st.integers(0, len(original) - 1))
        original[index] = data.draw(st.integers(0, 255))
    _load_or_user_error(bytes(original))


@FAST
@given(st.data())
def test_corrupted_docx(data: st.DataObject) -> None:
    original = bytearray(fixtures.plain_docx())
    cut = data.draw(st.integers(len(original) // 2, len(original)))
    index = data.draw(st.integers(0, cut - 1))
    original[index] ^= 0xFF
    _load_or_user_error(bytes(original[:cut]))


@FAST
@given(st.text(max_size=200))
def test_normalize_line_is_clean_and_stable(raw: str) -> None:
    text, _ = normalize_line(raw)
    assert "\t" not in text and "\u00a0" not in text and "\r" not in text
    assert text == text.strip() and "  " not in text
    again, _ = normalize_line(text)
    assert len(again) <= len(text)
