"""What each component computes: a 0-100 score as 100 minus its losses, each loss explained."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from assistant.scoring.models import Severity


@lru_cache(maxsize=8192)
def slug(term: str) -> str:
    """A stable id fragment: lower case, other characters become one hyphen ("C++" -> "c-plus-plus")."""
    text = term.lower().replace("++", "-plus-plus").replace("#", "-sharp").replace("&", "-and-")
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-") or "term"


@dataclass(frozen=True)
class Loss:
    """Component-score points lost (0-100 scale of the component) for one reason."""

    id: str
    severity: Severity
    amount: float
    message: str
    fix: str
    evidence: tuple[str, ...] = ()


@dataclass
class ComponentResult:
    """A component's losses; its score is 100 minus their sum, floored at 0."""

    id: str
    applicable: bool = True
    losses: list[Loss] = field(default_factory=list)
    summary: str = ""

    def lose(
        self,
        id: str,
        severity: Severity,
        amount: float,
        message: str,
        fix: str,
        evidence: tuple[str, ...] = (),
    ) -> None:
        """Record a loss (ignored when it costs nothing)."""
        if amount > 1e-9:
            self.losses.append(Loss(id, severity, amount, message, fix, evidence))

    @property
    def score(self) -> float:
        """The component's score out of 100."""
        return max(0.0, 100.0 - sum(loss.amount for loss in self.losses))

    def scaled_losses(self) -> list[Loss]:
        """Losses scaled down so they add up to exactly 100 - score when they overshoot 100."""
        total = sum(loss.amount for loss in self.losses)
        if total <= 100.0:
            return list(self.losses)
        factor = 100.0 / total
        return [
            Loss(loss.id, loss.severity, loss.amount * factor, loss.message, loss.fix, loss.evidence)
            for loss in self.losses
        ]


def keep_share(
    results: dict[str, ComponentResult],
    weights: dict[str, float],
    component_ids: Iterable[str],
    share: float,
    loss_id: str,
    explain: Callable[[str, float], tuple[str, str]],
    summary_note: str,
    evidence: tuple[str, ...] = (),
) -> None:
    """Let each weighted, non-zero component keep ``share`` of its score; the rest is a loss ``loss_id:<id>``.

    ``explain(component id, score before the cut)`` gives the loss's message and fix. A loss, not a
    rescale, so component points still add up to the score and deduction points to ``100 - score``.
    """
    for cid in component_ids:
        result = results[cid]
        if weights.get(cid, 0.0) <= 0 or result.score <= 0:
            continue
        message, fix = explain(cid, result.score)
        result.lose(f"{loss_id}:{cid}", "medium", result.score * (1.0 - share), message, fix, evidence)
        result.summary = f"{result.summary} {summary_note}"


def clip(text: str, limit: int = 160) -> str:
    """Evidence is a quote, not a dump: one line, at most ``limit`` characters."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"
