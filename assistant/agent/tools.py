"""The assistant's tools over one session: the model picks them, code runs them, nothing copies the resume.

Each tool returns a :class:`ToolResult`: text for the model to read, plus the deterministic parts of the
answer (score facts, cited snippets, or a direct reply) that the answer composer adds itself.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from pydantic import BaseModel, Field

from assistant.agent.edits import TargetNotFound, bullet_refs, resolve_bullet, role_label
from assistant.agent.facts import component_lines, deduction_line, score_facts, total_line
from assistant.agent.injection import plain_terms
from assistant.agent.session import Scorer, Session
from assistant.errors import AssistantError
from assistant.knowledge.models import Snippet
from assistant.resume.models import Resume
from assistant.scoring.models import ScoreReport


class RetrieverLike(Protocol):
    """What the tools need from the knowledge retriever (``assistant.knowledge.Retriever`` fits)."""

    def search(self, query: str, k: int = 3) -> Sequence[Snippet]: ...  # noqa: D102


class RewriterLike(Protocol):
    """What the tools need from the rewriter (:class:`assistant.agent.rewrite.Rewriter` fits)."""

    def propose(  # noqa: D102
        self, session: Session, *, number: int | None, role: str | None, summary: bool, instruction: str
    ) -> str: ...

    def refine(self, session: Session, instruction: str) -> str: ...  # noqa: D102

    def accept(self, session: Session, scorer: Scorer) -> str: ...  # noqa: D102

    def undo(self, session: Session) -> str: ...  # noqa: D102


@dataclass
class ToolResult:
    """What a tool found; ``direct`` results are shown as they are, without model prose."""

    tool: str
    text: str
    facts: str | None = None
    snippets: list[Snippet] = field(default_factory=list)
    direct: bool = False


TOOL_DESCRIPTIONS: dict[str, str] = {
    "score": 'Just the numbers: the total score and each component ("what\'s my score?", "rescore").',
    "explain_deductions": "Explain why the score is what it is and how to raise it: the biggest deductions "
    "with points, evidence and fixes. Also for how ONE part of this resume scores (skills, bullets, title, "
    "experience, education, keywords, format): set component.",
    "missing_keywords": "List the job's keywords and skills the resume lacks (required first) and where "
    "they could honestly go.",
    "best_practice": "General resume advice, not about this resume's score: length, layout, columns, "
    "tables, photos, fonts, file type, how to write bullets, ATS tips.",
    "show_resume": "Show one resume section, or one bullet by its number or role.",
    "rewrite": "Rewrite a bullet (by number or role) or the summary for this job, without inventing facts.",
    "refine_suggestion": "Change the pending rewrite as the user asks (shorter, mention something, use a "
    "number they give).",
    "apply_rewrite": "Accept the pending rewrite: apply it to the resume and re-score.",
    "undo_rewrite": "Undo the last applied rewrite and restore the previous resume and score.",
}
TOOL_NAMES: tuple[str, ...] = tuple(TOOL_DESCRIPTIONS)


class ExplainArgs(BaseModel):
    """Arguments of explain_deductions."""

    n: int = Field(default=3, ge=1, le=10, description="How many deductions to explain.")
    component: str = Field(default="", description="A component id to focus on, or empty for all.")


class MissingArgs(BaseModel):
    """Arguments of missing_keywords."""

    limit: int = Field(default=8, ge=1, le=30, description="How many missing terms to list.")


class SearchArgs(BaseModel):
    """Arguments of best_practice."""

    query: str = Field(description="What to look up, in a few words.")


class ShowArgs(BaseModel):
    """Arguments of show_resume."""

    section: str = Field(default="", description="Section name (experience, skills, summary...), or empty.")
    bullet_index: int = Field(default=0, ge=0, description="1-based bullet number, or 0.")
    role: str = Field(default="", description="Words naming a role or employer, or empty.")


class RewriteArgs(BaseModel):
    """Arguments of rewrite."""

    bullet_index: int = Field(
        default=0, ge=0, description="1-based bullet number (within the role if given)."
    )
    role: str = Field(default="", description="Words naming a role or employer, or empty.")
    summary: bool = Field(default=False, description="True to rewrite the summary instead of a bullet.")
    instruction: str = Field(default="", description="How the user wants it changed, in their words.")


class RefineArgs(BaseModel):
    """Arguments of refine_suggestion."""

    instruction: str = Field(description="The user's change request, in their words.")


class NoArgs(BaseModel):
    """A tool without arguments."""


class ToolBox:
    """The tools bound to one session; ``results`` keeps what ran for the answer composer."""

    def __init__(
        self,
        session: Session,
        *,
        scorer: Scorer,
        retriever: RetrieverLike | None,
        rewriter: RewriterLike,
    ) -> None:
        self.session = session
        self.scorer = scorer
        self.retriever = retriever
        self.rewriter = rewriter
        self.results: list[ToolResult] = []

    @property
    def report(self) -> ScoreReport:
        """The session's current report (scored on first use)."""
        return self.session.ensure_report(self.scorer)

    def run(self, tool: str, **args: Any) -> ToolResult:
        """Run one tool by name; user-facing errors become the tool's answer instead of a crash."""
        handlers: dict[str, Callable[..., ToolResult]] = {
            "score": self.score,
            "explain_deductions": self.explain_deductions,
            "missing_keywords": self.missing_keywords,
            "best_practice": self.best_practice,
            "show_resume": self.show_resume,
            "rewrite": self.rewrite,
            "refine_suggestion": self.refine_suggestion,
            "apply_rewrite": self.apply_rewrite,
            "undo_rewrite": self.undo_rewrite,
        }
        handler = handlers.get(tool)
        if handler is None:
            raise ValueError(f"unknown tool {tool!r}")
        try:
            result = handler(**args)
        except AssistantError as exc:
            result = ToolResult(tool, f"I couldn't do that: {exc.message}.", direct=True)
        self.results.append(result)
        return result

    def score(self) -> ToolResult:
        """Re-score the current resume."""
        report = self.session.rescore(self.scorer)
        lines = [total_line(report), *component_lines(report)]
        lines += [f"Deduction {i}: {deduction_line(d)}" for i, d in enumerate(report.top_deductions(3), 1)]
        components = "\n".join(f"- {line}" for line in component_lines(report))
        return ToolResult(
            "score", "\n".join(lines), facts=f"{score_facts(report)}\n- Components:\n{components}"
        )

    def explain_deductions(self, n: int = 3, component: str = "") -> ToolResult:
        """The biggest deductions, with evidence, fixes and the best-practice snippets behind them."""
        report = self.report
        component_id = component if report.component(component) else ""
        chosen = sorted(
            (d for d in report.deductions if d.component == component_id), key=lambda d: (-d.points, d.id)
        )[:n]
        lines = [total_line(report)]
        if component_id and not chosen:  # nothing lost there: explain what does cost points instead
            lines.append(f"No deductions in {component_id}; the biggest ones overall follow.")
            component_id = ""
        if not component_id:
            chosen = report.top_deductions(n)
        # Only the components in question: every line is prompt the model must read before answering.
        lines += component_lines(report, [component_id] if component_id else {d.component for d in chosen})
        lines += [f"Deduction {i}: {deduction_line(d)}" for i, d in enumerate(chosen, 1)]
        if not chosen:
            lines.append("No deductions" + (f" in {component_id}." if component_id else "."))
        snippets = self._search(_advice_query(chosen[:2]), k=2)
        facts = score_facts(report, top=n, component=component_id or None)
        return ToolResult("explain_deductions", "\n".join(lines), facts=facts, snippets=snippets)

    def missing_keywords(self, limit: int = 8) -> ToolResult:
        """Missing JD terms, required first, each with an honest place it could go if the user has it."""
        report = self.report
        plain = set(plain_terms(m.term for m in report.missing_keywords))
        missing = sorted(
            (m for m in report.missing_keywords if m.term in plain),
            key=lambda m: (not m.required, -m.jd_count, m.term),
        )[:limit]
        if not missing:
            text = "The resume already contains every keyword the scorer looks for."
            return ToolResult("missing_keywords", text, facts=f"Score facts: {total_line(report)}")
        lines = []
        for item in missing:
            need = "required" if item.required else "preferred"
            place = _honest_place(self.session, item.term)
            lines.append(f"- {item.term} ({need}, {item.category}): only if you really have it, {place}")
        self.session.asked_skills = [m.term for m in missing if m.required][:3]
        facts = "Missing keywords (from the score report), required first:\n" + "\n".join(lines)
        text = facts + "\nDo not claim any of these unless the candidate confirms having it."
        return ToolResult("missing_keywords", text, facts=facts)

    def best_practice(self, query: str) -> ToolResult:
        """Best-practice snippets from the knowledge base."""
        snippets = self._search(query or "resume best practices", k=3)
        if not snippets:
            return ToolResult("best_practice", "The knowledge base has nothing on that.")
        text = "\n".join(f"[{s.id}] {s.title}: {s.text}" for s in snippets)
        return ToolResult("best_practice", text, snippets=snippets)

    def show_resume(self, section: str = "", bullet_index: int = 0, role: str = "") -> ToolResult:
        """One bullet or one section, exactly as the resume has it now."""
        resume = self.session.resume
        if bullet_index or (role and not section):
            if bullet_index:
                ref = resolve_bullet(resume, bullet_index, role or None)
                return ToolResult("show_resume", f"{ref.label.capitalize()}: {ref.text}", direct=True)
            return ToolResult("show_resume", _role_text(resume, role), direct=True)
        name = section.strip().lower() or "experience"
        if name == "experience":
            return ToolResult("show_resume", _experience_text(resume), direct=True)
        found = next((s for s in resume.sections if s.name == name or s.heading.lower() == name), None)
        if found is None:
            names = ", ".join(dict.fromkeys(s.name for s in resume.sections)) or "none"
            return ToolResult(
                "show_resume", f"The resume has no {name} section (it has: {names}).", direct=True
            )
        body = "\n".join(found.lines) or "(empty)"
        return ToolResult("show_resume", f"{found.heading or found.name.capitalize()}:\n{body}", direct=True)

    def rewrite(
        self, bullet_index: int = 0, role: str = "", summary: bool = False, instruction: str = ""
    ) -> ToolResult:
        """Propose a verified rewrite (kept as the pending suggestion)."""
        text = self.rewriter.propose(
            self.session,
            number=bullet_index or None,
            role=role or None,
            summary=summary,
            instruction=instruction,
        )
        return ToolResult("rewrite", text, direct=True)

    def refine_suggestion(self, instruction: str) -> ToolResult:
        """Refine the pending suggestion."""
        return ToolResult("refine_suggestion", self.rewriter.refine(self.session, instruction), direct=True)

    def apply_rewrite(self) -> ToolResult:
        """Apply the pending suggestion and re-score."""
        text = self.rewriter.accept(self.session, self.scorer)
        return ToolResult("apply_rewrite", text, direct=True)

    def undo_rewrite(self) -> ToolResult:
        """Undo the last applied rewrite."""
        return ToolResult("undo_rewrite", self.rewriter.undo(self.session), direct=True)

    def _search(self, query: str, k: int) -> list[Snippet]:
        if self.retriever is None or not query.strip():
            return []
        try:
            return list(self.retriever.search(query, k=k))
        except AssistantError:
            return []

    def langchain_tools(self) -> list[Any]:
        """The same tools as LangChain StructuredTools (for backends with native tool calling)."""
        from langchain_core.tools import StructuredTool

        schemas: dict[str, type[BaseModel]] = {
            "score": NoArgs,
            "explain_deductions": ExplainArgs,
            "missing_keywords": MissingArgs,
            "best_practice": SearchArgs,
            "show_resume": ShowArgs,
            "rewrite": RewriteArgs,
            "refine_suggestion": RefineArgs,
            "apply_rewrite": NoArgs,
            "undo_rewrite": NoArgs,
        }

        def runner(name: str) -> Callable[..., str]:
            def call(**kwargs: Any) -> str:
                return self.run(name, **kwargs).text

            return call

        return [
            StructuredTool.from_function(
                func=runner(name), name=name, description=TOOL_DESCRIPTIONS[name], args_schema=schema
            )
            for name, schema in schemas.items()
        ]


def _experience_text(resume: Resume) -> str:
    refs = bullet_refs(resume)
    if not refs:
        return "The resume has no experience bullets."
    lines: list[str] = []
    current = -1
    for ref in refs:
        if ref.entry_index != current:
            current = ref.entry_index
            lines.append(role_label(resume, current) or "(untitled role)")
        lines.append(f"  {ref.number}. {ref.text}")
    return "\n".join(lines)


def _role_text(resume: Resume, role: str) -> str:
    refs = [r for r in bullet_refs(resume) if role.lower() in r.role.lower()]
    if not refs:
        raise TargetNotFound(f"no role matching {role!r}")
    return "\n".join([refs[0].role, *(f"  {r.number}. {r.text}" for r in refs)])


# What advice fits each component's deductions (a deduction's own words name the skill, not the fix,
# so searching with them finds unrelated snippets).
_COMPONENT_ADVICE: dict[str, str] = {
    "required_skills": "prioritize the job's required skills and mirror the job description keywords",
    "preferred_skills": "mirror the job description keywords and skills in context",
    "keywords": "mirror the job description keywords without keyword stuffing",
    "title": "match the job title keywords",
    "experience_years": "show seniority scope and years of experience",
    "education": "education section format degree",
    "parseability": "how ATS parsing works columns tables text boxes",
    "bullet_quality": "bullets start with action verbs and quantify impact",
    "format": "resume length page count and section headings",
}


def _advice_query(deductions: Sequence[Any]) -> str:
    """A knowledge-base query for the advice behind these deductions."""
    parts = [_COMPONENT_ADVICE.get(d.component, d.message) for d in deductions]
    return " ".join(dict.fromkeys(parts)) or "improve resume match score"


def _honest_place(session: Session, term: str) -> str:
    """Where a missing term could go: the skills list, plus the bullet whose words fit its JD context."""
    job_skill = next((s for s in session.job.hard_skills if s.name.lower() == term.lower()), None)
    context = set(re.findall(r"[a-z]{4,}", (job_skill.evidence if job_skill else term).lower()))
    best, best_overlap = None, 0
    for ref in bullet_refs(session.resume):
        overlap = len(context & set(re.findall(r"[a-z]{4,}", ref.text.lower())))
        if overlap > best_overlap:
            best, best_overlap = ref, overlap
    where = "add it to your Skills section"
    if best is not None:
        where += f" and to {best.label}, where it would fit the work described"
    return where + "."
