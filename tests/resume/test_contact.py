"""Contact extraction: name, email, phone, location, links, header/footer-only fields."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.resume.contact import find_phone
from assistant.resume.parser import parse_resume
from tests.resume.conftest import make_document

pytestmark = pytest.mark.unit
TODAY = date(2026, 1, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("(312) 555-0123", "(312) 555-0123"),
        ("312-555-0123", "312-555-0123"),
        ("312.555.0123", "312.555.0123"),
        ("+1 312 555 0123", "+1 312 555 0123"),
        ("(+1) 312-555-0123", "(+1) 312-555-0123"),
        ("+44 20 7946 0958", "+44 20 7946 0958"),
        ("+91 98765 43210", "+91 98765 43210"),
        ("+49 30 123456", "+49 30 123456"),
        ("P: (312) 555-0123 | x", "(312) 555-0123"),
    ],
)
def test_phone_formats(text: str, expected: str) -> None:
    assert find_phone(text) == expected


@pytest.mark.parametrize("text", ["2012 - 2016", "03/2019 - 04/2021", "GPA 3.9/4.0", "12345"])
def test_not_phones(text: str) -> None:
    assert find_phone(text) is None


@pytest.mark.parametrize(
    ("top", "name", "location"),
    [
        ("Jane Smith\njane@example.com | (312) 555-0123 | Springfield, IL", "Jane Smith", "Springfield, IL"),
        ("MARCUS HALLOWAY\nmarcus@example.com · San Francisco, CA", "MARCUS HALLOWAY", "San Francisco, CA"),
        ("Etta\netta@example.com • Chicago, IL", "Etta", "Chicago, IL"),
        ("Jordan A. Patel\nColumbus, Ohio | jordan@example.com", "Jordan A. Patel", "Columbus, Ohio"),
        ("Anna Wiśniewska\nanna@example.com | Kraków, Poland", "Anna Wiśniewska", "Kraków, Poland"),
        ("Product Designer\nJane Smith\njane@example.com | London, UK", "Jane Smith", "London, UK"),
        ("jane@example.com\nJane Smith\nRemote", "Jane Smith", "Remote"),
    ],
)
def test_name_and_location(top: str, name: str, location: str) -> None:
    resume = parse_resume(make_document(top + "\nExperience\nEngineer, Acme 2020 - 2021"), today=TODAY)
    assert resume.contact.name == name
    assert resume.contact.location == location


def test_links_with_and_without_scheme() -> None:
    text = (
        "Jane Smith\njane@example.com | linkedin.com/in/jane-smith/ | https://github.com/janes\n"
        "www.janesmith.dev\nSkills\nNode.js, Python"
    )
    contact = parse_resume(make_document(text), today=TODAY).contact
    assert contact.linkedin == "linkedin.com/in/jane-smith"
    assert contact.github == "https://github.com/janes"
    assert contact.websites == ["www.janesmith.dev"]
    assert contact.email == "jane@example.com"


def test_fields_only_in_header_footer_are_reported() -> None:
    doc = make_document(
        "Jane Smith\nExperience\nEngineer, Acme 2020 - 2021",
        header="jane@example.com | (312) 555-0123",
        footer="Page 1",
    )
    contact = parse_resume(doc, today=TODAY).contact
    assert contact.email == "jane@example.com"
    assert contact.phone == "(312) 555-0123"
    assert contact.only_in_header_footer == ["email", "phone"]


def test_body_contact_wins_over_header() -> None:
    doc = make_document("Jane Smith\njane@example.com", header="other@example.com")
    contact = parse_resume(doc, today=TODAY).contact
    assert contact.email == "jane@example.com"
    assert contact.only_in_header_footer == []
