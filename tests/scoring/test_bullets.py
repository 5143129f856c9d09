import pytest

from assistant.scoring.bullets import MAX_WORDS, MIN_WORDS, assess_bullet, is_action_verb

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    ("bullet", "action", "quantified", "length_ok", "score"),
    [
        (
            "Reduced AWS spend by 32% by rightsizing 140 EC2 instances and adding autoscaling",
            True,
            True,
            True,
            100,
        ),
        ("• Led a team of five nurses across two units during the COVID surge", True, True, True, 100),
        ("Built the internal analytics dashboard used by the finance team every week", True, False, True, 65),
        ("Responsible for managing the AWS infrastructure for 12 production services", False, True, True, 60),
        ("Helped with customer onboarding and support tickets for the sales team", False, False, True, 25),
        ("I wrote unit tests for the billing service to improve its reliability", False, False, True, 25),
        ("Managed budgets", True, False, False, 40),
        (
            "Optimizing SQL queries and indexes for the reporting warehouse cut runtime by 3x",
            True,
            True,
            True,
            100,
        ),
        ("Spearheaded " + "the migration of legacy systems " * 7 + "saving $1M", True, True, False, 75),
        ("", False, False, False, 0),
    ],
)
def test_assess_bullet(bullet: str, action: bool, quantified: bool, length_ok: bool, score: float) -> None:
    result = assess_bullet(bullet)
    assert (result.action_verb, result.quantified, result.length_ok, result.score) == (
        action,
        quantified,
        length_ok,
        score,
    )
    assert len(result.issues) == (not action) + (not quantified) + (not length_ok)


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Led", True),
        ("managed", True),
        ("Optimized", True),
        ("planned", True),
        ("Streamlines", True),
        ("scaling", True),
        ("Spearheaded", True),
        ("Responsible", False),
        ("The", False),
        ("Assisted", False),
    ],
)
def test_action_verbs(word: str, expected: bool) -> None:
    assert is_action_verb(word) is expected


def test_length_bounds_are_inclusive() -> None:
    assert assess_bullet("Built " + "x " * (MIN_WORDS - 1)).length_ok
    assert not assess_bullet("Built " + "x " * (MIN_WORDS - 2)).length_ok
    assert assess_bullet("Built " + "x " * (MAX_WORDS - 1)).length_ok
    assert not assess_bullet("Built " + "x " * MAX_WORDS).length_ok


def test_a_fill_in_placeholder_counts_as_a_figure() -> None:
    from assistant.scoring.bullets import assess_bullet

    assert assess_bullet("Cut report run time by [X]% by rewriting the SQL models").quantified
    assert assess_bullet("Built SQL models used by [N] analysts in finance").quantified
    assert not assess_bullet("Built SQL models used by analysts in finance").quantified
