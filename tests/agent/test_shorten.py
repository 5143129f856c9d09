"""Rule-based shortening: it only removes or contracts words."""

from __future__ import annotations

import pytest

from assistant.agent.shorten import shorten_bullet

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    ("bullet", "expected"),
    [
        (
            "Developed nightly sales pipelines written in Python and Spark",
            "Developed nightly sales pipelines in Python and Spark",
        ),
        (
            "Successfully migrated 40 reports to Airflow in order to cut costs",
            "Migrated 40 reports to Airflow to cut costs",
        ),
        ("Built dashboards using Tableau as well as Looker", "Built dashboards using Tableau and Looker"),
        (
            "Led a team of 5 engineers, shipped the billing API, cut incidents by 30%",
            "Led a team of 5 engineers, shipped the billing API",
        ),
        ("Cut AWS costs by 30%", "Cut AWS costs by 30%"),
    ],
)
def test_shorten_bullet(bullet: str, expected: str) -> None:
    assert shorten_bullet(bullet) == expected


def test_shortening_never_adds_words() -> None:
    bullet = "Effectively managed various vendor contracts that were worth $2M on a monthly basis"
    words = set(shorten_bullet(bullet).lower().split())
    assert words <= set(bullet.lower().split())
    assert len(shorten_bullet(bullet)) < len(bullet)
