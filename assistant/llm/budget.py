"""Fit a prompt into the model's context: trim history and excerpts first, never the score facts."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from langchain_core.messages import BaseMessage, HumanMessage

from assistant.errors import ContextOverflow
from assistant.llm.tokens import PER_MESSAGE_TOKENS, REPLY_PRIMER_TOKENS, TokenCounter

TRUNCATION_MARK = "\n[... excerpt shortened to fit the model's context ...]"
# Template overhead of the system and user messages the parts are rendered into, plus headings.
_FRAME_TOKENS = 2 * PER_MESSAGE_TOKENS + REPLY_PRIMER_TOKENS + 16
_PER_SNIPPET_TOKENS = 8


@dataclass(frozen=True)
class PromptParts:
    """The pieces of one assistant turn; ``facts`` and ``question`` are never trimmed."""

    system: str
    facts: str
    question: str
    snippets: tuple[str, ...] = ()
    excerpt: str = ""
    history: tuple[BaseMessage, ...] = ()


@dataclass(frozen=True)
class FittedPrompt:
    """The parts that fit, their token count, and what was cut to get there."""

    parts: PromptParts
    tokens: int
    budget: int
    dropped_history: int = 0
    dropped_snippets: int = 0
    excerpt_truncated: bool = False


def prompt_tokens(parts: PromptParts, counter: TokenCounter) -> int:
    """Tokens the parts take once rendered into chat messages."""
    fixed = counter.count(parts.system) + counter.count(parts.facts) + counter.count(parts.question)
    snippets = sum(counter.count(s) + _PER_SNIPPET_TOKENS for s in parts.snippets)
    history = sum(counter.count(m.text) + PER_MESSAGE_TOKENS for m in parts.history)
    return fixed + snippets + counter.count(parts.excerpt) + history + _FRAME_TOKENS


def truncate_to_tokens(text: str, max_tokens: int, counter: TokenCounter) -> str:
    """The longest start of ``text`` (cut at a line or word end, marked) within ``max_tokens``."""
    if counter.count(text) <= max_tokens:
        return text
    room = max_tokens - counter.count(TRUNCATION_MARK)
    if room <= 0:
        return ""
    low, high = 0, len(text)
    while low < high:  # largest prefix length whose token count fits
        mid = (low + high + 1) // 2
        if counter.count(text[:mid]) <= room:
            low = mid
        else:
            high = mid - 1
    prefix = text[:low]
    cut = max(prefix.rfind("\n"), prefix.rfind(" "))
    if cut > len(prefix) // 2:
        prefix = prefix[:cut]
    return prefix.rstrip() + TRUNCATION_MARK if prefix.strip() else ""


def _drop_oldest(history: tuple[BaseMessage, ...]) -> tuple[BaseMessage, ...]:
    rest = history[1:]
    while rest and not isinstance(rest[0], HumanMessage):  # never start mid-exchange
        rest = rest[1:]
    return rest


def fit_prompt(
    parts: PromptParts,
    budget: int,
    counter: TokenCounter,
    *,
    keep_recent: int = 2,
    min_excerpt_tokens: int = 200,
) -> FittedPrompt:
    """Trim ``parts`` until they fit ``budget`` tokens (the context minus the answer's room).

    Order: oldest history beyond the last ``keep_recent`` messages, the resume excerpt down to
    ``min_excerpt_tokens``, snippets from the last (least relevant), the remaining history, the rest
    of the excerpt. System prompt, score facts and question are kept whole.

    Raises:
        ContextOverflow: the untrimmable parts alone do not fit.
    """
    original = parts
    used = prompt_tokens(parts, counter)

    def result() -> FittedPrompt:
        return FittedPrompt(
            parts=parts,
            tokens=used,
            budget=budget,
            dropped_history=len(original.history) - len(parts.history),
            dropped_snippets=len(original.snippets) - len(parts.snippets),
            excerpt_truncated=parts.excerpt != original.excerpt,
        )

    while used > budget and len(parts.history) > keep_recent:
        parts = replace(parts, history=_drop_oldest(parts.history))
        used = prompt_tokens(parts, counter)
    if used > budget and parts.excerpt:
        excerpt_tokens = counter.count(parts.excerpt)
        target = max(min_excerpt_tokens, excerpt_tokens - (used - budget))
        if target < excerpt_tokens:
            parts = replace(parts, excerpt=truncate_to_tokens(parts.excerpt, target, counter))
            used = prompt_tokens(parts, counter)
    while used > budget and parts.snippets:
        parts = replace(parts, snippets=parts.snippets[:-1])
        used = prompt_tokens(parts, counter)
    while used > budget and parts.history:
        parts = replace(parts, history=_drop_oldest(parts.history))
        used = prompt_tokens(parts, counter)
    if used > budget and parts.excerpt:
        target = counter.count(parts.excerpt) - (used - budget)
        parts = replace(parts, excerpt=truncate_to_tokens(parts.excerpt, max(target, 0), counter))
        used = prompt_tokens(parts, counter)
    if used > budget:
        raise ContextOverflow(
            f"the question and score facts need {used} tokens but only {budget} fit: "
            "shorten the question or raise ATS_CONTEXT_TOKENS"
        )
    return result()


def history_tail(history: Sequence[BaseMessage], limit: int) -> tuple[BaseMessage, ...]:
    """The last ``limit`` messages, starting at a user message (a cheap pre-trim before counting)."""
    tail = tuple(history[-limit:]) if limit > 0 else ()
    while tail and not isinstance(tail[0], HumanMessage):
        tail = tail[1:]
    return tail
