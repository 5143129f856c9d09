"""Lint of the taxonomy data file: size, names, categories, kinds, alias clashes, rules."""

from __future__ import annotations

import re
from collections import defaultdict

import pytest

from assistant.skills.taxonomy import (
    CATEGORIES,
    KINDS,
    Taxonomy,
    TaxonomyError,
    load_taxonomy,
    parse_taxonomy,
)
from assistant.skills.text import term_key

pytestmark = pytest.mark.unit


@pytest.fixture(scope="module")
def taxonomy() -> Taxonomy:
    return load_taxonomy()


def test_at_least_1500_canonical_skills(taxonomy: Taxonomy) -> None:
    assert len(taxonomy.skills) >= 1500


def test_canonical_names_unique(taxonomy: Taxonomy) -> None:
    seen: dict[str, str] = {}
    for skill in taxonomy.skills:
        key = skill.name.casefold()
        assert key not in seen, f"duplicate canonical name {skill.name!r}"
        seen[key] = skill.name


def test_no_numbered_filler(taxonomy: Taxonomy) -> None:
    filler = re.compile(r"(?i)\b(skill|item|entry|misc)\s*\d+$")
    assert not [s.name for s in taxonomy.skills if filler.search(s.name)]


def test_categories_and_kinds_valid(taxonomy: Taxonomy) -> None:
    for skill in taxonomy.skills:
        assert skill.category in CATEGORIES, skill
        assert skill.kind in KINDS, skill


def test_every_kind_and_the_brief_s_professions_present(taxonomy: Taxonomy) -> None:
    kinds = {s.kind for s in taxonomy.skills}
    assert kinds == {"hard", "soft", "certification"}
    per_category: dict[str, int] = defaultdict(int)
    for s in taxonomy.skills:
        per_category[s.category] += 1
    for category in CATEGORIES:
        assert per_category[category] >= 20, f"{category} has only {per_category[category]} skills"


def test_an_alias_names_two_skills_only_with_context(taxonomy: Taxonomy) -> None:
    by_key: dict[tuple[str, ...], list[tuple[str, bool]]] = defaultdict(list)
    for term in taxonomy.terms:
        by_key[term_key(term.text)].append((term.skill.name, term.rule.conditional))
    clashes = {
        key: uses
        for key, uses in by_key.items()
        if len({name for name, _ in uses}) > 1 and not all(conditional for _, conditional in uses)
    }
    assert clashes == {}


def test_named_certifications_present(taxonomy: Taxonomy) -> None:
    names = {s.name: s for s in taxonomy.skills}
    for name in [
        "Registered Nurse",
        "Basic Life Support",
        "Advanced Cardiovascular Life Support",
        "Pediatric Advanced Life Support",
        "Certified Public Accountant",
        "Chartered Financial Analyst",
        "Project Management Professional",
        "AWS Certified Solutions Architect",
        "Certified Information Systems Security Professional",
        "Cisco Certified Network Associate",
        "Lean Six Sigma Green Belt",
        "SHRM Certified Professional",
        "Bar Admission",
    ]:
        assert names[name].kind == "certification", name
    for name in ["Communication", "Leadership", "Stakeholder Management"]:
        assert names[name].kind == "soft", name


def test_header_names_source_and_licence() -> None:
    from importlib import resources

    head = resources.files("assistant.skills").joinpath("data", "taxonomy.txt").read_text("utf-8")[:1500]
    assert "Apache-2.0" in head and "Source" in head


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("Python", "before any"),
        ("[nonsense hard]\nPython", "unknown category"),
        ("[software expert]\nPython", "unknown kind"),
        ("[software hard]\nGo{ctx=nowhere}", "unknown context group"),
        ("[software hard]\nGo{shout}", "unknown rule"),
        ("@ctx : x", "expected"),
        ("[software hard]\nPython | {cap}", "cannot read term"),
        ("[data hard]\nMySQL\n@related db: MySQL", "expected"),
        ("[data hard]\nMySQL\n@related db: MySQL; MySQL", "listed twice"),
        ("[data hard]\nMySQL\n@related db: MySQL; Postgres", "unknown skill 'Postgres'"),
        ("[data hard]\nMySQL\nSQLite\n@related db: MySQL; SQLite\n@related db: SQLite; MySQL", "twice"),
    ],
)
def test_parse_errors_name_the_problem(text: str, message: str) -> None:
    with pytest.raises(TaxonomyError, match=message):
        parse_taxonomy(text)


def test_parse_minimal_file() -> None:
    tx = parse_taxonomy(
        "# comment\n@ctx infra: aws cloud cat:cloud_devops\n"
        "[cloud_devops hard]\nTerraform | TF{exact;ctx=infra}\n"
    )
    assert [s.name for s in tx.skills] == ["Terraform"]
    assert tx.terms[1].rule.exact and tx.terms[1].rule.context == "infra"
    assert "aws" in tx.contexts["infra"].words and tx.contexts["infra"].categories == {"cloud_devops"}


def test_parse_related_groups() -> None:
    tx = parse_taxonomy("[data hard]\nPostgreSQL | Postgres\nMySQL\n@related sql: PostgreSQL; MySQL\n")
    assert tx.related == {"sql": ("PostgreSQL", "MySQL")}


def test_packaged_related_groups_span_professions(taxonomy: Taxonomy) -> None:
    by_name = {s.name: s for s in taxonomy.skills}
    categories = {by_name[m].category for members in taxonomy.related.values() for m in members}
    assert len(taxonomy.related) >= 60
    expected = {"software", "data", "cloud_devops", "healthcare", "finance", "hr", "education", "legal"}
    assert expected <= categories
