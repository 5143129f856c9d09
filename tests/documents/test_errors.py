"""Bad input: one clear AssistantError each, fast, whatever the file claims to be."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest

from assistant.config import Settings
from assistant.documents import load_document
from assistant.errors import (
    AssistantError,
    CorruptFile,
    EmptyFile,
    EncryptedPdf,
    FileTooLarge,
    NoTextLayer,
    UnsupportedFile,
)
from tests.documents import fixtures

pytestmark = pytest.mark.unit

CASES: list[tuple[str, Callable[[], bytes], type[AssistantError], str]] = [
    ("empty", lambda: b"", EmptyFile, "empty"),
    ("whitespace only", lambda: b"  \n\t \n", EmptyFile, "empty"),
    ("truncated pdf", fixtures.truncated_pdf, CorruptFile, "damaged or truncated"),
    ("garbage after pdf magic", lambda: b"%PDF-1.7\n" + b"\x13\x37garbage" * 50, CorruptFile, "damaged"),
    ("encrypted pdf", fixtures.encrypted_pdf, EncryptedPdf, "password-protected"),
    ("png named .pdf", fixtures.png_bytes, UnsupportedFile, "a PNG image"),
    ("zip named .pdf", fixtures.zip_bytes, UnsupportedFile, "ZIP archive that is not a Word document"),
    ("jpeg", lambda: b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\x00" * 64, UnsupportedFile, "JPEG"),
    ("legacy doc", lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512, UnsupportedFile, ".doc"),
    ("binary noise", lambda: bytes(range(256)) * 8, UnsupportedFile, "binary"),
    ("scanned pdf", fixtures.scanned_pdf, NoTextLayer, "no text layer: an ATS would read nothing"),
    ("zip bomb docx", fixtures.zip_bomb_docx, FileTooLarge, "zip bomb"),
    ("wide zip bomb docx", fixtures.wide_zip_bomb_docx, FileTooLarge, "zip bomb"),
    ("truncated docx", lambda: fixtures.plain_docx()[:-200], CorruptFile, "DOCX is damaged"),
    ("damaged zip", lambda: fixtures.zip_bytes()[:-30], UnsupportedFile, "damaged ZIP"),
]


@pytest.mark.parametrize(("name", "build", "error", "fragment"), CASES, ids=[c[0] for c in CASES])
def test_bad_input_gives_one_line_error_quickly(
    name: str, build: Callable[[], bytes], error: type[AssistantError], fragment: str, tmp_path: Path
) -> None:
    data = build()
    path = tmp_path / "resume.pdf"  # the name lies on purpose: the type comes from the bytes
    path.write_bytes(data)
    started = time.monotonic()
    with pytest.raises(error) as caught:
        load_document(path, settings=Settings())
    assert time.monotonic() - started < 2.0
    message = str(caught.value)
    assert fragment in message
    assert "\n" not in message


def test_oversized_file_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "big.pdf"
    path.write_bytes(fixtures.single_column_pdf() + b"%" * (11 * 1024 * 1024))
    with pytest.raises(FileTooLarge, match="limit is 10 MB"):
        load_document(path, settings=Settings())


def test_oversized_bytes_respect_configured_limit() -> None:
    small = Settings(max_file_mb=0.001)
    with pytest.raises(FileTooLarge):
        load_document(fixtures.single_column_pdf(), settings=small)


def test_owner_password_only_pdf_is_read_normally() -> None:
    doc = load_document(fixtures.encrypted_pdf(user_password=""), settings=Settings())
    assert "Ada Lovelace" in doc.text


def test_text_passed_as_path_is_refused_without_echoing_it() -> None:
    with pytest.raises(UnsupportedFile) as caught:
        load_document("Ada Lovelace\nSecret phone 555", settings=Settings())  # type: ignore[arg-type]
    assert "555" not in str(caught.value)


def test_missing_path_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(UnsupportedFile, match="no such file"):
        load_document(tmp_path / "nope.pdf", settings=Settings())


@pytest.mark.parametrize(
    "build", [fixtures.operation_flood_pdf, fixtures.self_drawing_form_pdf], ids=["op-flood", "self-form"]
)
def test_hostile_pdf_is_bounded(build: Callable[[], bytes]) -> None:
    data = build()
    started = time.monotonic()
    doc = load_document(data, settings=Settings())
    assert time.monotonic() - started < 2.0
    assert doc.text == "Visible resume line"


def test_page_limit_reads_first_pages_and_warns() -> None:
    doc = load_document(fixtures.many_pages_pdf(), settings=Settings(max_pages=3))
    assert doc.layout.page_count == 30
    assert doc.layout.pages_parsed == 3
    assert "Page 3 of" in doc.text and "Page 4 of" not in doc.text
    assert any("first 3 of 30 pages" in w for w in doc.warnings)
