"""The one-call entry point: load whatever was given, then score. File reading happens only here."""

from __future__ import annotations

from pathlib import Path

from assistant.jobs.models import JobDescription
from assistant.jobs.parse import load_job
from assistant.resume.models import Resume
from assistant.scoring.engine import score_resume
from assistant.scoring.models import ScoreReport


def score(resume: Path | bytes | str | Resume, job: Path | str | JobDescription) -> ScoreReport:
    """Score a resume (path, bytes, text or parsed) against a job (path, text or parsed).

    Raises:
        AssistantError: a subclass naming what is wrong with either input (unreadable file, empty job...).
    """
    if not isinstance(resume, Resume):
        from assistant.resume import load_resume

        resume = load_resume(resume)
    parsed_job = job if isinstance(job, JobDescription) else load_job(job)
    return score_resume(resume, parsed_job)
