"""Page actions shared by the browser test and benchmarks/ui_bench.py (Playwright sync API)."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

LOOPBACK = {"127.0.0.1", "localhost"}


@dataclass
class NetworkLog:
    """Every request the page makes to a host other than loopback (blocked, so offline is the truth)."""

    external: list[str] = field(default_factory=list)

    def attach(self, page: Any) -> None:
        def handle(route: Any) -> None:
            host = urlparse(route.request.url).hostname or ""
            if host in LOOPBACK or route.request.url.startswith(("data:", "blob:")):
                route.continue_()
            else:
                self.external.append(route.request.url)
                route.abort()

        page.route("**/*", handle)


def upload_resume(page: Any, path: Path) -> None:
    page.locator("#ats-resume input[type=file]").set_input_files(str(path))
    page.locator("#ats-resume").get_by_text(path.name).first.wait_for(timeout=30_000)


def paste_job(page: Any, text: str) -> None:
    page.locator("#ats-jd textarea").fill(text)


def score(page: Any, timeout_ms: int = 60_000) -> float:
    page.locator("#ats-score").click()
    total = page.locator("#ats-total")
    total.wait_for(timeout=timeout_ms)
    return float(total.inner_text())


def last_bot_text(page: Any) -> str:
    bots = page.locator("#ats-chat [data-testid='bot']")
    count = bots.count()
    return bots.nth(count - 1).inner_text() if count else ""


def bot_count(page: Any) -> int:
    return int(page.locator("#ats-chat [data-testid='bot']").count())


def ask(page: Any, text: str) -> None:
    page.locator("#ats-message textarea").fill(text)
    page.locator("#ats-send").click()


@dataclass
class StreamTrace:
    """What the chat showed over time: (seconds since the question, characters shown)."""

    samples: list[tuple[float, int]] = field(default_factory=list)
    text: str = ""

    @property
    def first_token_s(self) -> float | None:
        return next((t for t, n in self.samples if n > 0), None)

    @property
    def distinct_partials(self) -> int:
        return len({n for _, n in self.samples if 0 < n < len(self.text)})


def wait_answer(page: Any, *, before: str = "", timeout_s: float = 300, settle_s: float = 1.5) -> StreamTrace:
    """Sample the last bot message until it stops growing for ``settle_s`` after the app is idle."""
    trace = StreamTrace()
    start = time.monotonic()
    last_change = start
    last = before
    while time.monotonic() - start < timeout_s:
        text = last_bot_text(page)
        text = "" if text == before else text
        trace.samples.append((time.monotonic() - start, len(text)))
        if text != last:
            last, last_change = text, time.monotonic()
        busy = page.locator("#ats-chat [data-testid='status-tracker']:not(.hide)").count() > 0
        if text and not busy and time.monotonic() - last_change > settle_s:
            trace.text = text
            return trace
        time.sleep(0.15)
    raise TimeoutError(f"no settled answer within {timeout_s:.0f} s (last: {last[:120]!r})")
