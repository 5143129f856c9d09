"""The MiniLM encoder as a Chroma 1.x embedding function, so Chroma never falls back to its own.

Chroma's default embedding function downloads a model at run time; the store always passes this one.
It is registered by name so Chroma can rebuild it from a persisted collection's config.
"""

from __future__ import annotations

from typing import Any

from chromadb.api.types import Documents, EmbeddingFunction, Embeddings, Space
from chromadb.utils.embedding_functions import register_embedding_function

from assistant.knowledge.embeddings import MAX_TOKENS, MODEL_ID, MiniLMEncoder, get_encoder

FUNCTION_NAME = "ats-assistant-minilm-int8"


@register_embedding_function
class MiniLMChromaFunction(EmbeddingFunction[Documents]):
    """Chroma embedding function backed by the shared offline :class:`MiniLMEncoder`."""

    def __init__(self, encoder: MiniLMEncoder | None = None) -> None:
        self.encoder = encoder or get_encoder()

    def __call__(self, input: Documents) -> Embeddings:
        """Embed documents (Chroma calls this for adds and, by default, for queries)."""
        return list(self.encoder.encode(list(input)))

    @staticmethod
    def name() -> str:
        """The registry name stored in the collection's config."""
        return FUNCTION_NAME

    def default_space(self) -> Space:
        """Vectors are L2-normalised, so cosine is the natural distance."""
        return "cosine"

    def supported_spaces(self) -> list[Space]:
        """Every space works on unit vectors; cosine is the one the store uses."""
        return ["cosine", "l2", "ip"]

    def get_config(self) -> dict[str, Any]:
        """What Chroma persists with the collection (no paths: they differ between machines)."""
        return {"model": MODEL_ID, "max_tokens": MAX_TOKENS}

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> MiniLMChromaFunction:
        """Rebuild from a persisted config; the model loads lazily, so this is cheap."""
        return MiniLMChromaFunction()

    @staticmethod
    def validate_config(config: dict[str, Any]) -> None:
        """Reject a collection built with another model."""
        if config.get("model", MODEL_ID) != MODEL_ID:
            raise ValueError(f"collection was embedded with {config.get('model')!r}, not {MODEL_ID!r}")
