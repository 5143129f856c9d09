"""Role families: neighbouring job titles across professions, so adjacent experience earns partial credit.

The families live in ``assistant/scoring/data/role_families.txt`` (format documented at its top). This
module parses them and answers one question: are two titles neighbours, and how closely? It works on
titles already reduced to core words by the caller's normaliser, so it shares the title component's
synonyms ("developer" = "engineer") and seniority handling without importing it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from importlib import resources

from assistant.scoring.weights import FAMILY_TITLE_CREDIT, WEAK_FAMILY_TITLE_CREDIT

Normaliser = Callable[[str], Sequence[str]]


@dataclass(frozen=True)
class Member:
    """One family title: its core words and its head noun (the last one: "nurse" of "charge nurse")."""

    words: frozenset[str]
    head: str

    def fits(self, words: frozenset[str], head: str | None) -> bool:
        """The title holds every member word, with the member's head as its own head (when known).

        Without the head check "Physical Therapist Assistant" would be a physical therapist.
        """
        return self.words <= words and (head is None or head == self.head)


@dataclass(frozen=True)
class RoleFamily:
    """One family: its name, a hint for the candidate, core and weaker members."""

    name: str
    hint: str
    core: tuple[Member, ...]
    weak: tuple[Member, ...]

    def tier(self, words: frozenset[str], head: str | None = None) -> int:
        """2 when the title is a core member, 1 a weaker member, 0 neither."""
        if any(member.fits(words, head) for member in self.core):
            return 2
        if any(member.fits(words, head) for member in self.weak):
            return 1
        return 0

    def fit_size(self, words: frozenset[str], head: str | None = None) -> int:
        """How many words the longest member the title holds has (0 when it holds none)."""
        return max((len(m.words) for m in self.core + self.weak if m.fits(words, head)), default=0)


@dataclass(frozen=True)
class FamilyMatch:
    """Why a candidate title is a neighbour of the job's: the family and the credit it earns (0-1)."""

    family: RoleFamily
    credit: float


def parse_role_families(text: str, normalise: Normaliser) -> tuple[RoleFamily, ...]:
    """Parse the data file's blocks; members are reduced to core words with ``normalise``.

    Raises:
        ValueError: a member line before any ``[Family]`` header, or a family with no core member
            (a packaging bug, reported with its line number).
    """
    families: list[RoleFamily] = []
    name = hint = ""
    core: list[Member] = []
    weak: list[Member] = []

    def close() -> None:
        if name:
            if not core:
                raise ValueError(f"role family {name!r} has no core member")
            families.append(RoleFamily(name, hint, tuple(core), tuple(weak)))

    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            close()
            name, hint, core, weak = line[1:-1].strip(), "", [], []
            continue
        if not name:
            raise ValueError(f"role families line {number}: member line before any [Family] header")
        if line.lower().startswith("hint:"):
            hint = line[len("hint:") :].strip()
            continue
        target = weak if line.startswith("~") else core
        for title in line.lstrip("~").split(";"):
            words = tuple(normalise(title.strip()))
            if words:
                target.append(Member(frozenset(words), words[-1]))
    close()
    return tuple(families)


def family_match(
    job_words: Sequence[str],
    candidate_words: Sequence[str],
    families: Sequence[RoleFamily],
    heads: tuple[str | None, str | None] = (None, None),
) -> FamilyMatch | None:
    """The best family holding both titles, or None when they share none.

    Two core members earn :data:`FAMILY_TITLE_CREDIT`; a pair with a weaker member earns
    :data:`WEAK_FAMILY_TITLE_CREDIT`. Ties go to the family listed first (deterministic). ``heads`` are
    the job's and the candidate's head nouns when known (see :meth:`Member.fits`).

    A title sits only in the families of the most specific members it holds: "Air Traffic Controller"
    is the aviation member, not a finance "controller"; "Information Security Officer" is security
    engineering, not a guard's "security officer".
    """
    job, candidate = frozenset(job_words), frozenset(candidate_words)
    if not job or not candidate:
        return None
    job_in, candidate_in = _placed(job, heads[0], families), _placed(candidate, heads[1], families)
    best: FamilyMatch | None = None
    for family in families:
        if family.name not in job_in or family.name not in candidate_in:
            continue
        job_tier, candidate_tier = family.tier(job, heads[0]), family.tier(candidate, heads[1])
        if not job_tier or not candidate_tier:
            continue
        credit = FAMILY_TITLE_CREDIT if job_tier == candidate_tier == 2 else WEAK_FAMILY_TITLE_CREDIT
        if best is None or credit > best.credit:
            best = FamilyMatch(family, credit)
    return best


def _placed(words: frozenset[str], head: str | None, families: Sequence[RoleFamily]) -> frozenset[str]:
    """Names of the families whose fitting member is as specific as any family's (longest member wins)."""
    sizes = {family.name: family.fit_size(words, head) for family in families}
    top = max(sizes.values(), default=0)
    return frozenset(name for name, size in sizes.items() if size and size == top)


def role_nouns(families: Sequence[RoleFamily]) -> frozenset[str]:
    """Every member's head noun: the words that name a role (nurse, engineer, assistant...)."""
    return frozenset(m.head for family in families for m in family.core + family.weak)


def load_role_families(normalise: Normaliser) -> tuple[RoleFamily, ...]:
    """The packaged role families, parsed with the caller's title normaliser."""
    text = resources.files("assistant.scoring").joinpath("data/role_families.txt").read_text(encoding="utf-8")
    return parse_role_families(text, normalise)
