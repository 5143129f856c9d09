"""Decide what a file is from its bytes, never its name, and say plainly what it is when unsupported."""

from __future__ import annotations

import io
import zipfile
from typing import Literal

from assistant.errors import CorruptFile, EmptyFile, UnsupportedFile

Sniffed = Literal["pdf", "docx", "text"]

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a legacy Office 97-2003 file (.doc); save it as .docx or PDF"),
    (b"{\\rtf", "an RTF document; save it as .docx or PDF"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a", "a RAR archive"),
    (b"\x7fELF", "a Linux executable"),
    (b"%!PS", "a PostScript file"),
    (b"\x00\x00\x01\x00", "an icon image"),
)
_PDF_MAGIC = b"%PDF-"
_ZIP_MAGIC = b"PK\x03\x04"
_EMPTY_ZIP_MAGIC = b"PK\x05\x06"


def sniff(data: bytes) -> Sniffed:
    """Classify ``data`` as pdf, docx or text; raise a one-line error for anything else.

    Raises:
        EmptyFile: no bytes, or only whitespace.
        UnsupportedFile: any other type, named (e.g. "a PNG image").
    """
    if not data.strip():
        raise EmptyFile("the file is empty")
    if _PDF_MAGIC in data[:1024]:
        return "pdf"
    if data.startswith((_ZIP_MAGIC, _EMPTY_ZIP_MAGIC)):
        return _sniff_zip(data)
    if data[:12].startswith(b"RIFF") and data[8:12] == b"WEBP":
        raise UnsupportedFile("this is a WebP image, not a PDF, DOCX or text file")
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise UnsupportedFile(f"this is {what}, not a PDF, DOCX or text file")
    if b"\x00" in data[:64]:
        if data.startswith(b"BM"):
            raise UnsupportedFile("this is a BMP image, not a PDF, DOCX or text file")
        if data.startswith(b"MZ"):
            raise UnsupportedFile("this is a Windows executable, not a PDF, DOCX or text file")
    if data[4:8] == b"ftyp":
        raise UnsupportedFile("this is a video or HEIC image, not a PDF, DOCX or text file")
    return "text"


def _sniff_zip(data: bytes) -> Sniffed:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, ValueError, OSError):
        if b"word/document.xml" in data or b"word/_rels" in data:
            raise CorruptFile("the DOCX is damaged or truncated and cannot be read") from None
        raise UnsupportedFile("this is a damaged ZIP archive, not a PDF, DOCX or text file") from None
    if "word/document.xml" in names:
        return "docx"
    if "mimetype" in names and any(n.startswith("content.xml") for n in names):
        raise UnsupportedFile("this is an OpenDocument file (.odt); save it as .docx or PDF")
    if any(n.startswith("ppt/") for n in names) or any(n.startswith("xl/") for n in names):
        raise UnsupportedFile("this is a PowerPoint or Excel file, not a Word document; export a PDF")
    raise UnsupportedFile("this is a ZIP archive that is not a Word document")
