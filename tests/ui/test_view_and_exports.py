"""Score card rendering, keyword highlights, job-source cleaning and the downloads, as pure functions."""

from __future__ import annotations

import io
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from assistant.errors import InvalidJobDescription
from assistant.resume.models import Resume
from assistant.resume.models import Section as ResumeSection
from assistant.scoring.models import Component, Deduction, MissingKeyword, ReportWarning, ScoreReport
from assistant.ui.exports import report_markdown, resume_docx_bytes
from assistant.ui.jobsource import JobUrlError, choose_job_source, clean_html, fetch_url, job_text_from_url
from assistant.ui.view import band, highlight, layout_alerts, score_card_html, suggestion_html

pytestmark = pytest.mark.unit


def report(**kw: object) -> ScoreReport:
    base: dict[str, object] = {
        "score": 42.5,
        "components": [Component(id="keywords", name="Keywords <b>", score=30, weight=100, points=30)],
        "missing_keywords": [
            MissingKeyword(term="dbt", required=False),
            MissingKeyword(term="Kafka", required=True),
        ],
        "deductions": [
            Deduction(id="a", component="keywords", severity="low", points=1, message="small", fix="f1"),
            Deduction(id="b", component="keywords", severity="high", points=9, message="big", fix="f2"),
        ],
    }
    base.update(kw)
    return ScoreReport(**base)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("score", "expected"), [(0, "poor"), (49.9, "poor"), (50, "fair"), (74.9, "fair"), (75, "good")]
)
def test_band(score: float, expected: str) -> None:
    assert band(score) == expected


def test_card_escapes_text_orders_required_first_and_biggest_deduction_first() -> None:
    html = score_card_html(report(job_title="<script>alert(1)</script>"), delta=3.04)
    assert "<script>" not in html and "&lt;script&gt;" in html and "Keywords &lt;b&gt;" in html
    assert html.index("Missing required") < html.index("Missing preferred")
    assert html.index("big") < html.index("small") and "Fix: f2" in html
    assert 'id="ats-delta">+3<' in html and "ats-poor" in html


def test_alerts_are_on_top_high_first() -> None:
    resume = Resume(warnings=["no email address found"])
    resume.layout.columns = 2
    resume.layout.multi_column_pages = [1]
    resume.layout.table_count = 1
    rep = report(warnings=[ReportWarning(id="hidden_text", severity="high", message="Hidden text found")])
    alerts = layout_alerts(resume, rep)
    assert [a.severity for a in alerts] == ["high", "high", "medium", "low"]
    html = score_card_html(rep, alerts)
    assert html.index("Hidden text found") < html.index("ats-total") and 'role="alert"' in html


def test_highlight_whole_words_case_insensitive_and_lossless() -> None:
    text = "Python, pythonic code; C++ and Java (not JavaScript). Kafka!"
    spans = highlight(text, ["python", "C++", "Java"], ["Kafka"])
    assert "".join(t for t, _ in spans) == text
    labelled = [(t, label) for t, label in spans if label]
    assert labelled == [("Python", "matched"), ("C++", "matched"), ("Java", "matched"), ("Kafka", "missing")]
    assert highlight("", ["x"]) == [] and highlight("abc", []) == [("abc", None)]


def test_suggestion_is_empty_without_one() -> None:
    assert suggestion_html(None) == ""


def test_clean_html_drops_scripts_and_navigation() -> None:
    page = (
        "<html><head><style>x{}</style></head><body><nav>Home</nav><script>evil()</script>"
        "<main><h1>Data Engineer</h1><p>Python   and SQL</p></main><footer>(c)</footer></body></html>"
    )
    assert clean_html(page) == "Data Engineer\nPython and SQL"


def test_job_source_order_and_errors() -> None:
    assert choose_job_source("  text ", "/f", "http://x") == "text"
    with pytest.raises(InvalidJobDescription):
        choose_job_source("", None, "")
    with pytest.raises(JobUrlError, match="not a web address"):
        fetch_url("file:///etc/passwd")
    with pytest.raises(JobUrlError, match="almost no readable text"):
        job_text_from_url("http://x", lambda url: "<html><script>app()</script></html>")


@pytest.fixture
def job_server() -> Iterator[str]:
    body = (
        "<html><body><main>"
        + "Senior Data Engineer. Python, SQL, Kafka required. " * 5
        + "</main></body></html>"
    )

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            if self.path == "/big":
                self.send_response(200)
                self.end_headers()
                self.wfile.write(b"x" * 300_000)
                return
            status = 200 if self.path == "/job" else 404
            self.send_response(status)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.end_headers()
            self.wfile.write(body.encode())

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


@pytest.mark.integration
def test_fetch_a_real_page_over_loopback_bounded(job_server: str) -> None:
    assert "Kafka required" in job_text_from_url(f"{job_server}/job")
    with pytest.raises(JobUrlError, match="HTTP 404"):
        fetch_url(f"{job_server}/missing")
    with pytest.raises(JobUrlError, match="larger than"):
        fetch_url(f"{job_server}/big", max_bytes=100_000)
    with pytest.raises(JobUrlError, match="could not fetch"):
        fetch_url("http://127.0.0.1:9/job", timeout_s=2)


def test_docx_is_single_column_with_headings_and_list_bullets(tmp_path: object) -> None:
    from docx import Document

    from tests.agent.conftest import make_resume

    resume = make_resume()
    resume.sections.append(ResumeSection(name="projects", heading="PROJECTS", lines=["Open-source ETL kit"]))
    doc = Document(io.BytesIO(resume_docx_bytes(resume)))
    assert not doc.tables and len(doc.sections) == 1
    styles = [(p.style.name, p.text) for p in doc.paragraphs]
    assert ("Heading 1", "Experience") in styles and ("Heading 1", "Projects") in styles
    bullets = [t for s, t in styles if s == "List Bullet"]
    assert bullets[: len(resume.experience[0].bullets)] == resume.experience[0].bullets


def test_markdown_report_escapes_and_lists_fixes() -> None:
    md = report_markdown(report(job_title="Data | Engineer"))
    assert md.startswith("# ATS match report: Data \\| Engineer") and "**Score: 42.5/100**" in md
    assert md.index("big") < md.index("small") and "fix: f2" in md
    assert "- Kafka (required)" in md
