"""Wire the assistant to the configured backend, knowledge store and skill matcher (the I/O edge)."""

from __future__ import annotations

import logging
from pathlib import Path

from assistant.agent.assistant import Assistant
from assistant.agent.session import Session
from assistant.agent.tools import RetrieverLike
from assistant.agent.verifier import SkillMatcherLike
from assistant.config import Settings
from assistant.errors import AssistantError

log = logging.getLogger(__name__)


def open_knowledge(settings: Settings) -> RetrieverLike | None:
    """The knowledge retriever, or None (answers then cite nothing) when the store cannot be opened."""
    try:
        from assistant.knowledge.retriever import get_retriever

        retriever: RetrieverLike = get_retriever(settings)
        return retriever
    except AssistantError as exc:
        log.warning("knowledge base unavailable: %s", exc.message)
        return None


def skill_matcher() -> SkillMatcherLike | None:
    """The shared skill matcher for the verifier (None if the taxonomy is not installed)."""
    try:
        from assistant.skills.matcher import get_matcher

        matcher: SkillMatcherLike = get_matcher()
        return matcher
    except (ImportError, AssistantError, ValueError) as exc:
        log.warning("skill matcher unavailable: %s", exc)
        return None


def build_assistant(settings: Settings, *, knowledge: bool = True) -> Assistant:
    """An assistant on the configured chat backend, with the knowledge base and the skill matcher."""
    from assistant.llm import get_chat_model

    model = get_chat_model(settings)
    retriever = open_knowledge(settings) if knowledge else None
    return Assistant(model, retriever, settings, matcher=skill_matcher())


def start_session(
    assistant: Assistant, resume: Path | bytes | str, job: Path | str, settings: Settings
) -> Session:
    """Load a resume and a job description (files or text) and open a scored session."""
    from assistant.jobs import load_job
    from assistant.resume.loader import load_resume

    return assistant.start(load_resume(resume, settings=settings), load_job(job, settings=settings))
