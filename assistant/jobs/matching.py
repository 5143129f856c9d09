"""The slice of the skills matcher that jobs and scoring depend on, so tests can hand in a small one."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol


class SkillHitLike(Protocol):
    """What jobs and scoring read from a :class:`assistant.skills.SkillHit`."""

    @property
    def skill(self) -> str: ...  # noqa: D102

    @property
    def category(self) -> str: ...  # noqa: D102

    @property
    def kind(self) -> str: ...  # noqa: D102

    @property
    def surface(self) -> str: ...  # noqa: D102

    @property
    def start(self) -> int: ...  # noqa: D102

    @property
    def end(self) -> int: ...  # noqa: D102


class SkillFinder(Protocol):
    """Anything that finds canonical skills in text (the real one is ``assistant.skills.get_matcher()``)."""

    def find(self, text: str) -> Sequence[SkillHitLike]:  # noqa: D102
        ...


def default_matcher() -> SkillFinder:
    """The shared, cached taxonomy matcher (imported late so importing jobs stays cheap)."""
    from assistant.skills.matcher import get_matcher

    matcher: SkillFinder = get_matcher()
    return matcher
