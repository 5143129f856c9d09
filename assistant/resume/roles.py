"""Is this fragment a job title or an employer? Word lists, scored, because layouts disagree on order."""

from __future__ import annotations

import re

_TITLE_WORDS = frozenset(
    """
    engineer engineering developer programmer manager director analyst intern internship designer consultant
    specialist coordinator associate assistant lead leader head officer founder cofounder co-founder ceo cto
    cfo coo cio vp president architect scientist administrator admin technician nurse teacher tutor
    representative rep accountant volunteer researcher editor writer owner partner principal staff senior
    junior sr jr chief strategist supervisor clerk cashier agent advisor adviser counselor counsellor
    mgr asst coord supv dir eng dev
    therapist physician pharmacist surgeon instructor professor lecturer fellow trainee apprentice
    operator mechanic electrician driver chef cook server bartender receptionist secretary paralegal
    attorney lawyer auditor bookkeeper recruiter marketer sales salesperson buyer planner producer
    photographer artist illustrator animator member peer ambassador captain treasurer
    student contractor freelancer freelance sre devops qa tester investigator inspector examiner
    superintendent foreman dispatcher technologist hygienist aide caregiver worker handler
    """.split()
)
_COMPANY_WORDS = frozenset(
    """
    inc inc. llc llc. ltd ltd. corp corp. corporation co co. company companies labs lab systems technologies
    technology tech group university college institute school academy studio studios solutions partners
    bank hospital clinic agency foundation organization organisation consulting analytics robotics
    retail software services holdings industries international global enterprises ventures capital
    networks media health healthcare pharmaceuticals financial insurance logistics freight store stores
    nonprofit association society council department ministry government center centre gmbh plc llp
    restaurant hotel airlines motors energy bakery cafe church museum library program programme
    """.split()
)
_NOT_COMPANY = frozenset({"team", "platform", "department", "division"})
# "Tech" closes both employers ("Acme Tech") and titles ("Rx Tech", "Lead Vet Tech"): after one of these
# words it is the short form of technician.
_TECH_FIELDS = frozenset(
    """
    rx pharmacy pharm lab laboratory vet veterinary surgical surg sterile ultrasound radiology rad xray x-ray
    mri ct ekg ecg eeg dialysis patient care ophthalmic optical dental medical med emergency er cardiac
    cardiovascular echo neuro psych behavioral hvac service field maintenance repair auto automotive diesel
    lube tire cable it desk support network computer bench lead senior sr junior jr head chief certified
    cert diagnostic diag svc us line quality process production
    """.split()
)
_COMPANY_SUFFIX_RE = re.compile(r"\b(inc|llc|ltd|corp|co|plc|gmbh|llp)\.?$", re.I)


def _tokens(text: str) -> list[str]:
    return _read_tokens(text)[0]


def _read_tokens(text: str) -> tuple[list[str], int]:
    """The fragment's lower-case words and the index of its last main word.

    The last main word comes before a trailing "(Cert.)" or "(SM)" or a grade ("Svc Tech III"); "tech"
    there, after a field word, reads as "technician".
    """
    tokens = re.findall(r"[a-z][a-z&.\-]*", text.lower())
    end = len(re.findall(r"[a-z][a-z&.\-]*", re.sub(r"\s*\([^()]*\)\s*$", "", text.lower()))) - 1
    while end >= 1 and tokens[end] in ("i", "ii", "iii", "iv", "v"):
        end -= 1
    if end >= 1 and tokens[end].rstrip(".") in ("tech", "techs") and tokens[end - 1] in _TECH_FIELDS:
        tokens[end] = "technician"
    return tokens, max(0, end)


def title_score(text: str) -> float:
    """How much the fragment reads like a job title."""
    raw, end = _read_tokens(text)
    tokens = [t.rstrip(".") for t in raw]
    if not tokens:
        return 0.0
    score = sum(1.0 for t in tokens if t in _TITLE_WORDS)
    if tokens[end] in _TITLE_WORDS:
        score += 0.5
    if re.search(r"\b(I{1,3}|IV|V)\b$", text.strip()):
        score += 0.5  # "Software Engineer II"
    score -= 0.8 * sum(1.0 for t in tokens if t in _COMPANY_WORDS and t not in _TITLE_WORDS)
    return score


def company_score(text: str) -> float:
    """How much the fragment reads like an employer's name."""
    tokens = [t.rstrip(".") for t in _tokens(text)]
    if not tokens:
        return 0.0
    score = sum(1.0 for t in tokens if t in _COMPANY_WORDS or f"{t}." in _COMPANY_WORDS)
    if _COMPANY_SUFFIX_RE.search(text.strip()):
        score += 1.0
    if tokens[-1] in _NOT_COMPANY:
        score -= 1.5
    score -= 0.6 * sum(1.0 for t in tokens if t in _TITLE_WORDS and t not in _COMPANY_WORDS)
    return score


def looks_like_title(text: str) -> bool:
    """A fragment that is more title than company."""
    return title_score(text) > max(0.0, company_score(text))
