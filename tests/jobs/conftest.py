import pytest

from assistant.jobs.matching import SkillFinder, default_matcher


@pytest.fixture(scope="session")
def matcher() -> SkillFinder:
    """The real taxonomy matcher: scoring is pure, so unit tests use the real part."""
    return default_matcher()
