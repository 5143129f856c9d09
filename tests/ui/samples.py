"""A small resume and job description shared by the UI unit tests, the browser test and the benchmark."""

from __future__ import annotations

from pathlib import Path

RESUME_LINES = [
    "Jane Doe",
    "jane.doe@example.com | +1 555 010 2000 | Berlin",
    "Summary",
    "Data engineer with 6 years of experience building batch pipelines in Python and SQL.",
    "Experience",
    "Data Engineer, Acme Corp, 2019 - 2024",
    "- Built Python ETL pipelines that load 2 TB of sales data per day into PostgreSQL",
    "- Responsible for helping the team with various reports",
    "- Reduced nightly batch runtime by 35% by partitioning PostgreSQL tables",
    "Junior Analyst, Globex, 2017 - 2019",
    "- Wrote SQL queries for the finance team's monthly dashboards",
    "Education",
    "BSc Computer Science, TU Berlin, 2017",
    "Skills",
    "Python, SQL, PostgreSQL, Airflow, Git",
]
RESUME_TEXT = "\n".join(RESUME_LINES) + "\n"
WEAK_BULLET = "Responsible for helping the team with various reports"

JOB_TEXT = """Senior Data Engineer

We are hiring a Senior Data Engineer to build our data platform.

Requirements:
- 5+ years of experience as a data engineer
- Strong Python and SQL
- Experience with Apache Spark and Kafka
- Experience with Kubernetes and Docker
- Bachelor's degree in Computer Science or a related field

Nice to have:
- dbt
- AWS
"""


def write_pdf(path: Path, lines: list[str] = RESUME_LINES) -> Path:
    """A one-column text PDF of the resume (reportlab, dev dependency)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), pagesize=A4)
    y = A4[1] - 60
    for line in lines:
        heading = line in {"Summary", "Experience", "Education", "Skills"}
        pdf.setFont("Helvetica-Bold" if heading or line == lines[0] else "Helvetica", 13 if heading else 10)
        pdf.drawString(50, y, line.replace("- ", "• ", 1) if line.startswith("- ") else line)
        y -= 20 if heading else 15
    pdf.save()
    return path
