"""Agent test fixtures: a small resume, a job, and an injected scorer whose report tracks the resume."""

from __future__ import annotations

import pytest

from assistant.jobs.models import JobDescription, JobSkill
from assistant.resume.models import ExperienceEntry, Resume, Section
from assistant.scoring.models import Component, Deduction, MatchedKeyword, MissingKeyword, ScoreReport

BULLETS_ACME = [
    "Responsible for the data pipelines in Python and Spark that loaded sales data",
    "Reduced nightly load time by 30% by partitioning tables",
    "Worked with analysts on dashboards",
]
BULLETS_GLOBEX = [
    "Helped migrate reports to Airflow",
    "Wrote SQL for the finance team",
]
SUMMARY = "Data engineer with 5 years of experience in Python, Spark and SQL."


def make_resume() -> Resume:
    lines_exp = ["Data Engineer, Acme Corp, 2019-2023", *(f"- {b}" for b in BULLETS_ACME)]
    lines_exp += ["Junior Analyst, Globex, 2017-2019", *(f"- {b}" for b in BULLETS_GLOBEX)]
    sections = [
        Section(name="summary", heading="Summary", lines=[SUMMARY]),
        Section(name="experience", heading="Experience", lines=lines_exp),
        Section(name="skills", heading="Skills", lines=["Python, Spark, SQL, Airflow"]),
    ]
    text = "\n".join(
        ["Jane Doe", "Summary", SUMMARY, "Experience", *lines_exp, "Skills", "Python, Spark, SQL, Airflow"]
    )
    return Resume(
        summary=SUMMARY,
        sections=sections,
        experience=[
            ExperienceEntry(
                title="Data Engineer",
                company="Acme Corp",
                start="2019-01",
                end="2023-01",
                bullets=list(BULLETS_ACME),
            ),
            ExperienceEntry(
                title="Junior Analyst",
                company="Globex",
                start="2017-01",
                end="2019-01",
                bullets=list(BULLETS_GLOBEX),
            ),
        ],
        skills=["Python", "Spark", "SQL", "Airflow"],
        total_years_experience=6.0,
        text=text,
    )


def make_job(
    text: str = "Senior Data Engineer. Required: Python, Spark, Kubernetes, Kafka. Preferred: dbt.",
) -> JobDescription:
    return JobDescription(
        title="Senior Data Engineer",
        hard_skills=[
            JobSkill(name="Python", evidence="Strong Python for data pipelines"),
            JobSkill(name="Spark", evidence="Spark batch processing"),
            JobSkill(name="Kubernetes", evidence="Deploy data pipelines on Kubernetes"),
            JobSkill(name="Kafka", evidence="Streaming data pipelines with Kafka"),
            JobSkill(name="dbt", required=False, evidence="dbt models"),
        ],
        text=text,
    )


_VERBS = (
    "built",
    "led",
    "reduced",
    "designed",
    "automated",
    "migrated",
    "wrote",
    "cut",
    "delivered",
    "created",
)


def fake_bullet_score(text: str) -> float:
    """A stand-in bullet quality: action verb first (+50), a number or placeholder (+30), short (+20)."""
    words = text.split()
    score = 50.0 if words and words[0].lower() in _VERBS else 0.0
    score += 30.0 if any(ch.isdigit() for ch in text) or "[X]" in text or "[N]" in text else 0.0
    score += 20.0 if len(text) <= 160 else 0.0
    return score


class FakeAssessment:
    def __init__(self, text: str) -> None:
        self.score = fake_bullet_score(text)
        self.action_verb = self.score >= 50


def fake_scorer(resume: Resume, job: JobDescription) -> ScoreReport:
    """An injected scorer: fixed skill gaps, bullet quality from the bullets, so rewrites move the score."""
    bullets = resume.bullets or [""]
    quality = sum(fake_bullet_score(b) for b in bullets) / len(bullets)
    components = [
        Component(id="required_skills", name="Required skills", score=50.0, weight=40.0, points=20.0),
        Component(
            id="bullet_quality",
            name="Bullet quality",
            score=round(quality, 1),
            weight=20.0,
            points=round(quality * 0.2, 1),
        ),
        Component(id="format", name="Format", score=100.0, weight=40.0, points=40.0),
    ]
    deductions = [
        Deduction(
            id="required_skill_missing:kubernetes",
            component="required_skills",
            severity="high",
            points=10.0,
            message="Required skill Kubernetes is missing.",
            evidence=["Deploy data pipelines on Kubernetes"],
            fix="Add Kubernetes where you used it, if you did.",
        ),
        Deduction(
            id="required_skill_missing:kafka",
            component="required_skills",
            severity="high",
            points=10.0,
            message="Required skill Kafka is missing.",
            evidence=["Streaming data pipelines with Kafka"],
            fix="Add Kafka where you used it, if you did.",
        ),
        Deduction(
            id="bullet_quality:weak_verbs",
            component="bullet_quality",
            severity="medium",
            points=round(20 - quality * 0.2, 1),
            message="Several bullets start without an action verb.",
            evidence=[b for b in bullets if fake_bullet_score(b) < 50][:2],
            fix="Start bullets with action verbs.",
        ),
    ]
    return ScoreReport(
        score=round(sum(c.points for c in components), 1),
        components=components,
        matched_keywords=[
            MatchedKeyword(term="Python", required=True),
            MatchedKeyword(term="Spark", required=True),
        ],
        missing_keywords=[
            MissingKeyword(term="Kubernetes", required=True),
            MissingKeyword(term="Kafka", required=True),
            MissingKeyword(term="dbt", required=False),
        ],
        deductions=deductions,
        job_title=job.title,
    )


@pytest.fixture
def resume() -> Resume:
    return make_resume()


@pytest.fixture
def job() -> JobDescription:
    return make_job()


def draft(text: str) -> str:
    """A rewrite draft as the grammar-constrained model returns it: {"verb": ..., "rest": ...}."""
    import json

    verb, _, rest = text.partition(" ")
    return json.dumps({"verb": verb, "rest": rest})


def summary_draft(text: str) -> str:
    """A summary draft as the grammar-constrained model returns it."""
    import json

    return json.dumps({"text": text})
