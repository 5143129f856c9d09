"""Retrieval the agent calls: question -> top-k best-practice snippets, optionally filtered.

Ranking fuses a Chroma vector search with BM25 by reciprocal rank fusion (RRF); the retrieval eval
(evals/retrieval) chose hybrid over either alone. ``Snippet.score`` is the cosine similarity between
the question and the snippet (about 0.4-0.7 for a good match, under 0.25 for an unrelated one), a
scale that does not depend on the fusion, so callers can set a relevance floor.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Literal

from assistant.config import Settings, load_settings
from assistant.knowledge.bm25 import BM25Index
from assistant.knowledge.corpus import load_corpus
from assistant.knowledge.embeddings import MiniLMEncoder, get_encoder
from assistant.knowledge.errors import KnowledgeError
from assistant.knowledge.models import PROFESSIONS, Snippet
from assistant.knowledge.store import COLLECTION, StoreInfo, chroma_client, ensure_store

Mode = Literal["hybrid", "vector", "bm25"]
MODES: tuple[str, ...] = ("hybrid", "vector", "bm25")
MAX_QUERY_CHARS = 2000
DEFAULT_RRF_K = 10
DEFAULT_BM25_WEIGHT = 0.5


def rrf_fuse(rankings: Sequence[Sequence[str]], weights: Sequence[float], k: int) -> dict[str, float]:
    """Reciprocal rank fusion: each list adds weight / (k + rank) to the ids it ranks."""
    fused: dict[str, float] = {}
    for ranking, weight in zip(rankings, weights, strict=True):
        for rank, doc_id in enumerate(ranking, start=1):
            fused[doc_id] = fused.get(doc_id, 0.0) + weight / (k + rank)
    return fused


class Retriever:
    """Searches the snippets through an open Chroma collection plus an in-memory BM25 index."""

    def __init__(
        self,
        snippets: Sequence[Snippet],
        collection: Any,
        encoder: MiniLMEncoder,
        *,
        mode: Mode = "hybrid",
        rrf_k: int = DEFAULT_RRF_K,
        bm25_weight: float = DEFAULT_BM25_WEIGHT,
        client: Any = None,
    ) -> None:
        if mode not in MODES:
            raise KnowledgeError(f"unknown retrieval mode {mode!r}; known: {', '.join(MODES)}")
        self.snippets = list(snippets)
        self.mode = mode
        self.rrf_k = rrf_k
        self.bm25_weight = bm25_weight
        self._by_id = {s.id: s for s in self.snippets}
        self._collection = collection
        self._client = client
        self._encoder = encoder
        self._bm25 = BM25Index([f"{s.title} {s.title} {' '.join(s.tags)} {s.text}" for s in self.snippets])
        self.known_tags = frozenset(t for s in self.snippets for t in s.tags)

    def variant(
        self, *, mode: Mode | None = None, rrf_k: int | None = None, bm25_weight: float | None = None
    ) -> Retriever:
        """A retriever over the same open store with other ranking settings (for evals and benchmarks)."""
        return Retriever(
            self.snippets,
            self._collection,
            self._encoder,
            mode=mode or self.mode,
            rrf_k=rrf_k if rrf_k is not None else self.rrf_k,
            bm25_weight=bm25_weight if bm25_weight is not None else self.bm25_weight,
        )

    def close(self) -> None:
        """Release the Chroma client (its SQLite handles)."""
        if self._client is not None:
            self._client.close()
            self._client = None

    def get(self, snippet_id: str) -> Snippet | None:
        """A snippet by id (unscored), e.g. to show a cited source in full."""
        return self._by_id.get(snippet_id)

    def _allowed(self, tags: Sequence[str] | None, profession: str | None) -> list[str]:
        """Ids passing the filters: any of the tags; not written for a different profession."""
        wanted = {t.strip().lower() for t in tags or () if t.strip()}
        unknown = sorted(wanted - self.known_tags)
        if unknown:
            known = ", ".join(sorted(self.known_tags))
            raise KnowledgeError(f"unknown tag(s) {', '.join(unknown)}; known: {known}")
        if profession is not None:
            profession = profession.strip().lower()
            if profession not in PROFESSIONS:
                raise KnowledgeError(f"unknown profession {profession!r}; known: {', '.join(PROFESSIONS)}")
        others = set(PROFESSIONS) - {profession} if profession else set()
        return [
            s.id
            for s in self.snippets
            if (not wanted or wanted.intersection(s.tags)) and s.applies_to not in others
        ]

    def _vector_ranking(self, vector: list[float], allowed: list[str]) -> tuple[list[str], dict[str, float]]:
        restrict = allowed if len(allowed) < len(self.snippets) else None
        result = self._collection.query(
            query_embeddings=[vector], n_results=len(allowed), ids=restrict, include=["distances"]
        )
        ids: list[str] = list(result["ids"][0])
        distances = result["distances"][0] if result.get("distances") else [1.0] * len(ids)
        return ids, {i: 1.0 - float(d) for i, d in zip(ids, distances, strict=True)}

    def _bm25_ranking(self, query: str, allowed: list[str]) -> list[str]:
        allowed_set = set(allowed)
        scores = self._bm25.scores(query)
        ranked = sorted(
            (i for i in range(len(self.snippets)) if self.snippets[i].id in allowed_set and scores[i] > 0),
            key=lambda i: (-scores[i], self.snippets[i].id),
        )
        return [self.snippets[i].id for i in ranked]

    def search(
        self,
        query: str,
        k: int = 3,
        *,
        tags: Sequence[str] | None = None,
        profession: str | None = None,
    ) -> list[Snippet]:
        """Top-k snippets for the question, best first.

        Args:
            query: The user's question (trimmed to 2000 characters).
            k: How many snippets to return.
            tags: Keep snippets carrying any of these tags.
            profession: Drop snippets written for other professions (general and seniority ones stay).

        Raises:
            KnowledgeError: Empty query, k < 1, unknown tag or profession.
        """
        text = " ".join(query.split())
        if not text:
            raise KnowledgeError("empty search query")
        if k < 1:
            raise KnowledgeError(f"k must be at least 1, got {k}")
        text = text[:MAX_QUERY_CHARS]
        allowed = self._allowed(tags, profession)
        if not allowed:
            return []
        vector = [float(x) for x in self._encoder.encode([text])[0]]
        vector_ids, cosine = self._vector_ranking(vector, allowed)
        if self.mode == "vector":
            order = vector_ids
        elif self.mode == "bm25":
            lexical = self._bm25_ranking(text, allowed)
            seen = set(lexical)
            order = lexical + [i for i in vector_ids if i not in seen]
        else:
            fused = rrf_fuse(
                [vector_ids, self._bm25_ranking(text, allowed)], [1.0, self.bm25_weight], self.rrf_k
            )
            order = sorted(fused, key=lambda i: (-fused[i], i))
        return [self._by_id[i].with_score(round(cosine.get(i, 0.0), 4)) for i in order[:k]]


def open_retriever(
    store_root: Path,
    *,
    corpus_dir: Path | None = None,
    encoder: MiniLMEncoder | None = None,
    rebuild: bool = False,
    mode: Mode = "hybrid",
) -> tuple[Retriever, StoreInfo]:
    """Build the store if needed and open a retriever on it."""
    from assistant.knowledge.chroma_function import MiniLMChromaFunction

    encoder = encoder or get_encoder()
    snippets = load_corpus(corpus_dir)
    info = ensure_store(store_root, snippets, encoder, rebuild=rebuild)
    client = chroma_client(info.path)
    collection = client.get_collection(COLLECTION, embedding_function=MiniLMChromaFunction(encoder))
    return Retriever(snippets, collection, encoder, mode=mode, client=client), info


_retrievers: dict[Path, Retriever] = {}
_retrievers_lock = threading.Lock()


def get_retriever(settings: Settings | None = None) -> Retriever:
    """The process-wide retriever for the configured store (built from ``knowledge/`` on first use)."""
    settings = settings or load_settings()
    root = settings.knowledge_store.expanduser().resolve()
    with _retrievers_lock:
        if root not in _retrievers:
            _retrievers[root] = open_retriever(root)[0]
        return _retrievers[root]


def rebuild_index(settings: Settings | None = None, *, force: bool = False) -> StoreInfo:
    """Build the store now (``force`` even if unchanged); closes and replaces the cached retriever."""
    settings = settings or load_settings()
    root = settings.knowledge_store.expanduser().resolve()
    with _retrievers_lock:
        old = _retrievers.pop(root, None)
        if old is not None:
            old.close()
        retriever, info = open_retriever(root, rebuild=force)
        _retrievers[root] = retriever
    return info
