"""Table-driven tests of SkillMatcher.find: what must match, and what must not."""

from __future__ import annotations

import pytest

from assistant.skills import SkillHit, get_matcher

pytestmark = pytest.mark.unit

# (text, skills that must be found, skills that must NOT be found)
CASES: list[tuple[str, set[str], set[str]]] = [
    # aliases from the brief
    ("Deployed services on k8s", {"Kubernetes"}, set()),
    ("Tuned Postgres and psql scripts", {"PostgreSQL"}, set()),
    ("Front end in JS and TS", {"JavaScript", "TypeScript"}, set()),
    ("Pipelines in GH Actions", {"GitHub Actions"}, set()),
    ("Scripts in Py3 and python3", {"Python"}, set()),
    ("Microservices in Golang", {"Go", "Microservices"}, set()),
    ("Provisioned AWS accounts with TF modules", {"Terraform", "Amazon Web Services"}, set()),
    ("Registered nurse (RN) with BLS and ACLS", {"Registered Nurse", "Basic Life Support"}, set()),
    ("RN, BLS, ACLS, PALS", {"Registered Nurse", "Pediatric Advanced Life Support"}, set()),
    # Go needs a capital and tech context
    ("Languages: Go, Python, Rust", {"Go", "Python", "Rust"}, set()),
    ("Good communicator", {"Communication"}, {"Go"}),
    ("She was the go-to person on the team", set(), {"Go"}),
    ("Go live support for the new clinic", set(), {"Go"}),
    ("We go beyond Python basics", {"Python"}, {"Go"}),
    ("Go ahead with the Java rewrite", {"Java"}, {"Go"}),
    # R and C only as standalone tokens with context
    ("Statistics in R and Python", {"R", "Python", "Statistics"}, set()),
    ("Led R&D budgets", set(), {"R"}),
    ("Presented to the C-suite", set(), {"C"}),
    ("Firmware in C and C++ for ARM microcontrollers", {"C", "C++", "Microcontrollers"}, set()),
    ("John R. Smith, data analyst", set(), {"R"}),
    ("Vitamin C and patient education", {"Patient Education"}, {"C"}),
    ("Grade C student", set(), {"C"}),
    # TF is Terraform in infrastructure, TensorFlow in ML, and nothing inside TF-IDF
    ("Trained TF models with Keras on GPUs", {"TensorFlow", "Keras"}, {"Terraform"}),
    ("Built TF-IDF features for search ranking", {"TF-IDF"}, {"Terraform", "TensorFlow"}),
    ("TF", set(), {"Terraform", "TensorFlow"}),
    # Excel the product vs excel the verb
    ("Excel at building client relationships", set(), {"Microsoft Excel"}),
    ("Ability to excel in a fast-paced environment", set(), {"Microsoft Excel"}),
    ("Advanced Excel (pivot tables, VLOOKUP)", {"Microsoft Excel", "Pivot Tables", "VLOOKUP"}, set()),
    ("Exported the reports to Excel", {"Microsoft Excel"}, set()),
    ("Built excel spreadsheets for month-end close", {"Microsoft Excel", "Month-End Close"}, set()),
    # punctuation-bearing names
    ("C# and .NET Core services on ASP.NET", {"C#", ".NET", "ASP.NET"}, {"C"}),
    ("Node.js and Vue.js", {"Node.js", "Vue.js"}, set()),
    ("CI/CD with Jenkins", {"CI/CD", "Jenkins"}, set()),
    ("Ran A/B testing on pricing", {"A/B Testing"}, set()),
    ("Owned the P&L for the region", {"Profit and Loss Management"}, set()),
    ("M&A due diligence", {"Mergers and Acquisitions", "Due Diligence"}, set()),
    ("PL/SQL and T-SQL stored procedures", {"PL/SQL", "T-SQL", "Stored Procedures"}, {"SQL"}),
    ("Objective-C and Swift for iOS apps", {"Objective-C", "Swift", "iOS Development"}, {"C"}),
    # plurals, case, lemmas
    ("Designed REST APIs", {"REST APIs"}, set()),
    ("PYTHON, DOCKER, KUBERNETES", {"Python", "Docker", "Kubernetes"}, set()),
    ("Managed projects across three sites", {"Project Management"}, set()),
    ("Project management and risk management", {"Project Management", "Risk Management"}, set()),
    ("Analyzed data with pandas and SQL", {"Data Analysis", "SQL"}, set()),
    ("Tested software releases", {"Software Testing"}, set()),
    ("Used Docker containers", {"Docker"}, set()),
    ("Data structures and algorithms", {"Data Structures"}, set()),
    # longest match wins
    ("React Native developer", {"React Native"}, {"React"}),
    ("Spring Boot microservices", {"Spring Boot", "Microservices"}, {"Spring Framework"}),
    ("Machine learning engineer", {"Machine Learning"}, set()),
    (
        "AWS Certified Solutions Architect – Associate",
        {"AWS Certified Solutions Architect – Associate"},
        set(),
    ),
    ("Lean Six Sigma Green Belt", {"Lean Six Sigma Green Belt"}, {"Six Sigma"}),
    ("Google Cloud Platform and BigQuery", {"Google Cloud Platform", "Google BigQuery"}, set()),
    # ambiguous acronyms resolved by context
    ("GCP, AWS and Azure", {"Google Cloud Platform", "Amazon Web Services", "Microsoft Azure"}, set()),
    ("Monitored trial sites for GCP compliance with patients", {"Good Clinical Practice"}, set()),
    ("Charted in Epic and Cerner on a med-surg unit", {"Epic EHR", "Cerner"}, set()),
    ("An epic journey", set(), {"Epic EHR"}),
    ("Spring 2021 semester abroad", set(), {"Spring Framework"}),
    ("React quickly to customer complaints", set(), {"React"}),
    # other professions
    ("CPA with GAAP, accounts payable and QuickBooks", {"Certified Public Accountant", "US GAAP"}, set()),
    ("PMP, CSM, Jira and Confluence", {"Project Management Professional", "Jira"}, set()),
    (
        "SHRM-CP, full-cycle recruiting in Workday",
        {"SHRM Certified Professional", "Full-Cycle Recruiting"},
        set(),
    ),
    ("Admitted to the bar; Westlaw legal research", {"Bar Admission", "Westlaw", "Legal Research"}, set()),
    ("AutoCAD, SolidWorks and GD&T for sheet metal", {"AutoCAD", "SolidWorks"}, set()),
    ("MIG and TIG welding, blueprint reading", {"Blueprint Reading"}, set()),
    ("OSHA 30, forklift certified", {"OSHA 30-Hour Certification", "Forklift Certification"}, set()),
    ("Lesson planning and classroom management", {"Lesson Planning", "Classroom Management"}, set()),
    ("Figma wireframes and usability testing", {"Figma", "Wireframing", "Usability Testing"}, set()),
    ("Fluent in Spanish and Mandarin", {"Spanish", "Mandarin Chinese"}, set()),
    ("Strong stakeholder management and attention to detail", {"Stakeholder Management"}, set()),
    ("Cross-functional collaboration and problem-solving", {"Cross-Functional Collaboration"}, set()),
    ("Active TS/SCI clearance", {"Top Secret Clearance"}, set()),
    # words that name a skill in one field and something else in another
    ("Neuro exams of the brain, pituitary and IACs on a 3T scanner", set(), {"Infrastructure as Code"}),
    ("Terraform IaC modules for AWS", {"Infrastructure as Code", "Terraform"}, set()),
    ("Return-to-work planning for workers' compensation patients", set(), {"Compensation Analysis"}),
    ("Explain a trade-off to a VP of Sales", set(), {"Sales"}),
    ("Blood bank testing: ABO/Rh typing and crossmatches", set(), {"Typing"}),
    ("Typing at 40 words a minute", {"Typing"}, set()),
    ("Enter calls in the computer-aided dispatch (CAD) system", set(), {"Computer-Aided Design"}),
    ("Certified Hand Therapist (CHT), outpatient orthopedics", set(), {"Certified Hemodialysis Technician"}),
    ("CHT on the hemodialysis unit, renal patients", {"Certified Hemodialysis Technician"}, set()),
    ("GMP proposals with contingency for the contractor", set(), {"Good Manufacturing Practice"}),
    ("Reservation of rights letters for coverage questions", set(), {"Reservations"}),
    ("Protect patient privacy under HIPAA", {"HIPAA"}, {"Data Privacy"}),
    ("Home exercise programs and joint protection", set(), {"Personal Training"}),
    ("Work hardening and functional capacity evaluations", set(), {"Hardening"}),
    # non-software professions: insurance, imaging, rehab, dietetics, dispatch, automotive, estimating
    ("Write estimates in CCC ONE, Mitchell or Audatex", {"CCC ONE", "Mitchell Estimating", "Audatex"}, set()),
    ("Coach Mitchell led the team to the finals", set(), {"Mitchell Estimating"}),
    ("Document every file in Guidewire ClaimCenter", {"Guidewire ClaimCenter"}, set()),
    (
        "Identify subrogation opportunities and take recorded statements",
        {"Subrogation", "Recorded Statements"},
        set(),
    ),
    ("Associate in Claims (AIC) for our claims adjusters", {"Associate in Claims"}, set()),
    ("Model selection by AIC and BIC in regression", set(), {"Associate in Claims"}),
    (
        "Loss development triangles, IBNR and ratemaking",
        {"Loss Development Triangles", "Loss Reserving", "Ratemaking"},
        set(),
    ),
    ("Basic Techniques for Ratemaking and Estimating Claim Liabilities", {"Ratemaking"}, {"Cost Estimating"}),
    (
        "MR safety screening and IV contrast administration; images sent to PACS",
        {"MRI Safety", "Contrast Administration", "Picture Archiving and Communication System"},
        set(),
    ),
    (
        "Registered Vascular Technologist (RVT) in the imaging department, venous duplex",
        {"Registered Vascular Technologist", "Vascular Ultrasound"},
        set(),
    ),
    (
        "RVT at a veterinary clinic for canine patients",
        {"Veterinary Technician License"},
        {"Registered Vascular Technologist"},
    ),
    (
        "Physical agent modalities such as ultrasound and paraffin",
        {"Physical Agent Modalities"},
        {"Diagnostic Ultrasound"},
    ),
    ("Perform portable ultrasound exams for the radiologist", {"Diagnostic Ultrasound"}, set()),
    ("Fabricate custom thermoplastic orthoses", {"Orthotic Fabrication"}, set()),
    (
        "Nutrition-focused physical exams (NFPE), TPN and IDDSI diets in ADIME format",
        {"Nutrition-Focused Physical Exam", "Parenteral Nutrition", "IDDSI", "Nutrition Care Process"},
        set(),
    ),
    (
        "911 call-taking and radio dispatch; run plates through NCIC",
        {"911 Call Taking", "Radio Dispatch", "NCIC"},
        set(),
    ),
    (
        "Enter calls for service in CAD for police, fire and EMS dispatch",
        {"Computer-Aided Dispatch"},
        {"Computer-Aided Design"},
    ),
    (
        "Mechanical design of brackets in CAD and SolidWorks",
        {"Computer-Aided Design", "SolidWorks"},
        {"Computer-Aided Dispatch"},
    ),
    (
        "ASE A5 Brakes and A8 Engine Performance; four-wheel alignments and ADAS calibration",
        {"ASE A5 Brakes", "ASE A8 Engine Performance", "Wheel Alignment", "ADAS Calibration"},
        set(),
    ),
    ("Print the report on A4 paper", set(), {"ASE A4 Suspension and Steering"}),
    (
        "Write cause and correction notes in CDK Drive",
        {"Repair Order Documentation", "CDK Global"},
        {"Corrections"},
    ),
    ("AWS CDK stacks in TypeScript for cloud infrastructure", {"AWS CDK"}, {"CDK Global"}),
    (
        "Quantity takeoffs in On-Screen Takeoff and PlanSwift; level bids",
        {"On-Screen Takeoff", "PlanSwift", "Bid Leveling"},
        set(),
    ),
    (
        "Assemble the GMP with contingency for the owner and the construction manager at-risk",
        {"Guaranteed Maximum Price"},
        {"Good Manufacturing Practice"},
    ),
    (
        "GMP compliance in pharmaceutical manufacturing production",
        {"Good Manufacturing Practice"},
        {"Guaranteed Maximum Price"},
    ),
    (
        "Hands-on underwriting of commercial auto and workers\n  compensation.",
        {"Commercial Auto Insurance"},
        {"Compensation Analysis"},
    ),
    ("Solid working knowledge of US GAAP", {"US GAAP"}, {"SolidWorks"}),
    (
        "Braze and solder copper lines; work with building automation systems",
        {"Building Automation Systems"},
        {"Braze", "Build Automation"},
    ),
    ("Boolean and X-ray searches on LinkedIn", set(), {"Radiography"}),
    ("Nexus pairs with vPC and VXLAN", set(), {"Amazon VPC"}),
    ("Hotel KPIs: occupancy, ADR, RevPAR", set(), {"Alternative Dispute Resolution"}),
    ("Pass a background investigation and polygraph", set(), {"Investigations"}),
    (
        "Children's first cleanings; educate patients on home care",
        set(),
        {"Housekeeping and Cleaning", "Home Health Care"},
    ),
    # plain English with nothing to find
    ("The weather was nice and we walked home.", set(), set()),
    ("", set(), set()),
]


@pytest.mark.parametrize(("text", "expected", "forbidden"), CASES)
def test_find_table(text: str, expected: set[str], forbidden: set[str]) -> None:
    found = {h.skill for h in get_matcher().find(text)}
    assert expected <= found, f"missing {expected - found} in {found}"
    assert not (forbidden & found), f"unexpected {forbidden & found}"


def test_nothing_found_in_plain_prose() -> None:
    assert get_matcher().find("The weather was nice and we walked home.") == []


def test_hits_carry_offsets_category_and_kind() -> None:
    text = "Skills: Kubernetes (k8s), CPR"
    hits = get_matcher().find(text)
    assert [(h.skill, h.surface) for h in hits] == [
        ("Kubernetes", "Kubernetes"),
        ("Kubernetes", "k8s"),
        ("CPR Certification", "CPR"),
    ]
    for hit in hits:
        assert text[hit.start : hit.end] == hit.surface
    assert hits[0].category == "cloud_devops" and hits[0].kind == "hard"
    assert hits[2].category == "healthcare" and hits[2].kind == "certification"


def test_hits_are_ordered_and_never_overlap() -> None:
    text = "Python/Django, React Native, CI/CD, managed projects, UI/UX design in Figma"
    hits = get_matcher().find(text)
    assert [h.start for h in hits] == sorted(h.start for h in hits)
    for a, b in zip(hits, hits[1:], strict=False):
        assert a.end <= b.start


def test_hit_is_frozen() -> None:
    hit = get_matcher().find("Python")[0]
    assert isinstance(hit, SkillHit)
    with pytest.raises(AttributeError):
        hit.skill = "Java"  # type: ignore[misc]


def test_matcher_is_cached() -> None:
    assert get_matcher() is get_matcher()
