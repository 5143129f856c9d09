from __future__ import annotations

import pytest

from assistant.agent.edits import (
    TargetNotFound,
    bullet_refs,
    ordinal_in,
    replace_bullet,
    replace_summary,
    resolve_bullet,
)
from assistant.resume.models import Resume
from tests.agent.conftest import BULLETS_ACME, BULLETS_GLOBEX, SUMMARY

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    ("phrase", "number"),
    [
        ("rewrite my second bullet", 2),
        ("bullet 4 please", 4),
        ("show #3", 3),
        ("the 5th one", 5),
        ("my last bullet", -1),
        ("improve my summary", None),
    ],
)
def test_ordinal_in(phrase: str, number: int | None) -> None:
    assert ordinal_in(phrase) == number


@pytest.mark.parametrize(
    ("number", "role", "expected", "error"),
    [
        (2, None, BULLETS_ACME[1], None),
        (4, None, BULLETS_GLOBEX[0], None),
        (-1, None, BULLETS_GLOBEX[1], None),
        (2, "Globex", BULLETS_GLOBEX[1], None),
        (1, "junior analyst", BULLETS_GLOBEX[0], None),
        (None, "Globex", None, "which bullet"),
        (9, None, None, "no bullet 9"),
        (1, "Initech", None, "no role matching"),
    ],
)
def test_resolve_bullet(
    resume: Resume, number: int | None, role: str | None, expected: str | None, error: str | None
) -> None:
    if error:
        with pytest.raises(TargetNotFound, match=error):
            resolve_bullet(resume, number, role)
    else:
        assert resolve_bullet(resume, number, role).text == expected


def test_numbers_are_one_based_over_resume_bullets(resume: Resume) -> None:
    refs = bullet_refs(resume)
    assert [r.text for r in refs] == resume.bullets
    assert [r.number for r in refs] == [1, 2, 3, 4, 5]
    assert refs[3].role == "Junior Analyst at Globex"


def test_replace_bullet_changes_entry_section_and_text(resume: Resume) -> None:
    ref = resolve_bullet(resume, 4)
    new = "Migrated 12 finance reports to Airflow"
    updated = replace_bullet(resume, ref, new)
    assert updated.experience[1].bullets[0] == new
    assert updated.bullets[3] == new
    assert f"- {new}" in updated.section("experience").lines  # type: ignore[union-attr]
    assert new in updated.text and BULLETS_GLOBEX[0] not in updated.text
    assert resume.bullets[3] == BULLETS_GLOBEX[0]  # the original is untouched


def test_replace_summary(resume: Resume) -> None:
    updated = replace_summary(resume, "Data engineer building Python and Spark pipelines.")
    assert updated.summary == "Data engineer building Python and Spark pipelines."
    assert updated.section("summary").lines == [updated.summary]  # type: ignore[union-attr]
    assert SUMMARY not in updated.text and updated.summary in updated.text
