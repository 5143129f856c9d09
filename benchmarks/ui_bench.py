"""Browser timings of the real app: upload -> score card, and question -> first chat token.

Starts ``ats chat`` on a free loopback port (ATS_MODEL, default the small model), drives Debian's
Chromium with Playwright and prints the figures. Run: ``uv run --frozen python benchmarks/ui_bench.py``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS, free_port, wait_http  # noqa: E402
from tests.browser.driver import ask, paste_job, upload_resume, wait_answer  # noqa: E402
from tests.ui.samples import JOB_TEXT, write_pdf  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3, help="score-card runs (fresh page each)")
    parser.add_argument("--model", default=os.environ.get("ATS_MODEL", "qwen2.5-0.5b"))
    args = parser.parse_args()
    port = free_port()
    env = {**os.environ, "ATS_MODEL": args.model, "GRADIO_ANALYTICS_ENABLED": "False"}
    started = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "assistant.cli", "chat", "--port", str(port)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}/"
    try:
        wait_http(url, 180, proc)
        print(f"app up (process start -> HTTP 200): {time.perf_counter() - started:.1f} s")
        from playwright.sync_api import sync_playwright

        with tempfile.TemporaryDirectory() as tmp, sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            card_times: list[float] = []
            page = None
            for _ in range(args.runs):
                page = browser.new_page(viewport={"width": 1366, "height": 900})
                page.goto(url)
                page.locator("#ats-score").wait_for(timeout=60_000)
                paste_job(page, JOB_TEXT)
                t0 = time.perf_counter()
                upload_resume(page, write_pdf(Path(tmp) / "resume.pdf"))
                page.locator("#ats-score").click()
                page.locator("#ats-total").wait_for(timeout=60_000)
                card_times.append(time.perf_counter() - t0)
            print(
                f"upload -> score card: median {statistics.median(card_times):.2f} s "
                f"(min {min(card_times):.2f}, max {max(card_times):.2f}, n={len(card_times)})"
            )
            assert page is not None
            t0 = time.perf_counter()
            ask(page, "Why is my score low?")
            trace = wait_answer(page, timeout_s=900)
            total = time.perf_counter() - t0
            first = trace.first_token_s
            print(f"question -> first answer token: {first:.1f} s" if first is not None else "no token seen")
            print(f"question -> complete answer: {total:.1f} s ({len(trace.text)} chars)")
            browser.close()
    finally:
        proc.terminate()
        proc.wait(timeout=30)


if __name__ == "__main__":
    main()
