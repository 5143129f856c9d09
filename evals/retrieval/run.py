"""Retrieval eval: recall@3, hit@3 and MRR of the knowledge retriever on labelled questions.

Usage: uv run --frozen python -m evals.retrieval.run [--mode hybrid|vector|bm25|all] [--json]

The store is built in a temporary folder (never the user's data dir). Questions marked
``split: holdout`` were not used while tuning and are reported separately.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import yaml

QUESTIONS_FILE = Path(__file__).with_name("questions.yaml")
K = 3
MRR_DEPTH = 10


@dataclass(frozen=True)
class Question:
    q: str
    ids: tuple[str, ...]
    split: str


@dataclass(frozen=True)
class Metrics:
    n: int
    recall_at_3: float
    hit_at_3: float
    mrr: float


def load_questions(path: Path = QUESTIONS_FILE) -> list[Question]:
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [Question(item["q"], tuple(item["ids"]), item.get("split", "dev")) for item in raw]


def score(rankings: Sequence[Sequence[str]], questions: Sequence[Question]) -> Metrics:
    """recall@3: share of labelled ids in the top 3; hit@3: any of them; MRR: first one, to depth 10."""
    recall = hit = rr = 0.0
    for ranking, question in zip(rankings, questions, strict=True):
        relevant = set(question.ids)
        top = set(ranking[:K])
        recall += len(relevant & top) / len(relevant)
        hit += 1.0 if relevant & top else 0.0
        rank = next((i for i, doc in enumerate(ranking[:MRR_DEPTH], start=1) if doc in relevant), None)
        rr += 1.0 / rank if rank else 0.0
    n = len(questions) or 1
    return Metrics(len(questions), round(recall / n, 4), round(hit / n, 4), round(rr / n, 4))


def evaluate(retriever: Any, questions: Sequence[Question]) -> dict[str, Any]:
    """Metrics per split plus the misses (question, expected ids, top-3 returned)."""
    rankings = [[s.id for s in retriever.search(q.q, k=MRR_DEPTH)] for q in questions]
    report: dict[str, Any] = {}
    for split in ("dev", "holdout", "all"):
        chosen = [i for i, q in enumerate(questions) if split == "all" or q.split == split]
        report[split] = asdict(score([rankings[i] for i in chosen], [questions[i] for i in chosen]))
    report["misses"] = [
        {"q": q.q, "expected": list(q.ids), "top3": r[:K], "split": q.split}
        for q, r in zip(questions, rankings, strict=True)
        if not set(q.ids) <= set(r[:K])
    ]
    return report


def run(modes: Sequence[str], store_root: Path | None = None) -> dict[str, dict[str, Any]]:
    from assistant.knowledge.retriever import open_retriever

    questions = load_questions()
    with tempfile.TemporaryDirectory(prefix="ats-retrieval-eval-") as tmp:
        base, _ = open_retriever(store_root or Path(tmp))
        results: dict[str, dict[str, Any]] = {}
        for mode in modes:
            retriever = base.variant(mode=mode)  # type: ignore[arg-type]
            results[mode] = evaluate(retriever, questions)
        base.close()
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mode", default="all", choices=["all", "hybrid", "vector", "bm25"])
    parser.add_argument("--json", action="store_true", help="print the full report as JSON")
    args = parser.parse_args(argv)
    modes = ["hybrid", "vector", "bm25"] if args.mode == "all" else [args.mode]
    results = run(modes)
    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    print(f"{'mode':8} {'split':8} {'n':>3} {'recall@3':>9} {'hit@3':>7} {'MRR':>6}")
    for mode, report in results.items():
        for split in ("dev", "holdout", "all"):
            m = report[split]
            line = f"{mode:8} {split:8} {m['n']:>3} {m['recall_at_3']:>9.3f} {m['hit_at_3']:>7.3f}"
            print(f"{line} {m['mrr']:>6.3f}")
    for mode, report in results.items():
        for miss in report["misses"]:
            where = f"{mode}/{miss['split']}"
            print(f"miss [{where}] {miss['q']!r}: expected {miss['expected']}, got {miss['top3']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
