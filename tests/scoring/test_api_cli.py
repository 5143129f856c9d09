import json
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.cli import main
from tests.scoring.builders import BACKEND_JD

pytestmark = pytest.mark.unit

RESUME_TEXT = """Alex Doe
Senior Backend Engineer
alex@example.com | +1 555 010 0100 | Berlin

Summary
Backend engineer with 7 years building Python services in production.

Experience
Senior Backend Engineer, Acme GmbH
Jan 2020 - Present
- Built Python FastAPI services on AWS handling 30,000 requests per second with PostgreSQL
- Reduced p99 latency by 45% by tuning SQL queries and Kafka consumer batching
- Migrated 40 services to Docker and Kubernetes, cutting deploy time from 2 hours to 10 minutes

Software Engineer, Beta Ltd
Jan 2017 - Dec 2019
- Developed 12 REST APIs in Python used by 50,000 customers

Education
BS Computer Science, State University, 2016

Skills
Python, SQL, Docker, Kubernetes, Kafka, PostgreSQL, FastAPI, AWS, Terraform, Redis
"""


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    resume = tmp_path / "resume.txt"
    resume.write_text(RESUME_TEXT, encoding="utf-8")
    jd = tmp_path / "job.txt"
    jd.write_text(BACKEND_JD, encoding="utf-8")
    return resume, jd


def test_score_accepts_paths_text_and_parsed(files: tuple[Path, Path]) -> None:
    from assistant import score
    from assistant.jobs import parse_job
    from assistant.resume import load_resume

    resume_path, jd_path = files
    by_path = score(resume_path, jd_path)
    by_text = score(RESUME_TEXT, BACKEND_JD)
    by_bytes = score(RESUME_TEXT.encode(), str(jd_path))
    by_parsed = score(load_resume(resume_path), parse_job(BACKEND_JD))
    assert by_path.score == by_text.score == by_bytes.score == by_parsed.score
    assert by_path.score > 50


def test_cli_json_is_the_report(files: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    resume, jd = files
    main(["score", str(resume), "--jd", str(jd), "--json"])
    report = json.loads(capsys.readouterr().out)
    assert report["schema_version"] == "1.0"
    assert {c["id"] for c in report["components"]} >= {"required_skills", "bullet_quality", "format"}
    assert round(sum(d["points"] for d in report["deductions"]), 1) == round(100 - report["score"], 1)


def test_cli_tables(files: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    resume, jd = files
    main(["score", str(resume), "--jd", BACKEND_JD])
    out = capsys.readouterr().out
    assert "ATS match score for Senior Backend Engineer" in out
    assert "Components" in out and "Required skills" in out


@pytest.mark.parametrize(
    ("resume_name", "jd_text", "needle"),
    [
        ("missing.pdf", "Backend Engineer\nPython", "missing.pdf"),
        ("resume.txt", "   ", "job description is empty"),
    ],
)
def test_cli_bad_input_is_one_line_exit_2(
    files: tuple[Path, Path], resume_name: str, jd_text: str, needle: str, capsys: pytest.CaptureFixture[str]
) -> None:
    resume = files[0].parent / resume_name
    with pytest.raises(SystemExit) as exit_info:
        main(["score", str(resume), "--jd", jd_text])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and needle in err


def test_import_stays_light() -> None:
    code = (
        "import sys, assistant, assistant.scoring, assistant.jobs\n"
        "heavy = ('gradio', 'chromadb', 'llama_cpp', 'langchain', 'langchain_core')\n"
        "heavy = [m for m in heavy if m in sys.modules]\n"
        "assert not heavy, heavy\n"
        "from assistant import score\n"
        "assert callable(score)\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
