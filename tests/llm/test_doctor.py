"""`ats doctor`: one line per check, a non-zero exit when the configured backend cannot answer."""

from __future__ import annotations

import pytest
import typer
from typer.testing import CliRunner

from assistant.cli import doctor_cmd
from assistant.config import Settings
from assistant.llm.doctor import DoctorLine, backend_ready, check_backend
from tests.support.net import free_port

pytestmark = pytest.mark.unit


def _app() -> typer.Typer:
    app = typer.Typer()
    doctor_cmd.register(app)

    @app.callback()
    def _root() -> None:
        """Test root so 'doctor' stays a subcommand."""

    return app


@pytest.fixture
def isolated_env(monkeypatch, tmp_path):
    monkeypatch.setenv("ATS_CONFIG", str(tmp_path / "absent.toml"))
    monkeypatch.setenv("ATS_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("ATS_CACHE_DIR", str(tmp_path / "cache"))
    for name in ("ATS_PROVIDER", "ATS_MODEL", "OPENAI_API_KEY", "OPENAI_BASE_URL"):
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


def test_ollama_down_exits_non_zero(isolated_env):
    isolated_env.setenv("ATS_PROVIDER", "ollama")
    isolated_env.setenv("OLLAMA_HOST", f"http://127.0.0.1:{free_port()}")
    result = CliRunner().invoke(_app(), ["doctor"])
    assert result.exit_code == 1
    assert "FAIL  ollama server: cannot reach Ollama at http://127.0.0.1:" in result.output
    assert "start it with `ollama serve`" in result.output
    assert "Traceback" not in result.output


def test_missing_openai_key_exits_non_zero(isolated_env):
    isolated_env.setenv("ATS_PROVIDER", "openai")
    result = CliRunner().invoke(_app(), ["doctor"])
    assert result.exit_code == 1
    assert "FAIL  OPENAI_API_KEY: missing: set OPENAI_API_KEY" in result.output


def test_answering_backend_passes(fake_model, tmp_path):
    settings = Settings(provider="openai", openai_base_url="http://127.0.0.1:9/v1", cache_dir=tmp_path)
    fake_model.enqueue("OK")
    lines = check_backend(settings, build=lambda _settings: fake_model)
    assert backend_ready(lines)
    assert lines[-1].check == "backend answers" and lines[-1].ok
    assert [line.check for line in lines][:3] == ["provider", "server", "OPENAI_API_KEY"]


def test_empty_reply_fails(fake_model, tmp_path):
    settings = Settings(provider="openai", openai_base_url="http://127.0.0.1:9/v1", cache_dir=tmp_path)
    fake_model.enqueue("")
    lines = check_backend(settings, build=lambda _settings: fake_model)
    assert not backend_ready(lines)
    assert lines[-1].detail == "the backend returned an empty reply"


def test_quick_skips_the_probe(tmp_path):
    settings = Settings(provider="openai", openai_base_url="http://127.0.0.1:9/v1", cache_dir=tmp_path)
    lines = check_backend(settings, probe=False)
    assert "backend answers" not in [line.check for line in lines]


@pytest.mark.parametrize(
    ("line", "rendered"),
    [
        (DoctorLine(check="provider", ok=True, detail="local"), "ok    provider: local"),
        (DoctorLine(check="model", ok=False, detail="missing"), "FAIL  model: missing"),
        (DoctorLine(check="model x", ok=False, detail="missing", blocking=False), "warn  model x: missing"),
    ],
)
def test_render(line, rendered):
    assert line.render() == rendered
    assert backend_ready([line]) is (line.ok or not line.blocking)
