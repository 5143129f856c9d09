"""Section headings: the many ways resumes name the same section, mapped to one canonical name."""

from __future__ import annotations

import re

from assistant.documents.models import Line
from assistant.resume.models import SectionName

# Exact (normalised) heading texts. Normalisation: lower case, "&" -> "and", punctuation dropped.
_EXACT: dict[str, SectionName] = {}
_SYNONYMS: dict[SectionName, tuple[str, ...]] = {
    "experience": (
        "experience",
        "work experience",
        "professional experience",
        "work history",
        "employment history",
        "employment",
        "relevant experience",
        "career history",
        "professional background",
        "experience and employment",
        "internships",
        "internship experience",
        "work",
        "career experience",
        "positions held",
        "relevant employment",
    ),
    "skills": (
        "skills",
        "technical skills",
        "core competencies",
        "competencies",
        "areas of expertise",
        "expertise",
        "key skills",
        "skills and abilities",
        "skills and tools",
        "tools and technologies",
        "technologies",
        "technical proficiencies",
        "proficiencies",
        "top skills",
        "additional skills",
        "skill set",
        "skillset",
        "core skills",
        "programs skills and software",
        "technical expertise",
        "qualifications",
        "skills summary",
        "strengths",
        "tech",
        "tech stack",
        "stack",
        "tools",
        "toolbox",
    ),
    "education": (
        "education",
        "academic background",
        "education and training",
        "academics",
        "academic history",
        "educational background",
        "education history",
        "academic qualifications",
        "training",
        "edu",
        "schooling",
    ),
    "summary": (
        "summary",
        "profile",
        "about me",
        "about",
        "professional summary",
        "objective",
        "career objective",
        "career summary",
        "professional profile",
        "executive summary",
        "summary of qualifications",
        "personal statement",
        "overview",
        "highlights",
        "career highlights",
    ),
    "certifications": (
        "certifications",
        "certification",
        "certificates",
        "licenses",
        "licences",
        "licenses and certifications",
        "certifications and licenses",
        "licensure",
        "credentials",
        "certifications and activities",
        "professional certifications",
        "certs",
        "creds",
        "license",
        "licence",
        "registrations",
        "certs and licenses",
        "licenses and certs",
        "certs and reg",
        "certs and registrations",
        "certifications and registrations",
        "licensure and certifications",
        "credentials and licenses",
    ),
    "projects": ("projects", "personal projects", "selected projects", "key projects", "academic projects"),
    "publications": ("publications", "papers", "selected publications", "research"),
    "volunteer": (
        "volunteer",
        "volunteering",
        "volunteer experience",
        "volunteer work",
        "community involvement",
        "community service",
    ),
    "awards": (
        "awards",
        "honors",
        "honours",
        "honors and awards",
        "awards and honors",
        "achievements",
        "accomplishments",
        "key achievements",
        "scholarships",
    ),
    "languages": ("languages", "language skills", "spoken languages"),
    "interests": ("interests", "hobbies", "hobbies and interests", "personal interests"),
    "references": ("references", "referees", "references available upon request"),
    "other": (
        "activities",
        "leadership",
        "extracurricular activities",
        "leadership and activities",
        "relevant coursework",
        "coursework",
        "affiliations",
        "memberships",
        "professional affiliations",
        "on campus involvement",
        "additional information",
        "contact",
        "links",
    ),
}
for _name, _texts in _SYNONYMS.items():
    for _text in _texts:
        _EXACT[_text] = _name

# Heads of qualified headings: "Customer Service Experience" is still experience.
_TAIL_WORDS: dict[str, SectionName] = {
    "experience": "experience",
    "employment": "experience",
    "history": "experience",
    "skills": "skills",
    "education": "education",
    "certifications": "certifications",
    "certs": "certifications",
    "credentials": "certifications",
    "licenses": "certifications",
    "projects": "projects",
    "awards": "awards",
    "publications": "publications",
}


def normalize_heading(text: str) -> str:
    """Lower-case heading text without glyphs, colons, letter-spacing or punctuation."""
    text = text.strip()
    if re.fullmatch(r"(?:\S ){2,}\S", text):  # "S K I L L S"
        text = text.replace(" ", "")
    text = re.sub(r"^[^\w]+", "", text)  # leading glyphs, e.g. a stray icon-font character
    text = re.sub(r"^[¥§¶]+", "", text)
    text = text.replace("&", " and ").replace("/", " and ")
    text = re.sub(r"[^\w\s]", " ", text.lower())
    return re.sub(r"\s+", " ", text).strip()


def canonical_section(text: str) -> SectionName | None:
    """The canonical section a heading text names, or None when it is not a known heading."""
    norm = normalize_heading(text)
    if not norm or len(norm.split()) > 6:
        return None
    if norm in _EXACT:
        return _EXACT[norm]
    tokens = norm.split()
    if "volunteer" in tokens:
        return "volunteer"
    if tokens[-1] in _TAIL_WORDS and len(tokens) <= 5:
        return _TAIL_WORDS[tokens[-1]]
    return None


def _looks_like_heading_shape(text: str) -> bool:
    stripped = text.strip().rstrip(":").strip()
    if re.fullmatch(r"(?:\S ){2,}\S", stripped):
        stripped = stripped.replace(" ", "")
    if ":" in stripped:
        return False
    if not stripped or len(stripped) > 60 or len(stripped.split()) > 6:
        return False
    if re.search(r"\d", stripped) or "@" in stripped:
        return False
    return not re.search(r"[.,;!?]$", stripped)


def is_caps(text: str) -> bool:
    """ALL-CAPS text (at least three letters): a common heading style."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


def heading_of(line: Line) -> tuple[SectionName, str] | None:
    """Whether a line is a section heading: (canonical name, heading as written) or None.

    A known heading text counts in any case; an unknown one counts only when it is styled as a
    heading (ALL CAPS, bold or a heading hint), and then maps to "other".
    """
    text = line.text.strip()
    if not _looks_like_heading_shape(text) or line.bullet:
        return None
    written = re.sub(r"^[^\w(]+", "", text).rstrip(":").strip()
    name = canonical_section(text)
    styled = line.heading_hint or is_caps(written) or line.bold
    if name is not None:
        # A Title-Case known heading is enough; a lower-case one needs styling or a colon.
        if styled or written[:1].isupper() or text.endswith(":"):
            return name, written
        return None
    if line.heading_hint and is_caps(written) and len(written.split()) <= 4:
        return "other", written
    if (
        is_caps(written)
        and len(written.split()) <= 4
        and len(written) >= 4
        and (line.bold or line.heading_hint)
    ):
        return "other", written
    return None


def is_unknown_caps_heading(line: Line) -> bool:
    """An ALL-CAPS short line with no known name: a heading when it is not the candidate's name."""
    text = line.text.strip().rstrip(":")
    return _looks_like_heading_shape(text) and is_caps(text) and 1 <= len(text.split()) <= 4
