"""Markdown resumes: headings, emphasis and links lose their syntax, keep their words."""

import pytest

from assistant.documents import document_from_text
from assistant.documents.models import Line
from assistant.resume.markdown import looks_like_markdown, strip_inline, strip_markdown
from assistant.resume.parser import parse_resume

pytestmark = pytest.mark.unit

MARKDOWN_RESUME = """# Jane Roe
**Senior Backend Engineer** | [jane@example.com](mailto:jane@example.com) | [GitHub](https://github.com/jroe)

## Summary
Backend engineer with *8 years* of experience building `Python` services.

---

## Experience
### Senior Backend Engineer | Acme Corp | Jan 2020 - Present
- Built **Python** services on __AWS__, cutting p95 latency by 30%
* Led a team of 5 engineers through a Postgres migration

### Software Engineer | Initech | Jun 2016 - Dec 2019
- Shipped 14 REST APIs used by 2 million customers

## Education
**BS Computer Science**, State University, 2016

## Skills
**Languages:** Python, Go, SQL
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("**Python** and __AWS__", "Python and AWS"),
        ("*8 years* of `Go`", "8 years of Go"),
        ("[GitHub](https://github.com/jroe)", "GitHub https://github.com/jroe"),
        ("[jane@example.com](mailto:jane@example.com)", "jane@example.com"),
        ("[https://x.dev](https://x.dev)", "https://x.dev"),
        ("C++ * 2 and 3 * 4", "C++ * 2 and 3 * 4"),  # a lone star is not emphasis
        ("snake_case_name stays", "snake_case_name stays"),
    ],
)
def test_strip_inline(text: str, expected: str) -> None:
    assert strip_inline(text) == expected


def test_headings_lose_their_markers_and_become_heading_hints() -> None:
    lines = strip_markdown(
        [Line(text="## Experience"), Line(text="### Engineer | Acme ###"), Line(text="---")]
    )
    assert [(ln.text, ln.heading_hint) for ln in lines] == [("Experience", True), ("Engineer | Acme", True)]


def test_plain_text_is_not_taken_for_markdown() -> None:
    assert not looks_like_markdown([Line(text="Experience"), Line(text="C# developer, 5 years")])


def test_markdown_resume_parses_like_plain_text() -> None:
    resume = parse_resume(document_from_text(MARKDOWN_RESUME))
    assert [e.title for e in resume.experience] == ["Senior Backend Engineer", "Software Engineer"]
    assert resume.experience[0].company == "Acme Corp"
    assert resume.experience[0].bullets[0] == "Built Python services on AWS, cutting p95 latency by 30%"
    assert len(resume.experience[0].bullets) == 2
    assert resume.contact.name == "Jane Roe"
    assert resume.contact.email == "jane@example.com"
    assert resume.contact.github is not None and "github.com/jroe" in resume.contact.github
    assert {"Python", "Go", "SQL"} <= {s.split(": ")[-1] for s in resume.skills}
    assert resume.summary is not None and "*" not in resume.summary and "`" not in resume.summary
    assert "#" not in resume.text and "**" not in resume.text and "](" not in resume.text
    assert {s.name for s in resume.sections} >= {"summary", "experience", "education", "skills"}
