"""The real services behind the handlers: settings, shared chat models, backend checks, URL fetching."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from pydantic import SecretStr

from assistant.agent.assistant import Assistant
from assistant.config import PROVIDERS, Settings
from assistant.errors import ConfigError
from assistant.ui.handlers import BulletScorer, Scorer
from assistant.ui.jobsource import Fetcher, fetch_url
from assistant.ui.state import BackendChoice

log = logging.getLogger(__name__)

Builder = Callable[[Settings], Assistant]


def _default_builder(settings: Settings) -> Assistant:
    from assistant.agent.factory import build_assistant

    return build_assistant(settings)


def _bullet_score(text: str) -> float:
    from assistant.scoring.bullets import assess_bullet

    return assess_bullet(text).score


def _scorer() -> Scorer:
    from assistant.scoring import score_resume

    return score_resume


class AppServices:
    """Builds one assistant per key-less backend and shares it; sessions stay in each user's gr.State."""

    def __init__(
        self, settings: Settings, *, builder: Builder = _default_builder, fetcher: Fetcher = fetch_url
    ):
        self.settings = settings
        self.fetcher = fetcher
        self.scorer: Scorer = _scorer()
        self.bullet_score: BulletScorer = _bullet_score
        self._builder = builder
        self._shared: dict[tuple[str, str, str], Assistant] = {}
        self._lock = threading.Lock()

    def settings_for(self, choice: BackendChoice) -> Settings:
        """The app settings with this session's backend choice applied (the key as a SecretStr)."""
        if choice.provider not in PROVIDERS:
            raise ConfigError(f"unknown provider {choice.provider!r}; known: {', '.join(PROVIDERS)}")
        update: dict[str, object] = {"provider": choice.provider, "model": choice.model or None}
        if choice.provider == self.settings.provider and not choice.model:
            update["model"] = self.settings.model
        if choice.api_key:
            update["openai_api_key"] = SecretStr(choice.api_key)
        if choice.base_url:
            key = "ollama_host" if choice.provider == "ollama" else "openai_base_url"
            update[key] = choice.base_url
        return self.settings.model_copy(update=update)

    def assistant(self, choice: BackendChoice) -> Assistant:
        """The assistant for this backend: shared when no secret is involved, else built for the call."""
        settings = self.settings_for(choice)
        key = choice.cache_key
        if key is None:
            return self._builder(settings)
        with self._lock:
            if key not in self._shared:
                log.info("building the %s chat backend", choice.provider)
                self._shared[key] = self._builder(settings)
            return self._shared[key]

    def warm_up(self) -> None:
        """Build the default backend in a background thread (errors surface later, on first use)."""

        def build() -> None:
            try:
                assistant = self.assistant(BackendChoice(provider=self.settings.provider))
                if self.settings.provider == "local":  # it keeps prompt states; see Assistant.prime
                    assistant.prime()
            except Exception as exc:  # reported again, as one line, when the user first chats
                log.warning("chat backend not ready: %s", type(exc).__name__)

        threading.Thread(target=build, name="ats-warm-up", daemon=True).start()

    def backend_status(self, choice: BackendChoice, *, probe: bool) -> str:
        """One status line from the backend checks: ready, or the first blocking failure."""
        from assistant.llm import backend_ready, check_backend

        lines = check_backend(self.settings_for(choice), probe=probe)
        head = lines[0].detail if lines else choice.provider
        if backend_ready(lines):
            answered = next((line.detail for line in lines if line.check == "backend answers"), "")
            return f"✓ {head}" + (f" — {answered}" if answered else " — not probed yet")
        failed = next(line for line in lines if not line.ok and line.blocking)
        return f"✗ {head} — {failed.check}: {failed.detail}"
