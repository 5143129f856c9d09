"""DOCX bytes -> lines in body order with style hints; tables, headers/footers, text boxes apart.

The ZIP is checked against size limits from its directory and again while inflating, before
python-docx sees it, so a zip bomb costs neither time nor memory.
"""

from __future__ import annotations

import io
import logging
import zipfile
import zlib
from dataclasses import dataclass, field
from typing import Any

from lxml import etree  # type: ignore[import-untyped]

from assistant.documents import limits
from assistant.documents.models import Layout, Line, LineSource
from assistant.errors import CorruptFile, FileTooLarge

log = logging.getLogger(__name__)
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_NS = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
    "pic": "http://schemas.openxmlformats.org/drawingml/2006/picture",
    "v": "urn:schemas-microsoft-com:vml",
}
# Word writes each text box twice (DrawingML and a VML fallback): read the first only.
_TEXTBOXES = etree.XPath(".//w:txbxContent[not(ancestor::mc:Fallback)]", namespaces=_NS)
_IMAGES = etree.XPath(".//pic:pic | .//v:imagedata[not(ancestor::mc:Fallback)]", namespaces=_NS)


@dataclass
class DocxResult:
    """What the DOCX reader found, before it becomes a Document."""

    lines: list[Line] = field(default_factory=list)
    layout: Layout = field(default_factory=Layout)
    warnings: list[str] = field(default_factory=list)


def check_zip(data: bytes) -> None:
    """Refuse archives that would inflate past the limits (declared sizes, then actual bytes).

    Raises:
        FileTooLarge: a member or the total inflates past the limit, or there are too many members.
        CorruptFile: the archive cannot be read.
    """
    too_large = "the DOCX would inflate to more than the allowed size (a zip bomb?)"
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
            if len(infos) > limits.MAX_ZIP_MEMBERS:
                raise FileTooLarge(f"the DOCX has {len(infos)} parts; the limit is {limits.MAX_ZIP_MEMBERS}")
            declared = 0
            for info in infos:
                declared += info.file_size
                if info.file_size > limits.MAX_ZIP_MEMBER_BYTES or declared > limits.MAX_ZIP_TOTAL_BYTES:
                    raise FileTooLarge(too_large)
            inflated = 0
            for info in infos:
                with archive.open(info) as member:
                    while chunk := member.read(limits.ZIP_READ_CHUNK):
                        inflated += len(chunk)
                        if inflated > limits.MAX_ZIP_TOTAL_BYTES:
                            raise FileTooLarge(too_large)
    except FileTooLarge:
        raise
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        zlib.error,
        OSError,
        EOFError,
        ValueError,
        NotImplementedError,
    ) as exc:
        log.info("unreadable DOCX archive: %s", type(exc).__name__)
        raise CorruptFile("the DOCX is damaged and cannot be read") from None


def read_docx(data: bytes) -> DocxResult:
    """Read a DOCX that passed :func:`check_zip`.

    Raises:
        CorruptFile: python-docx cannot make sense of it.
    """
    check_zip(data)
    import docx  # noqa: PLC0415 - lxml-heavy; imported only when a DOCX arrives
    from docx.opc.exceptions import PackageNotFoundError  # noqa: PLC0415

    try:
        document = docx.Document(io.BytesIO(data))
        return _Reader(document).read()
    except (PackageNotFoundError, KeyError, ValueError, AttributeError, TypeError, zipfile.BadZipFile) as exc:
        log.info("unreadable DOCX: %s", type(exc).__name__)
        raise CorruptFile("the DOCX is damaged and cannot be read") from None
    except Exception as exc:  # noqa: BLE001 - hostile input: lxml, zlib and python-docx raise many types
        log.info("unreadable DOCX: %s", type(exc).__name__)
        raise CorruptFile("the DOCX is damaged: its contents cannot be read") from None


class _Reader:
    def __init__(self, document: Any) -> None:
        self.document = document
        self.result = DocxResult()
        self.tables = 0
        self.textboxes = 0
        self.header_footer: list[str] = []
        self._chains: dict[str | None, list[Any]] = {}

    def read(self) -> DocxResult:
        from docx.table import Table  # noqa: PLC0415

        body: list[Line] = []
        for block in self.document.iter_inner_content():
            if isinstance(block, Table):
                body.extend(self._table(block, depth=0))
            else:
                body.extend(self._paragraph(block, "body"))
        header, footer = self._headers_footers()
        body_element = self.document.element.body
        images = len(_IMAGES(body_element))
        self.result.lines = header + body + footer
        self.result.layout = Layout(
            page_count=1,
            pages_parsed=1,
            columns=self._columns(),
            table_count=self.tables,
            image_count=images,
            text_box_count=self.textboxes,
            header_footer_text=self.header_footer,
            fonts=self._fonts(),
        )
        return self.result

    def _paragraph(self, paragraph: Any, source: LineSource) -> list[Line]:
        lines: list[Line] = []
        text = paragraph.text
        if text.strip():
            lines.append(
                Line(
                    text=text.replace("\n", " "),
                    source=source,
                    font_size=self._size(paragraph),
                    bold=self._bold(paragraph),
                    heading_hint=self._heading(paragraph),
                    bullet=self._bullet(paragraph),
                )
            )
        for box in _TEXTBOXES(paragraph._p):
            self.textboxes += 1
            lines.extend(self._textbox(box, paragraph))
        return lines

    def _textbox(self, box: Any, parent: Any) -> list[Line]:
        from docx.text.paragraph import Paragraph  # noqa: PLC0415

        out: list[Line] = []
        for p in box.iterchildren(f"{_W}p"):
            out.extend(self._paragraph(Paragraph(p, parent._parent), "textbox"))
        return out

    def _table(self, table: Any, depth: int, source: LineSource = "table") -> list[Line]:
        from docx.table import Table  # noqa: PLC0415

        self.tables += 1
        out: list[Line] = []
        seen: set[Any] = set()  # the cell elements themselves: keeping them alive keeps identity stable
        for row in table.rows:
            for cell in row.cells:
                if cell._tc in seen:
                    continue  # a merged cell repeats across the columns it spans
                seen.add(cell._tc)
                for block in cell.iter_inner_content():
                    if isinstance(block, Table):
                        if depth < limits.MAX_TABLE_DEPTH:
                            out.extend(self._table(block, depth + 1, source))
                    else:
                        out.extend(self._paragraph(block, source))
        return out

    def _headers_footers(self) -> tuple[list[Line], list[Line]]:
        headers: list[Line] = []
        footers: list[Line] = []
        seen: set[str] = set()
        for section in self.document.sections:
            parts = [("header", section.header), ("footer", section.footer)]
            if section.different_first_page_header_footer:
                parts += [("header", section.first_page_header), ("footer", section.first_page_footer)]
            for kind, part in parts:
                if part.is_linked_to_previous:
                    continue  # no definition of its own: reading it would add one
                lines = self._part_lines(part, "header" if kind == "header" else "footer")
                for line in lines:
                    if line.text.strip() and line.text not in seen:
                        seen.add(line.text)
                        self.header_footer.append(line.text.strip())
                        (headers if kind == "header" else footers).append(line)
        return headers, footers

    def _part_lines(self, part: Any, source: LineSource) -> list[Line]:
        from docx.table import Table  # noqa: PLC0415

        out: list[Line] = []
        for block in part.iter_inner_content():
            if isinstance(block, Table):
                out.extend(self._table(block, 0, source))
            else:
                out.extend(self._paragraph(block, source))
        return out

    def _columns(self) -> int:
        best = 1
        for section in self.document.sections:
            cols = section._sectPr.find(f"{_W}cols")
            if cols is not None:
                try:
                    best = max(best, int(cols.get(f"{_W}num", "1")))
                except ValueError:
                    continue
        return best

    def _fonts(self) -> list[str]:
        names: set[str] = set()
        for root in (self.document.element, self.document.styles.element):
            for fonts in root.iter(f"{_W}rFonts"):
                for attr in ("ascii", "hAnsi"):
                    value = fonts.get(f"{_W}{attr}")
                    if value:
                        names.add(value)
        return sorted(names)

    def _style_chain(self, paragraph: Any) -> list[Any]:
        """The paragraph's style and its bases, cached per style id (python-docx looks styles up slowly)."""
        key = paragraph._p.style
        chain = self._chains.get(key)
        if chain is None:
            chain = []
            style = paragraph.style
            while style is not None and len(chain) < 10:
                chain.append(style)
                style = style.base_style
            self._chains[key] = chain
        return chain

    def _size(self, paragraph: Any) -> float | None:
        for run in paragraph.runs:
            if run.text.strip() and run.font.size is not None:
                return float(run.font.size.pt)
        for style in self._style_chain(paragraph):
            if style.font.size is not None:
                return float(style.font.size.pt)
        return None

    def _bold(self, paragraph: Any) -> bool:
        style_bold = next(
            (s.font.bold for s in self._style_chain(paragraph) if s.font.bold is not None), False
        )
        runs = [r for r in paragraph.runs if r.text.strip()]
        return bool(runs) and all(r.bold if r.bold is not None else style_bold for r in runs)

    def _heading(self, paragraph: Any) -> bool:
        names = [str(s.name or "") for s in self._style_chain(paragraph)]
        if any(n.startswith("Heading") or n in ("Title", "Subtitle") for n in names):
            return True
        ppr = paragraph._p.pPr
        return ppr is not None and ppr.find(f"{_W}outlineLvl") is not None

    def _bullet(self, paragraph: Any) -> bool:
        ppr = paragraph._p.pPr
        if ppr is not None and ppr.find(f"{_W}numPr") is not None:
            return True
        for style in self._style_chain(paragraph):
            if "List" in str(style.name or ""):
                return True
            spr = style.element.pPr
            if spr is not None and spr.find(f"{_W}numPr") is not None:
                return True
        return False
