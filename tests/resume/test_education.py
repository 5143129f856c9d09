"""Education entries: degree phrases, levels, fields, institutions, years."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.resume.education import degree_field, degree_level
from assistant.resume.parser import parse_resume
from tests.resume.conftest import make_document

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("B.S. Computer Science", "bachelor"),
        ("BSc Physics", "bachelor"),
        ("BS Computer Science", "bachelor"),
        ("Bachelor of Science in Nursing", "bachelor"),
        ("B.A. Japanese", "bachelor"),
        ("B.F.A. in Graphic Design", "bachelor"),
        ("B.E. in Computer Science", "bachelor"),
        ("MBA", "master"),
        ("M.Eng in Computer Science", "master"),
        ("MEng in Computer Science", "master"),
        ("M.Sc. in Computer Science", "master"),
        ("MS Data Science", "master"),
        ("Master of Science in Computer Science", "master"),
        ("PhD in Physics", "doctorate"),
        ("Ph.D., Applied Mathematics", "doctorate"),
        ("Doctor of Philosophy", "doctorate"),
        ("Associate of Applied Science in Nursing", "associate"),
        ("AAS Nursing", "associate"),
        ("High School Diploma", "high_school"),
        ("RN diploma", "other"),
        ("Certificate Program in Applied Analytics", "other"),
        ("Springfield State University", None),
    ],
)
def test_degree_levels(text: str, level: str | None) -> None:
    assert degree_level(text) == level


@pytest.mark.parametrize(
    ("degree", "field"),
    [
        ("B.S. in Computer Science", "Computer Science"),
        ("B.S. Computer Science", "Computer Science"),
        ("Master of Science in Computer Science", "Computer Science"),
        ("Bachelor of Arts: Major in English, Minor in Rhetoric", "English"),
        ("Ph.D., Applied Mathematics", "Applied Mathematics"),
        ("MBA", None),
    ],
)
def test_degree_field(degree: str, field: str | None) -> None:
    assert degree_field(degree) == field


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "B.S. in Computer Science, Ridgemont State University\nAug 2017 - May 2021",
            [("B.S. in Computer Science", "Ridgemont State University", 2021)],
            id="degree-comma-institution",
        ),
        pytest.param(
            "State University — B.F.A. in Graphic Design\n2013 - 2017",
            [("B.F.A. in Graphic Design", "State University", 2017)],
            id="institution-emdash-degree",
        ),
        pytest.param(
            "Master of Science in Computer Science\nRidgemont State University (STEM) | 2019-2021 |\n"
            "Bachelor of Science in Computer Science\n"
            "Lakeside Institute of Technology (Honors) | 2015-2019 |",
            [
                ("Master of Science in Computer Science", "Ridgemont State University (STEM)", 2021),
                (
                    "Bachelor of Science in Computer Science",
                    "Lakeside Institute of Technology (Honors)",
                    2019,
                ),
            ],
            id="two-degrees-pipes",
        ),
        pytest.param(
            "Caltech   Sep 2022 – Present\nPh.D., Applied Mathematics\n"
            "MIT   May 2022\nM.S., Computer Science\n"
            "Georgia Tech   May 2020\nB.S., Computer Science, cum laude, GPA: 3.72/4.00",
            [
                ("Ph.D., Applied Mathematics", "Caltech", None),
                ("M.S., Computer Science", "MIT", 2022),
                ("B.S., Computer Science", "Georgia Tech", 2020),
            ],
            id="institution-first-short-names",
        ),
        pytest.param(
            "Springfield State University\nB.S. Computer Science · Expected May 2026 · GPA 3.6\n"
            "Relevant coursework: Operating Systems, Compilers.",
            [("B.S. Computer Science", "Springfield State University", 2026)],
            id="expected-graduation",
        ),
    ],
)
def test_education_layouts(body: str, expected: list[tuple[str, str, int | None]]) -> None:
    resume = parse_resume(make_document("Jane Smith\nEducation\n" + body), today=date(2026, 1, 1))
    assert [(e.degree, e.institution, e.year) for e in resume.education] == expected
