"""Best-practice knowledge base: offline embeddings, a persistent Chroma store, hybrid retrieval.

Exports resolve lazily so ``import assistant.knowledge`` does not load chromadb or onnxruntime.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from assistant.knowledge.chroma_function import MiniLMChromaFunction
    from assistant.knowledge.embeddings import MiniLMEmbeddings, MiniLMEncoder
    from assistant.knowledge.errors import KnowledgeError
    from assistant.knowledge.models import Snippet
    from assistant.knowledge.retriever import Retriever, get_retriever, rebuild_index

_EXPORTS: dict[str, str] = {
    "KnowledgeError": "assistant.knowledge.errors",
    "MiniLMChromaFunction": "assistant.knowledge.chroma_function",
    "MiniLMEmbeddings": "assistant.knowledge.embeddings",
    "MiniLMEncoder": "assistant.knowledge.embeddings",
    "Retriever": "assistant.knowledge.retriever",
    "Snippet": "assistant.knowledge.models",
    "get_retriever": "assistant.knowledge.retriever",
    "rebuild_index": "assistant.knowledge.retriever",
}
__all__ = [
    "KnowledgeError",
    "MiniLMChromaFunction",
    "MiniLMEmbeddings",
    "MiniLMEncoder",
    "Retriever",
    "Snippet",
    "get_retriever",
    "rebuild_index",
]


def __getattr__(name: str) -> Any:
    """Import an export on first access."""
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'assistant.knowledge' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)
