"""Assembling model weights from part packages: order, checksum, atomicity, locking, reuse."""

from __future__ import annotations

import hashlib
import threading
from pathlib import Path

import pytest

from assistant.config import Settings
from assistant.errors import BackendUnavailable
from assistant.llm.weights import (
    LOCAL_MODELS,
    LocalModelSpec,
    ensure_local_weights,
    is_assembled,
    local_spec,
    resolve_model_file,
)

pytestmark = pytest.mark.unit

CHUNKS = [b"GGUF" + b"a" * 1000, b"b" * 777, b"c" * 5]


def _install_parts(root: Path, prefix: str, chunks: list[bytes]) -> None:
    for index, chunk in enumerate(chunks, start=1):
        package = root / f"{prefix}{index}"
        (package / "data").mkdir(parents=True)
        (package / "__init__.py").write_text("")
        (package / "data" / f"part{index:02d}.bin").write_bytes(chunk)


def _spec(prefix: str, chunks: list[bytes], sha: str | None = None) -> LocalModelSpec:
    blob = b"".join(chunks)
    return LocalModelSpec(
        name=f"{prefix}-model",
        description="test model",
        package_prefix=prefix,
        parts=len(chunks),
        size=len(blob),
        sha256=sha or hashlib.sha256(blob).hexdigest(),
        extra="small",
    )


@pytest.fixture
def parts(tmp_path, monkeypatch):
    site = tmp_path / "site"
    monkeypatch.syspath_prepend(str(site))
    _install_parts(site, "weights_test_ok_part", CHUNKS)
    return site


def test_assembles_in_order_and_reuses(parts, tmp_path):
    settings = Settings(data_dir=tmp_path / "data")
    spec = _spec("weights_test_ok_part", CHUNKS)
    path = ensure_local_weights(spec, settings)
    assert path.read_bytes() == b"".join(CHUNKS)
    assert is_assembled(spec, settings)
    assert [p.name for p in path.parent.iterdir() if p.suffix == ".tmp"] == []
    (parts / "weights_test_ok_part2" / "data" / "part02.bin").unlink()  # parts no longer needed
    assert ensure_local_weights(spec, settings) == path


def test_checksum_mismatch_leaves_nothing_behind(parts, tmp_path):
    settings = Settings(data_dir=tmp_path / "data")
    spec = _spec("weights_test_ok_part", CHUNKS, sha="0" * 64)
    with pytest.raises(BackendUnavailable, match="corrupt.*uv sync --reinstall --extra small"):
        ensure_local_weights(spec, settings)
    leftovers = sorted(p.name for p in settings.models_dir.iterdir() if not p.name.endswith(".lock"))
    assert leftovers == []


def test_missing_parts_names_the_extra(tmp_path):
    spec = _spec("weights_test_absent_part", CHUNKS)
    with pytest.raises(BackendUnavailable, match=r"not installed: run `uv sync --extra small`"):
        ensure_local_weights(spec, Settings(data_dir=tmp_path))


def test_concurrent_callers_assemble_once(parts, tmp_path):
    settings = Settings(data_dir=tmp_path / "data")
    spec = _spec("weights_test_ok_part", CHUNKS)
    results: list[Path] = []
    threads = [
        threading.Thread(target=lambda: results.append(ensure_local_weights(spec, settings)))
        for _ in range(4)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(set(results)) == 1 and results[0].read_bytes() == b"".join(CHUNKS)


def test_not_gguf_is_rejected(tmp_path, monkeypatch):
    site = tmp_path / "site"
    monkeypatch.syspath_prepend(str(site))
    chunks = [b"ZZZZ" + b"x" * 10]
    _install_parts(site, "weights_test_bad_magic_part", chunks)
    with pytest.raises(BackendUnavailable, match="corrupt"):
        ensure_local_weights(_spec("weights_test_bad_magic_part", chunks), Settings(data_dir=tmp_path / "d"))


def test_gguf_path_is_used_as_is(tmp_path):
    model = tmp_path / "custom.gguf"
    model.write_bytes(b"GGUF" + b"\0" * 8)
    assert resolve_model_file(str(model), Settings(data_dir=tmp_path)) == model


def test_known_models_are_pinned():
    assert local_spec(None).name == "qwen2.5-1.5b"
    assert local_spec("QWEN2.5-0.5B").parts == 6
    for spec in LOCAL_MODELS.values():
        assert len(spec.sha256) == 64 and spec.size > 400_000_000
