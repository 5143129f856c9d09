"""Knowledge retrieval speed: index build time, query latency p50/p95, embedding throughput.

Usage: uv run --frozen python benchmarks/retrieval_bench.py [--queries 300] [--json]
Builds a fresh store in a temp folder (never the user's). Target: hybrid query p50 <= 15 ms.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from assistant.knowledge.corpus import embedding_text, load_corpus  # noqa: E402
from assistant.knowledge.embeddings import MiniLMEncoder  # noqa: E402
from assistant.knowledge.retriever import Retriever, open_retriever  # noqa: E402
from evals.retrieval.run import load_questions  # noqa: E402


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def time_queries(retriever: Retriever, questions: list[str], n: int) -> dict[str, float]:
    for q in questions[:5]:  # warm-up
        retriever.search(q)
    latencies = []
    for i in range(n):
        started = time.perf_counter()
        retriever.search(questions[i % len(questions)], k=3)
        latencies.append((time.perf_counter() - started) * 1000)
    return {
        "p50_ms": round(statistics.median(latencies), 2),
        "p95_ms": round(percentile(latencies, 0.95), 2),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)

    snippets = load_corpus()
    questions = [q.q for q in load_questions()]
    texts = [embedding_text(s) for s in snippets]
    results: dict[str, object] = {"snippets": len(snippets), "cpus": os.cpu_count()}

    encoder = MiniLMEncoder()
    started = time.perf_counter()
    encoder.encode(["warm up"])
    results["model_load_s"] = round(time.perf_counter() - started, 2)

    started = time.perf_counter()
    encoder.encode(texts)
    seconds = time.perf_counter() - started
    results["embed_snippets_per_s"] = round(len(texts) / seconds, 1)
    started = time.perf_counter()
    encoder.encode(questions * 3)
    seconds = time.perf_counter() - started
    results["embed_questions_batched_per_s"] = round(3 * len(questions) / seconds, 1)
    started = time.perf_counter()
    for q in questions:
        encoder.encode([q])
    results["embed_question_single_ms"] = round((time.perf_counter() - started) * 1000 / len(questions), 2)

    with tempfile.TemporaryDirectory(prefix="ats-retrieval-bench-") as tmp:
        started = time.perf_counter()
        hybrid, info = open_retriever(Path(tmp), encoder=encoder)
        results["index_build_s"] = round(time.perf_counter() - started, 2)
        started = time.perf_counter()
        reopened, again = open_retriever(Path(tmp), encoder=encoder)
        results["index_reopen_s"] = round(time.perf_counter() - started, 3)
        assert info.built and not again.built
        reopened.close()
        for mode in ("hybrid", "vector", "bm25"):
            retriever = hybrid.variant(mode=mode)  # type: ignore[arg-type]
            results[f"query_{mode}"] = time_queries(retriever, questions, args.queries)
        hybrid.close()

    results["load_average_1m"] = round(os.getloadavg()[0], 2)  # other work on the machine skews timings
    if args.json:
        print(json.dumps(results, indent=2))
    else:
        for key, value in results.items():
            print(f"{key:32} {value}")
        target = results["query_hybrid"]["p50_ms"]  # type: ignore[index]
        print(f"target hybrid p50 <= 15 ms: {'met' if target <= 15 else 'NOT met'} ({target} ms)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
