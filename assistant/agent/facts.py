"""Score facts built in code from the ScoreReport, so every number the user sees comes from the report."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from assistant.scoring.models import Deduction, ScoreReport


def fmt(value: float) -> str:
    """A score or point value as the report states it (one decimal, no trailing .0)."""
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text


def deduction_line(deduction: Deduction, *, evidence: int = 2) -> str:
    """One deduction as a fact line: points, message, evidence, fix."""
    from assistant.agent.injection import defuse

    line = f"-{fmt(deduction.points)} pts [{deduction.component}] {defuse(deduction.message)}"
    quotes = [_defused(e) for e in deduction.evidence[:evidence]]
    if quotes:
        line += " Evidence: " + "; ".join(f'"{q}"' for q in quotes) + "."
    return f"{line} Fix: {defuse(deduction.fix)}"


def _defused(quote: str) -> str:
    """Evidence quoted from the resume or JD, minus any instruction aimed at the assistant."""
    from assistant.agent.injection import find_injections

    return "[instruction-like text omitted]" if find_injections(quote, "evidence") else quote


def total_line(report: ScoreReport) -> str:
    """The total score line."""
    job = f' for "{report.job_title}"' if report.job_title else ""
    return f"Total: {fmt(report.score)}/100{job}"


def component_lines(report: ScoreReport, ids: Iterable[str] | None = None) -> list[str]:
    """Component lines (score, weight, points), all or the named ones."""
    wanted = set(ids) if ids is not None else None
    return [
        f"{c.name} ({c.id}): {fmt(c.score)}/100, weight {fmt(c.weight)}% -> {fmt(c.points)} pts"
        for c in report.components
        if wanted is None or c.id in wanted
    ]


def score_facts(report: ScoreReport, *, top: int = 3, component: str | None = None) -> str:
    """The deterministic "Score facts" section appended to grounded answers."""
    lines = ["Score facts (from the score report):", f"- {total_line(report)}"]
    if component:
        lines += [f"- {line}" for line in component_lines(report, [component])]
        deductions = [d for d in report.deductions if d.component == component]
        deductions = sorted(deductions, key=lambda d: (-d.points, d.id))[:top]
    else:
        deductions = report.top_deductions(top)
    if deductions:
        lines.append(f"- Biggest deductions ({len(deductions)}):")
        lines += [f"  {i}. {deduction_line(d)}" for i, d in enumerate(deductions, 1)]
    elif component:
        lines.append("- No deductions in this component.")
    return "\n".join(lines)


def report_numbers(report: ScoreReport) -> set[str]:
    """Every number the report states (score, component scores/weights/points, deduction points)."""
    values: set[float] = {report.score}
    for c in report.components:
        values |= {c.score, c.weight, c.points, 100 - c.score}
    values |= {d.points for d in report.deductions}
    return {fmt(v) for v in values} | {str(round(v)) for v in values}


_SCORE_CLAIM = re.compile(
    r"(?P<num>\d+(?:\.\d+)?)\s*(?P<tail>/\s*100|out of 100|points?\b|pts\b|%(?= match)|percent match)",
    re.IGNORECASE,
)


_TOTAL_CLAIM = re.compile(
    r"\b(?:your|the|overall|total)\s+(?:(?:overall|total|resume|ats|match)\s+)*score\s*"
    r"(?:is now|is|of|:|=|stands at|now)?\s*(?:at\s+)?(?P<num>\d+(?:\.\d+)?)",
    re.IGNORECASE,
)


def ground_numbers(text: str, report: ScoreReport) -> tuple[str, list[str]]:
    """Correct score-like numbers the report does not support, so the report always wins.

    A claim about the total must equal the total (it is corrected to it); any other "N/100" or
    "N points" must be a number the report states, or it is replaced by a pointer to the facts.

    Returns:
        The corrected text and the wrong figures that were found.
    """
    allowed = report_numbers(report)
    total = fmt(report.score)
    wrong: list[str] = []

    def check_total(match: re.Match[str]) -> str:
        if fmt(float(match["num"])) == total:
            return match.group(0)
        wrong.append(match.group(0))
        start, end = match.span("num")
        offset = match.start()
        return match.group(0)[: start - offset] + total + match.group(0)[end - offset :]

    def check(match: re.Match[str]) -> str:
        number = match["num"]
        if fmt(float(number)) in allowed or number in allowed:
            return match.group(0)
        wrong.append(match.group(0))
        return "[see Score facts]"

    text = _TOTAL_CLAIM.sub(check_total, text)
    return _SCORE_CLAIM.sub(check, text), wrong


_SENTENCE_END = re.compile(r"(?:\n|[.!?]\s)")
_HOLD_WORDS = 5  # "the total ATS match score" must reach the checker in one piece
_RISKY = re.compile(r"score", re.IGNORECASE)


def grounded_stream(tokens: Iterable[str], report: ScoreReport | None, wrong: list[str]) -> Iterator[str]:
    """Stream tokens as early as grounding allows, correcting score-like numbers before the user sees them.

    Finished sentences are checked whole. In the unfinished one, text is released word by word except
    what a score claim could still need: from the first digit on, the whole sentence once it says
    "score", and always the last few words (a claim's lead-in may still be arriving).

    Args:
        tokens: the model's token stream.
        report: the report whose numbers are allowed (None: pass text through).
        wrong: receives the figures that were corrected.
    """
    if report is None:
        yield from tokens
        return
    done = ""  # the start of the current sentence already released (checked: no digits, no "score")
    buffer = ""  # the rest of the current sentence, not released yet
    for token in tokens:
        buffer += token
        ends = list(_SENTENCE_END.finditer(buffer))
        if ends:
            cut = ends[-1].end()
            ready, buffer = buffer[:cut], buffer[cut:]
            yield _correct(ready, report, wrong, before=done)
            done = ""
        release = _releasable(done, buffer)
        if release:
            yield release
            done, buffer = done + release, buffer[len(release) :]
    if buffer:
        yield _correct(buffer, report, wrong, before=done)


def _releasable(done: str, pending: str) -> str:
    """The start of ``pending`` that no score claim can reach back into."""
    if _RISKY.search(done + pending):
        return ""
    digit = next((i for i, ch in enumerate(pending) if ch.isdigit()), len(pending))
    head = pending[:digit]
    spaces = [i for i, ch in enumerate(head) if ch.isspace()]
    if len(spaces) <= _HOLD_WORDS:
        return ""
    return head[: spaces[-_HOLD_WORDS - 1] + 1]


def _correct(text: str, report: ScoreReport, wrong: list[str], *, before: str = "") -> str:
    """``text`` with its unsupported figures corrected; ``before`` (already shown) is context only."""
    fixed, found = ground_numbers(before + text, report)
    wrong.extend(found)
    if fixed.startswith(before):
        return fixed[len(before) :]
    return fixed  # cannot happen: released text holds no digits and no "score"
