"""Rewrite a bullet or the summary with the model, then let the verifier decide what may stay.

The model drafts; code checks. Unsupported numbers become placeholders, unsupported skills, tools,
employers, titles or dates send the draft back once with feedback, and if they survive, the assistant
asks the user instead of claiming them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any, Protocol

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import BaseMessage, HumanMessage, SystemMessage

from assistant.agent.edits import BulletRef, TargetNotFound, bullet_refs, resolve_bullet, role_label
from assistant.agent.facts import fmt
from assistant.agent.injection import plain_terms
from assistant.agent.session import AppliedRewrite, Edit, Scorer, Session, Suggestion
from assistant.agent.shorten import shorten_bullet
from assistant.agent.verbs import verb_choices
from assistant.agent.verifier import SkillMatcherLike, Verification, verify_rewrite
from assistant.prompts import render

MAX_ROLE_BULLETS = 5
MAX_CHARS = 220  # about two lines on a resume
DRAFT_TOKENS = 96  # a bullet of up to ~180 characters plus the JSON around it


def bullet_schema(verbs: Sequence[str]) -> dict[str, Any]:
    """The draft's JSON shape: the grammar forces a strong action verb first and caps the length."""
    return {
        "type": "object",
        "properties": {
            "verb": {"type": "string", "enum": list(verbs)},
            "rest": {"type": "string", "minLength": 8, "maxLength": 150},
        },
        "required": ["verb", "rest"],
        "additionalProperties": False,
    }


def summary_schema() -> dict[str, Any]:
    """The summary draft's JSON shape (length capped by the grammar)."""
    return {
        "type": "object",
        "properties": {"text": {"type": "string", "minLength": 20, "maxLength": 330}},
        "required": ["text"],
        "additionalProperties": False,
    }


def join_draft(
    verb: str, rest: str, original: str = "", is_action: Callable[[str], bool] | None = None
) -> str:
    """Verb + rest as one bullet; if ``rest`` opens with its own action verb, that verb wins."""
    lines = [line.strip() for line in rest.strip().splitlines() if line.strip()]
    rest = (lines[0] if lines else "").strip().strip("\"“”'`").strip()
    first, _, tail = rest.partition(" ")
    bare = first.lower().strip(",.;:")
    if bare in {verb.lower(), verb.lower().rstrip("d"), verb.lower().removesuffix("ed")}:
        rest = tail
    elif is_action is not None and first[:1].isupper() and tail and is_action(first):
        return f"{first} {tail}".strip().rstrip(";,")  # the model put its own verb in "rest": keep it
    word = rest.split(" ", 1)[0].strip(",.;:")
    if word[:1].isupper() and word[1:].islower() and word not in original:
        rest = rest[0].lower() + rest[1:]  # "Built Reports" -> "Built reports", "Python" stays
    return f"{verb} {rest}".strip().rstrip(";,")


_THIRD_PERSON = re.compile(r"\b(?:the candidate|candidate's|they|their|he|she|his|her)\b", re.IGNORECASE)
_SENTENCE_BREAK = re.compile(r"[.!?]\s+[A-Z]")


def bullet_style_problems(text: str) -> list[str]:
    """Faults code can see: more than one sentence, or the candidate in the third person."""
    problems = []
    if _SENTENCE_BREAK.search(text):
        problems.append("it must be one sentence")
    if _THIRD_PERSON.search(text):
        problems.append("write it as a resume bullet, without 'the candidate', 'they' or 'their'")
    return problems


class AssessmentLike(Protocol):
    """What the rewriter needs from ``assistant.scoring.bullets.BulletAssessment``."""

    @property
    def action_verb(self) -> bool: ...  # noqa: D102

    @property
    def score(self) -> float: ...  # noqa: D102


Assessor = Callable[[str], AssessmentLike]


def default_assessor() -> Assessor:
    """The scorer's own bullet assessment, so "better" means what the score means."""
    from assistant.scoring.bullets import assess_bullet

    return assess_bullet


def clean_draft(text: str) -> str:
    """The rewrite alone: first non-empty line, no label, quotes or bullet glyph."""
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    line = lines[0] if lines else ""
    line = re.sub(
        r"^(?:rewritten|rewrite|new|revised|improved)?\s*(?:bullet|summary|version)?\s*:\s*",
        "",
        line,
        flags=re.I,
    )
    line = re.sub(r"^[-*•·▪>\d.)\s]+(?=[A-Za-z\[])", "", line)
    return line.strip().strip("\"“”'`").strip()


class Rewriter:
    """Drafts rewrites with a chat model and keeps only what the verifier accepts."""

    def __init__(
        self,
        model: BaseChatModel,
        *,
        matcher: SkillMatcherLike | None = None,
        assessor: Assessor | None = None,
        attempts: int = 2,
    ) -> None:
        self.model = model
        self.matcher = matcher
        self._assessor = assessor
        self.attempts = attempts

    @property
    def assessor(self) -> Assessor:
        """The bullet assessor (the scorer's, unless one was injected)."""
        if self._assessor is None:
            self._assessor = default_assessor()
        return self._assessor

    def propose(
        self, session: Session, *, number: int | None, role: str | None, summary: bool, instruction: str
    ) -> str:
        """Draft a verified rewrite for a bullet, all bullets of a role, or the summary; keep it pending."""
        if summary:
            original = session.resume.summary or ""
            if not original.strip():
                return "Your resume has no summary to rewrite. Tell me what you'd like it to say."
            edits_in: list[tuple[str, BulletRef | None]] = [(original, None)]
        elif role and not number:
            refs = self._role_refs(session, role)
            edits_in = [(ref.text, ref) for ref in refs[:MAX_ROLE_BULLETS]]
        else:
            ref = resolve_bullet(session.resume, number, role)
            edits_in = [(ref.text, ref)]
        return self._draft_all(session, edits_in, instruction=instruction, previous=None)

    def refine(self, session: Session, instruction: str) -> str:
        """Redo the pending suggestion with the user's change request."""
        pending = session.take_pending()
        edits_in = [(e.original, e.ref) for e in pending.edits]
        previous = [e.new for e in pending.edits]
        return self._draft_all(
            session, edits_in, instruction=instruction, previous=previous, history=pending.instructions
        )

    def accept(self, session: Session, scorer: Scorer) -> str:
        """Apply the pending suggestion to the resume, re-score, and report the change."""
        from assistant.agent.edits import replace_bullet, replace_summary

        pending = session.take_pending()
        before_resume, before_report = session.resume, session.ensure_report(scorer)
        resume = session.resume
        for edit in pending.edits:
            if edit.ref is not None:
                current = bullet_refs(resume)[edit.ref.number - 1]
                resume = replace_bullet(resume, current, edit.new)
            else:
                resume = replace_summary(resume, edit.new)
        session.resume = resume
        after = session.rescore(scorer)
        session.applied.append(AppliedRewrite(pending, before_resume, before_report))
        session.pending = None
        lines = [
            f"Applied the rewrite of {', '.join(e.label for e in pending.edits)}.",
            _delta(before_report, after),
        ]
        if pending.placeholders:
            lines.append(
                f"Remember to replace the placeholders ({', '.join(pending.placeholders)}) with real figures."
            )
        lines.append('Say "undo" to restore the previous version.')
        return "\n".join(lines)

    def undo(self, session: Session) -> str:
        """Restore the resume and score from before the last accepted rewrite."""
        current = session.report
        last = session.undo()
        restored = session.report
        labels = ", ".join(e.label for e in last.suggestion.edits)
        delta = _delta(current, restored) if current is not None and restored is not None else ""
        return f"Undid the rewrite of {labels}; the previous text is back.\n{delta}".strip()

    def _role_refs(self, session: Session, role: str) -> list[BulletRef]:
        from assistant.agent.edits import find_role

        entry = find_role(session.resume, role)
        if entry is None:
            roles = "; ".join(role_label(session.resume, i) for i in range(len(session.resume.experience)))
            raise TargetNotFound(f"no role matching {role!r}; the roles are: {roles}")
        refs = [r for r in bullet_refs(session.resume) if r.entry_index == entry]
        if not refs:
            raise TargetNotFound(f"the role {role_label(session.resume, entry)} has no bullets")
        return refs

    def _sources(self, session: Session) -> list[str]:
        return [session.resume.text, *(s for s in session.resume.skills), *session.user_facts]

    def _unstated_skills(self, session: Session, instruction: str) -> list[str]:
        """Skills or tools the user asks to mention that neither the resume nor the user vouches for."""
        asked = re.findall(
            r"\b(?:mention|add|include|highlight|say|list|use)\s+([^,;.!?]+)", instruction, re.I
        )
        if not asked:
            return []
        phrase = " and ".join(asked)
        result = verify_rewrite(f"Added {phrase}", sources=self._sources(session), matcher=self.matcher)
        kinds = {"skill", "certification", "name"}
        return [f.term for f in result.rejected if f.kind in kinds]

    def _draft_all(
        self,
        session: Session,
        edits_in: Sequence[tuple[str, BulletRef | None]],
        *,
        instruction: str,
        previous: Sequence[str] | None,
        history: Sequence[str] = (),
    ) -> str:
        unstated = self._unstated_skills(session, instruction)
        if unstated:
            session.asked_skills = unstated
            names = ", ".join(unstated)
            return (
                f"Your resume doesn't show {names}, so I won't add it as if you had it. "
                f"Have you used {names}? "
                f'If so, tell me how (for example "I used {unstated[0]} to ...") and I\'ll work it in.'
            )
        instructions = tuple(history) + ((instruction,) if instruction else ())
        edits: list[Edit] = []
        placeholders: list[str] = []
        notes: list[str] = []
        for index, (original, ref) in enumerate(edits_in):
            prior = previous[index] if previous else None
            verification, issue = self._draft_one(session, original, ref, instructions, prior)
            if issue:
                notes.append(f"{ref.label if ref else 'summary'}: {issue}")
                continue
            edits.append(Edit("bullet" if ref else "summary", original, verification.text, ref))
            placeholders += verification.placeholders
        if not edits:
            return "I couldn't write a version that stays within your resume's facts. " + " ".join(notes)
        session.pending = Suggestion(
            tuple(edits), tuple(dict.fromkeys(placeholders)), tuple(notes), instructions
        )
        return self._describe(session, session.pending)

    def _draft_one(
        self,
        session: Session,
        original: str,
        ref: BulletRef | None,
        instructions: Sequence[str],
        previous: str | None,
    ) -> tuple[Verification, str]:
        kind = "bullet" if ref else "summary"
        shorter = bool(previous) and _wants_shorter(instructions)
        feedback = ""
        last: Verification | None = None
        usable: Verification | None = None  # a draft that broke only a soft rule (it is no stronger)
        for _ in range(self.attempts):
            draft = clean_draft(
                self._generate(session, kind, original, ref, instructions, previous, feedback)
            )
            last = verify_rewrite(draft, sources=self._sources(session), matcher=self.matcher)
            problems = [f.describe() for f in last.rejected]
            if not draft:
                problems.append("the reply was empty")
            elif kind == "bullet" and not self.assessor(last.text).action_verb:
                problems.append("it must start with a strong past-tense action verb")
            if kind == "bullet":
                problems += bullet_style_problems(last.text)
            if len(last.text) > MAX_CHARS * (1.5 if kind == "summary" else 1):
                problems.append("it is longer than two lines")
            if shorter and previous is not None and len(last.text) >= len(previous):
                problems.append("it must be shorter than the previous suggestion")
            if not problems and kind == "bullet" and not shorter and not self._stronger(last.text, original):
                usable = usable or last
                problems.append(
                    "it is no stronger than the original: lead with what the work achieved, and where the "
                    "figure is unknown write a placeholder such as [X]% or [N] reports"
                )
            if not problems:
                return last, ""
            feedback = "; ".join(problems) + ". Remove anything not in the original or the stated facts."
        if usable is not None:
            return usable, ""
        if shorter and previous is not None:
            fallback = self._shortened(session, previous)
            if fallback is not None:
                return fallback, ""
        assert last is not None
        unsupported = [f.term for f in last.rejected]
        if unsupported:
            session.asked_skills = [f.term for f in last.rejected if f.kind in {"skill", "certification"}]
            return last, (
                f"every draft added things your resume doesn't show ({', '.join(unsupported)}). "
                "If they are true, tell me and I'll include them."
            )
        return last, f"the draft did not meet the rules ({feedback.split('.')[0]})."

    def _stronger(self, draft: str, original: str) -> bool:
        """Whether a bullet draft assesses higher than the original (or the original is already 100)."""
        before = self.assessor(original).score
        return before >= 100.0 or self.assessor(draft).score > before

    def _shortened(self, session: Session, previous: str) -> Verification | None:
        """The previous suggestion shortened by rules (see shorten.py), if the rules shorten it."""
        text = shorten_bullet(previous)
        if len(text) >= len(previous):
            return None
        checked = verify_rewrite(text, sources=self._sources(session), matcher=self.matcher)
        return None if checked.rejected else checked

    def _generate(
        self,
        session: Session,
        kind: str,
        original: str,
        ref: BulletRef | None,
        instructions: Sequence[str],
        previous: str | None,
        feedback: str,
    ) -> str:
        report = session.report
        skills_have = plain_terms(m.term for m in report.matched_keywords)[:12] if report else []
        prompt = render(
            "rewrite",
            kind=kind,
            job_title=session.job.title or "the target job",
            role=ref.role if ref else "",
            original=original,
            previous=previous or "",
            skills_have=skills_have,
            facts=session.user_facts[-5:],
            instruction="; ".join(instructions),
            feedback=feedback,
            length_rule=(
                "Keep it to two or three sentences."
                if kind == "summary"
                else "Keep it to one line, two at most."
            ),
        )
        messages: list[BaseMessage] = [
            SystemMessage(render("system", job_title=session.job.title or "")),
            HumanMessage(prompt),
        ]
        from assistant.llm import invoke_json

        if kind == "summary":
            value = invoke_json(self.model, messages, summary_schema(), max_tokens=DRAFT_TOKENS * 2)
            return str(value["text"])
        value = invoke_json(
            self.model, messages, bullet_schema(self.verbs_for(original)), max_tokens=DRAFT_TOKENS
        )
        return join_draft(
            str(value["verb"]),
            str(value["rest"]),
            original,
            lambda w: self.assessor(f"{w} the reports").action_verb,
        )

    def verbs_for(self, original: str) -> list[str]:
        """The verb enum for one bullet, limited to verbs the (possibly injected) assessor accepts."""
        return verb_choices(original, is_action=lambda v: self.assessor(f"{v} the reports").action_verb) or [
            "Built"
        ]

    def _describe(self, session: Session, suggestion: Suggestion) -> str:
        lines: list[str] = []
        for edit in suggestion.edits:
            lines.append(f"Suggested rewrite of {edit.label}:\n  {edit.new}\nWas:\n  {edit.original}")
            if edit.kind == "bullet":
                before, after = self.assessor(edit.original).score, self.assessor(edit.new).score
                lines.append(f"Bullet quality: {fmt(before)} -> {fmt(after)}.")
                if after <= before < 100.0:
                    lines.append(
                        "This wording is no stronger than yours. What would lift it is the result: "
                        "tell me a figure (reports built, hours saved, users served) and I'll work it in."
                    )
        if suggestion.placeholders:
            lines.append(
                f"Fill in the placeholders ({', '.join(suggestion.placeholders)}) with real figures, "
                'or tell me them (e.g. "use the number 40%").'
            )
        lines += list(suggestion.notes)
        missing = plain_terms(
            m.term for m in (session.report.missing_keywords if session.report else []) if m.required
        )[:3]
        if missing:
            lines.append(
                f"The job also asks for {', '.join(missing)}, which your resume doesn't show; "
                "I left them out. If you have used them, tell me how."
            )
            session.asked_skills = missing
        lines.append('Say "accept" to apply it, ask for changes ("make it shorter"), or ignore it.')
        return "\n".join(lines)


def _wants_shorter(instructions: Sequence[str]) -> bool:
    return bool(instructions) and bool(
        re.search(r"\b(?:short|shorter|concise|trim|cut it|tighter|brief)", instructions[-1], re.I)
    )


def _delta(before: Any, after: Any) -> str:
    """The score change, and the components that moved."""
    change = after.score - before.score
    lines = [f"Score: {fmt(before.score)} -> {fmt(after.score)} ({'+' if change >= 0 else ''}{fmt(change)})."]
    for component in after.components:
        old = before.component(component.id)
        if old is not None and abs(old.score - component.score) >= 0.05:
            lines.append(f"  {component.name}: {fmt(old.score)} -> {fmt(component.score)}")
    return "\n".join(lines)
