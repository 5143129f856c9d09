"""The Gradio Blocks layout: wires components to the pure handlers in :mod:`assistant.ui.handlers`.

No logic lives here beyond turning handler results into component updates.
"""

from __future__ import annotations

import logging
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from functools import partial
from typing import Any

from assistant.config import PROVIDERS, Settings
from assistant.ui import handlers as h
from assistant.ui.state import UiState, cleanup
from assistant.ui.style import CSS, DARK_TOGGLE_JS

log = logging.getLogger(__name__)

TITLE = "ATS Resume Assistant"
COLOR_MAP = {"matched": "#16a34a", "missing": "#dc2626"}


def _quiet_gradio() -> None:
    """No analytics, no version check: the page must work with no network at all."""
    os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"
    os.environ.setdefault("GRADIO_TELEMETRY_ENABLED", "False")


def _internal_error(exc: Exception) -> str:
    log.error("UI handler failed: %s", type(exc).__name__, exc_info=exc)
    return f"Something went wrong ({type(exc).__name__}); the details are in the server log."


def build_app(services: h.Services) -> Any:
    """The Blocks app over ``services`` (real ones from the CLI, anything Services-shaped in tests)."""
    _quiet_gradio()
    import gradio as gr

    def card_updates(view: h.CardView) -> tuple[Any, ...]:
        return (
            view.card,
            view.resume_highlights,
            view.job_highlights,
            gr.HTML(value=view.suggestion, visible=bool(view.suggestion)),
            gr.Button(interactive=view.has_suggestion),
            gr.Button(interactive=view.can_undo),
        )

    def on_analyze(
        state: UiState | None, resume: str | None, text: str, jd_file: str | None, url: str
    ) -> Any:
        try:
            state, view = h.analyze(services, state, resume, text, jd_file, url)
        except Exception as exc:  # a bug: log it, show one line
            state, view = state or UiState(), h.card_view(state or UiState(), _internal_error(exc))
        return (state, *card_updates(view))

    def on_chat(state: UiState | None, history: list[h.Message], text: str) -> Iterator[Any]:
        try:
            for new_state, chat_view in h.chat(services, state, history, text):
                state = new_state
                yield (new_state, chat_view.history, "", *card_updates(chat_view.view))
        except Exception as exc:
            history = [*(history or []), {"role": "assistant", "content": "⚠ " + _internal_error(exc)}]
            state = state or UiState()
            yield (state, history, "", *card_updates(h.card_view(state)))

    def on_action(action: Callable[..., tuple[UiState, h.ChatView]]) -> Callable[..., Any]:
        def run(state: UiState | None, history: list[h.Message]) -> Any:
            try:
                state, chat_view = action(services, state, history)
            except Exception as exc:
                history = [*(history or []), {"role": "assistant", "content": "⚠ " + _internal_error(exc)}]
                state = state or UiState()
                return (state, history, *card_updates(h.card_view(state)))
            return (state, chat_view.history, *card_updates(chat_view.view))

        return run

    def on_downloads(state: UiState | None) -> tuple[Any, Any]:
        docx = h.download_docx(state)
        report = h.download_report(state)
        return (
            gr.DownloadButton(value=docx, interactive=docx is not None),
            gr.DownloadButton(value=report, interactive=report is not None),
        )

    def on_backend(
        probe: bool, state: UiState | None, provider: str, model: str, key: str, base_url: str
    ) -> tuple[UiState, str]:
        try:
            return h.set_backend(services, state, provider, model, key, base_url, probe=probe)
        except Exception as exc:
            return state or UiState(), "✗ " + _internal_error(exc)

    settings = services.settings
    with gr.Blocks(title=TITLE, analytics_enabled=False, delete_cache=(600, 3600)) as demo:
        state = gr.State(None, delete_callback=cleanup)
        with gr.Row(equal_height=False):
            gr.Markdown(
                f"## {TITLE}\nA deterministic ATS match score, explained, and a local assistant "
                "that improves your resume without inventing facts.",
                elem_id="ats-title",
            )
            dark = gr.Button("🌓 Dark mode", size="sm", scale=0, elem_id="ats-dark")
        with gr.Row(equal_height=False):
            with gr.Column(scale=5, min_width=300):
                resume_file = gr.File(
                    label="Resume (PDF, DOCX or TXT)",
                    file_types=[".pdf", ".docx", ".txt"],
                    elem_id="ats-resume",
                )
                with gr.Tabs():
                    with gr.Tab("Paste job description"):
                        jd_text = gr.Textbox(label="Job description", lines=6, max_lines=14, elem_id="ats-jd")
                    with gr.Tab("Upload"):
                        jd_file = gr.File(
                            label="Job description file",
                            file_types=[".pdf", ".docx", ".txt", ".md", ".html", ".htm"],
                        )
                    with gr.Tab("URL"):
                        jd_url = gr.Textbox(label="Job posting URL", placeholder="https://…")
                score_btn = gr.Button("Score", variant="primary", elem_id="ats-score")
                with gr.Row():
                    docx_btn = gr.DownloadButton(
                        "Improved resume (.docx)", interactive=False, elem_id="ats-docx"
                    )
                    md_btn = gr.DownloadButton("Report (.md)", interactive=False, elem_id="ats-md")
                card = gr.HTML(h.card_view(UiState()).card, elem_id="ats-card-box")
                with gr.Accordion("Keywords highlighted in your resume and the job", open=False):
                    resume_hl = gr.HighlightedText(label="Resume", color_map=COLOR_MAP, show_legend=True)
                    jd_hl = gr.HighlightedText(label="Job description", color_map=COLOR_MAP, show_legend=True)
            with gr.Column(scale=6, min_width=300):
                chatbot = gr.Chatbot(label="Assistant", height=460, elem_id="ats-chat", feedback_options=None)
                with gr.Row(elem_id="ats-examples"):
                    examples = [gr.Button(text, size="sm") for text in h.EXAMPLES]
                with gr.Row():
                    message = gr.Textbox(
                        show_label=False, placeholder="Ask about your score…", scale=5, elem_id="ats-message"
                    )
                    send = gr.Button("Send", variant="primary", scale=1, min_width=80, elem_id="ats-send")
                rewrite_btn = gr.Button("Rewrite my weakest bullet", elem_id="ats-rewrite")
                suggestion = gr.HTML("", visible=False, elem_id="ats-suggestion-box")
                with gr.Row():
                    accept_btn = gr.Button("✓ Accept rewrite", interactive=False, elem_id="ats-accept")
                    undo_btn = gr.Button("↶ Undo", interactive=False, elem_id="ats-undo")
                with gr.Accordion("Chat backend", open=False):
                    provider = gr.Dropdown(list(PROVIDERS), value=settings.provider, label="Provider")
                    model = gr.Textbox(label="Model name", value=settings.model or "", placeholder="default")
                    api_key = gr.Textbox(
                        label="OpenAI API key", type="password", placeholder="only for OpenAI"
                    )
                    base_url = gr.Textbox(
                        label="Server URL (optional)", placeholder="Ollama or OpenAI-compatible"
                    )
                    check = gr.Button("Apply and check", size="sm")
                status = gr.Markdown("", elem_id="ats-status")

        card_out = [card, resume_hl, jd_hl, suggestion, accept_btn, undo_btn]
        downloads = [docx_btn, md_btn]
        backend_in = [state, provider, model, api_key, base_url]

        score_btn.click(
            on_analyze,
            [state, resume_file, jd_text, jd_file, jd_url],
            [state, *card_out],
            concurrency_limit=4,
        ).then(on_downloads, [state], downloads)
        chat_out = [state, chatbot, message, *card_out]
        message.submit(on_chat, [state, chatbot, message], chat_out).then(on_downloads, [state], downloads)
        send.click(on_chat, [state, chatbot, message], chat_out).then(on_downloads, [state], downloads)
        for button, text in zip(examples, h.EXAMPLES, strict=True):
            button.click(on_chat, [state, chatbot, gr.State(text)], chat_out).then(
                on_downloads, [state], downloads
            )
        action_out = [state, chatbot, *card_out]
        rewrite_btn.click(on_action(h.rewrite_weakest), [state, chatbot], action_out)
        accept_btn.click(on_action(h.accept), [state, chatbot], action_out).then(
            on_downloads, [state], downloads
        )
        undo_btn.click(on_action(h.undo), [state, chatbot], action_out).then(on_downloads, [state], downloads)
        check.click(partial(on_backend, True), backend_in, [state, status])
        demo.load(partial(on_backend, False), backend_in, [state, status])
        dark.click(None, None, None, js=DARK_TOGGLE_JS)
    return demo


def launch(
    settings: Settings, host: str = "127.0.0.1", port: int = 7860, services: h.Services | None = None
) -> None:
    """Start the app and block until it is stopped."""
    import gradio as gr

    from assistant.ui.services import AppServices

    if services is None:
        services = AppServices(settings)
        services.warm_up()  # load the default model in the background so the first answer comes sooner
    demo = build_app(services)
    demo.queue(default_concurrency_limit=1)
    _exit_cleanly_on_sigterm()
    demo.launch(
        server_name=host,
        server_port=port,
        css=CSS,
        theme=gr.themes.Default(),
        footer_links=[],
        show_error=False,
        quiet=False,
        max_file_size=settings.max_file_bytes,
        ssr_mode=False,
        pwa=False,
        mcp_server=False,
    )


def _exit_cleanly_on_sigterm() -> None:
    """Turn SIGTERM (docker stop, a service manager) into a normal exit: open sessions' files get deleted."""
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, lambda _signum, _frame: sys.exit(0))
