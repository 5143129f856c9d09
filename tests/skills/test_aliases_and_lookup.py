"""canonical() and skill(): aliases a user or a job description writes on their own."""

from __future__ import annotations

import pytest

from assistant.skills import get_matcher

pytestmark = pytest.mark.unit

ALIASES = [
    ("k8s", "Kubernetes"),
    ("K8S", "Kubernetes"),
    ("Postgres", "PostgreSQL"),
    ("psql", "PostgreSQL"),
    ("JS", "JavaScript"),
    ("TS", "TypeScript"),
    ("GH Actions", "GitHub Actions"),
    ("Py3", "Python"),
    ("python3", "Python"),
    ("Golang", "Go"),
    ("go", "Go"),
    ("r", "R"),
    ("c++", "C++"),
    ("C#", "C#"),
    (".net core", ".NET"),
    ("node", "Node.js"),
    ("nodejs", "Node.js"),
    ("RN", "Registered Nurse"),
    ("CPR", "CPR Certification"),
    ("ci/cd", "CI/CD"),
    ("A/B tests", "A/B Testing"),
    ("P&L", "Profit and Loss Management"),
    ("REST APIs", "REST APIs"),
    ("ML", "Machine Learning"),
    ("sklearn", "scikit-learn"),
    ("Power BI", "Microsoft Power BI"),
    ("MS Excel", "Microsoft Excel"),
    ("Excel", "Microsoft Excel"),
    ("project managing", "Project Management"),
    ("Six Sigma Green Belt", "Lean Six Sigma Green Belt"),
    ("SHRM-CP", "SHRM Certified Professional"),
    ("EHR", "Electronic Health Records"),
    ("Cerner PowerChart", "Cerner"),
    ("front-end", "Front-End Development"),
    ("front end development", "Front-End Development"),
]


@pytest.mark.parametrize(("term", "canonical"), ALIASES)
def test_canonical(term: str, canonical: str) -> None:
    assert get_matcher().canonical(term) == canonical


@pytest.mark.parametrize("term", ["TF", "GCP", "MDM", "", "   ", "the", "underwater basket weaving"])
def test_canonical_is_none_when_unknown_or_ambiguous(term: str) -> None:
    assert get_matcher().canonical(term) is None


def test_skill_by_name_and_alias() -> None:
    m = get_matcher()
    k8s = m.skill("kubernetes")
    assert k8s is not None and k8s.name == "Kubernetes" and "K8s" in k8s.aliases
    assert m.skill("k8s") == k8s
    assert m.skill("no such skill") is None
    rn = m.skill("Registered Nurse")
    assert rn is not None and rn.kind == "certification" and rn.category == "healthcare"


@pytest.mark.parametrize(
    ("skill", "relative"),
    [
        ("PostgreSQL", "MySQL"),
        ("GitHub Actions", "GitLab CI"),
        ("Amazon Web Services", "Microsoft Azure"),
        ("Workday HCM", "ADP Workforce Now"),
        ("Epic EHR", "Cerner"),
        ("QuickBooks", "Xero"),
        ("AutoCAD", "SolidWorks"),
    ],
)
def test_related_skills_are_symmetric(skill: str, relative: str) -> None:
    matcher = get_matcher()
    assert relative in matcher.related(skill)
    assert skill in matcher.related(relative)
    assert skill not in matcher.related(skill)


def test_related_is_empty_for_unknown_or_ungrouped_skills() -> None:
    assert get_matcher().related("No Such Skill") == ()


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("Tutor 15 students a week in Algebra and Geometry", "Tutoring"),
        ("Schedule interviews for hiring managers", "Interview Scheduling"),
        ("Differentiate instruction for English learners", "ESL Instruction"),
        ("Teach Precalculus and AP Calculus", "Precalculus"),
    ],
)
def test_added_terms_match(text: str, skill: str) -> None:
    assert skill in {h.skill for h in get_matcher().find(text)}


def test_plc_in_a_school_posting_is_not_plc_programming() -> None:
    text = "Teachers collaborate in a professional learning community (PLC) each week."
    assert "PLC Programming" not in {h.skill for h in get_matcher().find(text)}
    plant = "Troubleshoot PLC logic on the manufacturing line"
    assert "PLC Programming" in {h.skill for h in get_matcher().find(plant)}
