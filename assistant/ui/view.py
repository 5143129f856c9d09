"""Pure rendering of the score card, keyword highlights and rewrite suggestions (data in, HTML out).

Every piece of resume or job text is escaped: text in a resume is data, and must never become markup.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from html import escape

from assistant.agent.injection import defuse, plain_terms
from assistant.agent.session import Suggestion
from assistant.resume.models import Resume
from assistant.scoring.models import ScoreReport

Highlights = list[tuple[str, str | None]]
HIGHLIGHT_COLORS: dict[str, str] = {"matched": "#16a34a", "missing": "#dc2626"}


@dataclass(frozen=True)
class Alert:
    """A warning the card shows above everything else."""

    severity: str  # "high" | "medium" | "low"
    message: str


def band(score: float) -> str:
    """The colour band of a score: the same thresholds everywhere in the page."""
    if score >= 75:
        return "good"
    if score >= 50:
        return "fair"
    return "poor"


def fmt(value: float) -> str:
    """A score figure with at most one decimal, no trailing ``.0``."""
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text


def layout_alerts(resume: Resume, report: ScoreReport) -> list[Alert]:
    """Report warnings plus the layout facts an ATS trips over (columns, tables, text boxes, scans)."""
    alerts = [Alert(w.severity, w.message) for w in report.warnings]
    layout = resume.layout
    if layout.columns > 1:
        pages = ", ".join(str(p) for p in layout.multi_column_pages) or "some pages"
        alerts.append(
            Alert(
                "high",
                f"Multi-column layout ({layout.columns} columns on page {pages}): many ATSs read "
                "across columns and scramble the text. Use one column.",
            )
        )
    if layout.table_count:
        alerts.append(
            Alert("medium", f"{layout.table_count} table(s) found: ATSs often skip or jumble table cells.")
        )
    if layout.text_box_count:
        alerts.append(Alert("medium", f"{layout.text_box_count} text box(es): ATSs often skip them."))
    if layout.image_count and not layout.has_text_layer:
        alerts.append(Alert("high", "The file looks scanned (images, no text): an ATS reads nothing."))
    if resume.contact.only_in_header_footer:
        fields = ", ".join(resume.contact.only_in_header_footer)
        alerts.append(
            Alert(
                "medium",
                f"Contact details only in the page header/footer ({fields}): "
                "many ATSs ignore headers and footers.",
            )
        )
    alerts += [Alert("low", w) for w in resume.warnings]
    order = {"high": 0, "medium": 1, "low": 2}
    return sorted(alerts, key=lambda a: order.get(a.severity, 3))


def _alerts_html(alerts: Sequence[Alert]) -> str:
    if not alerts:
        return ""
    items = "".join(
        f'<li class="ats-alert ats-alert-{escape(a.severity)}"><span aria-hidden="true">⚠</span> '
        f"{escape(a.message)}</li>"
        for a in alerts
    )
    return f'<ul class="ats-alerts" role="alert">{items}</ul>'


def _chips(terms: Iterable[str], kind: str) -> str:
    return "".join(f'<span class="ats-chip ats-chip-{kind}">{escape(t)}</span>' for t in terms)


def score_card_html(report: ScoreReport, alerts: Sequence[Alert] = (), delta: float | None = None) -> str:
    """The whole score card: alerts, the big total, component bars, keywords, deductions with fixes."""
    parts = [_alerts_html(alerts)]
    delta_html = ""
    if delta is not None and abs(delta) >= 0.05:
        sign = "+" if delta > 0 else ""
        delta_html = (
            f'<span class="ats-delta ats-delta-{"up" if delta > 0 else "down"}" id="ats-delta">'
            f"{sign}{fmt(delta)}</span>"
        )
    title = f" for {escape(report.job_title)}" if report.job_title else ""
    parts.append(
        f'<div class="ats-total ats-{band(report.score)}">'
        f'<span class="ats-total-number" id="ats-total">{fmt(report.score)}</span>'
        f'<span class="ats-total-of">/100</span>{delta_html}'
        f'<div class="ats-total-label">ATS match{title}</div></div>'
    )
    bars = []
    for c in report.components:
        bars.append(
            f'<div class="ats-bar-row" title="{escape(c.summary)}">'
            f'<span class="ats-bar-name">{escape(c.name)}</span>'
            f'<span class="ats-bar-track"><span class="ats-bar-fill ats-{band(c.score)}" '
            f'style="width:{max(0.0, min(100.0, c.score)):.0f}%"></span></span>'
            f'<span class="ats-bar-value">{fmt(c.score)}</span></div>'
        )
    parts.append(f'<div class="ats-bars">{"".join(bars)}</div>')
    # A term that reads as an instruction to the assistant is injected text, not a skill: never shown.
    required = plain_terms(m.term for m in report.missing_keywords if m.required)
    preferred = plain_terms(m.term for m in report.missing_keywords if not m.required)
    matched = plain_terms(m.term for m in report.matched_keywords)
    keyword_rows = []
    if required:
        keyword_rows.append(f"<div><b>Missing required:</b> {_chips(required, 'missing')}</div>")
    if preferred:
        keyword_rows.append(f"<div><b>Missing preferred:</b> {_chips(preferred, 'preferred')}</div>")
    if matched:
        keyword_rows.append(f"<div><b>Matched:</b> {_chips(matched, 'matched')}</div>")
    parts.append(f'<div class="ats-keywords">{"".join(keyword_rows)}</div>')
    deductions = report.top_deductions(len(report.deductions))
    if deductions:
        items = "".join(
            f'<li><span class="ats-points">-{fmt(d.points)}</span> {escape(defuse(d.message))}'
            f'<div class="ats-fix">Fix: {escape(defuse(d.fix))}</div></li>'
            for d in deductions
        )
        parts.append(
            f'<details class="ats-deductions" open><summary>Deductions</summary><ol>{items}</ol></details>'
        )
    return f'<div class="ats-card" id="ats-card">{"".join(parts)}</div>'


def error_html(message: str) -> str:
    """A one-line error in the card's place."""
    return f'<div class="ats-error" role="alert" id="ats-error">{escape(message)}</div>'


def placeholder_html() -> str:
    """What the card shows before anything is scored."""
    return (
        '<div class="ats-card ats-empty">Upload a resume and give the job description, then press '
        "<b>Score</b>.</div>"
    )


def highlight(text: str, matched: Iterable[str], missing: Iterable[str] = ()) -> Highlights:
    """Split ``text`` into spans labelled ``matched``/``missing`` where a keyword occurs (whole words)."""
    labels: dict[str, str] = {}
    for term in missing:
        if term.strip():
            labels[term.lower()] = "missing"
    for term in matched:
        if term.strip():
            labels[term.lower()] = "matched"
    if not text or not labels:
        return [(text, None)] if text else []
    terms = sorted(labels, key=len, reverse=True)
    pattern = re.compile(
        r"(?<![\w+#.])(?:" + "|".join(re.escape(t) for t in terms) + r")(?![\w+#])", re.IGNORECASE
    )
    spans: Highlights = []
    last = 0
    for match in pattern.finditer(text):
        if match.start() > last:
            spans.append((text[last : match.start()], None))
        spans.append((match.group(0), labels[match.group(0).lower()]))
        last = match.end()
    if last < len(text):
        spans.append((text[last:], None))
    return spans


def suggestion_html(suggestion: Suggestion | None) -> str:
    """Before/after of a pending rewrite (empty when there is none)."""
    if suggestion is None:
        return ""
    blocks = []
    for edit in suggestion.edits:
        blocks.append(
            f'<div class="ats-edit"><div class="ats-edit-label">{escape(edit.label)}</div>'
            f'<div class="ats-before"><b>Before</b><p>{escape(edit.original)}</p></div>'
            f'<div class="ats-after"><b>After</b><p>{escape(edit.new)}</p></div></div>'
        )
    notes = "".join(f"<li>{escape(n)}</li>" for n in suggestion.notes)
    if suggestion.placeholders:
        notes += (
            f"<li>Replace the placeholders ({escape(', '.join(suggestion.placeholders))}) "
            "with real figures.</li>"
        )
    return (
        f'<div class="ats-suggestion" id="ats-suggestion">{"".join(blocks)}'
        f"{f'<ul>{notes}</ul>' if notes else ''}</div>"
    )
