"""PDF bytes -> visible lines in reading order, hidden text apart, layout facts; bounded on bad files."""

from __future__ import annotations

import io
import logging
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from pypdf import PdfReader, apply_configuration
from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError

from assistant.documents import limits
from assistant.documents.models import HiddenReason, HiddenText, Layout, Line
from assistant.documents.pdf_content import PageInterpreter, TextRun
from assistant.documents.pdf_fonts import FontCache
from assistant.documents.pdf_hidden import hidden_reason
from assistant.documents.pdf_layout import PageLine, group_rows, layout_page
from assistant.errors import CorruptFile, EncryptedPdf, NoTextLayer

log = logging.getLogger(__name__)
NO_TEXT_LAYER = "no text layer: an ATS would read nothing; export a text PDF"
_HEADING_SIZE_RATIO = 1.12


@dataclass
class PdfResult:
    """What the PDF reader found, before it becomes a Document."""

    lines: list[Line] = field(default_factory=list)
    layout: Layout = field(default_factory=Layout)
    warnings: list[str] = field(default_factory=list)


def read_pdf(data: bytes, *, max_pages: int) -> PdfResult:
    """Read up to ``max_pages`` pages of a PDF.

    Raises:
        CorruptFile, EncryptedPdf, NoTextLayer: one line each, as the file deserves.
    """
    deadline = time.monotonic() + limits.PARSE_TIME_BUDGET_S
    logging.getLogger("pypdf").setLevel(logging.CRITICAL)  # its messages can quote file content
    with apply_configuration(None, **limits.PYPDF_LIMITS):
        try:
            reader = PdfReader(io.BytesIO(data), strict=False)
            _unlock(reader)
            page_count = len(reader.pages)
        except (EncryptedPdf, CorruptFile):
            raise
        except (FileNotDecryptedError, DependencyError):
            raise EncryptedPdf(_encrypted_message()) from None
        except Exception as exc:  # noqa: BLE001 - hostile input: pypdf raises many types
            log.info("unreadable PDF: %s", type(exc).__name__)
            raise CorruptFile("the PDF is damaged or truncated and cannot be read") from None
        if page_count == 0:
            raise CorruptFile("the PDF is damaged or truncated: it has no pages")
        return _read_pages(reader, page_count, max_pages, deadline)


def _unlock(reader: PdfReader) -> None:
    if not reader.is_encrypted:
        return
    try:
        ok = reader.decrypt("")
    except (DependencyError, NotImplementedError, PdfReadError):
        raise EncryptedPdf(_encrypted_message()) from None
    if not ok:
        raise EncryptedPdf(_encrypted_message())


def _encrypted_message() -> str:
    return "the PDF is password-protected: an ATS cannot open it; save a copy without a password"


def _read_pages(reader: PdfReader, page_count: int, max_pages: int, deadline: float) -> PdfResult:
    result = PdfResult()
    fonts = FontCache()
    all_fonts: set[str] = set()
    page_lines: list[tuple[int, PageLine]] = []
    images = 0
    columns = 1
    multi: list[int] = []
    hidden: list[HiddenText] = []
    to_read = min(page_count, max(1, max_pages))
    if page_count > to_read:
        result.warnings.append(f"only the first {to_read} of {page_count} pages were read")
    parsed = 0
    for index in range(to_read):
        if time.monotonic() > deadline:
            result.warnings.append(f"stopped after {parsed} pages: the file is too slow to read")
            break
        number = index + 1
        try:
            content = _page_content(reader, index, fonts, deadline)
        except Exception as exc:  # noqa: BLE001 - one damaged page must not lose the others
            log.info("page %d unreadable: %s", number, type(exc).__name__)
            result.warnings.append(f"page {number} is damaged and was skipped")
            continue
        parsed += 1
        if content is None:
            continue
        runs, box, page_images, page_fonts, truncated = content
        if truncated:
            result.warnings.append(f"page {number} is too complex; only part of it was read")
        images += page_images
        all_fonts |= page_fonts
        visible: list[TextRun] = []
        hidden_runs: dict[HiddenReason, list[TextRun]] = {}
        for run in runs:
            reason = hidden_reason(run, box)
            if reason is None:
                visible.append(run)
            elif run.text.strip():
                hidden_runs.setdefault(reason, []).append(run)
        layout = layout_page(visible)
        if layout.columns > 1:
            multi.append(number)
            columns = max(columns, layout.columns)
        page_lines.extend((number, line) for line in layout.lines)
        hidden.extend(_hidden_entries(hidden_runs, number))
    if parsed == 0 and to_read > 0:
        raise CorruptFile("the PDF is damaged or truncated: no page could be read")
    if not page_lines and not hidden:
        raise NoTextLayer(NO_TEXT_LAYER)
    if not page_lines:
        result.warnings.append("the PDF shows no readable text: all of its text is hidden")
    result.lines = _to_lines(page_lines)
    result.layout = Layout(
        page_count=page_count,
        pages_parsed=parsed,
        columns=columns,
        multi_column_pages=multi,
        image_count=images,
        fonts=sorted(f for f in all_fonts if f != "unknown"),
        hidden_text=hidden,
        has_text_layer=True,
    )
    return result


def _page_content(
    reader: PdfReader, index: int, fonts: FontCache, deadline: float
) -> tuple[list[TextRun], tuple[float, float, float, float], int, set[str], bool] | None:
    page = reader.pages[index]
    contents = page.get_contents()
    if contents is None:
        return None
    box = _visible_box(page)
    resources = page.get("/Resources")
    resources = resources.get_object() if resources is not None else None
    interpreter = PageInterpreter(fonts, deadline)
    content = interpreter.run(contents.get_data(), resources)
    return content.runs, box, content.image_count, content.fonts, content.truncated


def _visible_box(page: Any) -> tuple[float, float, float, float]:
    box = page.cropbox
    x0, y0, x1, y1 = (float(v) for v in (box.left, box.bottom, box.right, box.top))
    return (min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1))


def _hidden_entries(by_reason: dict[HiddenReason, list[TextRun]], page: int) -> list[HiddenText]:
    out: list[HiddenText] = []
    for reason, runs in by_reason.items():
        for row in group_rows(runs):
            text = " ".join(r.text.strip() for r in row if r.text.strip())
            if text:
                out.append(HiddenText(reason=reason, text=text, page=page))
    return out


def _to_lines(page_lines: list[tuple[int, PageLine]]) -> list[Line]:
    sizes = Counter[float]()
    for _, line in page_lines:
        sizes[round(line.size, 1)] += len(line.text)
    body = sizes.most_common(1)[0][0] if sizes else 0.0
    lines: list[Line] = []
    for page, line in page_lines:
        words = line.text.split()
        larger = body > 0 and line.size >= body * _HEADING_SIZE_RATIO
        caps = line.text.isupper() and len(words) <= 5 and not any(ch.isdigit() for ch in line.text)
        lines.append(
            Line(
                text=line.text,
                page=page,
                source="body",
                font_size=round(line.size, 2),
                bold=line.bold,
                heading_hint=bool(words) and (larger or (caps and line.bold)),
                column=line.column,
            )
        )
    return lines
