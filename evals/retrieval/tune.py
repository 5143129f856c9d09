"""Grid search of the hybrid fusion parameters on the dev split only (holdout stays unseen).

Usage: uv run --frozen python -m evals.retrieval.tune
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from evals.retrieval.run import MRR_DEPTH, load_questions, score

BM25_WEIGHTS = (0.2, 0.3, 0.5, 0.7, 1.0)
RRF_KS = (5, 10, 30, 60)


def main() -> int:
    from assistant.knowledge.retriever import open_retriever

    dev = [q for q in load_questions() if q.split == "dev"]
    with tempfile.TemporaryDirectory(prefix="ats-retrieval-tune-") as tmp:
        base, _ = open_retriever(Path(tmp))
        rows = []
        for weight in BM25_WEIGHTS:
            for rrf_k in RRF_KS:
                retriever = base.variant(rrf_k=rrf_k, bm25_weight=weight)
                rankings = [[s.id for s in retriever.search(q.q, k=MRR_DEPTH)] for q in dev]
                rows.append((score(rankings, dev), weight, rrf_k))
        base.close()
    print(f"{'bm25_w':>6} {'rrf_k':>5} {'recall@3':>9} {'hit@3':>7} {'MRR':>6}   (dev, n={len(dev)})")
    for m, weight, rrf_k in sorted(rows, key=lambda r: (-r[0].recall_at_3, -r[0].mrr)):
        print(f"{weight:>6} {rrf_k:>5} {m.recall_at_3:>9.3f} {m.hit_at_3:>7.3f} {m.mrr:>6.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
