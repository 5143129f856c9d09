"""`ats parse` and load_resume over the real ingestion (text files, generated PDFs, pasted text)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from assistant.cli import main
from assistant.resume import load_resume

pytestmark = pytest.mark.integration

RESUME_TEXT = """Jane Smith
jane.smith@example.com | (312) 555-0123 | Springfield, IL

EXPERIENCE
Software Engineer, Globex Corporation    Jan 2020 - Present
• Built the billing platform serving 2M monthly transactions

EDUCATION
B.S. in Computer Science, Springfield State University    2019

SKILLS
Python, SQL, AWS
"""


def _check(resume_json: dict[str, object]) -> None:
    assert resume_json["schema_version"] == "1.0"
    contact = resume_json["contact"]
    assert isinstance(contact, dict)
    assert contact["name"] == "Jane Smith"
    assert contact["email"] == "jane.smith@example.com"
    experience = resume_json["experience"]
    assert isinstance(experience, list)
    assert experience[0]["title"] == "Software Engineer"
    assert experience[0]["company"] == "Globex Corporation"
    assert experience[0]["current"] is True
    assert resume_json["skills"] == ["Python", "SQL", "AWS"]


def test_parse_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "resume.txt"
    path.write_text(RESUME_TEXT, encoding="utf-8")
    main(["parse", str(path), "--json"])
    _check(json.loads(capsys.readouterr().out))


def test_parse_summary(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "resume.txt"
    path.write_text(RESUME_TEXT, encoding="utf-8")
    main(["parse", str(path)])
    out = capsys.readouterr().out
    for expected in (
        "Contact",
        "jane.smith@example.com",
        "Sections found",
        "Globex Corporation",
        "Skills listed: 3",
    ):
        assert expected in out


def test_parse_empty_file_is_one_line_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "empty.pdf"
    path.write_bytes(b"")
    with pytest.raises(SystemExit) as exit_info:
        main(["parse", str(path)])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("error:") and "\n" not in err


def test_parse_missing_file_is_one_line_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["parse", str(tmp_path / "nope.pdf")])
    assert exit_info.value.code == 2
    assert capsys.readouterr().err.strip() == f"error: no such file: {tmp_path / 'nope.pdf'}"


def test_load_resume_from_pasted_text_and_path(tmp_path: Path) -> None:
    from_text = load_resume(RESUME_TEXT, today=date(2026, 1, 1))
    path = tmp_path / "resume.txt"
    path.write_text(RESUME_TEXT, encoding="utf-8")
    from_path = load_resume(str(path), today=date(2026, 1, 1))
    assert from_text.contact == from_path.contact
    assert from_text.total_years_experience == 6.1


def test_load_resume_from_generated_pdf(tmp_path: Path) -> None:
    canvas_module = pytest.importorskip("reportlab.pdfgen.canvas")
    path = tmp_path / "resume.pdf"
    pdf = canvas_module.Canvas(str(path))
    y = 800
    for line in RESUME_TEXT.splitlines():
        if line.strip():
            bold = line.isupper()
            pdf.setFont("Helvetica-Bold" if bold else "Helvetica", 13 if bold else 10)
            pdf.drawString(50, y, line)
        y -= 16
    pdf.save()
    resume = load_resume(path.read_bytes(), today=date(2026, 1, 1))
    _check(resume.model_dump(mode="json"))
    assert resume.education[0].institution == "Springfield State University"
