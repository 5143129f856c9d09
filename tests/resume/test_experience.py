"""Experience entries across the common layouts."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.resume.parser import parse_resume
from tests.resume.conftest import make_document

pytestmark = pytest.mark.unit
TODAY = date(2026, 1, 1)
TOP = "Jane Smith\njane@example.com\nExperience\n"


def roles(body: str) -> list[tuple[str | None, str | None, str | None, str | None, bool]]:
    resume = parse_resume(make_document(TOP + body), today=TODAY)
    return [(e.title, e.company, e.start, e.end, e.current) for e in resume.experience]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "Software Engineer, Globex Corporation   Jan 2020 – Present\n• Built things",
            [("Software Engineer", "Globex Corporation", "2020-01", None, True)],
            id="title-comma-company-dates-right",
        ),
        pytest.param(
            "Globex Corporation — Austin, TX\nSoftware Engineer   01/2019 - 03/2021\n• Built things",
            [("Software Engineer", "Globex Corporation", "2019-01", "2021-03", False)],
            id="company-location-then-title-dates",
        ),
        pytest.param(
            "Senior Product Designer\nNorthwind Labs\nMarch 2017 to Current\n• Led redesign",
            [("Senior Product Designer", "Northwind Labs", "2017-03", None, True)],
            id="title-company-dates-on-separate-lines",
        ),
        pytest.param(
            "Northwind Labs — Senior Product Designer\nJun 2017 - Dec 2020\n- Designed apps",
            [("Senior Product Designer", "Northwind Labs", "2017-06", "2020-12", False)],
            id="company-dash-title",
        ),
        pytest.param(
            "Data Analyst – Initech Analytics\n2018–2020\n• Built dashboards",
            [("Data Analyst", "Initech Analytics", "2018-01", "2020-01", False)],
            id="title-endash-company-year-range",
        ),
        pytest.param(
            "Founder & CEO · Meridian Labs, Chicago, IL · Executive Team\n03/2022 - Present\n• Raised seed",
            [("Founder & CEO", "Meridian Labs", "2022-03", None, True)],
            id="mid-dot-fields-with-team",
        ),
        pytest.param(
            "Software Engineer at Google   Summer 2019\n• Shipped a feature",
            [("Software Engineer", "Google", "2019-06", "2019-06", False)],
            id="title-at-company-season",
        ),
        pytest.param(
            "Mar 2021 - Present\n• Staff Engineer, Globex Systems LLC\n• Led the migration across regions",
            [("Staff Engineer", "Globex Systems LLC", "2021-03", None, True)],
            id="date-heading-then-bulleted-role",
        ),
        pytest.param(
            "Production Intern\nExample Opera Company\n• Supported ticketing\n"
            "Retail Sales Associate\nExample Music Store LLC\n• Matched customers",
            [
                ("Production Intern", "Example Opera Company", None, None, False),
                ("Retail Sales Associate", "Example Music Store LLC", None, None, False),
            ],
            id="dateless-roles",
        ),
        pytest.param(
            "FACEBOOK | Software Engineer\nJan 2015 - Present | New York, NY\n"
            "COURSERA | Software Engineering Intern\nJune 2014 – Sep 2014 | Mountain View, CA\n• Led Yoda",
            [
                ("Software Engineer", "FACEBOOK", "2015-01", None, True),
                ("Software Engineering Intern", "COURSERA", "2014-06", "2014-09", False),
            ],
            id="roles-without-bullets",
        ),
        pytest.param(
            "Hand Therapist (OTR/L, CHT) -- North Loop Clinic, St. Paul, MN -- 2020-present\n  * Fit splints",
            [("Hand Therapist", "North Loop Clinic", "2020-01", None, True)],
            id="double-hyphen-fields-and-saint-city",
        ),
        pytest.param(
            "Lead Rx Tech | Olentangy Corner Pharmacy | 2022 - Present\n* Filled scripts\n"
            "Rx Tech (Cert.) | Acme Tech | 2019 - 2022\n* Counted pills",
            [
                ("Lead Rx Tech", "Olentangy Corner Pharmacy", "2022-01", None, True),
                ("Rx Tech", "Acme Tech", "2019-01", "2022-01", False),
            ],
            id="tech-is-a-technician-after-a-field-word",
        ),
        pytest.param(
            "Puget Summit Outfitters | Store Mgr (SM) | 2021 - Present\n* Ran the store\n"
            "Red Dirt Mechanical Contractors | Svc Tech III | 2016 - 2021\n* Fixed chillers",
            [
                ("Store Mgr", "Puget Summit Outfitters", "2021-01", None, True),
                ("Svc Tech III", "Red Dirt Mechanical Contractors", "2016-01", "2021-01", False),
            ],
            id="abbreviated-titles-after-the-employer",
        ),
    ],
)
def test_layouts(
    body: str, expected: list[tuple[str | None, str | None, str | None, str | None, bool]]
) -> None:
    assert roles(body) == expected


def test_bullets_join_wrapped_lines_and_keep_apart_new_roles() -> None:
    body = (
        "Acme Corp   Jan 2022 – Present\n"
        "Senior Software Engineer\n"
        "• Led migration of three core microservices to Kubernetes, reducing p99 latency by 42% and cutting\n"
        "infrastructure cost by 28%.\n"
        "• Mentored four engineers through their first on-call rotations and wrote the incident-\n"
        "response runbook.\n"
        "Globex Corporation   Mar 2019 – Dec 2021\n"
        "Software Engineer\n"
        "• Built a pipeline\n"
    )
    resume = parse_resume(make_document(TOP + body), today=TODAY)
    first, second = resume.experience
    assert first.bullets == [
        "Led migration of three core microservices to Kubernetes, reducing p99 latency by 42% and cutting "
        "infrastructure cost by 28%.",
        "Mentored four engineers through their first on-call rotations and wrote the "
        "incident-response runbook.",
    ]
    assert (second.company, second.title, second.bullets) == (
        "Globex Corporation",
        "Software Engineer",
        ["Built a pipeline"],
    )
    assert resume.bullets == first.bullets + second.bullets


def test_unbulleted_prose_lines_are_bullets() -> None:
    body = (
        "Northwind Labs   Jan 2021 - Present\nSenior Software Engineer\n"
        "Led migration of the ingestion pipeline to a streaming architecture, cutting latency by 40%.\n"
        "Designed and shipped a self-serve schema registry adopted by 30+ internal teams.\n"
    )
    entry = parse_resume(make_document(TOP + body), today=TODAY).experience[0]
    assert entry.title == "Senior Software Engineer"
    assert len(entry.bullets) == 2


def test_two_experience_sections_are_parsed_separately() -> None:
    text = (
        TOP + "Operations Coordinator, Brightline Retail Group   Mar 2022 - Present\n"
        "Cut order-processing time 28% by redesigning the fulfillment queue across three warehouses and\n"
        "Customer Service Experience\n"
        "Senior Support Specialist, Maple Tech Helpdesk   Aug 2017 - May 2019\n"
    )
    resume = parse_resume(make_document(text), today=TODAY)
    assert [e.title for e in resume.experience] == ["Operations Coordinator", "Senior Support Specialist"]


def test_a_wrapped_line_starting_with_a_symbol_stays_in_its_bullet() -> None:
    body = (
        "Hand Therapist -- North Loop Clinic -- 2020-present\n"
        "  * Custom splint fabrication: static, serial static and dynamic orthoses;\n"
        "    ~15/wk; prefab fits. <3% remakes.\n"
        "  * Edema and scar management.\n"
    )
    (entry,) = parse_resume(make_document(TOP + body), today=TODAY).experience
    assert entry.bullets == [
        "Custom splint fabrication: static, serial static and dynamic orthoses; "
        "~15/wk; prefab fits. <3% remakes.",
        "Edema and scar management.",
    ]


def test_saint_city_is_one_location() -> None:
    resume = parse_resume(
        make_document(TOP + "Graphic Designer | Lakewater Creative | St. Louis, MO | 2018 - 2021\n")
    )
    assert resume.experience[0].location == "St. Louis, MO"
