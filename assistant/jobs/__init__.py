"""Job descriptions: posting text or file -> :class:`JobDescription` (required vs preferred, years...)."""

from assistant.jobs.models import (
    DegreeRequirement,
    JobDescription,
    JobKeyword,
    JobSection,
    JobSkill,
    YearsRequirement,
)
from assistant.jobs.parse import MAX_JOB_CHARS, load_job, parse_job

__all__ = [
    "MAX_JOB_CHARS",
    "DegreeRequirement",
    "JobDescription",
    "JobKeyword",
    "JobSection",
    "JobSkill",
    "YearsRequirement",
    "load_job",
    "parse_job",
]
