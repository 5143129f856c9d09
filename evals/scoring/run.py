"""Compare our ATS score with TF-IDF cosine and JD-token coverage on the eval set.

Run: ``uv run --frozen python -m evals.scoring.run [--split SPLIT] [--out PATH]``, where SPLIT is one of
all (default), tune, held_out or held_out_2 to held_out_10 (see dataset.py).

Each resume is rendered into its layout (text, PDF, two-column PDF, PDF with hidden keywords, DOCX with a
table) in a temporary folder, then every (job, resume) pair of the split is scored by:
  * ``ours``: ``assistant.score`` (resume and job parsed once with ``load_resume`` / ``parse_job``);
  * ``tfidf``: cosine of scikit-learn TF-IDF vectors fitted on the JDs and resumes of the run;
  * ``coverage``: share of the JD's distinct content tokens found in the resume.
The baselines read what an ATS extracts (``assistant.documents.load_document``: visible plus hidden
text), or the raw source text when the loader is unavailable.

Metrics per split: pairwise ordering accuracy on the expected orderings (also per kind), MAP when each job
ranks the split's pool (relevant = grade >= 1) and NDCG@10 on the graded relevance; for our scorer also
the share of hidden-keyword resumes it flags. Failed pairs and per-job figures are listed for the tune
split only, so the held-out splits stay useless for tuning (see dataset.py for which resumes each split's
jobs rank). Writes JSON (default evals/scoring/results/latest.json).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from evals.scoring import metrics
from evals.scoring.baselines import coverage_scores, tfidf_scores
from evals.scoring.dataset import (
    DATA_DIR,
    JOB_SPLITS,
    SPLIT_TITLES,
    SPLITS,
    EvalSet,
    Split,
    load_eval_set,
    problems,
)
from evals.scoring.render import blocks_of, plain_text, render

DEFAULT_OUT = Path(__file__).resolve().parent / "results" / "latest.json"
SCORERS = ("ours", "tfidf", "coverage")
Scores = dict[tuple[str, str], float]


def ats_texts(eval_set: EvalSet, files: dict[str, Path]) -> tuple[dict[str, str], str]:
    """What a plain ATS extractor reads from each rendered file, and where that text came from."""
    texts = {
        rid: plain_text(blocks_of(case)) + (f"\n{case.hidden_keywords}" if case.hidden_keywords else "")
        for rid, case in ((rid, eval_set.resumes[rid]) for rid in files)
    }
    try:
        from assistant.documents import load_document
        from assistant.errors import AssistantError
    except ImportError as exc:
        return texts, f"raw source text (assistant.documents.load_document unavailable: {exc})"
    failed = 0
    for rid, path in files.items():
        try:
            document = load_document(path)
        except AssistantError:
            failed += 1  # keep the raw text for this one
            continue
        texts[rid] = "\n".join([document.text, " ".join(document.hidden_words)])
    note = f"; {failed} files unreadable, raw text used" if failed else ""
    return texts, f"assistant.documents.load_document (visible + hidden text){note}"


def our_scores(
    eval_set: EvalSet, jobs: list[str], files: dict[str, Path]
) -> tuple[Scores | None, dict[str, bool], list[str], str]:
    """Our score for every pair, whether each resume was flagged for hidden text, errors, and status."""
    try:
        from assistant import score
    except ImportError as exc:
        return None, {}, [], f"unavailable ({exc})"
    resumes: dict[str, Any] = dict(files)
    parsed_jobs: dict[str, Any] = {j: eval_set.jobs[j].text for j in jobs}
    try:
        from assistant.jobs import parse_job
        from assistant.resume import load_resume
    except ImportError:
        pass  # assistant.score parses paths and text itself
    else:
        parsed_jobs = {j: parse_job(t) for j, t in parsed_jobs.items()}
        for rid, path in files.items():
            try:
                resumes[rid] = load_resume(path)
            except Exception:  # noqa: BLE001 - score() below reports the same failure per pair
                pass
    scores: Scores = {}
    flagged: dict[str, bool] = {}
    errors: list[str] = []
    for job_id in jobs:
        for rid in files:
            try:
                report = score(resumes[rid], parsed_jobs[job_id])
            except Exception as exc:  # noqa: BLE001 - an eval reports every failure and carries on
                errors.append(f"{job_id}/{rid}: {type(exc).__name__}: {str(exc)[:120]}")
                scores[(job_id, rid)] = 0.0
                continue
            scores[(job_id, rid)] = float(report.score)
            hidden = any("hidden" in w.id for w in report.warnings)
            flagged[rid] = flagged.get(rid, True) and hidden
    return scores, flagged, errors, "available"


def split_metrics(eval_set: EvalSet, split: Split, scores: Scores) -> dict[str, Any]:
    """Pairwise accuracy (overall and per kind), MAP and NDCG@10 of one scorer on one split."""
    pairs = eval_set.pairs(split)
    pool = eval_set.split_pool(split)
    by_kind: dict[str, float] = {}
    for kind in sorted({p.kind for p in pairs}):
        by_kind[kind] = metrics.pairwise_accuracy([p for p in pairs if p.kind == kind], scores)
    aps: dict[str, float] = {}
    ndcgs: list[float] = []
    for job in eval_set.split_jobs(split):
        ranked = metrics.ranking(job, pool, scores)
        grades = {r: g for r, g in eval_set.relevance.get(job, {}).items() if r in pool}
        aps[job] = metrics.average_precision(ranked, {r for r, g in grades.items() if g >= 1})
        ndcgs.append(metrics.ndcg(ranked, grades))
    result: dict[str, Any] = {
        "pairwise_accuracy": metrics.pairwise_accuracy(pairs, scores),
        "map": metrics.mean(aps.values()),
        "ndcg_at_10": metrics.mean(ndcgs),
        "pairwise_by_kind": by_kind,
    }
    if split == "tune":  # per-job detail only where looking is allowed
        result["average_precision_by_job"] = {j: round(v, 4) for j, v in aps.items()}
    return result


def failed_pairs(eval_set: EvalSet, scores: Scores) -> list[dict[str, Any]]:
    """Tune-split pairs our scorer orders wrongly (ids and scores only, never resume text)."""
    return [
        {"job": p.job, "expected": f"{p.better} {'>' if p.strict else '>='} {p.worse}", "kind": p.kind,
         "scores": [round(scores[(p.job, p.better)], 2), round(scores[(p.job, p.worse)], 2)]}
        for p in eval_set.pairs("tune")
        if metrics.pair_credit(p, scores) < 1.0
    ]  # fmt: skip


def run_eval(
    split: str = "all", *, data_dir: Path = DATA_DIR, render_dir: Path | None = None
) -> dict[str, Any]:
    """Render, score and measure; returns the results document that :func:`main` prints and writes."""
    if split not in SPLITS:
        raise ValueError(f"unknown split {split!r}; choose one of {', '.join(SPLITS)}")
    eval_set = load_eval_set(data_dir)
    found = problems(eval_set)
    if found:
        raise ValueError("eval data is inconsistent: " + "; ".join(found))
    splits: list[Split] = [*JOB_SPLITS, "all"] if split == "all" else [split]
    jobs = [j for j in eval_set.jobs if any(j in eval_set.split_jobs(s) for s in splits)]
    pool = [r for r in eval_set.resumes if any(r in eval_set.split_pool(s) for s in splits)]
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="ats-eval-") as tmp:
        out_dir = render_dir or Path(tmp)
        out_dir.mkdir(parents=True, exist_ok=True)
        files = {rid: render(eval_set.resumes[rid], out_dir) for rid in pool}
        rendered = time.perf_counter()
        texts, text_source = ats_texts(eval_set, files)
        job_texts = {j: eval_set.jobs[j].text for j in jobs}
        baseline_started = time.perf_counter()
        all_scores: dict[str, Scores | None] = {
            "tfidf": tfidf_scores(job_texts, texts),
            "coverage": coverage_scores(job_texts, texts),
        }
        ours_started = time.perf_counter()
        ours, flagged, errors, status = our_scores(eval_set, jobs, files)
        all_scores["ours"] = ours
        finished = time.perf_counter()
    hidden = [r for r in pool if eval_set.resumes[r].layout == "pdf_hidden_keywords"]
    results: dict[str, Any] = {
        "split": split,
        "counts": {"jobs": len(jobs), "resumes": len(pool), "pairs_scored": len(jobs) * len(pool)},
        "our_scorer": status,
        "baseline_text_source": text_source,
        "splits": {},
        "hidden_keywords": {
            "resumes": len(hidden),
            "flagged_by_ours": sum(flagged.get(r, False) for r in hidden) if ours is not None else None,
        },
        "errors": errors,
        "timing_seconds": {
            "render": round(rendered - started, 2),
            "baselines": round(ours_started - baseline_started, 2),
            "ours": round(finished - ours_started, 2) if ours is not None else None,
        },
    }
    for s in splits:
        entry: dict[str, Any] = {
            "jobs": len(eval_set.split_jobs(s)),
            "pool": len(eval_set.split_pool(s)),
            "pairs": len(eval_set.pairs(s)),
        }
        for name in SCORERS:
            sc = all_scores[name]
            entry[name] = split_metrics(eval_set, s, sc) if sc is not None else None
        results["splits"][s] = entry
    if ours is not None and "tune" in splits:
        results["tune_failures_ours"] = failed_pairs(eval_set, ours)
    return results


def _fmt(value: float | None) -> str:
    return "n/a" if value is None or value != value else f"{value:.3f}"


def print_report(results: dict[str, Any], echo: Callable[[str], None] = print) -> None:
    """Side-by-side tables, one per split, plus the scorer status and tune failures."""
    from rich.console import Console
    from rich.table import Table

    console = Console()
    echo(f"our scorer: {results['our_scorer']}")
    echo(f"baseline text: {results['baseline_text_source']}")
    for split, entry in results["splits"].items():
        name = SPLIT_TITLES.get(split, split)
        table = Table(
            title=f"{name}: {entry['jobs']} jobs x {entry['pool']} resumes, {entry['pairs']} ordered pairs"
        )
        table.add_column("metric")
        for name in SCORERS:
            table.add_column(name, justify="right")
        kinds = sorted(next(e for e in (entry[n] for n in SCORERS) if e)["pairwise_by_kind"])
        rows = [("pairwise accuracy", "pairwise_accuracy"), ("MAP", "map"), ("NDCG@10", "ndcg_at_10")]
        for label, key in rows:
            table.add_row(label, *(_fmt(entry[n][key] if entry[n] else None) for n in SCORERS))
        for kind in kinds:
            cells = (_fmt(entry[n]["pairwise_by_kind"][kind] if entry[n] else None) for n in SCORERS)
            table.add_row(f"  pairs: {kind}", *cells)
        console.print(table)
    hidden = results["hidden_keywords"]
    echo(f"hidden-keyword resumes flagged by ours: {hidden['flagged_by_ours']} of {hidden['resumes']}")
    if results["errors"]:
        echo(f"{len(results['errors'])} scoring errors, first: {results['errors'][0]}")
    failures = results.get("tune_failures_ours") or []
    if failures:
        echo(f"tune pairs ours orders wrongly ({len(failures)}):")
        for f in failures[:25]:
            echo(f"  {f['job']}: {f['expected']} [{f['kind']}] scores {f['scores']}")
    echo(f"timing (s): {results['timing_seconds']}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evals.scoring.run", description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=SPLITS, default="all")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="results JSON path")
    parser.add_argument("--render-dir", type=Path, default=None, help="keep the rendered files here")
    args = parser.parse_args(argv)
    try:
        results = run_eval(args.split, render_dir=args.render_dir)
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print_report(results)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    print(f"results written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
