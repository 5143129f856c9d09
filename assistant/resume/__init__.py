"""Document -> Resume: sections, contact, experience, education, skills (pure functions)."""

from assistant.resume.loader import load_resume
from assistant.resume.models import RESUME_SCHEMA_VERSION, Resume
from assistant.resume.parser import parse_resume

__all__ = ["RESUME_SCHEMA_VERSION", "Resume", "load_resume", "parse_resume"]
