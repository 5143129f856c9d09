"""The persistent Chroma store of the snippets: built once per content hash, safe for concurrent starts.

Layout under the store root: one immutable ``kb-<hash>-<stamp>/`` folder per build (a Chroma
database plus ``READY.json`` written last) and a ``CURRENT`` file naming the live folder, replaced
atomically. Builders hold a file lock, so two processes starting together build once; readers never
see a half-built store because ``CURRENT`` only ever names a finished one.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistant.knowledge.corpus import content_hash, embedding_text
from assistant.knowledge.embeddings import MODEL_ID, MiniLMEncoder
from assistant.knowledge.errors import KnowledgeError
from assistant.knowledge.models import Snippet

COLLECTION = "knowledge"
CURRENT_FILE = "CURRENT"
READY_FILE = "READY.json"
LOCK_FILE = ".build.lock"


@dataclass(frozen=True)
class StoreInfo:
    """Where the live store is and whether this call had to build it."""

    path: Path
    content_hash: str
    count: int
    built: bool
    seconds: float


def chroma_client(path: Path) -> Any:
    """A persistent Chroma client with telemetry off (nothing may leave the machine)."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    return chromadb.PersistentClient(
        path=str(path), settings=ChromaSettings(anonymized_telemetry=False, allow_reset=False)
    )


@contextmanager
def _file_lock(path: Path) -> Iterator[None]:
    """An exclusive advisory lock on ``path`` across processes (fcntl on POSIX, msvcrt on Windows)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a+b") as handle:
        if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
            import msvcrt

            handle.seek(0)
            while True:
                try:
                    msvcrt.locking(handle.fileno(), msvcrt.LK_LOCK, 1)
                    break
                except OSError:
                    time.sleep(0.1)
            try:
                yield
            finally:
                handle.seek(0)
                msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
        else:
            import fcntl

            fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def _read_ready(folder: Path) -> dict[str, Any] | None:
    try:
        data = json.loads((folder / READY_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def current_store(root: Path) -> tuple[Path, dict[str, Any]] | None:
    """The live build folder and its READY record, if a finished store exists."""
    try:
        name = (root / CURRENT_FILE).read_text(encoding="utf-8").strip()
    except OSError:
        return None
    if not name or "/" in name or "\\" in name:
        return None
    ready = _read_ready(root / name)
    return (root / name, ready) if ready else None


def _metadata(snippet: Snippet) -> dict[str, str]:
    return {
        "title": snippet.title,
        "source": snippet.source,
        "applies_to": snippet.applies_to,
        "tags": ",".join(snippet.tags),
    }


def _build(folder: Path, snippets: Sequence[Snippet], encoder: MiniLMEncoder, digest: str) -> None:
    from assistant.knowledge.chroma_function import MiniLMChromaFunction

    folder.mkdir(parents=True)
    vectors = encoder.encode([embedding_text(s) for s in snippets])
    client = chroma_client(folder)
    try:
        collection = client.create_collection(
            COLLECTION,
            embedding_function=MiniLMChromaFunction(encoder),
            configuration={"hnsw": {"space": "cosine"}},
            metadata={"content_hash": digest, "model": MODEL_ID},
        )
        collection.add(
            ids=[s.id for s in snippets],
            documents=[s.text for s in snippets],
            embeddings=list(vectors),
            metadatas=[_metadata(s) for s in snippets],
        )
        if collection.count() != len(snippets):
            raise KnowledgeError(f"knowledge store build incomplete in {folder}")
    finally:
        client.close()
    record = {"content_hash": digest, "count": len(snippets), "model": MODEL_ID, "built_at": time.time()}
    (folder / READY_FILE).write_text(json.dumps(record), encoding="utf-8")


def _point_current(root: Path, folder: Path) -> None:
    tmp = root / f".{CURRENT_FILE}.{os.getpid()}.tmp"
    tmp.write_text(folder.name, encoding="utf-8")
    os.replace(tmp, root / CURRENT_FILE)


def _prune(root: Path, keep: Path) -> None:
    """Remove superseded builds and leftovers of interrupted ones (best effort)."""
    for child in root.glob("kb-*"):
        if child.is_dir() and child != keep:
            shutil.rmtree(child, ignore_errors=True)


def ensure_store(
    root: Path, snippets: Sequence[Snippet], encoder: MiniLMEncoder, *, rebuild: bool = False
) -> StoreInfo:
    """Return the live store for these snippets, building it only if the content hash changed."""
    started = time.perf_counter()
    digest = content_hash(snippets)

    def fresh() -> StoreInfo | None:
        found = current_store(root)
        if found and found[1].get("content_hash") == digest:
            return StoreInfo(found[0], digest, int(found[1].get("count", 0)), False, 0.0)
        return None

    if not rebuild and (info := fresh()):
        return info
    try:
        root.mkdir(parents=True, exist_ok=True)
        with _file_lock(root / LOCK_FILE):
            if not rebuild and (info := fresh()):  # another process built it while we waited
                return info
            folder = root / f"kb-{digest[:16]}-{time.time_ns():x}"
            try:
                _build(folder, snippets, encoder, digest)
            except BaseException:
                shutil.rmtree(folder, ignore_errors=True)
                raise
            _point_current(root, folder)
            _prune(root, keep=folder)
    except OSError as exc:
        raise KnowledgeError(f"cannot write the knowledge store at {root}: {exc.strerror or exc}") from None
    return StoreInfo(folder, digest, len(snippets), True, time.perf_counter() - started)
