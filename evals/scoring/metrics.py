"""Ranking metrics: pairwise ordering accuracy, average precision and NDCG (pure functions)."""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence

from evals.scoring.dataset import Pair

Scores = Mapping[tuple[str, str], float]


def pair_credit(pair: Pair, scores: Scores) -> float:
    """1 when the pair is ordered as expected; a tie earns 0.5 on a strict ``>`` and 1 on ``>=``."""
    better, worse = scores[(pair.job, pair.better)], scores[(pair.job, pair.worse)]
    if better > worse:
        return 1.0
    if better == worse:
        return 1.0 if not pair.strict else 0.5
    return 0.0


def pairwise_accuracy(pairs: Sequence[Pair], scores: Scores) -> float:
    return sum(pair_credit(p, scores) for p in pairs) / len(pairs) if pairs else float("nan")


def ranking(job: str, pool: Iterable[str], scores: Scores) -> list[str]:
    """Resume ids best first; ties broken by id so the ranking is deterministic."""
    return sorted(pool, key=lambda r: (-scores[(job, r)], r))


def average_precision(ranked: Sequence[str], relevant: set[str]) -> float:
    hits, total = 0, 0.0
    for rank, rid in enumerate(ranked, start=1):
        if rid in relevant:
            hits += 1
            total += hits / rank
    return total / len(relevant) if relevant else float("nan")


def ndcg(ranked: Sequence[str], grades: Mapping[str, int], k: int = 10) -> float:
    """Normalised discounted cumulative gain at ``k`` with gain ``2**grade - 1``."""

    def dcg(gains: Sequence[int]) -> float:
        return sum(float(2**g - 1) / math.log2(i + 2) for i, g in enumerate(gains[:k]))

    ideal = dcg(sorted(grades.values(), reverse=True))
    return dcg([grades.get(r, 0) for r in ranked]) / ideal if ideal else float("nan")


def mean(values: Iterable[float]) -> float:
    vals = [v for v in values if not math.isnan(v)]
    return sum(vals) / len(vals) if vals else float("nan")
