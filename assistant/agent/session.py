"""Per-user conversation state: the resume, the job, the latest report, rewrites with undo, history."""

from __future__ import annotations

import re
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

from assistant.agent.edits import BulletRef, EditKind
from assistant.errors import AssistantError
from assistant.jobs.models import JobDescription
from assistant.resume.models import Resume
from assistant.scoring.models import ScoreReport

Scorer = Callable[[Resume, JobDescription], ScoreReport]
Role = Literal["user", "assistant"]

# A user message counts as a statement of fact only when it claims something in the first person or
# hands over a figure; "mention Kafka" is a request, "I used Kafka for billing events" is a fact.
_CLAIM = re.compile(
    r"\b(?:i|we)(?:'ve| have| had| also| actually| did)?\s+(?:used|use|worked|work|built|build|led|lead|"
    r"managed|ran|run|wrote|deployed|know|migrated|designed|shipped|created|developed|implemented|"
    r"maintained|automated|reduced|increased|improved|saved|grew|cut|handled|mentored|owned|own|hold|"
    r"earned|got|have|had|was|were|am|did|trained|taught|launched|delivered|scaled|optimi[sz]ed)\b"
    r"|\bi(?:'m| am) (?:certified|experienced|proficient|skilled)\b"
    r"|\b(?:use|put|say|the)\s+(?:the\s+)?(?:number|figure|metric)\b|\bit was (?:about |around )?\d",
    re.IGNORECASE,
)
_YES = re.compile(r"^\s*(?:yes|yeah|yep|correct|i do|i did|sure)\b", re.IGNORECASE)


class NoSuggestion(AssistantError):
    """Accept or refine was asked for but there is no pending rewrite."""


class NothingToUndo(AssistantError):
    """Undo was asked for but no rewrite has been applied."""


@dataclass(frozen=True)
class Turn:
    """One chat message."""

    role: Role
    text: str


@dataclass(frozen=True)
class Edit:
    """One proposed change: a bullet (with its address) or the summary, old text and new text."""

    kind: EditKind
    original: str
    new: str
    ref: BulletRef | None = None

    @property
    def label(self) -> str:
        """How the assistant names the target to the user."""
        return self.ref.label if self.ref else "summary"


@dataclass(frozen=True)
class Suggestion:
    """A verified rewrite waiting for the user to accept, refine or drop it."""

    edits: tuple[Edit, ...]
    placeholders: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    instructions: tuple[str, ...] = ()


@dataclass(frozen=True)
class AppliedRewrite:
    """An accepted rewrite and what the resume and report were before it (for undo)."""

    suggestion: Suggestion
    resume_before: Resume
    report_before: ScoreReport | None


@dataclass
class Session:
    """Everything one user's conversation knows. Sessions share nothing."""

    resume: Resume
    job: JobDescription
    report: ScoreReport | None = None
    id: str = field(default_factory=lambda: uuid.uuid4().hex)
    history: list[Turn] = field(default_factory=list)
    applied: list[AppliedRewrite] = field(default_factory=list)
    pending: Suggestion | None = None
    user_facts: list[str] = field(default_factory=list)
    asked_skills: list[str] = field(default_factory=list)
    routes: list[str] = field(default_factory=list)

    def rescore(self, scorer: Scorer) -> ScoreReport:
        """Score the current resume against the job and keep the report."""
        self.report = scorer(self.resume, self.job)
        return self.report

    def ensure_report(self, scorer: Scorer) -> ScoreReport:
        """The latest report, scoring first if there is none yet."""
        return self.report if self.report is not None else self.rescore(scorer)

    def note_user_message(self, text: str) -> None:
        """Record a user turn, keeping it as a stated fact when it claims something."""
        self.history.append(Turn("user", text))
        if _CLAIM.search(text):
            self.user_facts.append(text.strip())
        elif _YES.match(text) and self.asked_skills:
            self.user_facts.append(f"I have used {', '.join(self.asked_skills)}. ({text.strip()})")
            self.asked_skills = []

    def note_assistant_message(self, text: str) -> None:
        """Record an assistant turn."""
        self.history.append(Turn("assistant", text))

    def recent_history(self, turns: int = 4) -> list[Turn]:
        """The last few turns, before the current user message."""
        return self.history[-turns - 1 : -1] if self.history else []

    def take_pending(self) -> Suggestion:
        """The pending suggestion, or a clear error when there is none."""
        if self.pending is None:
            raise NoSuggestion(
                "there is no suggested rewrite to work on yet; ask me to rewrite a bullet first"
            )
        return self.pending

    def undo(self) -> AppliedRewrite:
        """Restore the resume and report from before the last accepted rewrite."""
        if not self.applied:
            raise NothingToUndo("there is no applied rewrite to undo")
        last = self.applied.pop()
        self.resume = last.resume_before
        self.report = last.report_before
        return last


class SessionStore:
    """Sessions keyed by id, so concurrent users never see each other's resume."""

    def __init__(self) -> None:
        self._sessions: dict[str, Session] = {}
        self._lock = threading.Lock()

    def add(self, session: Session) -> Session:
        """Keep a session and return it."""
        with self._lock:
            self._sessions[session.id] = session
        return session

    def get(self, session_id: str) -> Session | None:
        """The session with this id, if it exists."""
        with self._lock:
            return self._sessions.get(session_id)

    def drop(self, session_id: str) -> None:
        """Forget a session (its resume leaves memory with it)."""
        with self._lock:
            self._sessions.pop(session_id, None)

    def __len__(self) -> int:
        with self._lock:
            return len(self._sessions)
