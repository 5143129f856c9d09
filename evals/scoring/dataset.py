"""The scoring eval set: jobs, resumes, expected orderings and graded relevance, loaded from data/.

Each job belongs to one split (``split:`` in orderings.yaml; the older ``held_out: true`` means
``held_out``), and a resume to the split of the job it was written for (``tune`` when written for none).
Splits are ordered oldest first; a split's jobs rank the resumes of that split and of every older one, so
a newer held-out set uses all older data as distractors while older splits never read newer data.
  * ``tune``: the jobs the scorer is tuned on, each ranking the tune resumes.
  * ``held_out``: the first held-out jobs (now seen during tuning), ranking tune + held_out resumes.
  * ``held_out_2``: the second held-out set, run once (aggregates only), ranking every resume.
  * ``held_out_3``: written later by someone who had not read the scorer; ranks every resume.
  * ``held_out_4``: the same, written after held_out_3 had been seen; ranks every resume.
  * ``held_out_5``: the same again, written after held_out_4 had been run once; ranks every resume.
  * ``held_out_6``: the same again, written after held_out_5 had been run once; ranks every resume.
  * ``held_out_7``: the same again, written after held_out_6 had been run once; ranks every resume.
  * ``held_out_8``: the same again, written after held_out_7 had been run and examined; ranks every resume.
  * ``held_out_9``: the same again, written while held_out_8 was first run and examined; ranks every resume.
  * ``held_out_10``: the same again, written after held_out_9 had been run and examined; ranks every resume.
  * ``all``: every job ranking every resume.
Held-out jobs are never to be used for tuning the scorer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, get_args

import yaml

DATA_DIR = Path(__file__).resolve().parent / "data"
LAYOUTS = ("text", "pdf_single", "pdf_two_column", "pdf_hidden_keywords", "docx_table")
Split = Literal[
    "all",
    "tune",
    "held_out",
    "held_out_2",
    "held_out_3",
    "held_out_4",
    "held_out_5",
    "held_out_6",
    "held_out_7",
    "held_out_8",
    "held_out_9",
    "held_out_10",
]
JOB_SPLITS: tuple[Split, ...] = tuple(s for s in get_args(Split) if s != "all")  # oldest first
SPLITS: tuple[Split, ...] = ("all", *JOB_SPLITS)
SPLIT_TITLES = {"held_out": "held_out (seen)"}
_RELATION = re.compile(r"\s*(>=|>)\s*")


@dataclass(frozen=True)
class Job:
    """A job description file."""

    id: str
    path: Path
    profession: str
    split: str = "tune"

    @property
    def held_out(self) -> bool:
        return self.split != "tune"

    @property
    def text(self) -> str:
        return self.path.read_text(encoding="utf-8")


@dataclass(frozen=True)
class ResumeCase:
    """A resume source file and how to render it before scoring."""

    id: str
    path: Path
    layout: str
    written_for: str | None
    role: str
    notes: str
    hidden_keywords: str | None = None

    @property
    def text(self) -> str:
        return self.path.read_text(encoding="utf-8")


@dataclass(frozen=True)
class Pair:
    """One expected ordering check: ``better`` above ``worse`` (strict) or not below it (non-strict)."""

    job: str
    better: str
    worse: str
    strict: bool
    kind: str
    reason: str


@dataclass(frozen=True)
class Ordering:
    """A chain ``a > b >= c`` for one job; every adjacent and transitive pair is a check."""

    job: str
    ids: tuple[str, ...]
    relations: tuple[str, ...]
    kind: str
    reason: str

    def pairs(self) -> list[Pair]:
        out = []
        for i in range(len(self.ids)):
            for j in range(i + 1, len(self.ids)):
                strict = ">" in self.relations[i:j]
                out.append(Pair(self.job, self.ids[i], self.ids[j], strict, self.kind, self.reason))
        return out


@dataclass
class EvalSet:
    """Everything in data/: look-ups by id plus the split logic."""

    jobs: dict[str, Job]
    resumes: dict[str, ResumeCase]
    orderings: list[Ordering]
    relevance: dict[str, dict[str, int]] = field(default_factory=dict)

    def resume_split(self, resume_id: str) -> str:
        """The split of the job the resume was written for (``tune`` for general distractors)."""
        job = self.resumes[resume_id].written_for
        return self.jobs[job].split if job is not None and job in self.jobs else "tune"

    def resume_held_out(self, resume_id: str) -> bool:
        return self.resume_split(resume_id) != "tune"

    def split_jobs(self, split: Split) -> list[str]:
        if split == "all":
            return list(self.jobs)
        return [j for j, job in self.jobs.items() if job.split == split]

    def split_pool(self, split: Split) -> list[str]:
        if split == "all":
            return list(self.resumes)
        return [r for r in self.resumes if _rank(self.resume_split(r)) <= _rank(split)]

    def pairs(self, split: Split) -> list[Pair]:
        jobs = set(self.split_jobs(split))
        return [p for o in self.orderings if o.job in jobs for p in o.pairs()]


def _rank(split: str) -> int:
    return JOB_SPLITS.index(split) if split in JOB_SPLITS else len(JOB_SPLITS)


def _job_split(spec: dict[str, Any]) -> str:
    """``split:`` when given, else the older ``held_out: true`` flag."""
    if "split" in spec:
        return str(spec["split"])
    return "held_out" if spec.get("held_out", False) else "tune"


def parse_order(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Split ``"a > b >= c"`` into ids and relations."""
    parts = _RELATION.split(text.strip())
    return tuple(parts[0::2]), tuple(parts[1::2])


def load_eval_set(data_dir: Path = DATA_DIR) -> EvalSet:
    """Read manifest.yaml and orderings.yaml; structural problems are reported by :func:`problems`."""
    manifest: dict[str, Any] = yaml.safe_load((data_dir / "manifest.yaml").read_text(encoding="utf-8"))
    expected: dict[str, Any] = yaml.safe_load((data_dir / "orderings.yaml").read_text(encoding="utf-8"))
    per_job: dict[str, Any] = expected.get("jobs") or {}
    jobs = {
        j["id"]: Job(
            id=j["id"],
            path=data_dir / j["file"],
            profession=j.get("profession", ""),
            split=_job_split(per_job.get(j["id"]) or {}),
        )
        for j in manifest["jobs"]
    }
    resumes = {
        r["id"]: ResumeCase(
            id=r["id"],
            path=data_dir / r["file"],
            layout=r["layout"],
            written_for=r.get("written_for"),
            role=r.get("role", ""),
            notes=r.get("notes", ""),
            hidden_keywords=r.get("hidden_keywords"),
        )
        for r in manifest["resumes"]
    }
    orderings: list[Ordering] = []
    relevance: dict[str, dict[str, int]] = {}
    for job_id, spec in per_job.items():
        for item in spec.get("orderings") or []:
            ids, relations = parse_order(item["order"])
            orderings.append(Ordering(job_id, ids, relations, item.get("kind", ""), item.get("reason", "")))
        relevance[job_id] = {str(k): int(v) for k, v in (spec.get("relevance") or {}).items()}
    return EvalSet(jobs=jobs, resumes=resumes, orderings=orderings, relevance=relevance)


def problems(eval_set: EvalSet) -> list[str]:
    """Every inconsistency in the data files, as one line each (empty when the set is sound)."""
    found: list[str] = []
    for job in eval_set.jobs.values():
        if job.split not in JOB_SPLITS:
            found.append(f"job {job.id}: unknown split {job.split!r}")
        if not job.path.is_file():
            found.append(f"job {job.id}: missing file {job.path.name}")
        if job.id not in eval_set.relevance:
            found.append(f"job {job.id}: no entry in orderings.yaml")
    for case in eval_set.resumes.values():
        if not case.path.is_file():
            found.append(f"resume {case.id}: missing file {case.path.name}")
        if case.layout not in LAYOUTS:
            found.append(f"resume {case.id}: unknown layout {case.layout!r}")
        if case.written_for is not None and case.written_for not in eval_set.jobs:
            found.append(f"resume {case.id}: written_for unknown job {case.written_for!r}")
        if (case.layout == "pdf_hidden_keywords") != bool(case.hidden_keywords):
            found.append(f"resume {case.id}: hidden_keywords must be set exactly for pdf_hidden_keywords")
    for job_id in eval_set.relevance:
        if job_id not in eval_set.jobs:
            found.append(f"orderings.yaml: unknown job {job_id!r}")
    for o in eval_set.orderings:
        if len(o.ids) < 2 or any(not i for i in o.ids):
            found.append(f"job {o.job}: malformed order {' '.join(o.ids)!r}")
        for rid in o.ids:
            if rid not in eval_set.resumes:
                found.append(f"job {o.job}: ordering refers to unknown resume {rid!r}")
            elif o.job in eval_set.jobs and _newer(eval_set, rid, o.job):
                found.append(f"job {o.job}: {eval_set.jobs[o.job].split} ordering uses newer resume {rid!r}")
    for job_id, grades in eval_set.relevance.items():
        for rid, grade in grades.items():
            if rid not in eval_set.resumes:
                found.append(f"job {job_id}: relevance for unknown resume {rid!r}")
            elif job_id in eval_set.jobs and _newer(eval_set, rid, job_id):
                found.append(f"job {job_id}: relevance for newer-split resume {rid!r}")
            if grade not in (0, 1, 2):
                found.append(f"job {job_id}: relevance grade {grade} for {rid} is not 0, 1 or 2")
    return found


def _newer(eval_set: EvalSet, resume_id: str, job_id: str) -> bool:
    """Whether the resume belongs to a newer split than the job (so outside the job's pool)."""
    return _rank(eval_set.resume_split(resume_id)) > _rank(eval_set.jobs[job_id].split)
