"""The I/O edge: a path, bytes or pasted text -> Document -> Resume."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from assistant.config import Settings
from assistant.resume.models import Resume
from assistant.resume.parser import parse_resume

_MAX_PATH_CHARS = 1024


def _is_path(source: str) -> bool:
    """A str is a path if it has no newline, is short and names an existing file."""
    if "\n" in source or len(source) >= _MAX_PATH_CHARS:
        return False
    try:
        return Path(source).expanduser().is_file()
    except OSError:
        return False


def load_resume(
    source: Path | bytes | str, *, settings: Settings | None = None, today: date | None = None
) -> Resume:
    """Read a resume file (PDF, DOCX, text), raw bytes, or pasted resume text into a Resume.

    Raises the ingestion errors (EmptyFile, UnsupportedFile, ...) for unreadable input.
    """
    from assistant.documents import document_from_text, load_document

    if isinstance(source, str) and not _is_path(source):
        document = document_from_text(source)
    elif isinstance(source, str):
        path = Path(source).expanduser()
        document = load_document(path, filename=path.name, settings=settings)
    elif isinstance(source, Path):
        document = load_document(source, filename=source.name, settings=settings)
    else:
        document = load_document(source, settings=settings)
    return parse_resume(document, today=today)
