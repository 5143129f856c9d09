"""Settings from environment variables and an optional TOML file.

Precedence: explicit keyword arguments > environment > config file > defaults. The config file is
``$ATS_CONFIG`` or ``<user config dir>/ats-assistant/config.toml``; its keys are the field names below.
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path
from typing import Any, Literal

from platformdirs import user_cache_dir, user_config_dir, user_data_dir
from pydantic import BaseModel, Field, SecretStr, field_validator

from assistant.errors import ConfigError

APP_NAME = "ats-assistant"
Provider = Literal["local", "ollama", "openai"]
PROVIDERS: tuple[str, ...] = ("local", "ollama", "openai")

_ENV_MAP: dict[str, str] = {
    "ATS_PROVIDER": "provider",
    "ATS_MODEL": "model",
    "OLLAMA_HOST": "ollama_host",
    "OPENAI_API_KEY": "openai_api_key",
    "OPENAI_BASE_URL": "openai_base_url",
    "ATS_DATA_DIR": "data_dir",
    "ATS_CACHE_DIR": "cache_dir",
    "ATS_KNOWLEDGE_STORE": "knowledge_store_dir",
    "ATS_MAX_FILE_MB": "max_file_mb",
    "ATS_MAX_PAGES": "max_pages",
    "ATS_REQUEST_TIMEOUT": "request_timeout_s",
    "ATS_CONTEXT_TOKENS": "context_tokens",
    "ATS_THREADS": "threads",
    "ATS_PROMPT_CACHE_MB": "prompt_cache_mb",
}


class Settings(BaseModel):
    """Everything configurable, with defaults that work offline on a fresh machine."""

    provider: Provider = "local"
    model: str | None = Field(default=None, description="Model name; None picks the provider default.")
    ollama_host: str = "http://127.0.0.1:11434"
    openai_api_key: SecretStr | None = None
    openai_base_url: str | None = None
    data_dir: Path = Field(default_factory=lambda: Path(user_data_dir(APP_NAME)))
    cache_dir: Path = Field(default_factory=lambda: Path(user_cache_dir(APP_NAME)))
    knowledge_store_dir: Path | None = None
    max_file_mb: float = 10.0
    max_pages: int = 10
    request_timeout_s: float = 300.0
    context_tokens: int = 4096
    threads: int | None = None
    prompt_cache_mb: int = Field(
        default=192, ge=0, description="RAM for saved local-model prompt states; 0 turns it off."
    )
    temperature: float = 0.2

    @field_validator("provider", mode="before")
    @classmethod
    def _known_provider(cls, value: Any) -> Any:
        if isinstance(value, str) and value.lower() not in PROVIDERS:
            raise ValueError(f"unknown provider {value!r}; known: {', '.join(PROVIDERS)}")
        return value.lower() if isinstance(value, str) else value

    @property
    def max_file_bytes(self) -> int:
        """The upload size limit in bytes."""
        return int(self.max_file_mb * 1024 * 1024)

    @property
    def knowledge_store(self) -> Path:
        """Where the Chroma store lives (under the data dir unless configured)."""
        return self.knowledge_store_dir or self.data_dir / "knowledge-store"

    @property
    def models_dir(self) -> Path:
        """Where assembled model weights are cached."""
        return self.data_dir / "models"


def config_file_path() -> Path:
    """The config file consulted by :func:`load_settings`."""
    explicit = os.environ.get("ATS_CONFIG")
    return Path(explicit) if explicit else Path(user_config_dir(APP_NAME)) / "config.toml"


def load_settings(**overrides: Any) -> Settings:
    """Build settings from the config file, then the environment, then ``overrides``."""
    values: dict[str, Any] = {}
    path = config_file_path()
    if path.is_file():
        try:
            values.update(tomllib.loads(path.read_text(encoding="utf-8")))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(f"config file {path} is not valid TOML: {exc}") from None
    for env_name, field in _ENV_MAP.items():
        raw = os.environ.get(env_name)
        if raw not in (None, ""):
            values[field] = raw
    values.update({k: v for k, v in overrides.items() if v is not None})
    try:
        return Settings(**values)
    except ValueError as exc:
        first = str(exc).splitlines()
        detail = first[-1].strip() if first else str(exc)
        raise ConfigError(f"invalid settings: {detail}") from None
