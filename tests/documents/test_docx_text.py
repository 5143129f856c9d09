"""DOCX and plain-text ingestion: body order, style hints, tables, header/footer, text boxes, encodings."""

from __future__ import annotations

import pytest

from assistant.config import Settings
from assistant.documents import document_from_text, load_document
from assistant.errors import EmptyFile
from tests.documents import fixtures

pytestmark = pytest.mark.unit


def test_docx_body_tables_header_footer_and_textbox() -> None:
    doc = load_document(fixtures.docx_with_tables_and_header(), filename="cv.docx", settings=Settings())
    assert doc.kind == "docx" and doc.filename == "cv.docx"
    by_text = {line.text: line for line in doc.lines}
    header = by_text["Ada Lovelace | ada@example.com | +1 555 0100"]
    assert header.source == "header"
    assert doc.layout.header_footer_text == ["Ada Lovelace | ada@example.com | +1 555 0100", "Page 1"]
    assert by_text["Page 1"].source == "footer"
    assert by_text["Experience"].heading_hint and by_text["Skills"].heading_hint
    role = by_text["Senior Engineer, Analytical Engines Ltd"]
    assert role.bold and role.font_size == 11 and not role.heading_hint
    assert by_text["Designed the first published algorithm"].bullet
    assert not role.bullet
    assert doc.layout.table_count == 2
    table_texts = [line.text for line in doc.lines if line.source == "table"]
    assert table_texts == ["Languages", "Python, Go", "Tools", "Docker, Kubernetes", "Merged cell text"]
    assert doc.layout.text_box_count == 1
    assert by_text[fixtures.TEXTBOX_TEXT].source == "textbox"
    texts = [line.text for line in doc.lines]
    # Body order: tables sit between the Skills heading and the paragraphs after them.
    assert texts.index("Skills") < texts.index("Languages") < texts.index("Availability")
    assert (
        texts.index("Availability")
        < texts.index(fixtures.TEXTBOX_TEXT)
        < texts.index("Mentored six engineers")
    )


def test_plain_docx_reads_every_paragraph() -> None:
    doc = load_document(fixtures.plain_docx(), settings=Settings())
    assert [line.text for line in doc.lines] == fixtures.BODY
    assert doc.layout.table_count == 0 and doc.layout.header_footer_text == []


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (fixtures.utf16_text(), "Jos\u00e9 M\u00fcller, Z\u00fcrich"),
        ("Jos\u00e9 M\u00fcller".encode("utf-16-be"), "Jos\u00e9 M\u00fcller"),
        ("\ufeffJos\u00e9 M\u00fcller".encode(), "Jos\u00e9 M\u00fcller"),
        (fixtures.latin1_text(), "Jos\u00e9 M\u00fcller"),
        (b"Caf\x93 r\x94le\r\nnext", "Caf\u201c r\u201dle"),
    ],
    ids=["utf16-bom", "utf16-be-no-bom", "utf8-bom", "latin1", "cp1252-crlf"],
)
def test_text_encodings(data: bytes, expected: str) -> None:
    doc = load_document(data, settings=Settings())
    assert doc.kind == "text"
    assert expected in [line.text for line in doc.lines]


def test_laverne_style_noise_is_cleaned() -> None:
    doc = document_from_text("Name\u00a0Surname\t\r\n\u2022\tBuilt e\ufb03cient APIs\r\n")
    assert [line.text for line in doc.lines] == ["Name Surname", "Built efficient APIs"]
    assert doc.lines[1].bullet


def test_document_from_text_is_a_text_document_with_hash() -> None:
    doc = document_from_text("Ada Lovelace\n\nEngineer", filename="pasted")
    assert doc.kind == "text" and doc.filename == "pasted" and len(doc.sha256) == 64
    assert doc.text == "Ada Lovelace\nEngineer"


def test_document_from_empty_text_is_refused() -> None:
    with pytest.raises(EmptyFile):
        document_from_text(" \n ")
