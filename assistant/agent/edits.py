"""Pure edits on a Resume: address a bullet the way a user does, replace a bullet or the summary."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from assistant.errors import AssistantError
from assistant.resume.models import Resume

EditKind = Literal["bullet", "summary"]

_ORDINALS: dict[str, int] = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "last": -1,
}


class TargetNotFound(AssistantError):
    """The user named a bullet, role or section the resume does not have."""


@dataclass(frozen=True)
class BulletRef:
    """Where a bullet lives: its 1-based number over ``Resume.bullets`` and its place in an entry."""

    number: int
    entry_index: int
    bullet_index: int
    text: str
    role: str

    @property
    def label(self) -> str:
        """How the assistant names the bullet back to the user."""
        return f"bullet {self.number}" + (f" ({self.role})" if self.role else "")


def role_label(resume: Resume, entry_index: int) -> str:
    """The "Title at Company" label of an experience entry, with whatever parts the parser found."""
    entry = resume.experience[entry_index]
    parts = [p for p in (entry.title, entry.company) if p]
    return " at ".join(parts)


def bullet_refs(resume: Resume) -> list[BulletRef]:
    """Every bullet with its address, in the order of ``Resume.bullets``."""
    refs: list[BulletRef] = []
    for entry_index, entry in enumerate(resume.experience):
        for bullet_index, text in enumerate(entry.bullets):
            refs.append(
                BulletRef(len(refs) + 1, entry_index, bullet_index, text, role_label(resume, entry_index))
            )
    return refs


def ordinal_in(text: str) -> int | None:
    """The bullet number a phrase names ("my second bullet", "bullet 3", "the last one"), if any."""
    lowered = text.lower()
    match = re.search(
        r"\b(?:bullet|point|line)\s*#?\s*(\d{1,2})\b|#(\d{1,2})\b|\b(\d{1,2})(?:st|nd|rd|th)\b", lowered
    )
    if match:
        return int(next(g for g in match.groups() if g))
    for word, number in _ORDINALS.items():
        if re.search(rf"\b{word}\b", lowered):
            return number
    return None


def find_role(resume: Resume, role: str) -> int | None:
    """The experience entry whose title or company best matches the words the user used."""
    words = {
        w for w in re.findall(r"[a-z0-9+#]+", role.lower()) if len(w) > 1 and w not in {"at", "the", "my"}
    }
    if not words:
        return None
    best, best_hits = None, 0
    for index, entry in enumerate(resume.experience):
        label = f"{entry.title or ''} {entry.company or ''}".lower()
        hits = sum(1 for w in words if re.search(rf"(?<![a-z0-9]){re.escape(w)}(?![a-z0-9])", label))
        if hits > best_hits:
            best, best_hits = index, hits
    return best


def resolve_bullet(resume: Resume, number: int | None = None, role: str | None = None) -> BulletRef:
    """The bullet a user means: 1-based over all bullets, or 1-based within a role when a role is named.

    Raises:
        TargetNotFound: no such bullet or role, with what the resume does have.
    """
    refs = bullet_refs(resume)
    if not refs:
        raise TargetNotFound("the resume has no experience bullets to work on")
    if role:
        entry_index = find_role(resume, role)
        if entry_index is None:
            roles = "; ".join(role_label(resume, i) for i in range(len(resume.experience)))
            raise TargetNotFound(f"no role matching {role!r}; the roles are: {roles}")
        refs = [r for r in refs if r.entry_index == entry_index]
        if not refs:
            raise TargetNotFound(f"the role {role_label(resume, entry_index)} has no bullets")
    if number is None or number == 0:
        if len(refs) == 1:
            return refs[0]
        raise TargetNotFound(f"which bullet? give its number (1-{len(refs)})")
    position = len(refs) + number if number < 0 else number - 1
    if not 0 <= position < len(refs):
        raise TargetNotFound(f"there is no bullet {number}; the numbers go from 1 to {len(refs)}")
    return refs[position]


def _replace_line(lines: list[str], old: str, new: str) -> tuple[list[str], bool]:
    """Swap the first line containing ``old`` (bullet glyphs kept) for the same line with ``new``."""
    for index, line in enumerate(lines):
        if old and old in line:
            updated = list(lines)
            updated[index] = line.replace(old, new, 1)
            return updated, True
    return lines, False


def replace_bullet(resume: Resume, ref: BulletRef, new_text: str) -> Resume:
    """A copy of the resume with one bullet replaced in its entry, its section and the full text."""
    updated = resume.model_copy(deep=True)
    entry = updated.experience[ref.entry_index]
    old = entry.bullets[ref.bullet_index]
    entry.bullets[ref.bullet_index] = new_text
    for section in updated.sections:
        section.lines, done = _replace_line(section.lines, old, new_text)
        if done:
            break
    if old in updated.text:
        updated.text = updated.text.replace(old, new_text, 1)
    else:
        updated.text = f"{updated.text}\n{new_text}"
    return updated


def replace_summary(resume: Resume, new_text: str) -> Resume:
    """A copy of the resume with the summary replaced (or added) in the field, its section and the text."""
    updated = resume.model_copy(deep=True)
    old = updated.summary or ""
    updated.summary = new_text
    section = updated.section("summary")
    old_lines = [line for line in (section.lines if section else []) if line.strip()]
    if section is not None:
        section.lines = [new_text]
    if old and old in updated.text:
        updated.text = updated.text.replace(old, new_text, 1)
    elif old_lines and all(line in updated.text for line in old_lines):
        updated.text = updated.text.replace(old_lines[0], new_text, 1)
        for line in old_lines[1:]:
            updated.text = updated.text.replace(f"\n{line}", "", 1)
    else:
        updated.text = f"{new_text}\n{updated.text}"
    return updated
