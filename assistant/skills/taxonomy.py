"""Read the skills taxonomy data file (assistant/skills/data/taxonomy.txt) into plain records.

File format (the header of the data file repeats it):

    @ctx NAME: word word ... cat:CATEGORY ...   a context group (words and/or skill categories)
    @related NAME: Skill; Skill; Skill           skills close enough that one partly stands in for another
    [CATEGORY KIND]                             a section; the skills below share category and kind
    Canonical Name | alias | alias{rule;rule}   one skill per line; "{...}" holds match rules

Rules: ``cap`` (first letter written upper-case), ``exact`` (written exactly so), ``ctx=NAME`` (a
word or skill of that context group must be near), ``!next=a,b`` / ``!prev=a,b`` (not when the next /
previous word is one of these), ``!lprev=a,b`` (as !prev, only when written in lower case).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from importlib import resources
from typing import Literal, NamedTuple, cast, get_args

from assistant.skills.text import lemma, singular, tokenize

__all__ = [
    "CATEGORIES",
    "PLAIN_RULE",
    "Context",
    "Kind",
    "Rule",
    "Skill",
    "Taxonomy",
    "TaxonomyError",
    "Term",
    "load_taxonomy",
    "parse_taxonomy",
]

Kind = Literal["hard", "soft", "certification"]
KINDS: frozenset[str] = frozenset(get_args(Kind))
CATEGORIES: frozenset[str] = frozenset(
    {
        "software",
        "data",
        "cloud_devops",
        "it",
        "security",
        "healthcare",
        "finance",
        "sales_marketing",
        "hr",
        "legal",
        "engineering",
        "operations",
        "education",
        "design",
        "trades",
        "customer_service",
        "project_management",
        "office",
        "science",
        "hospitality",
        "languages",
        "general",
    }
)

_SECTION_RE = re.compile(r"^\[(\w+)\s+(\w+)\]$")
_WORD_RE = re.compile(r"[^\W_]")
_TERM_RE = re.compile(r"^([^{}|]+?)\s*(?:\{([^{}]*)\})?$")


class TaxonomyError(ValueError):
    """The taxonomy data file is malformed: a packaging bug, not a user error."""


@dataclass(frozen=True, slots=True)
class Skill:
    """A canonical skill with the other names it goes by."""

    name: str
    category: str
    kind: Kind
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Rule:
    """When a written term may count as its skill; the default rule always allows it."""

    cap: bool = False
    exact: bool = False
    context: str | None = None
    not_next: frozenset[str] = frozenset()
    not_prev: frozenset[str] = frozenset()
    not_prev_lower: frozenset[str] = frozenset()

    @property
    def conditional(self) -> bool:
        """Whether the term needs nearby context before it counts."""
        return self.context is not None


class Term(NamedTuple):
    """One way a skill is written (its canonical name or an alias) and the rule for matching it."""

    text: str
    skill: Skill
    rule: Rule


PLAIN_RULE = Rule()


@dataclass(frozen=True, slots=True)
class Context:
    """Evidence that makes an ambiguous term count: nearby words, or nearby skills of these categories."""

    words: frozenset[str]
    categories: frozenset[str]


@dataclass(frozen=True, slots=True)
class Taxonomy:
    """Everything the data file says, ready for the matcher to index."""

    skills: tuple[Skill, ...]
    terms: tuple[Term, ...]
    contexts: dict[str, Context] = field(default_factory=dict)
    related: dict[str, tuple[str, ...]] = field(default_factory=dict)


def load_taxonomy() -> Taxonomy:
    """Read and parse the taxonomy shipped inside the package."""
    source = resources.files("assistant.skills").joinpath("data", "taxonomy.txt")
    return parse_taxonomy(source.read_text(encoding="utf-8"))


def parse_taxonomy(text: str) -> Taxonomy:
    """Parse taxonomy text; raise TaxonomyError naming the line of the first problem."""
    skills: list[Skill] = []
    terms: list[Term] = []
    contexts: dict[str, Context] = {}
    related: dict[str, tuple[str, ...]] = {}
    category: str | None = None
    kind: Kind | None = None
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@ctx "):
            name, ctx = _parse_context(line, number)
            contexts[name] = ctx
            continue
        if line.startswith("@related "):
            group, members = _parse_related(line, number)
            if group in related:
                raise TaxonomyError(f"line {number}: related group {group!r} defined twice")
            related[group] = members
            continue
        section = _SECTION_RE.match(line)
        if section is not None:
            category, kind_text = section.groups()
            if category not in CATEGORIES:
                raise TaxonomyError(f"line {number}: unknown category {category!r}")
            if kind_text not in KINDS:
                raise TaxonomyError(f"line {number}: unknown kind {kind_text!r}")
            kind = cast(Kind, kind_text)
            continue
        if category is None or kind is None:
            raise TaxonomyError(f"line {number}: skill before any [category kind] section")
        parsed = [_parse_term(part, number) for part in line.split("|")]
        skill = Skill(parsed[0][0], category, kind, tuple(t for t, _ in parsed[1:]))
        skills.append(skill)
        terms.extend(Term(t, skill, rule) for t, rule in parsed)
    for term in terms:
        if term.rule.context is not None and term.rule.context not in contexts:
            raise TaxonomyError(f"{term.text!r}: unknown context group {term.rule.context!r}")
    names = {s.name for s in skills}
    for group, members in related.items():
        unknown = [m for m in members if m not in names]
        if unknown:
            raise TaxonomyError(f"related group {group!r}: unknown skill {unknown[0]!r}")
    return Taxonomy(tuple(skills), tuple(terms), contexts, related)


def _parse_related(line: str, number: int) -> tuple[str, tuple[str, ...]]:
    head, sep, body = line[len("@related ") :].partition(":")
    members = tuple(m.strip() for m in body.split(";") if m.strip())
    if not sep or not head.strip() or len(members) < 2:
        raise TaxonomyError(f"line {number}: expected '@related NAME: Skill; Skill[; ...]'")
    if len(set(members)) != len(members):
        raise TaxonomyError(f"line {number}: a skill is listed twice in related group {head.strip()!r}")
    return head.strip(), members


def _parse_context(line: str, number: int) -> tuple[str, Context]:
    head, sep, body = line[len("@ctx ") :].partition(":")
    if not sep or not head.strip():
        raise TaxonomyError(f"line {number}: expected '@ctx NAME: words'")
    words: set[str] = set()
    cats: set[str] = set()
    for item in body.split():
        if item.startswith("cat:"):
            cat = item[4:]
            if cat not in CATEGORIES:
                raise TaxonomyError(f"line {number}: unknown category {cat!r}")
            cats.add(cat)
        else:
            for token in tokenize(item):
                words.add(singular(token.text))
                words.add(lemma(token.text))
    return head.strip(), Context(frozenset(words), frozenset(cats))


def _parse_term(part: str, number: int) -> tuple[str, Rule]:
    text = part.strip()
    if "{" not in text and "}" not in text and text and _WORD_RE.search(text) is not None:
        return text, PLAIN_RULE  # the common case, without the regex
    match = _TERM_RE.match(text)
    if match is None or _WORD_RE.search(match.group(1)) is None:
        raise TaxonomyError(f"line {number}: cannot read term {part.strip()!r}")
    text, rules = match.group(1).strip(), match.group(2)
    return text, _parse_rule(rules, number) if rules else PLAIN_RULE


def _parse_rule(spec: str, number: int) -> Rule:
    values: dict[str, object] = {}
    for item in (s.strip() for s in spec.split(";")):
        key, _, value = item.partition("=")
        words = frozenset(w.strip().lower() for w in value.split(",") if w.strip())
        if key in ("cap", "exact") and not value:
            values[key] = True
        elif key == "ctx" and value:
            values["context"] = value
        elif key == "!next" and words:
            values["not_next"] = words
        elif key == "!prev" and words:
            values["not_prev"] = words
        elif key == "!lprev" and words:
            values["not_prev_lower"] = words
        else:
            raise TaxonomyError(f"line {number}: unknown rule {item!r}")
    return Rule(**values)  # type: ignore[arg-type]
