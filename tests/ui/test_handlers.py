"""The page's behaviour through its pure handlers, over the fake model and the real scorer."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from assistant.ui import handlers as h
from assistant.ui.state import BackendChoice, UiState, cleanup
from assistant.ui.view import fmt
from tests.agent.conftest import draft
from tests.conftest import FakeChatModel
from tests.ui.conftest import FakeServices
from tests.ui.samples import JOB_TEXT, RESUME_TEXT, WEAK_BULLET, write_pdf

pytestmark = pytest.mark.unit


def route(tool: str) -> str:
    keys = ("bullet_index", "role", "section", "component", "query", "instruction")
    return json.dumps({"tool": tool, **{k: 0 if k == "bullet_index" else "" for k in keys}})


def upload(tmp_path: Path, name: str = "resume.txt", text: str = RESUME_TEXT) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def scored(services: FakeServices, tmp_path: Path) -> UiState:
    state, view = h.analyze(services, None, upload(tmp_path), JOB_TEXT, None, None)
    assert state.session is not None and "ats-total" in view.card
    return state


def test_analyze_scores_shows_missing_required_first_and_deletes_the_upload(
    services: FakeServices, tmp_path: Path
) -> None:
    path = upload(tmp_path)
    state, view = h.analyze(services, None, path, JOB_TEXT, None, None)
    assert not Path(path).exists(), "the uploaded file must not outlive the request"
    report = state.session.report if state.session else None
    assert report is not None
    assert f'id="ats-total">{fmt(report.score)}<' in view.card
    assert view.card.index("Missing required") < view.card.index("Matched")
    assert any(label == "matched" for _, label in view.resume_highlights)
    assert any(label == "missing" for _, label in view.job_highlights)
    assert "".join(text for text, _ in view.job_highlights) == state.session.job.text  # type: ignore[union-attr]
    assert not view.has_suggestion and not view.can_undo


def test_rescoring_the_same_upload_reuses_the_bytes_in_session_memory(
    services: FakeServices, tmp_path: Path
) -> None:
    path = upload(tmp_path)
    state, first = h.analyze(services, None, path, JOB_TEXT, None, None)
    state, second = h.analyze(services, state, path, JOB_TEXT, None, None)  # file already consumed
    assert "ats-total" in second.card and "ats-error" not in second.card
    assert state.delta == 0


@pytest.mark.parametrize(
    ("resume", "jd", "expected"),
    [
        (None, JOB_TEXT, "upload a resume"),
        ("empty", JOB_TEXT, "empty"),
        ("ok", "", "give the job description"),
        ("ok", "   ", "give the job description"),
    ],
)
def test_bad_input_is_one_line_in_the_card(
    services: FakeServices, tmp_path: Path, resume: str | None, jd: str, expected: str
) -> None:
    path = None
    if resume == "ok":
        path = upload(tmp_path)
    elif resume == "empty":
        path = upload(tmp_path, "empty.txt", "")
    state, view = h.analyze(services, None, path, jd, None, None)
    assert state.session is None
    assert 'id="ats-error"' in view.card and expected in view.card.lower()
    assert "Traceback" not in view.card


def test_job_from_url_uses_the_fetcher_and_reports_offline_in_one_line(
    services: FakeServices, tmp_path: Path
) -> None:
    page = "<html><body><nav>Menu</nav><main>" + JOB_TEXT.replace("\n", "<br>") + "</main></body></html>"
    services.pages["https://jobs.example/1"] = page
    state, view = h.analyze(services, None, upload(tmp_path), "", None, "https://jobs.example/1")
    assert state.session is not None and "Menu" not in state.session.job.text
    _, failed = h.analyze(services, None, upload(tmp_path), "", None, "https://offline.example/2")
    assert "could not fetch" in failed.card


def test_job_from_an_uploaded_file(services: FakeServices, tmp_path: Path) -> None:
    jd_path = tmp_path / "job.txt"
    jd_path.write_text(JOB_TEXT, encoding="utf-8")
    state, view = h.analyze(services, None, upload(tmp_path), "", str(jd_path), None)
    assert state.session is not None and state.session.job.title
    assert not jd_path.exists()


def test_pdf_upload(services: FakeServices, tmp_path: Path) -> None:
    state, view = h.analyze(services, None, str(write_pdf(tmp_path / "cv.pdf")), JOB_TEXT, None, None)
    assert state.session is not None and "Jane Doe" in state.session.resume.text


def test_chat_streams_token_by_token_then_refreshes_the_card(
    services: FakeServices, fake_model: FakeChatModel, tmp_path: Path
) -> None:
    state = scored(services, tmp_path)
    fake_model.enqueue(route("explain_deductions"), "Several required skills are missing from your resume.")
    steps = list(h.chat(services, state, [], "Why is it so low?"))
    first_state, first = steps[0]
    assert first.history == [{"role": "user", "content": "Why is it so low?"}]
    partials = [
        view.history[-1]["content"] for _, view in steps[1:] if view.history[-1]["role"] == "assistant"
    ]
    assert len(partials) >= 3 and partials[0] != partials[-1]
    assert all(partials[-1].startswith(p) for p in partials[:-1])
    final = steps[-1][1]
    assert "Several required skills" in final.history[-1]["content"]
    assert "ats-total" in final.view.card


def test_an_example_prompt_skips_the_routing_call(
    services: FakeServices, fake_model: FakeChatModel, tmp_path: Path
) -> None:
    state = scored(services, tmp_path)
    fake_model.enqueue("Several required skills are missing from your resume.")
    final = list(h.chat(services, state, [], "Why is my score low?"))[-1][1]
    assert final.history[-1]["content"].startswith("Several required skills are missing")
    assert "Score facts" in final.history[-1]["content"] and len(fake_model.history) == 1
    assert state.session is not None and state.session.routes == ["explain_deductions"]


def test_chat_before_scoring_says_what_to_do(services: FakeServices) -> None:
    steps = list(h.chat(services, None, [], "hello"))
    assert steps[-1][1].history[-1]["content"] == h.NO_SESSION
    assert services.built == []


def test_backend_failure_mid_answer_is_one_line(services: FakeServices, tmp_path: Path) -> None:
    state = scored(services, tmp_path)
    from assistant.errors import BackendUnavailable

    class Down:
        def ask(self, session: object, text: str, tool: str | None = None) -> object:
            raise BackendUnavailable("the local model is not installed: run `uv sync --extra local`")

    services.assistant = lambda choice: Down()  # type: ignore[assignment,method-assign,return-value]
    final = list(h.chat(services, state, [], "why?"))[-1][1]
    assert final.history[-1]["content"] == "⚠ the local model is not installed: run `uv sync --extra local`"


def test_rewrite_weakest_then_accept_moves_the_score_then_undo_restores_it(
    services: FakeServices, fake_model: FakeChatModel, tmp_path: Path
) -> None:
    state = scored(services, tmp_path)
    assert state.session is not None and state.session.report is not None
    before = state.session.report.score
    fake_model.enqueue(draft("Compiled monthly finance reports in SQL for the data team"))
    state, view = h.rewrite_weakest(services, state, [])
    assert view.view.has_suggestion and WEAK_BULLET in view.view.suggestion
    assert "Compiled monthly finance reports" in view.view.suggestion
    state, accepted = h.accept(services, state, view.history)
    assert state.session is not None and state.session.report is not None
    after = state.session.report.score
    assert after != before and state.delta == pytest.approx(after - before)
    assert 'id="ats-delta"' in accepted.view.card and accepted.view.can_undo
    assert not accepted.view.has_suggestion
    assert WEAK_BULLET not in state.session.resume.bullets
    state, undone = h.undo(services, state, accepted.history)
    assert state.session is not None and state.session.report is not None
    assert state.session.report.score == pytest.approx(before)
    assert WEAK_BULLET in state.session.resume.bullets and not undone.view.can_undo


def test_accept_without_a_suggestion_is_a_one_line_message(services: FakeServices, tmp_path: Path) -> None:
    state = scored(services, tmp_path)
    _, view = h.accept(services, state, [])
    assert view.history[-1]["content"].startswith("⚠ there is no suggested rewrite")


def test_weakest_bullet_prompt_in_chat_uses_the_same_rewrite(
    services: FakeServices, fake_model: FakeChatModel, tmp_path: Path
) -> None:
    state = scored(services, tmp_path)
    fake_model.enqueue(draft("Compiled monthly finance reports in SQL for the data team"))
    final = list(h.chat(services, state, [], "Rewrite my weakest bullet"))[-1][1]
    assert final.view.has_suggestion and "Suggested rewrite of bullet 2" in final.history[-1]["content"]


def test_downloads_write_docx_and_markdown_in_the_session_dir_and_cleanup_removes_them(
    services: FakeServices, tmp_path: Path
) -> None:
    from docx import Document

    state = scored(services, tmp_path)
    docx_path, md_path = h.download_docx(state), h.download_report(state)
    assert docx_path and md_path
    text = "\n".join(p.text for p in Document(io.BytesIO(Path(docx_path).read_bytes())).paragraphs)
    assert "Jane Doe" in text and WEAK_BULLET in text
    assert "# ATS match report" in Path(md_path).read_text(encoding="utf-8")
    workdir = state.workdir
    cleanup(state)
    assert workdir is not None and not workdir.exists() and state.session is None
    assert h.download_docx(UiState()) is None


def test_sessions_share_nothing(services: FakeServices, tmp_path: Path) -> None:
    first = scored(services, tmp_path)
    other, view = h.analyze(services, None, None, JOB_TEXT, None, None)
    assert other.session is None and "Jane" not in view.card
    assert first.session is not None and first.session is not other.session


def test_backend_choice_keeps_the_key_out_of_reprs(services: FakeServices) -> None:
    state, status = h.set_backend(services, None, "openai", "gpt-4o-mini", "sk-secret-123", "", probe=True)
    assert status == "✓ openai" and services.statuses[-1][1] is True
    assert state.backend == BackendChoice("openai", "gpt-4o-mini", "sk-secret-123", "")
    assert "sk-secret" not in repr(state) and "sk-secret" not in repr(state.backend)
    assert state.backend.cache_key is None and BackendChoice("local").cache_key == ("local", "", "")


def test_example_text_accepts_gradio_payloads() -> None:
    assert h.example_text({"text": "Why is my score low?"}) == "Why is my score low?"
    assert h.example_text(None) == ""
