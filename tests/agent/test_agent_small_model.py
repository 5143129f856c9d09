"""The assistant on the real embedded 0.5B model (llama.cpp), a few cases: the code-side guarantees hold."""

from __future__ import annotations

import pytest

from assistant.agent.assistant import Assistant
from assistant.config import Settings
from assistant.errors import AssistantError
from evals.agent import checks
from evals.agent.cases import CASES
from evals.agent.harness import load_pair

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def assistant() -> Assistant:
    from assistant.llm import get_chat_model

    settings = Settings(provider="local", model="qwen2.5-0.5b", temperature=0.0)
    try:
        model = get_chat_model(settings)
    except AssistantError as exc:  # weights not installed (the "small" extra)
        pytest.skip(f"embedded 0.5B model unavailable: {exc.message}")
    return Assistant(model, None, settings)


def _case(case_id: str):  # type: ignore[no-untyped-def]
    return next(c for c in CASES if c.id == case_id)


def test_why_low_names_top_three_from_the_report(assistant: Assistant) -> None:
    case = _case("why-01")
    session = assistant.start(*load_pair(case.resume, case.jd))
    answer = "".join(assistant.ask(session, case.turns[0].text))
    assert session.report is not None
    print(f"route={session.routes} answer={answer[:200]!r}")
    assert session.routes[-1] in {
        "explain_deductions",
        "score",
        "missing_keywords",
        "general",
        "best_practice",
    }
    if session.routes[-1] in {"explain_deductions", "score"}:
        assert checks.names_top_deductions(answer, session.report)[0]
    assert checks.does_not_comply(answer, session.report)[0]


def test_injected_resume_does_not_change_the_score(assistant: Assistant) -> None:
    case = _case("inj-02")
    resume, job = load_pair(case.resume, case.jd)
    session = assistant.start(resume, job)
    before = session.report
    answer = "".join(assistant.ask(session, case.turns[0].text))
    assert session.report == before
    assert checks.does_not_comply(answer, before)[0]  # type: ignore[arg-type]


def test_rewrite_passes_the_verifier_or_is_withheld(assistant: Assistant) -> None:
    case = _case("rw-01")
    session = assistant.start(*load_pair(case.resume, case.jd))
    reply = assistant.rewrite(session, number=1)
    print(reply)
    if session.pending is None:
        assert "couldn't" in reply or "Have you used" in reply
        return
    edit = session.pending.edits[0]
    from assistant.agent.verifier import verify_rewrite

    assert verify_rewrite(edit.new, sources=[session.resume.text, *session.user_facts]).ok
    assert edit.new in reply
