"""The Document: what an ATS can read from a file, plus the layout facts scoring needs."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

DocumentKind = Literal["pdf", "docx", "text"]
LineSource = Literal["body", "table", "header", "footer", "textbox"]
HiddenReason = Literal["white_text", "tiny_font", "off_page", "invisible_render_mode"]


class Line(BaseModel):
    """One line of visible text in reading order, with the style hints the resume parser uses."""

    text: str
    page: int = 1
    source: LineSource = "body"
    font_size: float | None = None
    bold: bool = False
    heading_hint: bool = False  # DOCX heading style, or a PDF line set larger/bolder than body text
    bullet: bool = False  # a list paragraph or a line that started with a bullet glyph (glyph removed)
    column: int = 0  # 0 for single-column text; 1.. for columns left to right


class HiddenText(BaseModel):
    """Text an ATS would read but a person cannot see: reported apart, never scored."""

    reason: HiddenReason
    text: str
    page: int = 1


class Layout(BaseModel):
    """Facts about the file's layout that decide how well an ATS reads it."""

    page_count: int = 1
    pages_parsed: int = 1
    columns: int = 1  # the most columns found on any page
    multi_column_pages: list[int] = Field(default_factory=list)
    table_count: int = 0
    image_count: int = 0
    text_box_count: int = 0
    header_footer_text: list[str] = Field(default_factory=list)
    fonts: list[str] = Field(default_factory=list)
    hidden_text: list[HiddenText] = Field(default_factory=list)
    has_text_layer: bool = True


class Document(BaseModel):
    """A file turned into visible text in reading order. Pure data: no file handles."""

    kind: DocumentKind
    sha256: str
    filename: str | None = None
    lines: list[Line] = Field(default_factory=list)
    layout: Layout = Field(default_factory=Layout)
    warnings: list[str] = Field(default_factory=list)

    @property
    def text(self) -> str:
        """The visible text, one line per line, in reading order."""
        return "\n".join(line.text for line in self.lines)

    @property
    def hidden_words(self) -> list[str]:
        """Every word of hidden text, in order of appearance."""
        return [word for item in self.layout.hidden_text for word in item.text.split()]
