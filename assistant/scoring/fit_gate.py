"""The fit gate: education and resume polish count in proportion to how well the resume matches the job.

Without it a well-written resume for an unrelated job collects 30-45 points from parseability, bullets,
format and a degree alone, and outranks a weak but real candidate; no careful recruiter ranks that way.
"""

from __future__ import annotations

from assistant.scoring.base import ComponentResult, keep_share
from assistant.scoring.weights import COMPONENT_NAMES, FIT_FULL, GATED_COMPONENTS, fit_factor, job_fit


def apply_fit_gate(results: dict[str, ComponentResult], weights: dict[str, float], field: float) -> float:
    """Scale each gated component by the fit factor, recording the cut as a loss; returns the job fit.

    The cut is an ordinary loss of the component (id ``low_job_fit:<component>``), so component points
    still add up to the score and deduction points to ``100 - score``.
    """
    fit = job_fit({cid: r.score for cid, r in results.items()}, weights, field)
    factor = fit_factor(fit)
    if factor >= 1.0:
        return fit

    def explain(cid: str, before: float) -> tuple[str, str]:
        name = COMPONENT_NAMES[cid].lower()
        return (
            f"Your resume matches little of this job ({fit:.0%} on its skills, title, keywords and "
            f"field), so {name} points count for {factor:.0%} of their value ({before:.0f}/100 before "
            "this cut).",
            "Show the job's required skills and its wording where they truly apply, in your bullets and "
            f"summary; from a {FIT_FULL:.0%} match on, {name} counts in full.",
        )

    keep_share(
        results,
        weights,
        GATED_COMPONENTS,
        factor,
        "low_job_fit",
        explain,
        f"Counted at {factor:.0%}: the resume matches little of this job.",
    )
    return fit
