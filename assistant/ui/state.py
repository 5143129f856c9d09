"""One browser session's state. Held in ``gr.State``: nothing here is shared between users."""

from __future__ import annotations

import atexit
import logging
import shutil
import tempfile
import threading
from dataclasses import dataclass, field
from pathlib import Path

from assistant.agent.session import Session

log = logging.getLogger(__name__)

_root_lock = threading.Lock()
_root: Path | None = None


def session_root() -> Path:
    """This process's folder for session files, deleted when the process exits.

    A session's own folder goes when Gradio drops its state; this catches the sessions still open when
    the server stops, so no generated resume file outlives the app.
    """
    global _root
    with _root_lock:
        if _root is None or not _root.is_dir():
            _root = Path(tempfile.mkdtemp(prefix="ats-ui-"))
            atexit.register(remove_session_root, _root)
        return _root


def remove_session_root(root: Path) -> None:
    """Delete a process's session folder and everything left in it."""
    shutil.rmtree(root, ignore_errors=True)


@dataclass(frozen=True)
class BackendChoice:
    """The chat backend a user picked; the key stays in this session's memory and out of every repr."""

    provider: str = "local"
    model: str = ""
    api_key: str = field(default="", repr=False)
    base_url: str = ""

    @property
    def cache_key(self) -> tuple[str, str, str] | None:
        """A key to share the built model between sessions, or None when a secret is involved."""
        if self.api_key:
            return None
        return (self.provider, self.model, self.base_url)


@dataclass
class UiState:
    """The resume bytes, the scored session, the score before the last change and generated files."""

    resume_bytes: bytes | None = None
    resume_name: str | None = None
    session: Session | None = None
    delta: float | None = None
    backend: BackendChoice | None = None
    workdir: Path | None = None

    def scratch_dir(self) -> Path:
        """This session's own directory for generated downloads (created on first use)."""
        if self.workdir is None or not self.workdir.is_dir():
            self.workdir = Path(tempfile.mkdtemp(prefix="session-", dir=session_root()))
        return self.workdir


def cleanup(state: UiState | None) -> None:
    """Forget the resume and delete the session's generated files (``gr.State`` delete callback)."""
    if state is None:
        return
    state.resume_bytes = None
    state.session = None
    if state.workdir is not None:
        shutil.rmtree(state.workdir, ignore_errors=True)
        log.info("deleted a session's download directory")
        state.workdir = None


def consume_upload(path: str | Path | None) -> tuple[bytes, str] | None:
    """Read an uploaded file and delete it at once, so uploads never outlive the request that used them."""
    if not path:
        return None
    file = Path(path)
    if not file.is_file():
        return None
    data = file.read_bytes()
    try:
        file.unlink()
    except OSError:  # another request may have consumed it already
        pass
    return data, file.name
