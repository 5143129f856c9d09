"""Split a Document's lines into sections by heading; the untitled top block is the contact block."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.documents.models import Line
from assistant.resume.dates import find_date_range
from assistant.resume.headings import canonical_section, heading_of, is_caps, is_unknown_caps_heading
from assistant.resume.models import SectionName
from assistant.resume.text import clean

_UNDERLINE_RE = re.compile(r"^[\s_=\-–—~*.·]{3,}$")
# Page furniture that some producers draw in the body: "Page 2 of 3", "... · Résumé 1".
_PAGE_MARK_RE = re.compile(
    r"(?i)^(?:page\s+)?\d+(?:\s*(?:/|of)\s*\d+)?$|(?:résumé|resume|curriculum vitae|cv)\s+\d+$"
)


@dataclass
class Block:
    """A section while parsing: canonical name, heading as written and its Line objects."""

    name: SectionName
    heading: str
    lines: list[Line] = field(default_factory=list)


def _cleaned(lines: list[Line]) -> list[Line]:
    out: list[Line] = []
    for line in lines:
        text = clean(line.text)
        if not text or _UNDERLINE_RE.match(text) or _PAGE_MARK_RE.search(text):
            continue
        out.append(line if text == line.text else line.model_copy(update={"text": text}))
    return out


def split_sections(lines: list[Line]) -> list[Block]:
    """Group body lines under the headings that precede them ("contact" for the top block).

    Header/footer lines are left out: they are read separately for contact details.
    """
    body = _cleaned([ln for ln in lines if ln.source not in ("header", "footer")])
    found = [heading_of(ln) for ln in body]
    known_caps = [h for h in found if h is not None and is_caps(h[1])]
    caps_style = len(known_caps) >= 2 and len(known_caps) >= len([h for h in found if h]) / 2
    known_sizes = sorted(
        ln.font_size
        for ln, h in zip(body, found, strict=True)
        if h and ln.font_size and canonical_section(ln.text)
    )
    heading_size = known_sizes[len(known_sizes) // 2] if known_sizes else None
    blocks: list[Block] = [Block("contact", "")]
    for index, line in enumerate(body):
        heading = found[index]
        if heading is None and caps_style and index > 0 and len(blocks) > 1:
            if is_unknown_caps_heading(line) and not find_date_range(line.text) and len(line.text) >= 6:
                heading = ("other", line.text.strip().rstrip(":"))
        if heading is not None and canonical_section(line.text) is None:
            if len(blocks) == 1:
                heading = None  # a styled unknown line in the top block is the name or a tagline
            elif heading_size and line.font_size and line.font_size < heading_size - 0.5:
                heading = None  # a sub-heading ("CORNELL UNIVERSITY" under EDUCATION), not a section
        if heading is not None:
            name, written = heading
            blocks.append(Block(name, written))
        else:
            blocks[-1].lines.append(line)
    return [b for b in blocks if b.lines or b.name != "contact"]
