"""The persistent store: built once per content hash, rebuilt on change, safe with two processes at once."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from assistant.knowledge.embeddings import get_encoder
from assistant.knowledge.models import Snippet
from assistant.knowledge.store import COLLECTION, READY_FILE, chroma_client, current_store, ensure_store

pytestmark = pytest.mark.integration

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def few(corpus: list[Snippet]) -> list[Snippet]:
    return corpus[:6]


def _builds(root: Path) -> list[Path]:
    return sorted(p for p in root.glob("kb-*") if p.is_dir())


def test_first_use_builds_then_reuses(tmp_path: Path, few: list[Snippet]) -> None:
    first = ensure_store(tmp_path, few, get_encoder())
    assert first.built and first.count == len(few)
    assert json.loads((first.path / READY_FILE).read_text())["content_hash"] == first.content_hash
    again = ensure_store(tmp_path, few, get_encoder())
    assert not again.built
    assert again.path == first.path
    assert _builds(tmp_path) == [first.path]

    client = chroma_client(first.path)
    try:
        collection = client.get_collection(COLLECTION)  # rebuilt from the persisted, registered config
        assert collection.count() == len(few)
        assert collection.metadata["content_hash"] == first.content_hash
        assert client.get_settings().anonymized_telemetry is False
    finally:
        client.close()


def test_changed_content_rebuilds_and_prunes_the_old_build(tmp_path: Path, few: list[Snippet]) -> None:
    first = ensure_store(tmp_path, few, get_encoder())
    edited = [few[0].model_copy(update={"text": few[0].text + " Edited."}), *few[1:]]
    second = ensure_store(tmp_path, edited, get_encoder())
    assert second.built and second.content_hash != first.content_hash
    assert _builds(tmp_path) == [second.path]
    found = current_store(tmp_path)
    assert found is not None and found[0] == second.path


def test_forced_rebuild_makes_a_fresh_build(tmp_path: Path, few: list[Snippet]) -> None:
    first = ensure_store(tmp_path, few, get_encoder())
    forced = ensure_store(tmp_path, few, get_encoder(), rebuild=True)
    assert forced.built and forced.path != first.path
    assert forced.content_hash == first.content_hash
    assert _builds(tmp_path) == [forced.path]


def test_half_built_folders_are_ignored(tmp_path: Path, few: list[Snippet]) -> None:
    (tmp_path / "kb-deadbeef-1").mkdir(parents=True)  # a crashed build: no READY file, not CURRENT
    (tmp_path / "CURRENT").write_text("kb-deadbeef-1")
    assert current_store(tmp_path) is None
    info = ensure_store(tmp_path, few, get_encoder())
    assert info.built
    assert _builds(tmp_path) == [info.path]


def test_two_processes_starting_together_build_once(tmp_path: Path) -> None:
    script = textwrap.dedent(
        f"""
        import json, sys
        from pathlib import Path
        from assistant.knowledge.corpus import load_corpus
        from assistant.knowledge.embeddings import get_encoder
        from assistant.knowledge.store import ensure_store
        info = ensure_store(Path({str(tmp_path)!r}), load_corpus()[:8], get_encoder())
        print(json.dumps({{"path": str(info.path), "built": info.built}}))
        """
    )
    procs = [
        subprocess.Popen([sys.executable, "-c", script], cwd=REPO, stdout=subprocess.PIPE, text=True)
        for _ in range(2)
    ]
    results = [json.loads(p.communicate(timeout=300)[0].strip().splitlines()[-1]) for p in procs]
    assert all(p.returncode == 0 for p in procs)
    assert results[0]["path"] == results[1]["path"]
    assert sorted(r["built"] for r in results) == [False, True]
    assert len(_builds(tmp_path)) == 1
