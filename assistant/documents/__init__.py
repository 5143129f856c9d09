"""bytes -> Document: sniff the type by content, extract visible text in reading order.

Importing this package is light: pypdf and python-docx load only when a PDF or DOCX arrives.
"""

from assistant.documents.loader import document_cache, document_from_text, load_document
from assistant.documents.models import Document, HiddenText, Layout, Line

__all__ = [
    "Document",
    "HiddenText",
    "Layout",
    "Line",
    "document_cache",
    "document_from_text",
    "load_document",
]
