"""A saved or fetched web page reduced to the posting's readable text."""

from __future__ import annotations

import re

_DROP_TAGS = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form", "svg", "iframe")
_BLOCK_TAGS = (
    "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section", "article",
    "main", "dt", "dd", "blockquote", "pre", "title",
)  # fmt: skip
_HTML_START = re.compile(
    r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b", re.IGNORECASE | re.DOTALL
)


def looks_like_html(text: str) -> bool:
    """Whether a text is an HTML page ("Save page as..." from a browser), judged by how it starts."""
    return bool(_HTML_START.match(text[:4096]))


def clean_html(html: str) -> str:
    """The readable text of a page: no scripts, navigation or footers, one paragraph per line.

    Inline markup (a bold phrase inside a bullet) stays on its line; list items keep a "- " marker, so
    each bullet of a posting stays its own requirement.
    """
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    for tag in soup(_DROP_TAGS):
        tag.decompose()
    for tag in soup.find_all("br"):
        tag.replace_with("\n")
    for tag in soup.find_all(_BLOCK_TAGS):
        if tag.name == "li":
            tag.insert(0, "- ")
        tag.insert_before("\n")
        tag.insert_after("\n")
    root = soup.find("main") or soup.find("article") or soup.body or soup
    lines = [re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in root.get_text().splitlines()]
    return "\n".join(line for line in lines if line and line != "-")  # no blank lines, no empty items
