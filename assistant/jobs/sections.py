"""Split a posting into headed sections and sentences, and tell required from preferred from boilerplate.

Postings mark what is optional two ways: by heading ("Nice to have") and per sentence ("... is a plus").
A sentence cue beats its section's heading; boilerplate (benefits, EEO, company blurb) never counts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from assistant.jobs.models import JobSection, SectionKind

Tier = Literal["required", "preferred", "ignore"]

_PREFERRED_HEADING = re.compile(
    r"\b(nice[\s-]to[\s-]haves?|preferred|bonus|a plus|pluses|desired|desirable|ideally|good[\s-]to[\s-]have|"
    r"extra credit|would be great|optional|brownie points|not required)\b"
)
_BOILERPLATE_HEADING = re.compile(
    r"\b(about (us|the company|the team|our company|[a-z]+ inc)"
    r"|who we are|our (company|mission|story|values|culture)"
    r"|why (join|work)|benefits|perks|what we offer|we offer"
    r"|compensation|salary|pay range|equal (employment )?opportunity"
    r"|eeo|diversity|inclusion|how to apply|to apply|application process|disclaimer|legal notice|privacy)\b"
)
_REQUIRED_HEADING = re.compile(
    r"\b(requirements?|required|must[\s-]haves?|qualifications?"
    r"|what you('ll| will)? (need|bring)|what we('re| are) looking for"
    r"|who you are|you have|you bring|about you|your profile"
    r"|your background|skills( and| &) experience|essential"
    r"|key skills|competencies|knowledge,? skills|experience( required)?"
    r"|skills|education|certifications?|licens(e|ure)s?"
    r"|the ideal candidate|ideal candidate|minimum|basic qualifications)\b"
)
_RESPONSIBILITY_HEADING = re.compile(
    r"\b(responsibilit(y|ies)|what you('ll| will) do|duties"
    r"|the role|your role|in this role|about the (role|job|position)"
    r"|day[\s-]to[\s-]day|job (description|summary|overview)"
    r"|position (summary|overview)|overview|summary|the job"
    r"|the opportunity|your impact|what you('ll| will) (own"
    r"|work on|achieve)|role overview|mission of the role)\b"
)

_PREFERRED_CUE = re.compile(
    r"\b(preferred|preferably|a (big |huge |strong "
    r"|definite )?plus|nice[\s-]to[\s-]have|bonus|desirable|desired"
    r"|ideally|advantageous|an advantage|would be great|appreciated|not required|helpful|beneficial)\b",
    re.IGNORECASE,
)
_REQUIRED_CUE = re.compile(
    r"\b(required|must|mandatory|essential|minimum|at least|need to have)\b", re.IGNORECASE
)
_BOILERPLATE_SENTENCE = re.compile(
    r"(equal (employment )?opportunity|\beeo\b|regardless of|race, color|sexual orientation|gender identity"
    r"|national origin|protected veteran|reasonable accommodation"
    r"|401\(?k\)?|health,? dental|dental and vision"
    r"|medical, dental|paid time off|\bpto\b|parental leave"
    r"|stock options|salary range|pay range|compensation range"
    r"|\$\s?\d[\d,]*(\.\d+)?\s?(k|/hr|per hour|-)|visa sponsorship"
    r"|apply now|click apply|to apply,|background check"
    r"|drug[\s-]free|e-verify|at-will|founded in \d{4}"
    r"|our mission is|we are proud to be|join us in|wellness stipend"
    r"|tuition reimbursement|competitive (salary|pay|benefits|compensation)|remote-first company)",
    re.IGNORECASE,
)
_COMPANY_BLURB = re.compile(
    r"^((we|[A-Z][\w&.'-]*( [A-Z][\w&.'-]*){0,3}) (is|are) (a"
    r"|an|the) (leading|fast|global|growing|world|premier"
    r"|trusted|mission|venture|series|top|award|innovative"
    r"|nonprofit|non-profit|national|regional|family|privately)\b)",
)

_ABOUT_COMPANY = re.compile(
    r"^about (?!(you|the (role|job|position|opportunity)|this (role|job|position))\b)"
)
_MARKED_HEADING = re.compile(r"^(#{1,6}\s+\S.*|\*\*[^*]+\*\*:?|__[^_]+__:?|[^a-z]{3,}:?|[^.!?]{3,60}:)$")
_EMPLOYMENT_LINE = re.compile(
    r"\b(full[\s-]time|part[\s-]time|on[\s-]site|onsite|hybrid|remote|contract|permanent|temporary)\b", re.I
)
_BULLET_PREFIX = re.compile(r"^\s*([-*\u2022\u25cf\u25aa\u25e6\u2023\u2043\u2219\u00b7>]|\d{1,2}[.)])\s+")
_MD_DECOR = re.compile(r"^[#\s*_]+|[#\s*_:]+$")
_INLINE_HEADING = re.compile(r"^\s*(?:\*\*|__)?([A-Z][A-Za-z'’ /&,-]{2,60}?)(?:\*\*|__)?\s*:\s+(?=\S)")
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?;])\s+(?=[A-Z(\"'])|;\s+")


@dataclass(frozen=True)
class Clause:
    """One sentence of the posting with the section it sits in and whether it asks, prefers or is noise."""

    text: str
    section: SectionKind
    tier: Tier


def heading_kind(heading: str) -> SectionKind | None:
    """Classify a heading's text, or None when it does not read as a posting heading."""
    norm = _MD_DECOR.sub("", heading.strip().lower()).replace("\u2019", "'")
    if not norm or len(norm.split()) > 8:
        return None
    if _PREFERRED_HEADING.search(norm):
        return "preferred"
    if _ABOUT_COMPANY.match(norm) or _BOILERPLATE_HEADING.search(norm):
        return "boilerplate"
    if _REQUIRED_HEADING.search(norm):
        return "required"
    if _RESPONSIBILITY_HEADING.search(norm):
        return "responsibilities"
    return None


def _standalone_heading(line: str) -> SectionKind | None:
    stripped = line.strip()
    if not stripped or _BULLET_PREFIX.match(stripped) or len(stripped) > 70:
        return None
    if stripped.endswith((".", "!", "?", ",")) and not stripped.endswith(":"):
        return None
    known = heading_kind(stripped)
    if known is None and _MARKED_HEADING.match(stripped) and len(stripped.split()) <= 8:
        return "other"  # clearly a heading ("## Position purpose"), just not one we know
    return known


def split_sections(text: str) -> list[JobSection]:
    """Group lines under the nearest heading; text before the first heading is the summary block."""
    sections: list[JobSection] = []
    heading = ""
    kind: SectionKind = "summary"
    buffer: list[str] = []

    def flush() -> None:
        body = "\n".join(buffer).strip()
        if body or heading:
            sections.append(JobSection(heading=heading, kind=kind, text=body))

    for raw in text.splitlines():
        line = raw.rstrip()
        found = _standalone_heading(line)
        inline = None if found else _INLINE_HEADING.match(line)
        inline_kind = heading_kind(inline.group(1)) if inline else None
        if found:
            flush()
            heading, kind, buffer = _MD_DECOR.sub("", line.strip()), found, []
        elif inline and inline_kind:
            flush()
            heading, kind, buffer = inline.group(1).strip(), inline_kind, [line[inline.end() :]]
        else:
            buffer.append(line)
    flush()
    return sections


def _sentences(block: str) -> list[str]:
    """Bullets and lines are units; long lines split further at sentence ends and semicolons."""
    out: list[str] = []
    paragraph: list[str] = []

    def flush_paragraph() -> None:
        if paragraph:
            joined = " ".join(paragraph)
            out.extend(p.strip() for p in _SENTENCE_SPLIT.split(joined) if p and p.strip())
            paragraph.clear()

    for raw in block.splitlines():
        line = raw.strip()
        if not line:
            flush_paragraph()
            continue
        bullet = _BULLET_PREFIX.match(line)
        if bullet:
            flush_paragraph()
            paragraph.append(line[bullet.end() :])
            flush_paragraph()
        else:
            paragraph.append(line)
    flush_paragraph()
    return out


def clause_tier(sentence: str, section: SectionKind) -> Tier:
    """Decide whether one sentence requires, prefers, or is boilerplate."""
    if section == "boilerplate" or _BOILERPLATE_SENTENCE.search(sentence):
        return "ignore"
    short = len(sentence.split()) <= 15 and bool(re.search(r"[—|•·]| - ", sentence))
    if short and _EMPLOYMENT_LINE.search(sentence):
        return "ignore"  # "Acme Corp - Madison, WI - Full-time, on site"
    if section in ("summary", "other") and _COMPANY_BLURB.match(sentence.strip()):
        if not re.match(r"^we are (looking|seeking|hiring)", sentence.strip(), re.IGNORECASE):
            return "ignore"
    if _PREFERRED_CUE.search(sentence):
        return "preferred"
    if _REQUIRED_CUE.search(sentence):
        return "required"
    return "preferred" if section == "preferred" else "required"


def clauses(sections: list[JobSection]) -> list[Clause]:
    """Every sentence of the posting, in order, with its tier."""
    result: list[Clause] = []
    for section in sections:
        for sentence in _sentences(section.text):
            result.append(Clause(sentence, section.kind, clause_tier(sentence, section.kind)))
    return result
