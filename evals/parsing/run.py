"""Field-level precision/recall/F1 of the resume parser against hand-written ground truth.

Run: ``uv run --frozen python -m evals.parsing.run [DATASET_DIR]``. The dataset is the OfflineCV parser
fixtures (``../shared/datasets/offlinecv-parser-fixtures/pdfs`` beside the checkout, or
``$ATS_PARSER_FIXTURES``); when it is absent the eval says so and exits 0.

Scoring, per field, counted over all truth files:
  * contact name/email/phone/location: normalised exact match (case, spacing, phone digits).
  * experience: predicted roles are paired with truth roles greedily by fuzzy title+company similarity;
    a pair is an entry hit when both title and company are >= 0.8 similar. title, company and dates are
    then scored per field (dates: same start month and same end month or both "present").
  * education: paired the same way on degree+institution; degree and institution scored per field.
  * skills: set overlap of lower-cased items, over files whose truth lists skills.
Plus: every PDF in the folder must ingest (load_document + parse_resume) without an exception.
"""

from __future__ import annotations

import json
import os
import re
import sys
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

from assistant.documents.models import Document
from assistant.resume.dates import find_date_range
from assistant.resume.models import Resume
from assistant.resume.parser import parse_resume

DEFAULT_DIR = Path(__file__).resolve().parents[2].parent / "shared/datasets/offlinecv-parser-fixtures/pdfs"
TODAY = date(2026, 1, 1)
MATCH = 0.8
CONTACT_FIELDS = ("name", "email", "phone", "location")


@dataclass
class Counts:
    """True positives, false positives and false negatives for one field."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, truth: str | None, predicted: str | None, same: bool) -> None:
        """Count one truth/prediction pair."""
        if truth and predicted and same:
            self.tp += 1
            return
        if predicted:
            self.fp += 1
        if truth:
            self.fn += 1

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    """The eval's result: per-field counts, ingestion failures and per-file misses."""

    fields: dict[str, Counts] = field(default_factory=dict)
    files_scored: int = 0
    pdfs_total: int = 0
    ingest_failures: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)

    def counts(self, name: str) -> Counts:
        return self.fields.setdefault(name, Counts())


def _norm(text: str | None) -> str:
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


def _similar(a: str | None, b: str | None) -> float:
    if not a or not b:
        return 0.0
    return SequenceMatcher(None, _norm(a), _norm(b)).ratio()


def _same_contact(field_name: str, truth: str, predicted: str | None) -> bool:
    if predicted is None:
        return False
    if field_name == "phone":
        return re.sub(r"\D", "", truth)[-10:] == re.sub(r"\D", "", predicted)[-10:]
    return _norm(truth) == _norm(predicted)


def _truth_dates(text: str | None) -> tuple[str | None, str | None] | None:
    if not text:
        return None
    found = find_date_range(text)
    if found is None:
        return None
    return found.start_iso[:4] if not found.month_precise else found.start_iso, (
        "present" if found.current else found.end_iso
    )


def _predicted_dates(
    start: str | None, end: str | None, current: bool, precise: bool
) -> tuple[str | None, str | None]:
    first = (start or "")[:4] if not precise else start
    return first, "present" if current else end


def _pair(truth: list[Any], predicted: list[Any], key: Callable[[Any, Any], float]) -> list[tuple[Any, Any]]:
    """Greedy best-first pairing by similarity; unmatched items pair with None."""
    scored = sorted(
        ((key(t, p), i, j) for i, t in enumerate(truth) for j, p in enumerate(predicted)), reverse=True
    )
    used_t: set[int] = set()
    used_p: set[int] = set()
    pairs: list[tuple[Any, Any]] = []
    for score, i, j in scored:
        if score < 0.5 or i in used_t or j in used_p:
            continue
        used_t.add(i)
        used_p.add(j)
        pairs.append((truth[i], predicted[j]))
    pairs += [(t, None) for i, t in enumerate(truth) if i not in used_t]
    pairs += [(None, p) for j, p in enumerate(predicted) if j not in used_p]
    return pairs


def score_file(truth: dict[str, Any], resume: Resume, report: Report, label: str) -> None:
    """Add one file's counts to the report."""
    contact = truth.get("contact", {})
    for name in CONTACT_FIELDS:
        expected = contact.get("full_name" if name == "name" else name)
        got = getattr(resume.contact, name)
        same = bool(expected) and _same_contact(name, expected, got)
        report.counts(f"contact.{name}").add(expected, got, same)
        if expected and not same:
            report.misses.append(f"{label}: contact.{name} truth={expected!r} got={got!r}")

    def role_key(t: dict[str, Any], p: Any) -> float:
        return (_similar(t.get("title"), p.title) + _similar(t.get("company"), p.company)) / 2

    for t, p in _pair(truth.get("experience", []), resume.experience, role_key):
        hit = (
            t is not None
            and p is not None
            and min(_similar(t.get("title"), p.title), _similar(t.get("company"), p.company)) >= MATCH
        )
        report.counts("experience.entry").add("x" if t else None, "x" if p else None, hit)
        for name in ("title", "company"):
            expected = t.get(name) if t else None
            got = getattr(p, name) if p else None
            report.counts(f"experience.{name}").add(expected, got, _similar(expected, got) >= MATCH)
        if t is None or "dates" in t:
            want = _truth_dates(t.get("dates")) if t else None
            precise = want is not None and want[0] is not None and len(want[0]) > 4
            have = (
                _predicted_dates(p.start, p.end, p.current, precise) if p and (p.start or p.current) else None
            )
            report.counts("experience.dates").add(
                "x" if want else None, "x" if have else None, want is not None and want == have
            )
        if t is not None and not hit:
            got_text = f"{p.title!r} @ {p.company!r}" if p else "nothing"
            report.misses.append(f"{label}: role {t.get('title')!r} @ {t.get('company')!r} got {got_text}")

    def edu_key(t: dict[str, Any], p: Any) -> float:
        return (_similar(t.get("degree"), p.degree) + _similar(t.get("institution"), p.institution)) / 2

    for t, p in _pair(truth.get("education", []), resume.education, edu_key):
        for name in ("degree", "institution"):
            expected = t.get(name) if t else None
            got = getattr(p, name) if p else None
            same = _similar(expected, got) >= MATCH
            report.counts(f"education.{name}").add(expected, got, same)
            if expected and not same:
                report.misses.append(f"{label}: education.{name} truth={expected!r} got={got!r}")

    truth_skills = {_norm(s) for s in truth.get("skills", [])}
    if truth_skills:
        got_skills = {_norm(s) for s in resume.skills}
        counts = report.counts("skills")
        counts.tp += len(truth_skills & got_skills)
        counts.fp += len(got_skills - truth_skills)
        counts.fn += len(truth_skills - got_skills)
        for missing in sorted(truth_skills - got_skills):
            report.misses.append(f"{label}: skill missing {missing!r}")


def run(folder: Path | None = None, loader: Callable[[Path], Document] | None = None) -> Report | None:
    """Evaluate every PDF under ``folder``; None when the dataset is absent."""
    folder = folder or Path(os.environ.get("ATS_PARSER_FIXTURES", DEFAULT_DIR))
    if not folder.is_dir():
        return None
    if loader is None:
        from assistant.documents import load_document

        def loader(path: Path) -> Document:
            return load_document(path, filename=path.name)

    report = Report()
    for pdf in sorted(folder.rglob("*.pdf")):
        report.pdfs_total += 1
        label = str(pdf.relative_to(folder))
        try:
            resume = parse_resume(loader(pdf), today=TODAY)
        except Exception as exc:  # the eval records every failure instead of stopping at the first
            report.ingest_failures.append(f"{label}: {type(exc).__name__}: {exc}")
            continue
        truth_path = pdf.with_name(pdf.stem + ".truth.json")
        if truth_path.is_file():
            report.files_scored += 1
            score_file(json.loads(truth_path.read_text(encoding="utf-8")), resume, report, label)
    return report


def format_report(report: Report) -> str:
    """A plain-text table of the report."""
    rows = [f"{'field':<22}{'P':>7}{'R':>7}{'F1':>7}{'tp':>5}{'fp':>5}{'fn':>5}"]
    for name in sorted(report.fields):
        c = report.fields[name]
        rows.append(f"{name:<22}{c.precision:>7.3f}{c.recall:>7.3f}{c.f1:>7.3f}{c.tp:>5}{c.fp:>5}{c.fn:>5}")
    ok = report.pdfs_total - len(report.ingest_failures)
    rows.append(f"truth files scored: {report.files_scored}; PDFs ingested: {ok}/{report.pdfs_total}")
    rows += [f"  INGEST FAIL {line}" for line in report.ingest_failures]
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    """Print the table (and misses with -v); exit 1 when an ingestion fails."""
    args = list(sys.argv[1:] if argv is None else argv)
    verbose = "-v" in args
    paths = [a for a in args if a != "-v"]
    report = run(Path(paths[0]) if paths else None)
    if report is None:
        print(
            "parser fixtures not found: set ATS_PARSER_FIXTURES "
            "or place ../shared/datasets beside the checkout"
        )
        return 0
    print(format_report(report))
    if verbose:
        print("\n".join(report.misses))
    return 1 if report.ingest_failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
