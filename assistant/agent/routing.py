"""The routing step for models without reliable tool calls: schema-constrained JSON picks the tool."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import BaseMessage, HumanMessage, SystemMessage

from assistant.agent.edits import ordinal_in
from assistant.agent.session import Session
from assistant.agent.tools import TOOL_DESCRIPTIONS, TOOL_NAMES
from assistant.errors import BackendUnavailable
from assistant.prompts import render
from assistant.resume.models import SectionName
from assistant.scoring.weights import BASE_WEIGHTS

EXTRA_ROUTES: tuple[str, ...] = ("general", "off_topic")
ROUTES: tuple[str, ...] = (*TOOL_NAMES, *EXTRA_ROUTES)
COMPONENT_IDS: tuple[str, ...] = tuple(BASE_WEIGHTS)  # the scorer's ids, in report order
SECTIONS: tuple[str, ...] = SectionName.__args__  # type: ignore[attr-defined]
ROUTE_MAX_TOKENS = 160


def routing_schema() -> dict[str, Any]:
    """The JSON schema the routing reply must follow (enums keep a small model on the rails)."""
    return {
        "type": "object",
        "properties": {
            "tool": {"type": "string", "enum": list(ROUTES)},
            "bullet_index": {"type": "integer", "minimum": 0, "maximum": 50},
            "role": {"type": "string", "maxLength": 60},
            "section": {"type": "string", "enum": ["", *SECTIONS]},
            "component": {"type": "string", "enum": ["", *COMPONENT_IDS]},
            "query": {"type": "string", "maxLength": 120},
            "instruction": {"type": "string", "maxLength": 160},
        },
        "required": ["tool", "bullet_index", "role", "section", "component", "query", "instruction"],
        "additionalProperties": False,
    }


@dataclass(frozen=True)
class Route:
    """The chosen tool and its arguments; ``source`` says whether the model or the fallback chose."""

    tool: str
    bullet_index: int = 0
    role: str = ""
    section: str = ""
    component: str = ""
    query: str = ""
    instruction: str = ""
    source: str = "model"

    def tool_args(self, message: str) -> dict[str, Any]:
        """Arguments for the chosen tool, repaired in code where the message is explicit."""
        number = self.bullet_index or ordinal_in(message) or 0
        if self.tool == "explain_deductions":
            return {"component": self.component}
        if self.tool == "best_practice":
            return {"query": self.query or message}
        if self.tool == "show_resume":
            return {"section": self.section, "bullet_index": max(number, 0), "role": self.role}
        if self.tool == "rewrite":
            return {
                "bullet_index": max(number, 0),
                "role": self.role,
                "summary": self.section == "summary" or ("summary" in message.lower() and not number),
                "instruction": self.instruction,
            }
        if self.tool == "refine_suggestion":
            return {"instruction": self.instruction or message}
        return {}


def routing_messages(session: Session, message: str) -> list[BaseMessage]:
    """The routing prompt: tool list, schema hints, a little history, the message marked as data."""
    history = [{"role": t.role, "text": " ".join(t.text.split())[:200]} for t in session.recent_history(2)]
    return _routing_prompt(has_pending=session.pending is not None, history=history, message=message)


def routing_prefix_messages() -> list[BaseMessage]:
    """The routing prompt of a first question, without the question: its tokens start every first route.

    Evaluating it once ahead (see ``Assistant.prime``) lets a model that keeps prompt states skip
    ~1,200 of the ~1,400 tokens when the user's first question arrives.
    """
    return _routing_prompt(has_pending=False, history=[], message="")


def _routing_prompt(*, has_pending: bool, history: list[dict[str, str]], message: str) -> list[BaseMessage]:
    tools = [{"name": name, "description": TOOL_DESCRIPTIONS[name]} for name in TOOL_NAMES]
    prompt = render(
        "routing",
        tools=tools,
        components=COMPONENT_IDS,
        sections=SECTIONS,
        has_pending=has_pending,
        history=history,
        message=message,
    )
    return [
        SystemMessage("You route messages for an ATS resume assistant. Reply with JSON only."),
        HumanMessage(prompt),
    ]


def route_message(model: BaseChatModel, session: Session, message: str) -> Route:
    """Ask the model which tool answers ``message``; fall back to keywords if its JSON is unusable."""
    from assistant.llm import invoke_json

    try:
        value = invoke_json(
            model, routing_messages(session, message), routing_schema(), max_tokens=ROUTE_MAX_TOKENS
        )
    except BackendUnavailable as exc:
        if "JSON" not in exc.message:
            raise
        return keyword_route(message, has_pending=session.pending is not None)
    route = Route(
        tool=str(value["tool"]),
        bullet_index=int(value.get("bullet_index") or 0),
        role=str(value.get("role") or ""),
        section=str(value.get("section") or ""),
        component=str(value.get("component") or ""),
        query=str(value.get("query") or ""),
        instruction=str(value.get("instruction") or ""),
    )
    return repair_route(route, message, has_pending=session.pending is not None)


_HOW_WHY = re.compile(
    r"\b(?:why|how (?:do|can|could|should) i|improve|raise|increase|better|enough|meet|hurt|fix)\b", re.I
)
_ADVICE_QUESTION = re.compile(
    r"^\s*(?:should i|is it (?:ok|okay|fine|bad|better)|is an?|are|can i|do i need|how (?:do|should) i "
    r"(?:write|format|list|structure|name))\b",
    re.I,
)
_RESUME_WORDS = re.compile(
    r"\b(?:resumes?|cvs?|bullets?|bullet points|layouts?|columns?|photos?|pictures?|fonts?|pages?|tables?|"
    r"headers?|cover letters?|references?|pdf|docx)\b",
    re.I,
)


def repair_route(route: Route, message: str, *, has_pending: bool) -> Route:
    """Fix slips small models make often, where the message leaves no doubt.

    - "rewrite" with no target while a suggestion is pending: a change request like "mention Kafka"
      names no bullet, so it refines the suggestion (a bullet number, role or summary starts a new one).
    - "score" for a how/why question: the score tool only prints numbers; explaining is what was asked.
    - a general resume-advice question ("should I ...", "is a ... OK") routed to general, show_resume or
      score: that is best_practice.
    - "rewrite" for a request to write code, a poem or a story that names nothing in the resume: off topic.
    - "explain_deductions" limited to a component the message does not mention ("Which deductions hurt me
      most?" is about all of them): the limit is dropped.
    - "show_resume" for a first-person statement of fact ("I used Kafka at ...") with no question and no
      show/display verb: the user is telling us something, which the general reply acknowledges.
    """
    if route.tool == "score" and _HOW_WHY.search(message):
        return replace(route, tool="explain_deductions")
    if (
        route.tool in {"general", "show_resume", "score"}
        and _ADVICE_QUESTION.search(message)
        and _RESUME_WORDS.search(message)
        and not ordinal_in(message)
    ):
        return replace(route, tool="best_practice", query=route.query or message)
    if route.tool == "explain_deductions" and route.component and not _COMPONENT_CUE.search(message):
        return replace(route, component="")
    if route.tool == "rewrite" and _NOT_RESUME_WRITING.search(message) and not _RESUME_TARGET.search(message):
        return replace(route, tool="off_topic")
    if route.tool == "show_resume" and _STATED_FACT.search(message) and not _SHOW_VERB.search(message):
        return replace(route, tool="general")
    if (
        has_pending
        and route.tool == "rewrite"
        # targets from the message itself: the model often copies a bullet number from the history
        and not ordinal_in(message)
        and not (route.role and route.role.lower() in message.lower())
        and not re.search(r"\b(?:bullet|summary|role|job at)\b", message, re.IGNORECASE)
    ):
        return replace(route, tool="refine_suggestion", instruction=route.instruction or message)
    return route


_NOT_RESUME_WRITING = re.compile(
    r"\b(?:function|code|script|program|class|sql query|regex|poem|song|story|essay|haiku|joke)\b", re.I
)
_RESUME_TARGET = re.compile(
    r"\b(?:resumes?|cvs?|bullets?|summary|role|job at|experience|skills?|section|cover letter)\b", re.I
)
_COMPONENT_CUE = re.compile(
    r"\b(?:skills?|requirements?|required|preferred|nice to have|stack|tools?|titles?|years?|experience|"
    r"seniority|degrees?|education|certifications?|certificates?|licen[cs]es?|keywords?|terms?|wording|"
    r"pars\w*|columns?|tables?|headers?|layout|readab\w*|bullets?|action verbs?|quantif\w*|numbers?|"
    r"metrics?|format\w*|length|pages?|long|fonts?|components?)\b",
    re.I,
)
_STATED_FACT = re.compile(
    r"^\s*(?:i|i've|i have|i also|we)\s+(?:used|use|built|led|managed|worked|shipped|ran|have|had|know|"
    r"did|wrote|created|launched|grew|cut|saved|increased|reduced|was)\b[^?]*$",
    re.I,
)
_SHOW_VERB = re.compile(r"\b(?:show|display|see|view|print|list)\b", re.I)


_KEYWORDS: Sequence[tuple[str, tuple[str, ...]]] = (
    ("undo_rewrite", ("undo", "revert", "go back", "restore")),
    ("apply_rewrite", ("accept", "apply it", "use it", "looks good")),
    ("refine_suggestion", ("shorter", "longer", "mention", "use the number", "punchier", "rephrase")),
    ("rewrite", ("rewrite", "improve my", "reword", "make my", "better version")),
    ("missing_keywords", ("missing", "keywords", "lack")),
    ("explain_deductions", ("why", "low", "deduction", "hurt", "losing", "lose points")),
    ("score", ("score", "rate", "how well")),
    ("show_resume", ("show", "display", "what does my")),
    ("best_practice", ("should", "how long", "tips", "best practice", "advice", "format")),
)


def keyword_route(message: str, *, has_pending: bool) -> Route:
    """A deterministic last resort when the model's routing reply cannot be parsed."""
    lowered = message.lower()
    for tool, words in _KEYWORDS:
        if tool in {"refine_suggestion", "apply_rewrite"} and not has_pending:
            continue
        if any(w in lowered for w in words):
            return Route(tool=tool, source="fallback")
    return Route(tool="general", source="fallback")
