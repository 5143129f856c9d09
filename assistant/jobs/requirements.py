"""Read the hard requirements out of a posting: years of experience, degree, licences, title, seniority.

Each reader works on classified clauses (see :mod:`assistant.jobs.sections`), so "5+ years preferred"
lands in the preferred slot and a company's "founded 20 years ago" never reads as a requirement.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from assistant.jobs.models import DEGREE_RANK, DegreeRequirement, Seniority, YearsRequirement
from assistant.jobs.sections import Clause
from assistant.resume.models import DegreeLevel

_WORD_NUMBERS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
}
_NUM = r"(\d{1,2}(?:\.\d)?|" + "|".join(_WORD_NUMBERS) + r")"
_YEARS = r"(?:years?|yrs?\.?)"
_YEAR_PATTERNS: tuple[tuple[re.Pattern[str], bool], ...] = (
    # (pattern, has_max): ranges first so "3-5 years" is not read as "5 years".
    (re.compile(rf"\b{_NUM}\s*(?:-|–|—|to)\s*{_NUM}\s*\+?\s*{_YEARS}", re.IGNORECASE), True),
    (re.compile(rf"\b{_NUM}\s*\+\s*{_YEARS}|\b{_NUM}\s*{_YEARS}\s*\+", re.IGNORECASE), False),
    (
        re.compile(
            rf"\b{_NUM}\s*(?:or more|plus)\s*{_YEARS}|\b{_NUM}\s*{_YEARS}\s*(?:or more|minimum)", re.I
        ),
        False,
    ),
    (
        re.compile(
            rf"\b(?:at least|minimum(?: of)?|min\.?|no less than|over|more than)\s*"
            rf"(?:an? )?{_NUM}\s*{_YEARS}",
            re.I,
        ),
        False,
    ),
    (
        re.compile(rf"\b{_NUM}\s*{_YEARS}(?:'|’)?\s*(?:of\s+)?(?:\w+\s+){{0,4}}?(?:experience|exp\b)", re.I),
        False,
    ),
)
_NOT_EXPERIENCE = re.compile(
    r"(year\s*(degree|college|university|program)|years ago|within \d|founded|in business)", re.I
)
_PAREN_DIGIT = re.compile(r"\b(" + "|".join(_WORD_NUMBERS) + r")\s*\(\d{1,2}\)", re.IGNORECASE)


def _number(token: str) -> float:
    token = token.lower()
    return float(_WORD_NUMBERS[token]) if token in _WORD_NUMBERS else float(token)


def years_in(sentence: str) -> tuple[float, float | None, str] | None:
    """The (min, max, phrase) of the first years-of-experience phrase in one sentence, if any."""
    text = _PAREN_DIGIT.sub(lambda m: m.group(1), sentence)
    if _NOT_EXPERIENCE.search(text) and "experience" not in text.lower():
        return None
    for pattern, has_max in _YEAR_PATTERNS:
        match = pattern.search(text)
        if not match:
            continue
        numbers = [g for g in match.groups() if g]
        if has_max:
            low, high = _number(numbers[0]), _number(numbers[1])
            if high < low or high > 40:
                continue
            return low, high, match.group(0).strip()
        value = _number(numbers[0])
        if 0 < value <= 40:
            return value, None, match.group(0).strip()
    return None


def read_years(clauses: Iterable[Clause]) -> tuple[YearsRequirement | None, YearsRequirement | None]:
    """The largest required and the largest preferred years-of-experience asks."""
    best: dict[bool, YearsRequirement] = {}
    for clause in clauses:
        if clause.tier == "ignore":
            continue
        found = years_in(clause.text)
        if not found:
            continue
        required = clause.tier == "required"
        low, high, _phrase = found
        current = best.get(required)
        if current is None or low > current.min_years:
            best[required] = YearsRequirement(
                min_years=low, max_years=high, required=required, text=clause.text
            )
    return best.get(True), best.get(False)


# Degree levels, most specific first. Abbreviations are case-sensitive; words are not.
_DEGREE_ABBREV: tuple[tuple[re.Pattern[str], DegreeLevel, str | None], ...] = (
    (re.compile(r"\bBSN\b"), "bachelor", "Nursing"),
    (re.compile(r"\bMSN\b"), "master", "Nursing"),
    (re.compile(r"\bMBA\b"), "master", "Business Administration"),
    (re.compile(r"\bBBA\b"), "bachelor", "Business Administration"),
    (re.compile(r"\bJ\.?D\.?(?=[\s,;)]|$)"), "doctorate", "Law"),
    (re.compile(r"\bPharm\.?\s?D\b"), "doctorate", "Pharmacy"),
    (re.compile(r"\bPh\.?\s?D\.?|\bDNP\b|\bEd\.?D\b|\bPsy\.?D\b"), "doctorate", None),
    (re.compile(r"\b(?:M\.?S\.?c?|M\.S\.|M\.?Eng\.?|MPH|MSW|MFA|MPA|M\.A\.)(?=[\s,;/)]|$)"), "master", None),
    (
        re.compile(r"\b(?:B\.?S\.?c?|B\.S\.|B\.?A\.?|B\.?Eng\.?|B\.?Tech|BFA|BCom|B\.?E\.)(?=[\s,;/)]|$)"),
        "bachelor",
        None,
    ),
    (re.compile(r"\b(?:AAS|ADN|A\.A\.S\.|A\.S\.|A\.A\.)(?=[\s,;/)]|$)"), "associate", None),
    (re.compile(r"\bGED\b"), "high_school", None),
)
_DEGREE_WORDS: tuple[tuple[re.Pattern[str], DegreeLevel], ...] = (
    (re.compile(r"\b(doctorate|doctoral degree|doctoral)\b", re.I), "doctorate"),
    (
        re.compile(r"\b(master'?s|masters|master of|graduate degree|advanced degree|post-?graduate)\b", re.I),
        "master",
    ),
    (
        re.compile(
            r"\b(bachelor'?s|bachelors|bachelor of|undergraduate degree"
            r"|(4|four)[\s-]year (college |university )?degree|college degree|university degree"
            r"|baccalaureate)\b",
            re.I,
        ),
        "bachelor",
    ),
    (
        re.compile(
            r"\b(associate'?s? degree|associates degree|associate of|(2|two)[\s-]year degree)\b", re.I
        ),
        "associate",
    ),
    (
        # "High School" alone is mostly a school's name ("Maple Hollow High School"), not a requirement.
        re.compile(
            r"\b(high school (diploma|education|graduate|degree|or (ged|equivalent|equivalency))"
            r"|secondary school diploma"
            r"|hs diploma)\b",
            re.I,
        ),
        "high_school",
    ),
)
_FIELD_AFTER = re.compile(r"\b(?:in|of)\s+(?:a\s+|the\s+)?([A-Za-z][A-Za-z &/,'-]{2,120})")
_FIELD_STOP = re.compile(
    r"\b(or equivalent|or related|or a related|or similar|or other|related|equivalent|preferred|required"
    r"|with|from|and \d|plus|is|are|degree|field|discipline|area|ideally|desired|strongly)\b",
    re.I,
)
_EQUIVALENT = re.compile(
    r"(or equivalent|equivalent (practical |work |professional |combination |level of )?"
    r"(experience|combination)|in lieu of|or comparable experience|or relevant experience)",
    re.IGNORECASE,
)
_NOT_FIELDS = {
    "a",
    "an",
    "the",
    "one",
    "any",
    "science",
    "sciences",
    "engineering or",
    "computer",
    "technical",
}


def degree_levels_in(sentence: str) -> list[tuple[DegreeLevel, str | None, int]]:
    """Every degree level the sentence names, with an implied field and the offset where it ends."""
    found: list[tuple[DegreeLevel, str | None, int]] = []
    for pattern, level, implied_field in _DEGREE_ABBREV:
        found.extend((level, implied_field, m.end()) for m in pattern.finditer(sentence))
    for word_pattern, level in _DEGREE_WORDS:
        found.extend((level, None, m.end()) for m in word_pattern.finditer(sentence))
    if found and not re.search(
        r"degree|diploma|\b[A-Z]\.?[A-Z]|Ph\.?\s?D|bachelor|master|doctor|GED|BSN|MSN|(?i:high school)",
        sentence,
    ):
        return []
    return sorted(found, key=lambda item: (item[2], item[0]))


def _fields(sentence: str, after: int) -> list[str]:
    match = _FIELD_AFTER.search(sentence, after)
    if not match or match.start() - after > 40:
        return []
    raw = match.group(1)
    stop = _FIELD_STOP.search(raw)
    raw = raw[: stop.start()] if stop else raw
    fields: list[str] = []
    for part in re.split(r",|/|\bor\b|\band\b|&", raw):
        words = part.strip(" .'-").split()
        if not words or len(words) > 4:
            continue
        name = " ".join(w if w.isupper() and len(w) > 1 else w.capitalize() for w in words)
        if name.lower() not in _NOT_FIELDS and name not in fields:
            fields.append(name)
    return fields


def read_degree(clauses: Iterable[Clause]) -> tuple[DegreeRequirement | None, DegreeRequirement | None]:
    """The lowest degree that satisfies the posting (required) and the preferred one, if stated."""
    best: dict[bool, DegreeRequirement] = {}
    for clause in clauses:
        if clause.tier == "ignore":
            continue
        levels = degree_levels_in(clause.text)
        if not levels:
            continue
        required = clause.tier == "required"
        lowest = min(levels, key=lambda item: DEGREE_RANK[item[0]])
        fields: list[str] = []
        for _level, implied, end in levels:
            for name in ([implied] if implied else []) + _fields(clause.text, end):
                if name not in fields:
                    fields.append(name)
        requirement = DegreeRequirement(
            level=lowest[0],
            fields=sorted(fields),
            required=required,
            equivalent_experience_ok=bool(_EQUIVALENT.search(clause.text)),
            text=clause.text,
        )
        current = best.get(required)
        if current is None or DEGREE_RANK[requirement.level] < DEGREE_RANK[current.level]:
            best[required] = requirement
    required_degree, preferred_degree = best.get(True), best.get(False)
    if required_degree and preferred_degree:
        if DEGREE_RANK[preferred_degree.level] <= DEGREE_RANK[required_degree.level]:
            preferred_degree = None
    return required_degree, preferred_degree


_LICENCE = re.compile(
    r"\b((?:[A-Z][A-Za-z0-9+/&.'’-]*\s+){0,3}[A-Z][A-Za-z0-9+/&.'’-]*)\s+(certification|certificate|license|licence"
    r"|licensure|credential)s?\b"
)
_LICENCE_LEAD = re.compile(r"^(?:(?:Active|Current|Valid|Unrestricted|State|Professional|An?|The|Any)\s+)+")
_CERTIFIED_AS = re.compile(r"\bCertified\s+((?:[A-Z][A-Za-z0-9+/&-]*\s?){1,5})")


def licences_in(sentence: str) -> list[str]:
    """Licence and certification names written as "X license" / "X certification" / "Certified X"."""
    names: list[str] = []
    for match in _LICENCE.finditer(sentence):
        head = _LICENCE_LEAD.sub("", match.group(1)).strip()
        if head and head.lower() not in {"a", "an", "the"}:
            names.append(f"{head} {match.group(2).lower()}")
    for match in _CERTIFIED_AS.finditer(sentence):
        names.append(f"Certified {match.group(1).strip()}")
    return names


_TITLE_PREFIX = re.compile(r"^(?:job title|position|role|title|opening|vacancy)\s*[:\-–]\s*", re.IGNORECASE)
_TITLE_IN_SENTENCE = re.compile(
    r"\b(?:looking for|seeking|hiring|searching for|recruiting)\s+(?:an?\s+|our\s+(?:next|first)\s+)?"
    r"((?:[A-Z][\w/&+.-]*|of|and|&)(?:\s+(?:[A-Z][\w/&+.-]*|of|and|&|-)){0,6})"
)
# A title ends at a dash, "at", a bracket or a comma, and before "to the CEO" / "for our clinic".
_TITLE_SPLIT = re.compile(r"\s+(?:[-–—|@]|at|to the|to our|to a|for the|for our)\s+|\s*\(|,")
ROLE_NOUNS = frozenset(
    """accountant administrator advisor agent analyst architect assistant associate attorney auditor buyer
    carpenter cashier chef clerk coach consultant controller coordinator counsel counselor designer developer
    director dispatcher driver economist editor electrician engineer executive manager marketer mechanic
    nurse officer operator paralegal pharmacist physician planner plumber principal producer programmer
    psychologist recruiter representative researcher scientist specialist strategist supervisor surveyor
    teacher technician technologist therapist tutor underwriter writer lead head president vp intern
    bookkeeper lawyer instructor professor lecturer librarian hygienist machinist welder inspector
    estimator superintendent foreman steward generalist partner sre dba owner trainer tester
    worker caseworker aide attendant caregiver cook baker barista bartender server host housekeeper janitor
    custodian guard firefighter paramedic emt dentist surgeon veterinarian optometrist audiologist dietitian
    nutritionist midwife phlebotomist sonographer radiographer dosimetrist chemist biologist geologist
    statistician actuary appraiser adjuster investigator broker realtor banker teller receptionist
    secretary scheduler courier handler loader picker packer laborer installer repairer mover
    roofer painter mason fabricator assembler millwright lineman lineworker copywriter translator interpreter
    journalist reporter photographer videographer illustrator animator artist merchandiser salesperson
    concierge advocate navigator paraprofessional registrar dean pilot""".split()
)
_SENIORITY: tuple[tuple[re.Pattern[str], Seniority], ...] = (
    (re.compile(r"\b(chief|vp|vice president|head of|cto|cfo|ceo|coo|cio)\b", re.I), "executive"),
    (re.compile(r"\bdirector\b", re.I), "director"),
    (re.compile(r"\b(principal|distinguished|fellow)\b", re.I), "principal"),
    (re.compile(r"\b(staff|lead|team lead|tech lead)\b", re.I), "lead"),
    (re.compile(r"\b(senior|sr\.?|snr|iii|iv)\b", re.I), "senior"),
    (re.compile(r"\b(intern|internship|trainee|apprentice)\b", re.I), "intern"),
    (re.compile(r"\b(junior|jr\.?|entry[\s-]level|graduate|associate|new grad|i)\b", re.I), "junior"),
    (re.compile(r"\b(manager|supervisor)\b", re.I), "manager"),
    (re.compile(r"\b(mid[\s-]level|intermediate|ii)\b", re.I), "mid"),
)


def _looks_like_title(candidate: str) -> bool:
    words = re.findall(r"[A-Za-z]+", candidate.lower())
    return 0 < len(words) <= 8 and any(w.rstrip("s") in ROLE_NOUNS or w in ROLE_NOUNS for w in words)


def read_title(text: str) -> str | None:
    """The job title: an explicit "Title:" line, a short first line naming a role, or "looking for a X"."""
    for raw in text.splitlines()[:8]:
        line = raw.strip().strip("#*_ ").strip()
        if not line:
            continue
        explicit = _TITLE_PREFIX.sub("", line)
        candidate = _TITLE_SPLIT.split(explicit, maxsplit=1)[0].strip(" :-–")
        if (explicit != line or not line.endswith(".")) and len(line) <= 90 and _looks_like_title(candidate):
            return candidate
        if explicit != line:
            break
    for match in _TITLE_IN_SENTENCE.finditer(text[:2000]):
        words = match.group(1).split()
        while words and not _looks_like_title(" ".join(words)):
            words.pop()
        while words and words[-1].lower() in {"of", "and", "&", "-"}:
            words.pop()
        if words:
            return " ".join(words)
    return None


def read_seniority(title: str | None, clauses: Iterable[Clause] = ()) -> Seniority | None:
    """Seniority from the title's wording (senior, lead, director...), else from an "entry level" cue."""
    if title:
        for pattern, level in _SENIORITY:
            if pattern.search(title):
                return level
        return "mid"
    for clause in clauses:
        if re.search(r"\bentry[\s-]level\b|\bnew grad", clause.text, re.IGNORECASE):
            return "junior"
    return None
