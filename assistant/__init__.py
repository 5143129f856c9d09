"""ATS assistant: score a resume against a job, explain it, improve it.

``from assistant import score`` works, but nothing heavy is imported until it is used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from assistant.scoring.api import score

__all__ = ["score"]


def __getattr__(name: str) -> Any:
    """Import ``score`` on first use so ``import assistant`` stays light."""
    if name == "score":
        from assistant.scoring.api import score

        return score
    raise AttributeError(f"module 'assistant' has no attribute {name!r}")
