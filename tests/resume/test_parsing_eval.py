"""The parsing eval over the OfflineCV fixtures (slow; skipped when the shared dataset is absent)."""

from __future__ import annotations

import pytest

from evals.parsing.run import format_report, run

pytestmark = pytest.mark.eval


def test_parsing_eval_meets_targets() -> None:
    report = run()
    if report is None:
        pytest.skip("OfflineCV parser fixtures not present (../shared/datasets)")
    print(format_report(report))
    assert report.pdfs_total == 61
    assert report.ingest_failures == []
    assert report.files_scored >= 10
    for field in ("name", "email", "phone", "location"):
        assert report.fields[f"contact.{field}"].f1 >= 0.95, field
    assert report.fields["experience.entry"].f1 >= 0.85
