"""Run the agent eval: ``uv run --frozen python -m evals.agent.run [--model qwen2.5-1.5b] [--routing-only]``.

Prints a table per category (checks passed, routing accuracy, seconds) and the failures.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

from evals.agent.cases import CASES, Case
from evals.agent.harness import CaseResult, RecordingRetriever, route_only, run_case


def select(ids: str | None, limit: int | None) -> list[Case]:
    """The cases named by comma-separated id prefixes (all by default), at most ``limit``."""
    cases = list(CASES)
    if ids:
        prefixes = [p.strip() for p in ids.split(",") if p.strip()]
        cases = [c for c in cases if any(c.id.startswith(p) for p in prefixes)]
    return cases[:limit] if limit else cases


def table(results: Sequence[CaseResult]) -> str:
    """A plain-text table: category, cases passed, checks passed, routing accuracy, mean seconds."""
    groups: dict[str, list[CaseResult]] = defaultdict(list)
    for result in results:
        groups[result.case.category].append(result)
    lines = [f"{'category':<14}{'cases':>8}{'checks':>10}{'routing':>10}{'s/case':>8}"]

    def row(name: str, items: Sequence[CaseResult]) -> str:
        outcomes = [o for r in items for o in r.outcomes]
        routes = [(exp, got) for r in items for exp, got in r.routes]
        right = sum(1 for exp, got in routes if got in exp)
        seconds = sum(r.seconds for r in items) / len(items)
        return (
            f"{name:<14}{sum(r.passed for r in items):>4}/{len(items):<3}"
            f"{sum(o.passed for o in outcomes):>6}/{len(outcomes):<3}"
            f"{(right / len(routes) if routes else 0):>10.2f}{seconds:>8.1f}"
        )

    for name, items in sorted(groups.items()):
        lines.append(row(name, items))
    lines.append(row("ALL", results))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Parse arguments, run the cases on the chosen local model, print the table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--model", default="qwen2.5-1.5b", help="local model name (qwen2.5-1.5b, qwen2.5-0.5b)"
    )
    parser.add_argument("--cases", help="comma-separated case id prefixes, e.g. why,rw-01")
    parser.add_argument("--limit", type=int, help="run at most this many cases")
    parser.add_argument(
        "--routing-only", action="store_true", help="measure routing only (one call per turn)"
    )
    parser.add_argument("--no-knowledge", action="store_true", help="run without the knowledge base")
    parser.add_argument("--json", type=Path, help="also write the per-case results here")
    args = parser.parse_args(argv)

    from assistant.agent.factory import build_assistant
    from assistant.config import load_settings

    settings = load_settings(provider="local", model=args.model, temperature=0.0)
    assistant = build_assistant(settings, knowledge=not args.no_knowledge)
    cases = select(args.cases, args.limit)
    started = time.perf_counter()
    if args.routing_only:
        rows = route_only(assistant, cases)
        right = sum(1 for _, _, expected, got in rows if got in expected)
        for case_id, text, expected, got in rows:
            if got not in expected:
                print(f"MISROUTE {case_id}: {text!r}: expected {'/'.join(expected)}, got {got}")
        print(
            f"model={args.model} turns={len(rows)} routing_accuracy={right / len(rows):.3f} "
            f"seconds={time.perf_counter() - started:.0f}"
        )
        return 0
    recorder = RecordingRetriever(assistant.retriever) if assistant.retriever is not None else None
    if recorder is not None:
        assistant.retriever = recorder
    results = []
    for case in cases:
        result = run_case(assistant, case, retriever=recorder)
        results.append(result)
        status = "ok " if result.passed else "FAIL"
        print(f"{status} {case.id:<14} {result.seconds:6.1f}s", flush=True)
    print()
    print(f"model={args.model} cases={len(results)} seconds={time.perf_counter() - started:.0f}")
    print(table(results))
    for result in results:
        if result.error:
            print(f"ERROR {result.case.id}: {result.error}")
        for outcome in result.outcomes:
            if not outcome.passed:
                print(f"FAIL {outcome.case} turn {outcome.turn} {outcome.name}: {outcome.detail}")
    if args.json:
        payload = [
            {
                "case": r.case.id,
                "passed": r.passed,
                "seconds": round(r.seconds, 1),
                "error": r.error,
                "routes": [[list(e), g] for e, g in r.routes],
                "answers": r.answers,
                "checks": [[o.turn, o.name, o.passed, o.detail] for o in r.outcomes],
            }
            for r in results
        ]
        args.json.write_text(json.dumps(payload, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
