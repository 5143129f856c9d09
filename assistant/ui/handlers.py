"""The page's event handlers as plain functions: data in, data out, dependencies passed in.

Nothing here imports gradio, so the whole behaviour of the page is unit-tested with the fake model.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from assistant.agent.assistant import Assistant
from assistant.agent.session import Session
from assistant.config import Settings
from assistant.errors import AssistantError
from assistant.jobs.models import JobDescription
from assistant.resume.models import Resume
from assistant.scoring.models import ScoreReport
from assistant.ui.exports import report_markdown, resume_docx_bytes
from assistant.ui.jobsource import Fetcher, choose_job_source
from assistant.ui.state import BackendChoice, UiState, consume_upload
from assistant.ui.view import (
    Highlights,
    error_html,
    highlight,
    layout_alerts,
    placeholder_html,
    score_card_html,
    suggestion_html,
)

Message = dict[str, str]  # Gradio 6 chat message: {"role": "user" | "assistant", "content": "..."}
Scorer = Callable[[Resume, JobDescription], ScoreReport]
BulletScorer = Callable[[str], float]

NO_SESSION = "Score a resume against a job description first (left side), then ask me about it."
_WEAKEST = re.compile(r"\b(?:weakest|worst|weaker)\b.*\bbullet|\bbullet\b.*\bweakest\b", re.IGNORECASE)
EXAMPLES: tuple[str, ...] = (
    "Why is my score low?",
    "Rewrite my weakest bullet",
    "Which keywords am I missing?",
)
# The example prompts' intent is known: they skip the routing call (faster first token, no misroute).
EXAMPLE_TOOLS: dict[str, str] = {
    "why is my score low?": "explain_deductions",
    "which keywords am i missing?": "missing_keywords",
}


class Services(Protocol):
    """What the handlers need from the outside world (the app passes real ones, tests pass fakes)."""

    settings: Settings
    fetcher: Fetcher
    scorer: Scorer
    bullet_score: BulletScorer

    def assistant(self, choice: BackendChoice) -> Assistant:
        """The assistant for a backend choice (the model may be shared; sessions never are)."""
        ...

    def backend_status(self, choice: BackendChoice, *, probe: bool) -> str:
        """One line saying whether the chosen backend can answer."""
        ...


@dataclass(frozen=True)
class CardView:
    """Everything the score side of the page shows."""

    card: str
    resume_highlights: Highlights
    job_highlights: Highlights
    suggestion: str
    has_suggestion: bool
    can_undo: bool


@dataclass(frozen=True)
class ChatView:
    """The chat after an event, plus the score side (a chat turn can accept or undo a rewrite)."""

    history: list[Message]
    view: CardView


def card_view(state: UiState, error: str | None = None) -> CardView:
    """Render the score side from the session (or the error / placeholder when there is none)."""
    session = state.session
    if session is None or session.report is None:
        card = error_html(error) if error else placeholder_html()
        return CardView(card, [], [], "", False, False)
    report = session.report
    card = score_card_html(report, layout_alerts(session.resume, report), state.delta)
    if error:
        card = error_html(error) + card
    matched = [m.term for m in report.matched_keywords]
    missing = [m.term for m in report.missing_keywords]
    return CardView(
        card=card,
        resume_highlights=highlight(session.resume.text, matched, missing),
        job_highlights=highlight(session.job.text, matched, missing),
        suggestion=suggestion_html(session.pending),
        has_suggestion=session.pending is not None,
        can_undo=bool(session.applied),
    )


def analyze(
    services: Services,
    state: UiState | None,
    resume_path: str | None,
    jd_text: str | None,
    jd_path: str | None,
    jd_url: str | None,
) -> tuple[UiState, CardView]:
    """Load the resume and the job, score them and open a fresh session (errors become one line)."""
    from assistant.jobs import load_job
    from assistant.resume import load_resume

    state = state or UiState()
    upload = consume_upload(resume_path)
    if upload is not None:
        state.resume_bytes, state.resume_name = upload
    try:
        if state.resume_bytes is None:
            raise AssistantError("upload a resume (PDF, DOCX or TXT) first")
        resume = load_resume(state.resume_bytes, settings=services.settings)
        job = _load_job(services, state, jd_text, jd_path, jd_url, load_job)
    except AssistantError as exc:
        return state, card_view(state, exc.message)
    previous = state.session.report.score if state.session and state.session.report else None
    session = Session(resume=resume, job=job)
    session.rescore(services.scorer)
    state.session = session
    state.delta = None if previous is None or session.report is None else session.report.score - previous
    return state, card_view(state)


def _load_job(
    services: Services,
    state: UiState,
    jd_text: str | None,
    jd_path: str | None,
    jd_url: str | None,
    load_job: Callable[..., JobDescription],
) -> JobDescription:
    has_file = bool(jd_path) and Path(str(jd_path)).is_file()
    if not (jd_text and jd_text.strip()) and not has_file and not (jd_url and jd_url.strip()):
        if state.session is not None:
            return state.session.job  # re-scoring a new resume against the same job
    source = choose_job_source(jd_text, jd_path if has_file else None, jd_url, services.fetcher)
    try:
        return load_job(source, settings=services.settings)
    finally:
        if isinstance(source, Path):
            consume_upload(source)


def weakest_bullet(resume: Resume, bullet_score: BulletScorer) -> int | None:
    """The 1-based number of the lowest-scoring experience bullet (the first one on ties)."""
    bullets = resume.bullets
    if not bullets:
        return None
    scores = [bullet_score(b) for b in bullets]
    return scores.index(min(scores)) + 1


def _reply_stream(services: Services, state: UiState, text: str) -> Iterator[str]:
    assert state.session is not None
    assistant = services.assistant(state.backend or BackendChoice(provider=services.settings.provider))
    if _WEAKEST.search(text):
        number = weakest_bullet(state.session.resume, services.bullet_score)
        if number is not None:
            state.session.note_user_message(text)
            reply = assistant.rewrite(state.session, number=number)
            state.session.note_assistant_message(reply)
            yield reply
            return
    yield from assistant.ask(state.session, text, tool=EXAMPLE_TOOLS.get(" ".join(text.lower().split())))


def chat(
    services: Services, state: UiState | None, history: list[Message] | None, text: str
) -> Iterator[tuple[UiState, ChatView]]:
    """Stream the assistant's answer into the chat, token by token, then refresh the score side."""
    state = state or UiState()
    history = [*(history or []), {"role": "user", "content": text}]
    if not text.strip():
        yield state, ChatView(history[:-1], card_view(state))
        return
    if state.session is None:
        yield state, ChatView([*history, {"role": "assistant", "content": NO_SESSION}], card_view(state))
        return
    before = state.session.report.score if state.session.report else None
    answer = ""
    view = card_view(state)
    yield state, ChatView(list(history), view)  # the question shows at once, before the model starts
    try:
        for piece in _reply_stream(services, state, text):
            answer += piece
            yield state, ChatView([*history, {"role": "assistant", "content": answer}], view)
    except AssistantError as exc:
        answer = (answer + "\n\n" if answer else "") + f"⚠ {exc.message}"
    after = state.session.report.score if state.session.report else None
    if before is not None and after is not None and abs(after - before) >= 0.05:
        state.delta = after - before
    yield state, ChatView([*history, {"role": "assistant", "content": answer}], card_view(state))


def _act(
    state: UiState | None, history: list[Message] | None, label: str, action: Callable[[Session], str]
) -> tuple[UiState, ChatView]:
    state = state or UiState()
    history = list(history or [])
    if state.session is None:
        return state, ChatView([*history, {"role": "assistant", "content": NO_SESSION}], card_view(state))
    before = state.session.report.score if state.session.report else None
    try:
        reply = action(state.session)
    except AssistantError as exc:
        reply = f"⚠ {exc.message}"
    after = state.session.report.score if state.session.report else None
    if before is not None and after is not None:
        state.delta = after - before
    history += [{"role": "user", "content": label}, {"role": "assistant", "content": reply}]
    return state, ChatView(history, card_view(state))


def _chosen(services: Services, state: UiState) -> Assistant:
    return services.assistant(state.backend or BackendChoice(provider=services.settings.provider))


def rewrite_weakest(
    services: Services, state: UiState | None, history: list[Message] | None
) -> tuple[UiState, ChatView]:
    """Propose a verified rewrite of the weakest bullet (shown before/after, waiting for Accept)."""
    state = state or UiState()

    def run(session: Session) -> str:
        number = weakest_bullet(session.resume, services.bullet_score)
        if number is None:
            return "Your resume has no experience bullets to rewrite."
        return _chosen(services, state).rewrite(session, number=number)

    return _act(state, history, "Rewrite my weakest bullet", run)


def accept(
    services: Services, state: UiState | None, history: list[Message] | None
) -> tuple[UiState, ChatView]:
    """Apply the pending rewrite, re-score, and show the change on the card."""
    state = state or UiState()
    return _act(state, history, "Accept", lambda s: _chosen(services, state).accept(s))


def undo(
    services: Services, state: UiState | None, history: list[Message] | None
) -> tuple[UiState, ChatView]:
    """Restore the resume and score from before the last accepted rewrite."""
    state = state or UiState()
    return _act(state, history, "Undo", lambda s: _chosen(services, state).undo(s))


def download_docx(state: UiState | None) -> str | None:
    """Write the current (improved) resume as DOCX into the session's own directory."""
    if state is None or state.session is None:
        return None
    stem = Path(state.resume_name or "resume").stem or "resume"
    path = state.scratch_dir() / f"{_safe(stem)}-improved.docx"
    path.write_bytes(resume_docx_bytes(state.session.resume))
    return str(path)


def download_report(state: UiState | None) -> str | None:
    """Write the current score report as Markdown into the session's own directory."""
    if state is None or state.session is None or state.session.report is None:
        return None
    path = state.scratch_dir() / "ats-report.md"
    path.write_text(report_markdown(state.session.report, state.session.job), encoding="utf-8")
    return str(path)


def _safe(stem: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "-", stem).strip("-")[:60] or "resume"


def set_backend(
    services: Services,
    state: UiState | None,
    provider: str,
    model: str,
    api_key: str,
    base_url: str,
    *,
    probe: bool = False,
) -> tuple[UiState, str]:
    """Switch this session's chat backend and say, in one line, whether it can answer."""
    state = state or UiState()
    choice = BackendChoice(
        provider=(provider or "local").strip().lower(),
        model=(model or "").strip(),
        api_key=(api_key or "").strip(),
        base_url=(base_url or "").strip(),
    )
    state.backend = choice
    try:
        return state, services.backend_status(choice, probe=probe)
    except AssistantError as exc:
        return state, f"✗ {exc.message}"


def example_text(selected: Any) -> str:
    """The text of a clicked chat example (Gradio passes the example's value)."""
    if isinstance(selected, dict):
        return str(selected.get("text", ""))
    return str(selected or "")
