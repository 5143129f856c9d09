"""Where each skill and term appears in a resume: the facts every job-matching component reads.

The resume is cut into located chunks (experience, skills, summary...), the skill matcher runs once
over all of them, and each chunk's words are lemmatized once for keyword lookups. Hidden text is
dropped before anything is matched, so it can never earn points.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from assistant.jobs.instructions import looks_like_instruction
from assistant.jobs.matching import SkillFinder
from assistant.resume.models import Resume
from assistant.scoring.models import KeywordLocation
from assistant.scoring.specialisations import general_skills
from assistant.skills.text import lemma, tokenize

_SECTION_LOCATION: dict[str, KeywordLocation] = {
    "experience": "experience",
    "volunteer": "experience",
    "projects": "projects",
    "skills": "skills",
    "summary": "summary",
    "education": "education",
}
_SEPARATOR = "\n\n"


@dataclass
class Occurrence:
    """Every place one canonical skill was seen, with a quote to show as evidence."""

    name: str
    kind: str
    category: str = "other"
    locations: set[KeywordLocation] = field(default_factory=set)
    count: int = 0
    quotes: dict[KeywordLocation, str] = field(default_factory=dict)


@dataclass
class ResumeEvidence:
    """Skills and lemmatized text of one resume, by location."""

    skills: dict[str, Occurrence]
    lemma_text: dict[KeywordLocation, str]
    lines: dict[KeywordLocation, list[str]]

    def skill(self, name: str) -> Occurrence | None:
        """The occurrence of a canonical skill name, if the resume shows it anywhere."""
        return self.skills.get(name.lower())

    def term_locations(self, key: str) -> list[KeywordLocation]:
        """Locations whose text contains the lemmatized phrase ``key`` as whole words."""
        needle = f" {key} "
        return sorted(loc for loc, text in self.lemma_text.items() if needle in text)

    def term_count(self, key: str) -> int:
        """How many times the lemmatized phrase occurs across the resume."""
        needle = f" {key} "
        return sum(text.count(needle) for text in self.lemma_text.values())

    def quote_for(self, key: str) -> str:
        """The first resume line that contains the lemmatized phrase (for evidence)."""
        needle = f" {key} "
        for loc in sorted(self.lines):
            for line in self.lines[loc]:
                if needle in f" {lemma_line(line)} ":
                    return line
        return ""


@lru_cache(maxsize=16384)
def lemma_line(line: str) -> str:
    """A line as space-separated lemmas, as keyword keys are compared (cached: rescoring is common)."""
    return " ".join(lemma(token.lower) for token in tokenize(line))


def _hidden_fragments(resume: Resume) -> list[str]:
    return [" ".join(item.text.split()).lower() for item in resume.layout.hidden_text if item.text.strip()]


def resume_chunks(resume: Resume) -> list[tuple[KeywordLocation, str]]:
    """The resume's visible text as (location, line) pairs, structured fields first, leftovers as "other"."""
    chunks: list[tuple[KeywordLocation, str]] = []
    if resume.experience:
        for entry in resume.experience:
            chunks.extend(("experience", text) for text in (entry.title, *entry.bullets) if text)
    if resume.skills:
        chunks.extend(("skills", skill) for skill in resume.skills)
    if resume.summary:
        chunks.append(("summary", resume.summary))
    for school in resume.education:
        chunks.extend(("education", text) for text in (school.degree, school.field) if text)
    chunks.extend(("other", cert) for cert in resume.certifications)
    seen = {" ".join(text.split()) for _loc, text in chunks}
    for section in resume.sections:
        location = _SECTION_LOCATION.get(section.name, "other")
        for line in section.lines:
            flat = " ".join(line.split())
            if flat and flat not in seen:
                seen.add(flat)
                chunks.append((location, line))
    for line in resume.text.splitlines():
        flat = " ".join(line.split())
        if flat and flat not in seen:
            seen.add(flat)
            chunks.append(("other", line))
    hidden = _hidden_fragments(resume)
    if hidden:
        chunks = [(loc, text) for loc, text in chunks if not _is_hidden(text, hidden)]
    # A line addressed to an AI screener earns nothing; one search over all text spares most per-line ones.
    screen = looks_like_instruction("\n".join(text for _loc, text in chunks))
    unique: dict[tuple[KeywordLocation, str], None] = {}
    for loc, text in chunks:
        flat = " ".join(text.split())
        if flat and not (screen and looks_like_instruction(flat)):
            unique.setdefault((loc, flat), None)
    return list(unique)


def _is_hidden(text: str, hidden: list[str]) -> bool:
    flat = " ".join(text.split()).lower()
    return any(flat and (flat in fragment or fragment in flat) for fragment in hidden)


def _add_general_skills(skills: dict[str, Occurrence], matcher: SkillFinder) -> None:
    """Let each specialised skill also show the general skill its name ends with (see specialisations)."""
    for occurrence in list(skills.values()):
        if " " not in occurrence.name:
            continue
        for hit in general_skills(matcher, occurrence.name):
            general = skills.setdefault(
                hit.skill.lower(), Occurrence(name=hit.skill, kind=hit.kind, category=hit.category)
            )
            if general is occurrence:
                continue
            new = occurrence.locations - general.locations
            general.locations |= occurrence.locations
            general.count = max(general.count, occurrence.count)
            for location in new:
                general.quotes.setdefault(location, occurrence.quotes[location])


def gather_evidence(resume: Resume, matcher: SkillFinder) -> ResumeEvidence:
    """Run the skill matcher once over every located chunk and index the text for keyword lookups."""
    chunks = resume_chunks(resume)
    starts: list[int] = []
    parts: list[str] = []
    offset = 0
    for _loc, text in chunks:
        starts.append(offset)
        parts.append(text)
        offset += len(text) + len(_SEPARATOR)
    combined = _SEPARATOR.join(parts)
    skills: dict[str, Occurrence] = {}
    for hit in matcher.find(combined):
        index = bisect.bisect_right(starts, hit.start) - 1
        if index < 0:
            continue
        location, text = chunks[index]
        occurrence = skills.setdefault(
            hit.skill.lower(), Occurrence(name=hit.skill, kind=hit.kind, category=hit.category)
        )
        occurrence.locations.add(location)
        occurrence.count += 1
        occurrence.quotes.setdefault(location, text)
    _add_general_skills(skills, matcher)
    lemma_parts: dict[KeywordLocation, list[str]] = defaultdict(list)
    lines: dict[KeywordLocation, list[str]] = defaultdict(list)
    for location, text in chunks:
        lemma_parts[location].append(lemma_line(text))
        lines[location].append(text)
    lemma_text = {loc: " " + " | ".join(parts) + " " for loc, parts in lemma_parts.items()}
    return ResumeEvidence(skills=skills, lemma_text=lemma_text, lines=dict(lines))
