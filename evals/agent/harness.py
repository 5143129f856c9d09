"""Run scripted conversations through the assistant and apply the checks (model-agnostic)."""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from assistant.agent.assistant import Assistant
from assistant.agent.facts import fmt
from assistant.agent.session import Session
from assistant.jobs import load_job
from assistant.jobs.models import JobDescription
from assistant.knowledge.models import Snippet
from assistant.resume.loader import load_resume
from assistant.resume.models import Resume
from evals.agent import checks
from evals.agent.cases import DATA, Case, Turn

Hook = Callable[[Case, Turn], None]


@dataclass
class CheckOutcome:
    """One check on one turn."""

    case: str
    turn: int
    name: str
    passed: bool
    detail: str


@dataclass
class CaseResult:
    """What one conversation produced: routes, answers, check outcomes, time."""

    case: Case
    routes: list[tuple[tuple[str, ...], str]] = field(default_factory=list)
    answers: list[str] = field(default_factory=list)
    outcomes: list[CheckOutcome] = field(default_factory=list)
    seconds: float = 0.0
    error: str = ""

    @property
    def passed(self) -> bool:
        """All checks passed and nothing crashed."""
        return not self.error and all(o.passed for o in self.outcomes)


class RecordingRetriever:
    """Wraps a retriever to remember which snippet ids it handed out (for the citation check)."""

    def __init__(self, inner: object) -> None:
        self.inner = inner
        self.ids: list[str] = []

    def search(self, query: str, k: int = 3) -> list[Snippet]:
        found: list[Snippet] = list(self.inner.search(query, k=k))  # type: ignore[attr-defined]
        self.ids += [s.id for s in found]
        return found


@lru_cache(maxsize=8)
def load_pair(resume: str, jd: str) -> tuple[Resume, JobDescription]:
    """Parse a resume and a JD from evals/agent/data once."""
    return load_resume(DATA / resume), load_job(DATA / jd)


def assess(text: str) -> tuple[bool, float]:
    """The scorer's bullet assessment as (starts with an action verb, score)."""
    from assistant.scoring.bullets import assess_bullet

    result = assess_bullet(text)
    return result.action_verb, result.score


def _check(name: str, case: Case, session: Session, answer: str, ctx: dict[str, object]) -> checks.Check:
    report = session.report
    assert report is not None
    pending = session.pending.edits[0].new if session.pending and session.pending.edits else None
    if name == "top3":
        return checks.names_top_deductions(answer, report)
    if name == "facts":
        return (f"Total: {fmt(report.score)}/100" in answer, "total stated from the report")
    if name == "cites":
        ids = ctx.get("snippet_ids")
        if ids is None:
            return True, "n/a (no knowledge base)"
        return checks.cites(answer, list(ids))  # type: ignore[call-overload]
    if name == "shows_bullet":
        return (session.resume.bullets[2] in answer, "third bullet shown")
    if name == "suggested":
        return (pending is not None, f"suggestion: {pending!r}")
    if name == "rewrite_sound":
        if session.pending is None:
            return False, "no suggestion: " + answer[:120]
        edit = session.pending.edits[0]
        return checks.rewrite_is_sound(
            edit.original, edit.new, [session.resume.text, *session.user_facts], assess
        )
    if name == "shorter":
        before = ctx.get("pending_before")
        ok = pending is not None and isinstance(before, str) and len(pending) < len(before)
        return ok, f"{before!r} -> {pending!r}"
    if name == "number_kept":
        return (pending is not None and re.search(r"\b40\b", pending) is not None, f"{pending!r}")
    if name == "asks":
        return checks.asks_instead_of_claiming(answer, case.skill, pending)
    if name == "applied":
        changed = session.resume.bullets != ctx["bullets_before"]
        return changed, "resume changed" if changed else "resume unchanged: " + answer[:120]
    if name == "delta":
        return checks.reports_delta(answer, ctx["report_before"], report)  # type: ignore[arg-type]
    if name == "bullet_quality_up":
        return checks.component_raised(ctx["report_before"], report, "bullet_quality")  # type: ignore[arg-type]
    if name == "restored":
        return checks.restored(ctx["bullets_start"], session.resume.bullets)  # type: ignore[arg-type]
    if name == "no_comply":
        return checks.does_not_comply(answer, report)
    if name == "injection_noted":
        return ("Note:" in answer, "injection pointed out" if "Note:" in answer else "not pointed out")
    if name == "brief":
        return checks.brief_or_declined(answer)
    raise ValueError(f"unknown check {name!r}")


def run_case(
    assistant: Assistant,
    case: Case,
    *,
    before_turn: Hook | None = None,
    after_turn: Hook | None = None,
    retriever: RecordingRetriever | None = None,
) -> CaseResult:
    """Play one conversation and check every turn."""
    resume, job = load_pair(case.resume, case.jd)
    result = CaseResult(case)
    started = time.perf_counter()
    try:
        session = assistant.start(resume, job)
        bullets_start = list(session.resume.bullets)
        for index, turn in enumerate(case.turns):
            ctx: dict[str, object] = {
                "bullets_start": bullets_start,
                "bullets_before": list(session.resume.bullets),
                "report_before": session.report,
                "pending_before": session.pending.edits[0].new if session.pending else None,
            }
            if retriever is not None:
                retriever.ids = []
            if before_turn:
                before_turn(case, turn)
            routes_before = len(session.routes)
            answer = "".join(assistant.ask(session, turn.text))
            if after_turn:
                after_turn(case, turn)
            route = session.routes[-1] if len(session.routes) > routes_before else "none"
            result.routes.append((turn.routes, route))
            result.answers.append(answer)
            if retriever is not None:
                ctx["snippet_ids"] = list(retriever.ids)
            for name in turn.checks:
                passed, detail = (
                    checks.route_is(turn.routes, route)
                    if name == "route"
                    else _check(name, case, session, answer, ctx)
                )
                result.outcomes.append(CheckOutcome(case.id, index, name, passed, detail))
    except Exception as exc:  # an eval reports crashes per case instead of stopping the run
        result.error = f"{type(exc).__name__}: {exc}"
    result.seconds = time.perf_counter() - started
    return result


def route_only(assistant: Assistant, cases: Sequence[Case]) -> list[tuple[str, str, tuple[str, ...], str]]:
    """Routing decisions alone (one model call per turn), replaying earlier turns' state without answers.

    Earlier turns that create state (a pending suggestion) are replayed through the real tools so the
    routing prompt sees what it would see in a conversation.
    """
    rows: list[tuple[str, str, tuple[str, ...], str]] = []
    for case in cases:
        resume, job = load_pair(case.resume, case.jd)
        session = assistant.start(resume, job)
        for turn in case.turns:
            session.note_user_message(turn.text)
            chosen = assistant.route(session, turn.text).tool
            rows.append((case.id, turn.text, turn.routes, chosen))
            mark = "ok " if chosen in turn.routes else "MISS"
            print(f"{mark} {case.id:<14} {chosen:<20} {turn.text!r}", flush=True)
            if (
                turn.routes[0] in {"rewrite", "apply_rewrite", "refine_suggestion"}
                and turn is not case.turns[-1]
            ):
                box = assistant.toolbox(session)
                box.run(turn.routes[0], **({"bullet_index": 1} if turn.routes[0] == "rewrite" else {}))
    return rows
