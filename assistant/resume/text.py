"""Small text helpers shared by the resume parsers: bullets, field separators, locations."""

from __future__ import annotations

import re

BULLET_GLYPHS = "•●○◦▪▫■□◆◇►▶▸‣⁃∙·*-–—➢➤✓✔❖➔→»"
_BULLET_RE = re.compile(rf"^\s*(?:[{re.escape(BULLET_GLYPHS)}]|[\uf000-\uf8ff])\s*")
_SEPARATOR_RE = re.compile(r"\s+[|·•—–]\s+|\s+-{1,3}\s+|\s*\|\s*|\s*·\s*|\s*•\s*|\t+|\s{3,}")

US_STATES = frozenset(
    "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY "
    "NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC".split()
)
_REGIONS = (
    "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho"
    "|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota"
    "|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York"
    "|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina"
    "|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming"
    "|USA|U\\.S\\.A\\.?|US|United States|UK|U\\.K\\.|United Kingdom|England|Scotland|Wales|Ireland|Canada"
    "|Ontario|Quebec|British Columbia|Alberta|Australia|New Zealand|India|China|Japan|S\\.\\s?Korea"
    "|South Korea|Korea|Singapore|Germany|France|Spain|Italy|Portugal|Netherlands|Belgium|Switzerland"
    "|Austria|Sweden|Norway|Denmark|Finland|Poland|Czechia|Czech Republic|Romania|Greece|Turkey|Israel"
    "|UAE|United Arab Emirates|Saudi Arabia|Egypt|Nigeria|Kenya|South Africa|Brazil|Mexico|Argentina"
    "|Chile|Colombia|Peru|Philippines|Vietnam|Thailand|Malaysia|Indonesia|Pakistan|Bangladesh|Sri Lanka"
    "|Taiwan|Hong Kong|Ukraine|Russia"
)
_CITY = r"(?:(?:St|Ste|Ft|Mt)\.\s)?[A-Z][A-Za-zÀ-ÿ'’\-]+(?:\s(?:[A-Z][A-Za-zÀ-ÿ'’\-]+|St\.|de|del|la))*"
LOCATION_RE = re.compile(
    rf"(?<![\w.])(?P<loc>{_CITY},\s?(?:[A-Z]{{2}}\b(?:\s\d{{5}})?(?:,\s?(?:USA|US|United States))?"
    rf"|(?:{_REGIONS})(?![\w])))"
    r"|(?<![\w])(?P<remote>Remote(?:,\s?[A-Z][A-Za-z.]+)?)(?![\w])"
)


def strip_bullet(text: str) -> tuple[str, bool]:
    """The text without a leading bullet glyph, and whether one was there."""
    match = _BULLET_RE.match(text)
    if not match or match.end() >= len(text):
        return text.strip(), False
    glyph = text[match.start() : match.end()].strip()
    # A dash, star or dot only counts as a bullet when a space follows ("- Led", not "-5%").
    if glyph in ("-", "–", "—", "*", "·") and not re.match(r"^\s*\S\s", text):
        return text.strip(), False
    return text[match.end() :].strip(), True


def clean(text: str) -> str:
    """Collapse whitespace, drop soft hyphens and ligatures that PDF text brings along."""
    text = text.replace("\u00ad", "-").replace("\xa0", " ")
    text = (
        text.replace("ﬁ", "fi").replace("ﬂ", "fl").replace("ﬀ", "ff").replace("ﬃ", "ffi").replace("ﬄ", "ffl")
    )
    return re.sub(r"[ \t]+", " ", text).strip()


def split_fields(text: str) -> list[str]:
    """Split a header line on the separators resumes use between fields (|, ·, •, dashes, wide gaps)."""
    parts = [p.strip(" ,;|·•") for p in _SEPARATOR_RE.split(text)]
    return [p for p in parts if p]


def split_commas(text: str) -> list[str]:
    """Split on commas outside parentheses, keeping "Acme, Inc." together."""
    parts: list[str] = []
    depth = 0
    current = ""
    for char in text:
        if char in "([":
            depth += 1
        elif char in ")]":
            depth = max(0, depth - 1)
        if char == "," and depth == 0:
            parts.append(current.strip())
            current = ""
        else:
            current += char
    parts.append(current.strip())
    merged: list[str] = []
    for part in parts:
        if merged and re.fullmatch(r"(?i)(inc|llc|ltd|l\.l\.c|corp|co|plc|gmbh|s\.a|llp|pc)\.?", part):
            merged[-1] = f"{merged[-1]}, {part}"
        elif part:
            merged.append(part)
    return merged


def find_location(text: str) -> tuple[str, tuple[int, int]] | None:
    """A "City, ST" / "City, Country" / "Remote" location in the text, with its span."""
    for match in LOCATION_RE.finditer(text):
        value = match.group("loc") or match.group("remote")
        if value is None:
            continue
        state = re.search(r",\s?([A-Z]{2})\b", value)
        if (
            match.group("loc")
            and state
            and state.group(1) not in US_STATES
            and not re.search(rf",\s?(?:{_REGIONS})", value)
        ):
            continue
        return value.strip(), match.span()
    return None


def tidy(fragment: str) -> str:
    """Strip separators and unbalanced brackets left at a fragment's edges."""
    text = fragment.strip(" |,;·–—-")
    if text.endswith(")") and "(" not in text:
        text = text[:-1].strip()
    if text.startswith("(") and ")" not in text:
        text = text[1:].strip()
    if text.count("(") > text.count(")"):
        text += ")"
    return text


def words(text: str) -> list[str]:
    """Lower-case word tokens."""
    return re.findall(r"[a-z][a-z+#.&'’-]*", text.lower())
