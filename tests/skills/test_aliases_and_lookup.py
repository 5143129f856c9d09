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
