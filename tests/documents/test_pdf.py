"""PDF ingestion on generated files: reading order across columns, hidden text kept apart."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from assistant.config import Settings
from assistant.documents import Document, load_document
from tests.documents import fixtures

pytestmark = pytest.mark.unit


def _load(data: bytes) -> Document:
    return load_document(data, settings=Settings())


def _index(doc: Document, text: str) -> int:
    return next(i for i, line in enumerate(doc.lines) if text in line.text)


def test_single_column_lines_in_order_with_hints() -> None:
    doc = _load(fixtures.single_column_pdf())
    assert doc.kind == "pdf"
    assert doc.layout.columns == 1
    assert [line.text for line in doc.lines[:3]] == ["Ada Lovelace", fixtures.BODY[1], "EXPERIENCE"]
    assert doc.lines[0].heading_hint and doc.lines[0].bold
    assert doc.lines[0].font_size == pytest.approx(20)
    assert doc.lines[2].heading_hint
    assert not doc.lines[1].heading_hint
    bullet = doc.lines[_index(doc, "Mentored six engineers")]
    assert bullet.bullet and bullet.text.startswith("Mentored")
    assert "by measurable margins over three years" in doc.text  # hyphenated break joined
    assert "Helvetica" in doc.layout.fonts and doc.layout.hidden_text == []


def test_row_drawn_two_columns_come_out_column_by_column() -> None:
    data = fixtures.two_column_rows_pdf()
    plain = PdfReader(__import__("io").BytesIO(data)).pages[0].extract_text()
    # Plain extraction interleaves the columns: the fixture really is row-drawn.
    assert plain.index(fixtures.RIGHT_COLUMN[0]) < plain.index(fixtures.LEFT_COLUMN[1])
    doc = _load(data)
    assert doc.layout.columns == 2 and doc.layout.multi_column_pages == [1]
    texts = [line.text for line in doc.lines]
    left = [texts.index(t) for t in fixtures.LEFT_COLUMN]
    right = [texts.index(t) for t in fixtures.RIGHT_COLUMN]
    assert left == list(range(left[0], left[0] + len(left)))  # contiguous, in order
    assert right == list(range(right[0], right[0] + len(right)))
    assert max(left) < min(right)
    assert {doc.lines[i].column for i in left} == {1} and {doc.lines[i].column for i in right} == {2}


def test_sidebar_layout_keeps_sidebar_and_main_apart_and_white_on_dark_visible() -> None:
    doc = _load(fixtures.sidebar_pdf())
    texts = [line.text for line in doc.lines]
    assert texts[0].startswith("Ada Byron King") and doc.lines[0].column == 0  # spans both columns
    side = [texts.index(t) for t in fixtures.SIDEBAR]
    main = [texts.index(t) for t in fixtures.MAIN]
    assert side == sorted(side) and main == sorted(main)
    assert max(side) < min(main)
    assert doc.layout.hidden_text == []  # white text on the dark panel is visible


@pytest.mark.parametrize(
    ("build", "reason"),
    [
        (fixtures.hidden_white_pdf, "white_text"),
        (fixtures.tiny_text_pdf, "tiny_font"),
        (fixtures.off_page_pdf, "off_page"),
        (fixtures.render_mode_3_pdf, "invisible_render_mode"),
    ],
    ids=["white", "tiny", "off-page", "render-mode-3"],
)
def test_hidden_text_is_reported_apart_and_never_mixed_in(build: object, reason: str) -> None:
    doc = _load(build())  # type: ignore[operator]
    assert fixtures.HIDDEN_WORDS not in doc.text
    assert "kubernetes" not in doc.text.lower()
    hidden = [h for h in doc.layout.hidden_text if h.reason == reason]
    assert any(h.text == fixtures.HIDDEN_WORDS and h.page == 1 for h in hidden)
    assert set(fixtures.HIDDEN_WORDS.split()) <= set(doc.hidden_words)
    assert "Ada Lovelace" in doc.text  # the visible resume is untouched


def test_near_white_text_counts_as_hidden() -> None:
    doc = _load(fixtures.hidden_white_pdf())
    assert any(h.text == "near white docker" for h in doc.layout.hidden_text)
    assert "docker" not in doc.text


def test_text_above_page_box_is_off_page() -> None:
    doc = _load(fixtures.off_page_pdf())
    assert any(h.text == "above the page" and h.reason == "off_page" for h in doc.layout.hidden_text)


def test_scanned_pdf_counts_images_before_refusing() -> None:
    from assistant.errors import NoTextLayer

    with pytest.raises(NoTextLayer):
        _load(fixtures.scanned_pdf())


def test_letter_spaced_name_is_rejoined() -> None:
    doc = _load(fixtures.letter_spaced_pdf())
    assert doc.lines[0].text == "LIAM ANDREWS"
    assert doc.lines[0].heading_hint
