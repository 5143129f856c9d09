from __future__ import annotations

import pytest

from assistant.agent.edits import replace_bullet, resolve_bullet
from assistant.agent.session import (
    AppliedRewrite,
    Edit,
    NoSuggestion,
    NothingToUndo,
    Session,
    SessionStore,
    Suggestion,
)
from assistant.jobs.models import JobDescription
from assistant.resume.models import Resume
from tests.agent.conftest import fake_scorer

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    ("message", "is_fact"),
    [
        ("I used Kafka for click-stream events at Acme", True),
        ("We migrated 40 reports", True),
        ("use the number 40%", True),
        ("mention Kafka", False),
        ("make it shorter", False),
        ("rewrite my second bullet", False),
    ],
)
def test_user_facts_are_claims_only(resume: Resume, job: JobDescription, message: str, is_fact: bool) -> None:
    session = Session(resume=resume, job=job)
    session.note_user_message(message)
    assert (message in session.user_facts) is is_fact
    assert session.history[-1].text == message


def test_yes_confirms_asked_skills(resume: Resume, job: JobDescription) -> None:
    session = Session(resume=resume, job=job)
    session.asked_skills = ["Kafka"]
    session.note_user_message("yes, for two years")
    assert any("Kafka" in fact for fact in session.user_facts)
    assert session.asked_skills == []


def test_undo_restores_resume_and_report(resume: Resume, job: JobDescription) -> None:
    session = Session(resume=resume, job=job)
    before = session.rescore(fake_scorer)
    ref = resolve_bullet(resume, 1)
    suggestion = Suggestion((Edit("bullet", ref.text, "Built Python pipelines", ref),))
    session.applied.append(AppliedRewrite(suggestion, session.resume, session.report))
    session.resume = replace_bullet(session.resume, ref, "Built Python pipelines")
    session.rescore(fake_scorer)
    assert session.report is not None and session.report.score != before.score
    session.undo()
    assert session.resume.bullets[0] == ref.text
    assert session.report == before
    with pytest.raises(NothingToUndo):
        session.undo()


def test_take_pending_without_suggestion(resume: Resume, job: JobDescription) -> None:
    with pytest.raises(NoSuggestion):
        Session(resume=resume, job=job).take_pending()


def test_sessions_are_isolated(resume: Resume, job: JobDescription) -> None:
    store = SessionStore()
    a = store.add(Session(resume=resume, job=job))
    b = store.add(Session(resume=resume.model_copy(deep=True), job=job))
    a.note_user_message("I used Kafka")
    a.resume = replace_bullet(a.resume, resolve_bullet(a.resume, 1), "Built things")
    assert b.user_facts == [] and b.history == []
    assert b.resume.bullets[0] != "Built things"
    assert store.get(a.id) is a and store.get(b.id) is b and len(store) == 2
    store.drop(a.id)
    assert store.get(a.id) is None
