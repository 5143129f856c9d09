"""Role families: a neighbouring role's title and years earn partial credit, with an honest message."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.jobs import parse_job
from assistant.jobs.matching import SkillFinder
from assistant.resume.models import Resume
from assistant.scoring import ScoreReport, score_resume
from assistant.scoring.role_families import Member, family_match, parse_role_families
from assistant.scoring.titles import _families, neighbour_title, title_credit, title_words
from assistant.scoring.weights import FAMILY_TITLE_CREDIT, WEAK_FAMILY_TITLE_CREDIT
from tests.scoring.builders import make_resume

pytestmark = pytest.mark.unit

AE_JD = """Account Executive

Requirements
- 3+ years of experience in B2B sales
- Salesforce and HubSpot CRM
- Negotiation and pipeline management
"""
GENERIC_WORDS = {
    "manager", "engineer", "specialist", "analyst", "assistant", "coordinator", "lead", "director"
}  # fmt: skip


def _lower_words(title: str) -> list[str]:
    return title.lower().split()


def run(resume: Resume, jd: str, matcher: SkillFinder) -> ScoreReport:
    return score_resume(resume, parse_job(jd, matcher=matcher), matcher=matcher)


def sales_resume(title: str, previous: str = "Sales Development Representative") -> Resume:
    return make_resume(
        headline=title,
        degree=None,
        skills=["Salesforce"],
        roles=[
            (title, "2021-01", None, ["Managed 40 accounts in Salesforce, renewing 95% of revenue"]),
            (previous, "2018-01", "2020-12", ["Booked 120 meetings a quarter for the account team"]),
        ],
    )


def test_parse_core_weak_and_hint() -> None:
    text = (
        "# comment\n[Sales]\nhint: Say if you carried a quota.\n"
        "account executive; account manager\n~ sales associate\n"
    )
    (family,) = parse_role_families(text, _lower_words)
    assert family.name == "Sales"
    assert family.hint == "Say if you carried a quota."
    assert family.core == (
        Member(frozenset({"account", "executive"}), "executive"),
        Member(frozenset({"account", "manager"}), "manager"),
    )
    assert family.weak == (Member(frozenset({"sales", "associate"}), "associate"),)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("account executive\n", r"line 1: member line before any \[Family\] header"),
        ("[Empty]\nhint: nothing\n~ sales associate\n", "has no core member"),
    ],
)
def test_malformed_files_name_the_problem(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_role_families(text, _lower_words)


def test_family_match_tiers() -> None:
    families = parse_role_families(
        "[Sales]\nhint: h\naccount executive; account manager\n~ sales associate\n", _lower_words
    )
    core = family_match(["account", "executive"], ["senior", "account", "manager"], families)
    weak = family_match(["account", "executive"], ["sales", "associate"], families)
    assert core is not None and core.credit == FAMILY_TITLE_CREDIT
    assert weak is not None and weak.credit == WEAK_FAMILY_TITLE_CREDIT
    assert family_match(["account", "executive"], ["civil", "engineer"], families) is None
    assert family_match([], ["account", "manager"], families) is None


def test_a_title_sits_in_the_family_of_its_most_specific_member() -> None:
    families = parse_role_families(
        "[Finance]\nhint: h\naccountant; controller\n[Aviation]\nhint: h\npilot; air traffic controller\n",
        _lower_words,
    )
    tower = ["air", "traffic", "controller"]
    assert family_match(["accountant"], tower, families) is None
    match = family_match(["pilot"], tower, families)
    assert match is not None and match.family.name == "Aviation"
    finance = family_match(["accountant"], ["controller"], families)
    assert finance is not None and finance.family.name == "Finance"


def test_packaged_families_are_specific_and_explained() -> None:
    families = _families()
    assert len(families) >= 75
    for family in families:
        assert family.hint.endswith("."), family.name
        for member in family.core + family.weak:
            words = member.words
            assert not (len(words) == 1 and words <= GENERIC_WORDS), (family.name, sorted(words))


@pytest.mark.parametrize(
    ("job_title", "candidate", "credit"),
    [
        ("Account Executive", "Customer Success Manager", FAMILY_TITLE_CREDIT),
        ("Account Executive", "Business Development Rep", FAMILY_TITLE_CREDIT),
        ("Senior Financial Analyst", "Staff Accountant", FAMILY_TITLE_CREDIT),
        ("Supply Chain Manager", "Logistics Manager", FAMILY_TITLE_CREDIT),
        ("Backend Engineer", "Platform Engineer", WEAK_FAMILY_TITLE_CREDIT),
        ("Registered Nurse", "Licensed Practical Nurse", FAMILY_TITLE_CREDIT),
        ("HR Generalist", "Recruiter", FAMILY_TITLE_CREDIT),
        ("HR Generalist", "Office Administrator", WEAK_FAMILY_TITLE_CREDIT),
        ("High School Mathematics Teacher", "Math Tutor", FAMILY_TITLE_CREDIT),
        ("Account Executive", "Registered Nurse", 0.0),
        ("Civil Engineer", "Line Cook", 0.0),
        ("Data Engineer", "ETL Developer", FAMILY_TITLE_CREDIT),
        ("QA Automation Engineer", "QA Analyst", FAMILY_TITLE_CREDIT),
        ("Senior Product Manager", "Product Owner", FAMILY_TITLE_CREDIT),
        ("Payroll Specialist", "HR and Payroll Assistant", FAMILY_TITLE_CREDIT),
        ("Customer Success Manager", "Onboarding Specialist", FAMILY_TITLE_CREDIT),
        ("Physical Therapist", "Physical Therapist Assistant", WEAK_FAMILY_TITLE_CREDIT),
        ("Mechanical Design Engineer", "Maintenance Technician", WEAK_FAMILY_TITLE_CREDIT),
        ("Mechanical Design Engineer", "Civil Engineer", 0.0),
        ("Civil Engineer II", "Engineer in Training", FAMILY_TITLE_CREDIT),
        ("Sous Chef", "Line Cook", FAMILY_TITLE_CREDIT),
        ("Executive Chef", "Chef de Cuisine", FAMILY_TITLE_CREDIT),
        ("Sous Chef", "Restaurant Manager", WEAK_FAMILY_TITLE_CREDIT),
        ("Front Desk Agent", "Night Auditor", FAMILY_TITLE_CREDIT),
        ("Store Manager", "Retail Sales Associate", FAMILY_TITLE_CREDIT),
        ("Licensed Clinical Social Worker", "Case Manager", FAMILY_TITLE_CREDIT),
        ("Mortgage Loan Officer", "Loan Processor", FAMILY_TITLE_CREDIT),
        ("Claims Adjuster", "Claims Examiner", FAMILY_TITLE_CREDIT),
        ("Database Administrator", "DBA", FAMILY_TITLE_CREDIT),
        ("Solutions Architect", "Cloud Architect", FAMILY_TITLE_CREDIT),
        ("CT Technologist", "Radiologic Technologist", FAMILY_TITLE_CREDIT),
        ("Radiologic Technologist", "Diagnostic Medical Sonographer", WEAK_FAMILY_TITLE_CREDIT),
        ("Veterinary Technician", "Vet Assistant", FAMILY_TITLE_CREDIT),
        ("Veterinary Technician", "Veterinarian", WEAK_FAMILY_TITLE_CREDIT),
        ("Diesel Mechanic", "Automotive Technician", FAMILY_TITLE_CREDIT),
        ("Forklift Operator", "Warehouse Associate", FAMILY_TITLE_CREDIT),
        ("Truck Driver", "Truck Dispatcher", WEAK_FAMILY_TITLE_CREDIT),
        ("Director of Nursing", "Charge Nurse", FAMILY_TITLE_CREDIT),
        ("Embedded Software Engineer", "Firmware Developer", FAMILY_TITLE_CREDIT),
        ("Preschool Teacher", "Childcare Worker", FAMILY_TITLE_CREDIT),
        # look-alike titles that must stay apart
        ("Solutions Architect", "Project Architect", 0.0),  # software vs buildings
        ("Truck Dispatcher", "911 Dispatcher", WEAK_FAMILY_TITLE_CREDIT),  # adjacent, never core
        ("Security Guard", "Information Security Analyst", 0.0),
        ("Physical Therapist", "Mental Health Therapist", 0.0),
        ("Build Engineer", "Facilities Manager", 0.0),  # "building" lemmatises to "build"
        ("Chief Executive Officer", "Risk Management Director", 0.0),  # no "managing director" member
        ("Technical Writer", "Clinical Documentation Specialist", 0.0),
        ("Computer Vision Engineer", "Backend Engineer", 0.0),
        # the most specific member places a title: not the finance "controller" or the guard's officer
        ("Financial Controller", "Air Traffic Controller", 0.0),
        ("Security Guard", "Information Security Officer", 0.0),
    ],
)
def test_neighbouring_titles(job_title: str, candidate: str, credit: float) -> None:
    match = neighbour_title(job_title, candidate)
    assert (match.credit if match else 0.0) == credit


@pytest.mark.parametrize(
    ("job_title", "candidate", "credit"),
    [
        # a trainee, an apprentice or a certified holder of a role holds that role's title; the seniority
        # check, not the title's words, marks the trainee as junior
        ("Certified Pharmacy Technician", "Pharmacy Technician Trainee", 1.0),
        ("Certified Pharmacy Technician", "Lead Rx Tech", 1.0),
        ("Certified Medical Assistant", "Medical Assistant", 1.0),
        ("Journeyman Electrician", "Apprentice Electrician", FAMILY_TITLE_CREDIT),
        ("Staff Accountant", "Certified Public Accountant", FAMILY_TITLE_CREDIT),
        ("Marketing Manager", "Trainee", 0.0),
    ],
)
def test_learners_and_certified_holders_keep_the_role(job_title: str, candidate: str, credit: float) -> None:
    assert title_credit(job_title, candidate) == credit


def test_neighbour_title_earns_part_of_the_title_with_an_honest_message(matcher: SkillFinder) -> None:
    exact = run(sales_resume("Account Executive"), AE_JD, matcher)
    neighbour = run(sales_resume("Customer Success Manager", previous="Line Cook"), AE_JD, matcher)
    unrelated = run(sales_resume("Line Cook", previous="Prep Cook"), AE_JD, matcher)
    scores = [r.component("title").score for r in (exact, neighbour, unrelated)]  # type: ignore[union-attr]
    assert scores == [100.0, pytest.approx(100.0 * FAMILY_TITLE_CREDIT), 0.0]
    deduction = next(d for d in neighbour.deductions if d.id == "title_mismatch")
    assert '"Customer Success Manager" is close to "Account Executive"' in deduction.message
    assert "not the same" in deduction.message
    assert "quota" in deduction.fix
    assert "Keep your real title" in deduction.fix
    assert round(sum(d.points for d in neighbour.deductions), 1) == round(100 - neighbour.score, 1)


def test_neighbouring_roles_years_count_in_part(matcher: SkillFinder) -> None:
    def irrelevant_points(title: str) -> float:
        report = run(sales_resume(title, previous=title), AE_JD, matcher)
        return sum(d.points for d in report.deductions if d.id == "experience_not_relevant")

    assert irrelevant_points("Account Manager") < irrelevant_points("Line Cook")
    assert irrelevant_points("Account Executive") == 0.0


def test_years_message_names_the_neighbouring_roles(matcher: SkillFinder) -> None:
    report = run(sales_resume("Customer Success Manager", previous="Line Cook"), AE_JD, matcher)
    deduction = next(d for d in report.deductions if d.id == "experience_not_relevant")
    assert 'Your years as "Customer Success Manager" count in part' in deduction.message
    assert "Line Cook" not in deduction.message
    assert "Line Cook" in deduction.evidence


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(
        ["Account Executive", "Backend Engineer", "Registered Nurse", "HR Generalist", "Teacher"]
    ),
    st.sampled_from(
        ["Account Manager", "Software Engineer", "Charge Nurse", "Recruiter", "Tutor", "Line Cook", "Buyer"]
    ),
)
def test_family_credit_stays_below_the_real_title(job_title: str, candidate: str) -> None:
    assert title_credit(job_title, job_title) == 1.0
    credit = title_credit(job_title, candidate)
    assert 0.0 <= credit <= 1.0
    if set(title_words(job_title)) - set(title_words(candidate)):
        assert credit < 1.0
