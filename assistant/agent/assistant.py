"""The assistant: one entry point over two loops that use the same tools and give the same answer shape.

Backends with native tool calling run a LangChain ``create_agent`` loop; the embedded small model runs a
guided loop (a schema-constrained routing step, tools in code, a streamed answer). Either way the score
facts, citations and injection notes are appended by code, so the report always has the last word.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, AIMessageChunk, BaseMessage, HumanMessage, SystemMessage

from assistant.agent.facts import grounded_stream
from assistant.agent.injection import find_injections, injection_notes
from assistant.agent.rewrite import Assessor, Rewriter
from assistant.agent.routing import Route, route_message, routing_prefix_messages
from assistant.agent.session import Scorer, Session
from assistant.agent.tools import RetrieverLike, ToolBox, ToolResult
from assistant.agent.verifier import SkillMatcherLike
from assistant.config import Settings
from assistant.jobs.models import JobDescription
from assistant.prompts import render
from assistant.resume.models import Resume

if TYPE_CHECKING:
    from assistant.knowledge.models import Snippet
    from assistant.llm.capabilities import Capabilities
    from assistant.llm.tokens import TokenCounter

OFF_TOPIC_REPLY = (
    "I can only help with your resume and this job application: ask me why your score is what it is, "
    "which keywords are missing, or to rewrite a bullet."
)
_STYLES: dict[str, str] = {
    "explain_deductions": "Explain the biggest deductions, biggest first, each with one concrete fix.",
    "missing_keywords": "Say which missing terms matter most (required first) and where each could go, "
    "only if the candidate really has it. Ask whether they have the required ones.",
    "best_practice": "Give the advice in plain words and cite the snippet ids you used in square brackets.",
    "score": "Summarise the score in two sentences: the total and the weakest components.",
    "general": "Answer briefly. If useful, say what you can do: explain the score, list missing keywords, "
    "show or rewrite bullets.",
}
_SENTENCES: dict[str, int] = {"explain_deductions": 4, "missing_keywords": 4, "best_practice": 4}
# The model's own words before the code appends the score facts: a few sentences, capped for latency.
ANSWER_CAP = 256
_HISTORY_CHARS = 400
SNIPPET_CHARS = 240  # the gist of a snippet; the id/title citation is appended by code anyway


def capped(model: BaseChatModel, max_tokens: int) -> BaseChatModel:
    """A copy of ``model`` that writes at most ``max_tokens`` (same loaded weights; fakes unchanged)."""
    fields = type(model).model_fields
    for name in ("max_tokens", "max_completion_tokens", "num_predict"):
        if name in fields:
            current = getattr(model, name, None)
            if current is None or current > max_tokens:
                return model.model_copy(update={name: max_tokens})
            return model
    return model


def _history_messages(session: Session) -> list[BaseMessage]:
    """The previous exchange as chat messages, each cut short (the score facts are restated anyway)."""
    messages: list[BaseMessage] = []
    for turn in session.recent_history(2):
        text = turn.text.split("\n\nScore facts")[0][:_HISTORY_CHARS]
        messages.append(HumanMessage(text) if turn.role == "user" else AIMessage(text))
    return messages


def default_scorer() -> Scorer:
    """The pure scorer from assistant.scoring (imported when first needed)."""
    from assistant.scoring import score_resume

    return score_resume


class Assistant:
    """Answers questions about one session's resume and job; holds no per-user state itself."""

    def __init__(
        self,
        model: BaseChatModel,
        retriever: RetrieverLike | None = None,
        settings: Settings | None = None,
        *,
        capabilities: Capabilities | None = None,
        scorer: Scorer | None = None,
        matcher: SkillMatcherLike | None = None,
        assessor: Assessor | None = None,
        answer_tokens: int = ANSWER_CAP,
        counter: TokenCounter | None = None,
    ) -> None:
        if capabilities is None and settings is not None:
            from assistant.llm.capabilities import get_capabilities

            capabilities = get_capabilities(settings)
        self.model = model
        self.retriever = retriever
        self.settings = settings
        self.native = bool(capabilities and capabilities.native_tool_calling)
        self.scorer = scorer or default_scorer()
        self.rewriter = Rewriter(model, matcher=matcher, assessor=assessor)
        self.answer_tokens = answer_tokens
        self.answer_model = capped(model, answer_tokens)
        self.context_tokens = (
            capabilities.context_tokens
            if capabilities is not None
            else (settings.context_tokens if settings is not None else 4096)
        )
        self._counter = counter

    def start(self, resume: Resume, job: JobDescription) -> Session:
        """A new, isolated session, scored once up front."""
        session = Session(resume=resume, job=job)
        session.rescore(self.scorer)
        return session

    def toolbox(self, session: Session) -> ToolBox:
        """The tools bound to ``session``."""
        return ToolBox(session, scorer=self.scorer, retriever=self.retriever, rewriter=self.rewriter)

    def prime(self) -> None:
        """Evaluate the fixed start of the routing prompt once, ahead of the first question.

        Only worth it for a model that keeps prompt states (the embedded llama.cpp one); a remote backend
        would just bill the tokens, so callers prime only the local provider.
        """
        if not self.native:
            self.model.invoke(routing_prefix_messages(), max_tokens=1)

    def route(self, session: Session, text: str) -> Route:
        """The guided loop's routing decision for ``text`` (exposed for evals)."""
        return route_message(self.model, session, text)

    def ask(self, session: Session, text: str, *, tool: str | None = None) -> Iterator[str]:
        """Stream the answer to one user message, recording both turns in the session.

        ``tool`` skips the routing step when the caller already knows the intent (a UI example button).
        """
        session.note_user_message(text)
        session.ensure_report(self.scorer)
        pieces: list[str] = []
        if tool is not None:
            loop = self._guided(session, text, Route(tool=tool, source="caller"))
        elif self.native:
            loop = self._native(session, text)
        else:
            loop = self._guided(session, text)
        for piece in loop:
            pieces.append(piece)
            yield piece
        session.note_assistant_message("".join(pieces))

    def rewrite(
        self,
        session: Session,
        *,
        number: int | None = None,
        role: str | None = None,
        summary: bool = False,
        instruction: str = "",
    ) -> str:
        """Propose a verified rewrite without the routing step (for the UI's buttons)."""
        session.ensure_report(self.scorer)
        return self.rewriter.propose(
            session, number=number, role=role, summary=summary, instruction=instruction
        )

    def accept(self, session: Session) -> str:
        """Apply the pending rewrite and re-score."""
        return self.rewriter.accept(session, self.scorer)

    def undo(self, session: Session) -> str:
        """Undo the last applied rewrite."""
        return self.rewriter.undo(session)

    def _guided(self, session: Session, text: str, route: Route | None = None) -> Iterator[str]:
        route = route or self.route(session, text)
        session.routes.append(route.tool)
        if route.tool == "off_topic":
            yield OFF_TOPIC_REPLY
            return
        box = self.toolbox(session)
        if route.tool == "general":
            result = ToolResult("general", _overview(session))
        else:
            result = box.run(route.tool, **route.tool_args(text))
        if result.direct:
            yield result.text
            return
        yield from self._compose(session, text, result)

    def _compose(self, session: Session, text: str, result: ToolResult) -> Iterator[str]:
        from assistant.llm import stream_text

        notes = self._injection_notes(session, text)
        messages = self.answer_messages(session, text, result, notes)
        wrong: list[str] = []
        yield from grounded_stream(stream_text(self.answer_model, messages), session.report, wrong)
        tail = _tail([result], notes, wrong)
        if tail:
            yield "\n\n" + tail

    def answer_messages(
        self, session: Session, text: str, result: ToolResult, notes: list[str]
    ) -> list[BaseMessage]:
        """The answer prompt fitted to the context: history and snippets go first, tool results never."""
        from assistant.llm import PromptParts, fit_prompt

        style = _STYLES.get(result.tool, _STYLES["general"])
        sentences = _SENTENCES.get(result.tool, 3)

        def prompt(results: str, snippets: Sequence[Snippet]) -> str:
            return render(
                "explain",
                question=text,
                results=results,
                snippets=[{"id": s.id, "title": s.title, "text": s.text[:SNIPPET_CHARS]} for s in snippets],
                injection_notes=notes,
                style=style,
                max_sentences=sentences,
            )

        system = render("system", job_title=session.job.title or "")
        frame = prompt("", [])  # the template's own words, counted with the system prompt
        counter = self.counter()
        snippet_text = {f"[{s.id}] {s.title}: {s.text[:SNIPPET_CHARS]}": s for s in result.snippets}
        parts = PromptParts(
            system=system + "\n" + frame,
            facts=result.text,
            question="",  # the question is inside the frame already
            snippets=tuple(snippet_text),
            history=tuple(_history_messages(session)),
        )
        budget = self.context_tokens - self.answer_tokens
        fitted = fit_prompt(parts, budget, counter).parts
        kept = [snippet_text[s] for s in fitted.snippets]
        return [SystemMessage(system), *fitted.history, HumanMessage(prompt(result.text, kept))]

    def counter(self) -> TokenCounter:
        """The model's token counter (a rough one when no settings say which tokenizer to use)."""
        if self._counter is None:
            from assistant.llm import TokenCounter, token_counter_for

            if self.settings is not None:
                self._counter = token_counter_for(self.model, self.settings)
            else:
                self._counter = TokenCounter("approx", lambda t: range(len(t) // 3 + 1))
        return self._counter

    def _native(self, session: Session, text: str) -> Iterator[str]:
        from langchain.agents import create_agent

        from assistant.llm.failures import backend_errors, backend_ref_for

        box = self.toolbox(session)
        system = render("system", job_title=session.job.title or "") + (
            "\nUse the tools: they read the candidate's resume, job description and score report for you."
        )
        agent: Any = create_agent(self.model, tools=box.langchain_tools(), system_prompt=system)
        history: list[BaseMessage] = [
            HumanMessage(t.text) if t.role == "user" else AIMessage(t.text) for t in session.history[-6:]
        ]
        wrong: list[str] = []
        said: list[str] = []

        def tokens() -> Iterable[str]:
            with backend_errors(backend_ref_for(self.model)):
                for chunk, meta in agent.stream({"messages": history}, stream_mode="messages"):
                    if (
                        isinstance(chunk, AIMessageChunk)
                        and meta.get("langgraph_node") == "model"
                        and chunk.text
                    ):
                        said.append(chunk.text)
                        yield chunk.text

        yield from grounded_stream(tokens(), session.report, wrong)
        spoken = "".join(said)
        direct = [r.text for r in box.results if r.direct and r.text not in spoken]
        if direct:
            yield "\n\n" + "\n\n".join(direct)
        session.routes.extend(r.tool for r in box.results)
        tail = _tail(box.results, self._injection_notes(session, text), wrong)
        if tail:
            yield "\n\n" + tail

    def _injection_notes(self, session: Session, text: str) -> list[str]:
        notes = injection_notes(session.resume.text, session.job.text)
        hidden = session.resume.layout.hidden_text
        if any(find_injections(h.text, "hidden text") for h in hidden):
            notes.append("the resume has hidden text containing instructions")
        notes += [hit.describe() for hit in find_injections(text, "message")]
        return notes


def _overview(session: Session) -> str:
    report = session.report
    lines = [f"Job: {session.job.title or 'not named'}."]
    if report is not None:
        lines.append(f"Current total score: {report.score:.1f}/100 (from the score report).")
    lines.append(f"The resume has {len(session.resume.bullets)} experience bullets.")
    return "\n".join(lines)


def _tail(results: Iterable[ToolResult], notes: list[str], wrong: list[str]) -> str:
    """The deterministic end of a grounded answer: facts, sources, injection notes, corrections."""
    parts: list[str] = []
    seen_facts: set[str] = set()
    for result in results:
        if result.facts and result.facts not in seen_facts:
            seen_facts.add(result.facts)
            parts.append(result.facts)
    snippets = {s.id: s for r in results for s in r.snippets}
    if snippets:
        parts.append("Sources: " + "; ".join(f"[{s.id}] {s.title}" for s in snippets.values()))
    if notes:
        parts.append(
            "Note: " + "; ".join(notes) + ". I treated it as data: it does not change the score or my advice."
        )
    if wrong:
        count = len(dict.fromkeys(wrong))  # not quoted: a wrong claim is not repeated, even as a citation
        parts.append(
            f"Correction: {count} figure(s) in the answer did not match the score report and were removed;"
            " the Score facts are authoritative."
        )
    return "\n\n".join(parts)
