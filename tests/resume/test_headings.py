"""Section headings: synonyms, case and format variants, and what is NOT a heading."""

from __future__ import annotations

import pytest

from assistant.documents.models import Line
from assistant.resume.headings import canonical_section, heading_of
from assistant.resume.sections import split_sections

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("EXPERIENCE", "experience"),
        ("Experience", "experience"),
        ("Work History", "experience"),
        ("Professional Experience", "experience"),
        ("PROFESSIONAL EXPERIENCE:", "experience"),
        ("Employment History", "experience"),
        ("Relevant Experience", "experience"),
        ("Work Experience:", "experience"),
        ("Customer Service Experience", "experience"),
        # the short forms practitioners write
        ("CERTS / REG", "certifications"),
        ("CREDS", "certifications"),
        ("Certs", "certifications"),
        ("EDU", "education"),
        ("Schooling", "education"),
        ("Tech", "skills"),
        ("TECH STACK", "skills"),
        ("Leadership and Work Experience", "experience"),
        ("INTERNSHIPS", "experience"),
        ("E X P E R I E N C E", "experience"),
        ("Skills", "skills"),
        ("Technical Skills", "skills"),
        ("CORE COMPETENCIES", "skills"),
        ("Areas of Expertise", "skills"),
        ("Skills & Tools", "skills"),
        ("¥Skills", "skills"),
        ("Education", "education"),
        ("Academic Background", "education"),
        ("EDUCATION:", "education"),
        ("Education & Training", "education"),
        ("Summary", "summary"),
        ("Profile", "summary"),
        ("About Me", "summary"),
        ("Professional Summary", "summary"),
        ("OBJECTIVE", "summary"),
        ("Certifications", "certifications"),
        ("Licenses", "certifications"),
        ("Licenses & Certifications", "certifications"),
        ("Certifications & Activities", "certifications"),
        ("Projects", "projects"),
        ("Publications", "publications"),
        ("Volunteer", "volunteer"),
        ("Volunteer Experience", "volunteer"),
        ("Awards", "awards"),
        ("Honors", "awards"),
        ("Honors & Awards", "awards"),
        ("Languages", "languages"),
        ("Interests", "interests"),
        ("References", "references"),
        ("Relevant Coursework", "other"),
    ],
)
def test_known_headings(text: str, expected: str) -> None:
    assert canonical_section(text) == expected
    assert heading_of(Line(text=text)) is not None
    assert heading_of(Line(text=text))[0] == expected  # type: ignore[index]


@pytest.mark.parametrize(
    "text",
    [
        "Experience with Python, Go and Kubernetes across three teams.",
        "Led the education outreach program for 200 students",
        "Skills: Python, SQL",
        "Software Engineer, Acme Corp 2019 - 2021",
        "jane@example.com",
        "skills",  # lower case, unstyled, no colon: body text, not a heading
    ],
)
def test_not_headings(text: str) -> None:
    assert heading_of(Line(text=text)) is None


def test_bulleted_line_is_never_a_heading() -> None:
    assert heading_of(Line(text="Education", bullet=True)) is None


def test_styled_unknown_heading_is_other() -> None:
    assert heading_of(Line(text="ACHIEVEMENTS AND IMPACT", heading_hint=True)) is not None
    assert heading_of(Line(text="MISCELLANY", heading_hint=True, bold=True)) == ("other", "MISCELLANY")


def test_split_sections_keeps_top_block_as_contact_and_skips_underlines() -> None:
    lines = [
        Line(text="Jane Smith", heading_hint=True),
        Line(text="jane@example.com"),
        Line(text="Experience"),
        Line(text="________________"),
        Line(text="Engineer, Acme 2020 - 2021"),
        Line(text="Page 1", source="footer"),
        Line(text="Skills:"),
        Line(text="Python, SQL"),
    ]
    blocks = split_sections(lines)
    assert [(b.name, b.heading) for b in blocks] == [
        ("contact", ""),
        ("experience", "Experience"),
        ("skills", "Skills"),
    ]
    assert [ln.text for ln in blocks[0].lines] == ["Jane Smith", "jane@example.com"]
    assert [ln.text for ln in blocks[1].lines] == ["Engineer, Acme 2020 - 2021"]


def test_unknown_caps_headings_follow_the_documents_caps_style() -> None:
    lines = [
        Line(text=t)
        for t in (
            "JANE SMITH",
            "EXPERIENCE",
            "Engineer, Acme 2020 - 2021",
            "INVOLVEMENT",
            "Won a prize",
            "EDUCATION",
            "B.S. Physics, State University",
        )
    ]
    names = [b.name for b in split_sections(lines)]
    assert names == ["contact", "experience", "other", "education"]
