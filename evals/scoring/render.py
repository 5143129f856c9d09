"""Render a resume source (Markdown or plain text) into the file layout the eval scores.

Layouts: ``text`` (a .txt with the Markdown marks removed), ``pdf_single``, ``pdf_two_column`` (a
sidebar drawn row by row beside the main column, the way Word and browsers emit such pages),
``pdf_hidden_keywords`` (single column plus the manifest's keywords in white text and in 1 pt text) and
``docx_table`` (each section in a row of a two-column table). Output is deterministic.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from evals.scoring.dataset import ResumeCase

SIDEBAR = re.compile(r"skills|education|certification|licen[cs]e|languages", re.IGNORECASE)
_CAPS_HEADING = re.compile(r"^[A-Z][A-Z /&,]{2,40}$")
_BULLET = re.compile(r"^\s*[-•*]\s+")


@dataclass(frozen=True)
class Block:
    """One line of the resume with its role: name, heading, entry (a role line), bullet or para."""

    kind: str
    text: str


def parse_blocks(text: str, markdown: bool) -> list[Block]:
    """Split the source into blocks (Markdown marks or ALL-CAPS headings of a plain-text resume)."""
    blocks: list[Block] = []
    for raw in text.splitlines():
        line = raw.strip().replace("**", "")
        if not line:
            continue
        if markdown and line.startswith("### "):
            blocks.append(Block("entry", line[4:]))
        elif markdown and line.startswith("## "):
            blocks.append(Block("heading", line[3:]))
        elif markdown and line.startswith("# "):
            blocks.append(Block("name", line[2:]))
        elif not blocks and not markdown:
            blocks.append(Block("name", line))
        elif not markdown and _CAPS_HEADING.match(line):
            blocks.append(Block("heading", line))
        elif _BULLET.match(line):
            blocks.append(Block("bullet", _BULLET.sub("", line)))
        else:
            blocks.append(Block("para", line))
    return blocks


def blocks_of(case: ResumeCase) -> list[Block]:
    return parse_blocks(case.text, markdown=case.path.suffix == ".md")


def plain_text(blocks: list[Block]) -> str:
    """The resume as a plain-text file a candidate might paste or upload."""
    lines: list[str] = []
    for b in blocks:
        if b.kind == "heading" and lines:
            lines.append("")
        lines.append(f"- {b.text}" if b.kind == "bullet" else b.text)
    return "\n".join(lines) + "\n"


def _sections(blocks: list[Block]) -> tuple[list[Block], list[list[Block]]]:
    """The header (before the first heading) and the sections, each starting with its heading."""
    header: list[Block] = []
    sections: list[list[Block]] = []
    for b in blocks:
        if b.kind == "heading":
            sections.append([b])
        elif sections:
            sections[-1].append(b)
        else:
            header.append(b)
    return header, sections


def render(case: ResumeCase, out_dir: Path) -> Path:
    """Write the case in its layout under ``out_dir`` and return the file's path."""
    blocks = blocks_of(case)
    if case.layout == "text":
        path = out_dir / f"{case.id}.txt"
        path.write_text(plain_text(blocks), encoding="utf-8")
        return path
    if case.layout == "docx_table":
        path = out_dir / f"{case.id}.docx"
        _docx_table(blocks, path)
        return path
    path = out_dir / f"{case.id}.pdf"
    if case.layout == "pdf_two_column":
        _pdf_two_column(blocks, path)
    elif case.layout in ("pdf_single", "pdf_hidden_keywords"):
        _pdf_single(blocks, path, case.hidden_keywords if case.layout == "pdf_hidden_keywords" else None)
    else:
        raise ValueError(f"unknown layout {case.layout!r} for {case.id}")
    return path


def _pdf_single(blocks: list[Block], path: Path, hidden: str | None) -> None:
    from reportlab.lib.colors import white
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import inch
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    styles = {
        "name": ParagraphStyle("name", fontName="Helvetica-Bold", fontSize=16, leading=20),
        "heading": ParagraphStyle(
            "heading", fontName="Helvetica-Bold", fontSize=11.5, leading=15, spaceBefore=8
        ),
        "entry": ParagraphStyle("entry", fontName="Helvetica-Bold", fontSize=10, leading=13, spaceBefore=4),
        "bullet": ParagraphStyle("bullet", fontName="Helvetica", fontSize=10, leading=12.5, leftIndent=12),
        "para": ParagraphStyle("para", fontName="Helvetica", fontSize=10, leading=12.5),
    }
    story: list[object] = []
    for i, b in enumerate(blocks):
        text = escape(b.text)
        story.append(Paragraph(f"\u2022 {text}" if b.kind == "bullet" else text, styles[b.kind]))
        if hidden and i == 1:  # right under the contact line: white on white
            white_style = ParagraphStyle("white", parent=styles["para"], textColor=white)
            story.append(Paragraph(escape(hidden), white_style))
    if hidden:
        story += [
            Spacer(1, 6),
            Paragraph(escape(hidden), ParagraphStyle("tiny", fontName="Helvetica", fontSize=1)),
        ]
    doc = SimpleDocTemplate(
        str(path), pagesize=letter, invariant=1, leftMargin=0.8 * inch, rightMargin=0.8 * inch,
        topMargin=0.7 * inch, bottomMargin=0.7 * inch,
    )  # fmt: skip
    doc.build(story)


def _wrapped(blocks: list[Block], width: float) -> list[tuple[str, float, str]]:
    """Lines (font, size, text) for a column of ``width`` points."""
    from reportlab.lib.utils import simpleSplit

    fonts = {"heading": ("Helvetica-Bold", 11.0), "entry": ("Helvetica-Bold", 9.5)}
    lines: list[tuple[str, float, str]] = []
    for b in blocks:
        font, size = fonts.get(b.kind, ("Helvetica", 9.0))
        if b.kind == "heading" and lines:
            lines.append((font, size, ""))
        text = f"\u2022 {b.text}" if b.kind == "bullet" else b.text
        lines += [(font, size, part) for part in simpleSplit(text, font, size, width)]
    return lines


def _pdf_two_column(blocks: list[Block], path: Path) -> None:
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen.canvas import Canvas

    header, sections = _sections(blocks)
    side = [b for s in sections if SIDEBAR.search(s[0].text) for b in s]
    main = [b for s in sections if not SIDEBAR.search(s[0].text) for b in s]
    width, height = letter
    margin, gap, side_w = 48.0, 18.0, 170.0
    main_x, main_w = margin + side_w + gap, width - 2 * margin - side_w - gap
    canvas = Canvas(str(path), pagesize=letter, invariant=1)
    y = height - margin
    for b in header:
        size = 16.0 if b.kind == "name" else 9.5
        canvas.setFont("Helvetica-Bold" if b.kind == "name" else "Helvetica", size)
        canvas.drawString(margin, y, b.text)
        y -= size + 5
    y -= 8
    left, right = _wrapped(side, side_w), _wrapped(main, main_w)
    leading = 12.5
    for row in range(max(len(left), len(right))):  # row by row, as many producers draw such pages
        if y < margin:
            canvas.showPage()
            y = height - margin
        for col, x in ((left, margin), (right, main_x)):
            if row < len(col) and col[row][2]:
                font, size, text = col[row]
                canvas.setFont(font, size)
                canvas.drawString(x, y, text)
        y -= leading
    canvas.save()


def _docx_table(blocks: list[Block], path: Path) -> None:
    import docx

    document = docx.Document()
    header, sections = _sections(blocks)
    for b in header:
        if b.kind == "name":
            document.add_heading(b.text, level=0)
        else:
            document.add_paragraph(b.text)
    table = document.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for section in sections:
        cells = table.add_row().cells
        cells[0].paragraphs[0].add_run(section[0].text).bold = True
        first = True
        for b in section[1:]:
            para = cells[1].paragraphs[0] if first else cells[1].add_paragraph()
            first = False
            if b.kind == "bullet":
                para.style = document.styles["List Bullet"]
            para.add_run(b.text).bold = b.kind == "entry"
    document.save(str(path))
