"""Ingestion speed: load_document per file (p50/p95) against pypdf's plain extract_text in the same run.

Usage: uv run --frozen python benchmarks/parse_bench.py [--repeat 5]
Reads the shared PDFs (../shared/datasets or $ATS_SHARED_DATASETS) and generated DOCX/PDF fixtures.
Target: p50 <= 25 ms for a 1-2 page resume. If assistant.resume.parse_resume exists, load+parse is timed too.
"""

from __future__ import annotations

import argparse
import io
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pypdf import PdfReader  # noqa: E402

from assistant.config import Settings  # noqa: E402
from assistant.documents import document_cache, load_document  # noqa: E402
from tests.documents import fixtures  # noqa: E402

Row = tuple[str, str, int, int, float, float | None, float | None]


def shared_pdfs() -> list[Path]:
    explicit = os.environ.get("ATS_SHARED_DATASETS")
    root = Path(explicit) if explicit else ROOT / ".." / "shared" / "datasets"
    found = sorted((root / "offlinecv-parser-fixtures" / "pdfs").glob("**/*.pdf"))
    return found + sorted((root / "openresume-examples").glob("*.pdf"))


def samples() -> list[tuple[str, str, bytes]]:
    out = [("pdf", p.name, p.read_bytes()) for p in shared_pdfs()]
    out.append(("docx", "generated-tables-header.docx", fixtures.docx_with_tables_and_header()))
    out.append(("docx", "generated-plain.docx", fixtures.plain_docx()))
    out.append(("pdf", "generated-two-column-rows.pdf", fixtures.two_column_rows_pdf()))
    out.append(("pdf", "generated-single-column.pdf", fixtures.single_column_pdf()))
    return out


def best_of(repeat: int, func: Callable[[], object]) -> float:
    """Median wall time in ms over ``repeat`` runs."""
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        func()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def pypdf_plain(data: bytes, max_pages: int) -> str:
    reader = PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() for page in reader.pages[:max_pages])


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))
    return ordered[index]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    settings = Settings()
    try:
        from assistant.resume import parse_resume  # type: ignore[attr-defined]
    except ImportError:
        parse_resume = None

    def ours(data: bytes) -> Callable[[], object]:
        def run() -> object:
            document_cache().clear()
            return load_document(data, settings=settings)

        return run

    rows: list[Row] = []
    for kind, name, data in samples():
        load_document(data, settings=settings)  # warm imports and font tables
        ms = best_of(args.repeat, ours(data))
        doc = load_document(data, settings=settings)
        base = None
        if kind == "pdf":
            base = best_of(args.repeat, lambda d=data: pypdf_plain(d, settings.max_pages))
        full = None
        if parse_resume is not None:

            def load_and_parse(d: bytes = data) -> object:
                document_cache().clear()
                return parse_resume(load_document(d, settings=settings))

            full = best_of(args.repeat, load_and_parse)
        rows.append((kind, name, doc.layout.pages_parsed, doc.layout.columns, ms, base, full))

    header = ("file", "kind", "pg", "col", "ours ms", "pypdf ms", "ratio", "+parse")
    print("{:58} {:4} {:>2} {:>3} {:>8} {:>8} {:>5} {:>7}".format(*header))
    for kind, name, pages, cols, ms, base, full in rows:
        ratio = f"{ms / base:5.2f}" if base else "    -"
        base_s = f"{base:8.1f}" if base else "       -"
        full_s = f"{full:7.1f}" if full is not None else "      -"
        print(f"{name[:58]:58} {kind:4} {pages:>2} {cols:>3} {ms:8.1f} {base_s} {ratio} {full_s}")

    def summary(label: str, selected: list[Row]) -> None:
        if not selected:
            return
        ours_ms = [r[4] for r in selected]
        line = f"{label:34} n={len(selected):3}  ours p50 {percentile(ours_ms, 0.5):6.1f}"
        line += f" p95 {percentile(ours_ms, 0.95):6.1f}"
        bases = [r[5] for r in selected if r[5]]
        if bases:
            ratios = [r[4] / r[5] for r in selected if r[5]]
            line += (
                f" | pypdf p50 {percentile(bases, 0.5):6.1f} p95 {percentile(bases, 0.95):6.1f}"
                f" | ratio p50 {statistics.median(ratios):4.2f}"
            )
        fulls = [r[6] for r in selected if r[6] is not None]
        if fulls:
            line += f" | load+parse p50 {percentile(fulls, 0.5):6.1f} p95 {percentile(fulls, 0.95):6.1f}"
        print(line)

    print()
    pdfs = [r for r in rows if r[0] == "pdf"]
    summary("all PDFs", pdfs)
    summary("PDFs of 1-2 pages", [r for r in pdfs if r[2] <= 2])
    summary("multi-column PDFs", [r for r in pdfs if r[3] > 1])
    summary("DOCX (generated)", [r for r in rows if r[0] == "docx"])
    if parse_resume is None:
        print("assistant.resume.parse_resume not available: load+parse not timed")


if __name__ == "__main__":
    main()
