"""``ats index`` and ``ats search`` against a real store in a temp folder."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from assistant.cli import knowledge_cmd
from assistant.knowledge.errors import KnowledgeError
from assistant.knowledge.retriever import get_retriever

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """One store for the module, configured the way a user would: through the environment."""
    folder = tmp_path_factory.mktemp("cli-knowledge")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("ATS_KNOWLEDGE_STORE", str(folder / "store"))
        patch.setenv("ATS_CONFIG", str(folder / "absent.toml"))
        yield folder
        from assistant.config import load_settings

        get_retriever(load_settings()).close()


@pytest.fixture
def app(store_dir: Path) -> typer.Typer:
    application = typer.Typer()
    knowledge_cmd.register(application)
    return application


def test_index_then_search(app: typer.Typer, store_dir: Path) -> None:
    runner = CliRunner()
    first = runner.invoke(app, ["index"])
    assert first.exit_code == 0, first.output
    assert "built" in first.output and str(store_dir / "store") in first.output
    second = runner.invoke(app, ["index"])
    assert "up to date" in second.output

    shown = runner.invoke(app, ["search", "Should I put my skills in a table?", "--k", "2"])
    assert shown.exit_code == 0, shown.output
    assert "ats-tables" in shown.output and "source:" in shown.output

    as_json = runner.invoke(app, ["search", "how do I explain a 2 year gap", "--json"])
    hits = json.loads(as_json.output)
    assert len(hits) == 3
    assert set(hits[0]) == {"id", "title", "source", "tags", "applies_to", "text", "score"}
    assert "gaps-explaining-long-gaps" in [h["id"] for h in hits]

    filtered = runner.invoke(
        app, ["search", "licence", "--profession", "trades", "--tag", "licenses", "--json"]
    )
    licence_hits = json.loads(filtered.output)
    assert licence_hits and all("licenses" in h["tags"] for h in licence_hits)
    assert "trades-skilled-resume" in [h["id"] for h in licence_hits]

    rebuilt = runner.invoke(app, ["index", "--rebuild"])
    assert rebuilt.exit_code == 0 and "built" in rebuilt.output


def test_bad_query_surfaces_as_an_assistant_error(app: typer.Typer) -> None:
    result = CliRunner().invoke(app, ["search", "   "])
    assert isinstance(result.exception, KnowledgeError)  # `ats` main() prints it as one line, exit 2
    assert str(result.exception) == "empty search query"


def test_k_is_bounded(app: typer.Typer) -> None:
    result = CliRunner().invoke(app, ["search", "gaps", "--k", "0"])
    assert result.exit_code != 0
