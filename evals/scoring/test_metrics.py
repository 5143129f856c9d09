"""The eval's metrics and baselines on hand-computed cases."""

from __future__ import annotations

import math

import pytest

from evals.scoring.baselines import content_tokens, coverage_score, tfidf_scores
from evals.scoring.dataset import Pair
from evals.scoring.metrics import average_precision, ndcg, pair_credit, pairwise_accuracy, ranking

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    ("better", "worse", "strict", "credit"),
    [(2.0, 1.0, True, 1.0), (1.0, 1.0, True, 0.5), (1.0, 1.0, False, 1.0), (0.5, 1.0, False, 0.0)],
)
def test_pair_credit(better: float, worse: float, strict: bool, credit: float) -> None:
    pair = Pair("j", "a", "b", strict, "tiers", "")
    assert pair_credit(pair, {("j", "a"): better, ("j", "b"): worse}) == credit


def test_pairwise_accuracy_averages_credit() -> None:
    pairs = [Pair("j", "a", "b", True, "k", ""), Pair("j", "b", "a", True, "k", "")]
    assert pairwise_accuracy(pairs, {("j", "a"): 2.0, ("j", "b"): 1.0}) == 0.5


def test_average_precision_and_ranking() -> None:
    scores = {("j", "a"): 0.9, ("j", "b"): 0.8, ("j", "c"): 0.8, ("j", "d"): 0.1}
    ranked = ranking("j", ["d", "c", "b", "a"], scores)
    assert ranked == ["a", "b", "c", "d"]  # ties broken by id
    assert average_precision(ranked, {"a", "c"}) == pytest.approx((1 / 1 + 2 / 3) / 2)
    assert math.isnan(average_precision(ranked, set()))


def test_ndcg_is_one_for_the_ideal_order() -> None:
    assert ndcg(["a", "b", "c"], {"a": 2, "b": 1}) == pytest.approx(1.0)
    assert ndcg(["c", "b", "a"], {"a": 2, "b": 1}) < 1.0


def test_coverage_and_tokens() -> None:
    assert {"c++", "node.js", "python"} <= content_tokens("C++ and Node.js, with Python.")
    assert coverage_score("Python and Kubernetes", "I write Python") == pytest.approx(0.5)


def test_tfidf_prefers_the_matching_resume() -> None:
    resumes = {"a": "patient care and medication", "b": "kubernetes clusters"}
    scores = tfidf_scores({"j": "nurse patient care medication"}, resumes)
    assert scores[("j", "a")] > scores[("j", "b")] == 0.0
