"""Resume-like files generated at test time (reportlab PDFs, python-docx DOCX), importable by any test.

Every builder returns bytes and is cached, so a test suite builds each file once.
"""

from __future__ import annotations

import io
import zipfile
from functools import cache

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

PAGE_W, PAGE_H = letter

LEFT_COLUMN = [
    "Summary of the candidate",
    "Backend engineer with nine years",
    "building payment platforms",
    "Experience at Northwind Traders",
    "Led the ledger migration project",
    "Reduced settlement time by half",
]
RIGHT_COLUMN = [
    "Skills and tools used daily",
    "Python Go PostgreSQL Kafka",
    "Kubernetes Terraform and Docker",
    "Education at State University",
    "Bachelor of Science in Physics",
    "Certified Kubernetes Administrator",
]
SIDEBAR = ["CONTACT", "ada@example.com", "+1 555 0100", "SKILLS", "Python", "SQL", "Airflow", "dbt"]
MAIN = [
    "EXPERIENCE",
    "Data Engineer, Contoso Analytics, 2019 - 2024",
    "Built streaming pipelines that process two billion events a day",
    "Cut warehouse costs by forty percent through partition pruning",
    "EDUCATION",
    "MSc Computer Science, University of Leeds, 2018",
    "Thesis on incremental view maintenance for analytical queries",
    "Graduated with distinction and a departmental prize",
]
BODY = [
    "Ada Lovelace",
    "ada@example.com | +1 555 0100 | London",
    "EXPERIENCE",
    "Senior Engineer, Analytical Engines Ltd, 2020 - 2024",
    "Designed the first published algorithm for a computing machine",
    "Reduced computation errors by 35% through careful notation",
    "SKILLS",
    "Mathematics, Python, Technical writing",
]
HIDDEN_WORDS = "kubernetes terraform golang rust"


def _canvas() -> tuple[io.BytesIO, canvas.Canvas]:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=letter, invariant=1)
    return buffer, pdf


def _finish(buffer: io.BytesIO, pdf: canvas.Canvas) -> bytes:
    pdf.save()
    return buffer.getvalue()


def _body(pdf: canvas.Canvas, top: float = 720) -> float:
    y = top
    for index, text in enumerate(BODY):
        if index == 0:
            pdf.setFont("Helvetica-Bold", 20)
        elif text.isupper():
            pdf.setFont("Helvetica-Bold", 12)
        else:
            pdf.setFont("Helvetica", 10.5)
        pdf.drawString(72, y, text)
        y -= 18
    return y


@cache
def single_column_pdf() -> bytes:
    """A plain one-column resume."""
    buffer, pdf = _canvas()
    y = _body(pdf)
    pdf.setFont("Helvetica", 10.5)
    pdf.drawString(72, y, "\u2022 Mentored six engineers and ran the hiring loop")
    pdf.drawString(72, y - 18, "Improved the reliability of the difference engine by mea-")
    pdf.drawString(72, y - 36, "surable margins over three years")
    return _finish(buffer, pdf)


@cache
def two_column_rows_pdf() -> bytes:
    """Two columns drawn row by row: left cell then right cell, so naive extraction interleaves."""
    buffer, pdf = _canvas()
    pdf.setFont("Helvetica-Bold", 18)
    pdf.drawString(72, 730, "Grace Hopper")
    pdf.setFont("Helvetica", 10)
    y = 690
    for left, right in zip(LEFT_COLUMN, RIGHT_COLUMN, strict=True):
        pdf.drawString(60, y, left)
        pdf.drawString(330, y, right)
        y -= 16
    return _finish(buffer, pdf)


@cache
def sidebar_pdf() -> bytes:
    """A full-width name over a narrow left sidebar and a wide main column, drawn in one pass per row."""
    buffer, pdf = _canvas()
    pdf.setFillColorRGB(0.15, 0.2, 0.35)
    pdf.rect(0, 0, 170, 700, stroke=0, fill=1)  # dark sidebar panel
    pdf.setFillColorRGB(0, 0, 0)
    pdf.setFont("Helvetica-Bold", 22)
    pdf.drawString(40, 740, "Ada Byron King, Data Engineer and Analyst")
    y = 660
    for index in range(max(len(SIDEBAR), len(MAIN))):
        if index < len(SIDEBAR):
            pdf.setFillColorRGB(1, 1, 1)  # white on the dark panel: visible
            pdf.setFont("Helvetica", 10)
            pdf.drawString(30, y, SIDEBAR[index])
        if index < len(MAIN):
            pdf.setFillColorRGB(0, 0, 0)
            pdf.setFont("Helvetica", 10)
            pdf.drawString(200, y, MAIN[index])
        y -= 16
    return _finish(buffer, pdf)


@cache
def hidden_white_pdf() -> bytes:
    """A resume with keywords stuffed in white text on the white page."""
    buffer, pdf = _canvas()
    y = _body(pdf)
    pdf.setFillColorRGB(1, 1, 1)
    pdf.setFont("Helvetica", 10)
    pdf.drawString(72, y - 10, HIDDEN_WORDS)
    pdf.setFillColorRGB(0.98, 0.98, 0.98)
    pdf.drawString(72, y - 30, "near white docker")
    return _finish(buffer, pdf)


@cache
def tiny_text_pdf() -> bytes:
    """Keywords set in 1.5 pt type."""
    buffer, pdf = _canvas()
    y = _body(pdf)
    pdf.setFont("Helvetica", 1.5)
    pdf.drawString(72, y - 10, HIDDEN_WORDS)
    return _finish(buffer, pdf)


@cache
def off_page_pdf() -> bytes:
    """Keywords drawn outside the page box."""
    buffer, pdf = _canvas()
    _body(pdf)
    pdf.setFont("Helvetica", 10)
    pdf.drawString(-400, 300, HIDDEN_WORDS)
    pdf.drawString(72, PAGE_H + 40, "above the page")
    return _finish(buffer, pdf)


@cache
def render_mode_3_pdf() -> bytes:
    """Keywords in text render mode 3 (neither filled nor stroked), as OCR layers use."""
    buffer, pdf = _canvas()
    y = _body(pdf)
    text = pdf.beginText(72, y - 10)
    text.setFont("Helvetica", 10)
    text.setTextRenderMode(3)
    text.textLine(HIDDEN_WORDS)
    pdf.drawText(text)
    return _finish(buffer, pdf)


@cache
def png_bytes() -> bytes:
    """A small PNG image."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (600, 200), "white")
    ImageDraw.Draw(image).text((20, 80), "Scanned resume: Ada Lovelace, engineer", fill="black")
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


@cache
def scanned_pdf() -> bytes:
    """A page that is only an image: what a scanner produces."""
    from reportlab.lib.utils import ImageReader

    buffer, pdf = _canvas()
    pdf.drawImage(ImageReader(io.BytesIO(png_bytes())), 50, 400, width=500, height=166)
    return _finish(buffer, pdf)


def encrypted_pdf(*, user_password: str = "secret", owner_password: str = "owner") -> bytes:
    """The single-column resume encrypted with pypdf (RC4-128, which pypdf decrypts unaided)."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(single_column_pdf())))
    writer.encrypt(user_password=user_password, owner_password=owner_password, algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def truncated_pdf() -> bytes:
    """A PDF cut off after its header and part of its first object."""
    data = single_column_pdf()
    return data[: len(data) // 5]


@cache
def many_pages_pdf(pages: int = 30) -> bytes:
    """A long document, to check the page limit."""
    buffer, pdf = _canvas()
    for number in range(1, pages + 1):
        pdf.setFont("Helvetica", 11)
        pdf.drawString(72, 720, f"Page {number} of the publication list")
        pdf.showPage()
    return _finish(buffer, pdf)


def zip_bytes() -> bytes:
    """A ZIP archive that is not a Word document."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("notes.txt", "hello")
    return out.getvalue()


@cache
def zip_bomb_docx(member_mb: int = 200) -> bytes:
    """A DOCX whose one extra member inflates to ``member_mb`` MB of zeros (about 200 KB packed)."""
    out = io.BytesIO()
    chunk = b"\0" * (1024 * 1024)
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
        with archive.open("word/media/bomb.bin", "w", force_zip64=True) as member:
            for _ in range(member_mb):
                member.write(chunk)
    return out.getvalue()


@cache
def wide_zip_bomb_docx(members: int = 3, member_mb: int = 40) -> bytes:
    """Several members each under the per-member limit whose total is over the archive limit."""
    out = io.BytesIO()
    chunk = b"\0" * (1024 * 1024)
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", "<w:document/>")
        for index in range(members):
            with archive.open(f"word/media/part{index}.bin", "w") as member:
                for _ in range(member_mb):
                    member.write(chunk)
    return out.getvalue()


TEXTBOX_TEXT = "Open to relocation"


@cache
def docx_with_tables_and_header() -> bytes:
    """A DOCX with contact details only in the page header, a skills table, bullets and a text box."""
    import docx
    from docx.oxml import parse_xml
    from docx.shared import Pt

    document = docx.Document()
    header = document.sections[0].header
    header.paragraphs[0].text = "Ada Lovelace | ada@example.com | +1 555 0100"
    document.sections[0].footer.paragraphs[0].text = "Page 1"
    document.add_heading("Ada Lovelace", level=0)
    document.add_heading("Experience", level=1)
    run = document.add_paragraph().add_run("Senior Engineer, Analytical Engines Ltd")
    run.bold = True
    run.font.size = Pt(11)
    document.add_paragraph("Designed the first published algorithm", style="List Bullet")
    document.add_paragraph("Reduced computation errors by 35%", style="List Bullet")
    document.add_heading("Skills", level=1)
    table = document.add_table(rows=2, cols=2)
    cells = [("Languages", "Python, Go"), ("Tools", "Docker, Kubernetes")]
    for row, (label, value) in zip(table.rows, cells, strict=True):
        row.cells[0].text = label
        row.cells[1].text = value
    merged = document.add_table(rows=1, cols=3)
    merged.cell(0, 0).merge(merged.cell(0, 2)).text = "Merged cell text"
    anchor = document.add_paragraph("Availability")
    anchor._p.append(parse_xml(_textbox_run_xml(TEXTBOX_TEXT)))
    document.add_paragraph("Mentored six engineers", style="List Bullet")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _textbox_run_xml(text: str) -> str:
    return (
        '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:v="urn:schemas-microsoft-com:vml"><w:pict><v:shape style="width:200pt;height:40pt">'
        f"<v:textbox><w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent>"
        "</v:textbox></v:shape></w:pict></w:r>"
    )


@cache
def plain_docx(paragraphs: tuple[str, ...] = tuple(BODY)) -> bytes:
    """A DOCX holding ``paragraphs`` in the default style."""
    import docx

    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def utf16_text(text: str = "\n".join(BODY) + "\nJos\u00e9 M\u00fcller, Z\u00fcrich") -> bytes:
    """UTF-16 with a BOM, as Windows Notepad saves 'Unicode' text."""
    return text.encode("utf-16")


def latin1_text() -> bytes:
    """A legacy single-byte text file."""
    return "Jos\u00e9 M\u00fcller\nIng\u00e9nieur logiciel\n".encode("latin-1")


@cache
def letter_spaced_pdf() -> bytes:
    """A name drawn one letter at a time with tracking, as design templates do."""
    buffer, pdf = _canvas()
    pdf.setFont("Helvetica-Bold", 20)
    x = 72.0
    for word in ("LIAM", "ANDREWS"):
        for glyph in word:
            pdf.drawString(x, 720, glyph)
            x += pdf.stringWidth(glyph, "Helvetica-Bold", 20) + 8  # tracking: 0.4 em
        x += 16  # the word gap is wider than the tracking
    pdf.setFont("Helvetica", 10.5)
    for index, text in enumerate(BODY[1:]):
        pdf.drawString(72, 690 - 16 * index, text)
    return _finish(buffer, pdf)


def _raw_page_pdf(content: bytes, *, self_form: bool = False) -> bytes:
    """A one-page PDF with a hand-written content stream (and optionally a form that draws itself)."""
    from pypdf import PdfWriter
    from pypdf.generic import ArrayObject, DecodedStreamObject, DictionaryObject, FloatObject, NameObject

    writer = PdfWriter()
    page = writer.add_blank_page(width=PAGE_W, height=PAGE_H)
    font = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject("/Helvetica"),
            NameObject("/Encoding"): NameObject("/WinAnsiEncoding"),
        }
    )
    resources = DictionaryObject({NameObject("/Font"): DictionaryObject({NameObject("/F1"): font})})
    if self_form:
        form = DecodedStreamObject()
        form.set_data(b"/Fx Do")
        form.update(
            {
                NameObject("/Type"): NameObject("/XObject"),
                NameObject("/Subtype"): NameObject("/Form"),
                NameObject("/BBox"): ArrayObject(
                    [FloatObject(0), FloatObject(0), FloatObject(10), FloatObject(10)]
                ),
            }
        )
        form_ref = writer._add_object(form)
        form[NameObject("/Resources")] = DictionaryObject(
            {NameObject("/XObject"): DictionaryObject({NameObject("/Fx"): form_ref})}
        )
        resources[NameObject("/XObject")] = DictionaryObject({NameObject("/Fx"): form_ref})
    page[NameObject("/Resources")] = resources
    stream = DecodedStreamObject()
    stream.set_data(content)
    page[NameObject("/Contents")] = writer._add_object(stream)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


VISIBLE_OPS = b"BT /F1 12 Tf 72 700 Td (Visible resume line) Tj ET\n"


def operation_flood_pdf() -> bytes:
    """Visible text followed by millions of no-op operators: must be cut off, not hang."""
    return _raw_page_pdf(VISIBLE_OPS + b"q Q " * 1_500_000)


def self_drawing_form_pdf() -> bytes:
    """A form XObject that draws itself forever."""
    return _raw_page_pdf(VISIBLE_OPS + b"/Fx Do\n", self_form=True)
