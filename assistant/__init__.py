"""ATS assistant."""
