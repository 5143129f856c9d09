"""Where the job description comes from: pasted text, an uploaded file, or a posting URL.

A URL is fetched with a bounded size and time and cleaned with BeautifulSoup; offline, or for a page
that is not a posting, the user gets one clear line instead.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlparse

from assistant.errors import AssistantError, InvalidJobDescription
from assistant.jobs.html_page import clean_html

MAX_PAGE_BYTES = 2 * 1024 * 1024
FETCH_TIMEOUT_S = 10.0

Fetcher = Callable[[str], str]


class JobUrlError(AssistantError):
    """The job posting URL could not be fetched or held no readable text."""


def fetch_url(url: str, *, timeout_s: float = FETCH_TIMEOUT_S, max_bytes: int = MAX_PAGE_BYTES) -> str:
    """Fetch a page's HTML with a size and time bound; every failure is one line."""
    import httpx

    parsed = urlparse(url.strip())
    if parsed.scheme not in ("http", "https") or not parsed.netloc:
        raise JobUrlError(f"not a web address: {url.strip()[:80]!r} (it must start with http:// or https://)")
    try:
        with httpx.Client(timeout=timeout_s, follow_redirects=True, trust_env=True) as client:
            with client.stream("GET", url.strip(), headers={"User-Agent": "ats-assistant"}) as response:
                if response.status_code >= 400:
                    raise JobUrlError(f"the page answered HTTP {response.status_code}: {parsed.netloc}")
                chunks: list[bytes] = []
                size = 0
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > max_bytes:
                        raise JobUrlError(
                            f"the page is larger than {max_bytes // (1024 * 1024)} MB; paste the text instead"
                        )
                    chunks.append(chunk)
                encoding = response.encoding or "utf-8"
    except httpx.TimeoutException:
        raise JobUrlError(
            f"{parsed.netloc} did not answer within {timeout_s:.0f} s; paste the text"
        ) from None
    except httpx.HTTPError as exc:
        reason = type(exc).__name__
        raise JobUrlError(
            f"could not fetch {parsed.netloc} ({reason}); no network here? paste the text instead"
        ) from None
    return b"".join(chunks).decode(encoding, errors="replace")


def job_text_from_url(url: str, fetcher: Fetcher = fetch_url) -> str:
    """The cleaned text of the posting at ``url``."""
    text = clean_html(fetcher(url))
    if len(text.split()) < 20:
        raise JobUrlError("the page has almost no readable text (a script-only page?); paste the text")
    return text


def choose_job_source(
    text: str | None, file_path: str | None, url: str | None, fetcher: Fetcher = fetch_url
) -> Path | str:
    """The job description to load: pasted text first, then an uploaded file, then a URL."""
    if text and text.strip():
        return text.strip()
    if file_path:
        return Path(file_path)
    if url and url.strip():
        return job_text_from_url(url, fetcher)
    raise InvalidJobDescription("give the job description: paste it, upload a file or enter its URL")
