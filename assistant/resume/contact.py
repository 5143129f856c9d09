"""Contact details: name, email, phone, location and profile links."""

from __future__ import annotations

import re

from assistant.documents.models import Line
from assistant.resume.dates import find_date_range
from assistant.resume.headings import canonical_section
from assistant.resume.models import Contact
from assistant.resume.text import clean, find_location, split_fields

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")
PHONE_RE = re.compile(
    r"(?<![\w/])(?:\+\s?\d{1,3}[\s.\-]?|\(\+?\d{1,3}\)\s?)?"
    r"(?:\(\d{2,5}\)[\s.\-]?|\d{2,5}[\s.\-])?\d{2,5}[\s.\-]?\d{2,5}(?:[\s.\-]?\d{2,5})?(?![\w/])"
)
LINKEDIN_RE = re.compile(r"(?:https?://)?(?:[a-z]{2,3}\.)?linkedin\.com/(?:in|pub|company)/[\w\-%.]+/?", re.I)
GITHUB_RE = re.compile(r"(?:https?://)?(?:www\.)?github\.com/[\w\-.]+/?", re.I)
URL_RE = re.compile(
    r"(?:https?://[^\s|,;]+|www\.[^\s|,;]+|\b[\w\-]+(?:\.[\w\-]+)*\.(?:com|io|dev|me|org|net|app|ai|co|tech|site"
    r"|page|xyz|design|portfolio)(?:/[^\s|,;]*)?)",
    re.I,
)
_TITLE_WORDS = re.compile(
    r"\b(engineer|developer|designer|manager|analyst|scientist|consultant|architect|leader|director|"
    r"specialist|nurse|teacher|student|intern|officer|administrator|accountant|coordinator|writer|"
    r"resume|curriculum vitae|cv|software|product|marketing|sales|systems)\b",
    re.I,
)


def find_phone(text: str) -> str | None:
    """The first phone-number-looking run with 9 to 15 digits that is not a date range."""
    for match in PHONE_RE.finditer(text):
        value = match.group(0).strip(" .-")
        digits = re.sub(r"\D", "", value)
        if not 9 <= len(digits) <= 15:
            continue
        if re.fullmatch(r"(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}", value):
            continue
        return value
    return None


def _links(text: str) -> tuple[str | None, str | None, list[str]]:
    linkedin = LINKEDIN_RE.search(text)
    github = GITHUB_RE.search(text)
    sites: list[str] = []
    without_email = EMAIL_RE.sub(" ", text)
    for match in URL_RE.finditer(without_email):
        url = match.group(0).rstrip("/.")
        if "linkedin.com" in url.lower() or "github.com" in url.lower():
            continue
        if re.fullmatch(r"[\w\-]+\.(?:js|net|io)", url, re.I) and not url.lower().startswith(("www", "http")):
            # "Node.js" is a skill, not a site; a bare "name.io" is kept only with a scheme or www.
            if url.lower().endswith(".js"):
                continue
        sites.append(url)
    return (
        linkedin.group(0).rstrip("/") if linkedin else None,
        github.group(0).rstrip("/") if github else None,
        sites,
    )


def _plausible_name(text: str) -> bool:
    text = text.strip()
    if not text or len(text) > 50 or EMAIL_RE.search(text) or re.search(r"\d", text):
        return False
    if URL_RE.search(text) or canonical_section(text) is not None or find_date_range(text):
        return False
    if re.fullmatch(r"(?:[A-Za-zÀ-ÿ] ){2,}[A-Za-zÀ-ÿ]", text):
        return True  # letter-spaced "J A N E"
    tokens = text.split()
    if not 1 <= len(tokens) <= 5 or _TITLE_WORDS.search(text):
        return False
    return all(re.fullmatch(r"[A-Za-zÀ-ÿ][\w'’.\-]*,?", tok) for tok in tokens) and tokens[0][:1].isupper()


def _pick_name(lines: list[Line]) -> str | None:
    candidates = [ln for ln in lines[:8] if _plausible_name(ln.text)]
    if not candidates:
        return None
    sized = [ln for ln in candidates if ln.font_size]
    if sized:
        largest = max(ln.font_size or 0.0 for ln in sized)
        body = sorted(ln.font_size or 0.0 for ln in lines if ln.font_size)
        if body and largest > body[len(body) // 2]:
            candidates = [ln for ln in candidates if (ln.font_size or 0.0) == largest]
    name = clean(candidates[0].text).rstrip(",")
    if re.fullmatch(r"(?:\S ){2,}\S", name):
        name = name.replace(" ", "")
    return name


def _location(lines: list[Line]) -> str | None:
    for line in lines:
        for part in split_fields(EMAIL_RE.sub(" | ", line.text)):
            if URL_RE.fullmatch(part):
                continue
            found = find_location(part)
            if found:
                return found[0]
    return None


def _extract(lines: list[Line]) -> Contact:
    text = "\n".join(clean(ln.text) for ln in lines)
    email = EMAIL_RE.search(text)
    linkedin, github, sites = _links(text)
    return Contact(
        name=_pick_name(lines),
        email=email.group(0) if email else None,
        phone=find_phone(EMAIL_RE.sub(" ", URL_RE.sub(" ", text))),
        location=_location(lines),
        linkedin=linkedin,
        github=github,
        websites=sites,
    )


def extract_contact(top: list[Line], body: list[Line], header_footer: list[Line]) -> Contact:
    """Contact from the top block, falling back to the whole body, then to page headers/footers.

    Fields found only in a header or footer are listed in ``only_in_header_footer``: many ATSs
    skip those regions.
    """
    primary = _extract(top) if top else Contact()
    fallback = _extract(body)
    merged = primary.model_copy()
    for field in ("email", "phone", "linkedin", "github"):
        if getattr(merged, field) is None:
            setattr(merged, field, getattr(fallback, field))
    if merged.location is None and top:
        merged.location = _location(top[:6])
    if not merged.websites:
        merged.websites = primary.websites
    if header_footer:
        extra = _extract(header_footer)
        for field in ("name", "email", "phone", "location", "linkedin", "github"):
            if getattr(merged, field) is None and getattr(extra, field) is not None:
                setattr(merged, field, getattr(extra, field))
                merged.only_in_header_footer.append(field)
    return merged
