"""Session files never outlive the app: session folders sit in one per-process folder removed at exit."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from assistant.ui.state import UiState, remove_session_root, session_root

pytestmark = pytest.mark.unit

_CHILD = """
import sys, time
from assistant.ui.state import UiState
from assistant.ui.app import _exit_cleanly_on_sigterm
if sys.argv[1] == "wait":
    _exit_cleanly_on_sigterm()  # before the folder is announced: the parent signals as soon as it reads it
state = UiState()
(state.scratch_dir() / "report.md").write_text("resume text", encoding="utf-8")
print(state.scratch_dir().parent, flush=True)
if sys.argv[1] == "wait":
    time.sleep(60)
"""


def test_session_folders_live_in_the_process_folder() -> None:
    first, second = UiState().scratch_dir(), UiState().scratch_dir()
    assert first != second
    assert first.parent == second.parent == session_root()


def test_removing_the_process_folder_removes_what_sessions_left(tmp_path: Path) -> None:
    root = tmp_path / "ats-ui-test"
    (root / "session-1").mkdir(parents=True)
    (root / "session-1" / "improved.docx").write_bytes(b"resume")
    remove_session_root(root)
    assert not root.exists()


@pytest.mark.parametrize("how", ["exit", "sigterm"])
def test_a_stopped_app_leaves_no_session_files(how: str) -> None:
    child = subprocess.Popen(
        [sys.executable, "-c", _CHILD, "wait" if how == "sigterm" else "exit"],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    root = Path(child.stdout.readline().strip())
    assert root.name.startswith("ats-ui-")
    if how == "sigterm":
        assert root.is_dir()
        os.kill(child.pid, signal.SIGTERM)
    assert child.wait(timeout=30) == 0
    deadline = time.monotonic() + 5
    while root.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not root.exists()
