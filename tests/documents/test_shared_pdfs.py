"""Every real-world PDF in the shared datasets ingests without error (skipped when they are absent)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from assistant.config import Settings
from assistant.documents import load_document

pytestmark = pytest.mark.unit


def shared_datasets() -> Path:
    """The shared datasets folder beside the checkout, or $ATS_SHARED_DATASETS."""
    explicit = os.environ.get("ATS_SHARED_DATASETS")
    return Path(explicit) if explicit else Path(__file__).parents[2] / ".." / "shared" / "datasets"


def shared_pdfs() -> list[Path]:
    root = shared_datasets()
    found = sorted((root / "offlinecv-parser-fixtures" / "pdfs").glob("**/*.pdf"))
    return found + sorted((root / "openresume-examples").glob("*.pdf"))


PDFS = shared_pdfs()


@pytest.mark.skipif(
    not PDFS, reason="shared datasets not present (../shared/datasets or $ATS_SHARED_DATASETS)"
)
@pytest.mark.parametrize("path", PDFS, ids=[p.name for p in PDFS])
def test_shared_pdf_ingests(path: Path) -> None:
    doc = load_document(path, settings=Settings())
    assert doc.kind == "pdf"
    assert len(doc.lines) >= 5
    assert doc.layout.pages_parsed >= 1
    assert all(line.text.strip() and line.text == line.text.strip() for line in doc.lines)
    assert all("\t" not in line.text and "\u00a0" not in line.text for line in doc.lines)


TWO_COLUMN = {
    # file: (text that ends the first column, text that starts the second column)
    "google-docs-skia-proxy-two-column.pdf": ("Acme Innovation Prize, 2023", "EXPERIENCE"),
}


@pytest.mark.skipif(not PDFS, reason="shared datasets not present")
@pytest.mark.parametrize("name", sorted(TWO_COLUMN))
def test_shared_two_column_pdf_keeps_columns_contiguous(name: str) -> None:
    path = next((p for p in PDFS if p.name == name), None)
    if path is None:
        pytest.skip(f"{name} not in the shared datasets")
    doc = load_document(path, settings=Settings())
    texts = [line.text for line in doc.lines]
    end_first, start_second = TWO_COLUMN[name]
    assert doc.layout.columns == 2
    assert texts.index(end_first) + 1 == texts.index(start_second)
