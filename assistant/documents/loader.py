"""The ingestion entry points: any supported file (or text) -> Document, cached by content hash."""

from __future__ import annotations

import hashlib
import logging
import time
from pathlib import Path

from assistant.config import Settings, load_settings
from assistant.documents.cache import DocumentCache
from assistant.documents.models import Document, DocumentKind, Layout, Line
from assistant.documents.normalize import finish_lines
from assistant.documents.sniff import sniff
from assistant.documents.text import decode_text, text_lines
from assistant.errors import EmptyFile, FileTooLarge, UnsupportedFile

log = logging.getLogger(__name__)
_CACHE = DocumentCache()


def document_cache() -> DocumentCache:
    """The process-wide cache (exposed for tests and diagnostics)."""
    return _CACHE


def load_document(
    source: Path | bytes,
    *,
    filename: str | None = None,
    settings: Settings | None = None,
) -> Document:
    """Read a PDF, DOCX or text file into a Document; the type comes from the bytes, not the name.

    Raises:
        EmptyFile, UnsupportedFile, CorruptFile, EncryptedPdf, NoTextLayer, FileTooLarge: one line each.
    """
    settings = settings or load_settings()
    if isinstance(source, str) and ("\n" in source or len(source) >= 1024):
        raise UnsupportedFile("load_document takes a file path or bytes; use document_from_text for text")
    if isinstance(source, (str, Path)):
        data = _read_file(Path(source), settings.max_file_bytes)
        filename = filename or Path(source).name
    elif isinstance(source, (bytes, bytearray, memoryview)):
        data = bytes(source)
    else:
        raise UnsupportedFile(f"cannot read a {type(source).__name__}; give a file path or bytes")
    if len(data) > settings.max_file_bytes:
        raise FileTooLarge(_too_large(len(data), settings))
    if not data:
        raise EmptyFile("the file is empty")
    digest = hashlib.sha256(data).hexdigest()
    key = (digest, settings.max_pages)
    cached = _CACHE.get(key)
    if cached is not None:
        cached.filename = filename
        return cached
    started = time.perf_counter()
    document = _parse(data, digest, filename, settings)
    log.debug(
        "parsed %s: %d lines, %d pages in %.1f ms",
        document.kind,
        len(document.lines),
        document.layout.pages_parsed,
        (time.perf_counter() - started) * 1000,
    )
    _CACHE.put(key, document)
    return document


def document_from_text(text: str, *, filename: str | None = None) -> Document:
    """Wrap pasted text as a Document, cleaned exactly like a text file.

    Raises:
        EmptyFile: nothing but whitespace.
    """
    digest = hashlib.sha256(text.encode("utf-8", errors="surrogatepass")).hexdigest()
    return _text_document(text, digest, filename)


def _read_file(path: Path, limit: int) -> bytes:
    try:
        size = path.stat().st_size
        if size > limit:
            raise FileTooLarge(
                f"{path.name} is {size / 1_048_576:.1f} MB; the limit is {limit / 1_048_576:.0f} MB"
            )
        with path.open("rb") as handle:
            return handle.read(limit + 1)
    except FileNotFoundError:
        raise UnsupportedFile(f"no such file: {path}") from None
    except IsADirectoryError:
        raise UnsupportedFile(f"{path} is a folder, not a file") from None
    except PermissionError:
        raise UnsupportedFile(f"cannot read {path}: permission denied") from None


def _too_large(size: int, settings: Settings) -> str:
    return f"the file is {size / 1_048_576:.1f} MB; the limit is {settings.max_file_mb:g} MB"


def _parse(data: bytes, digest: str, filename: str | None, settings: Settings) -> Document:
    kind = sniff(data)
    if kind == "text":
        return _text_document(decode_text(data), digest, filename)
    lines: list[Line]
    layout: Layout
    warnings: list[str]
    if kind == "pdf":
        from assistant.documents.pdf import read_pdf  # noqa: PLC0415 - pypdf only when needed

        pdf = read_pdf(data, max_pages=settings.max_pages)
        lines, layout, warnings = pdf.lines, pdf.layout, pdf.warnings
    else:
        from assistant.documents.docx import read_docx  # noqa: PLC0415 - lxml only when needed

        docx = read_docx(data)
        lines, layout, warnings = docx.lines, docx.layout, docx.warnings
    return _document(kind, digest, filename, lines, layout, warnings)


def _text_document(text: str, digest: str, filename: str | None) -> Document:
    if not text.strip():
        raise EmptyFile("the text is empty")
    return _document("text", digest, filename, text_lines(text), Layout(), [])


def _document(
    kind: DocumentKind,
    digest: str,
    filename: str | None,
    lines: list[Line],
    layout: Layout,
    warnings: list[str],
) -> Document:
    cleaned = finish_lines(lines)
    if not cleaned and not layout.hidden_text:
        raise EmptyFile(f"the {kind.upper() if kind != 'text' else 'text'} file has no readable text")
    return Document(
        kind=kind,
        sha256=digest,
        filename=filename,
        lines=cleaned,
        layout=layout,
        warnings=warnings,
    )
