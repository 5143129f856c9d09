"""fit_prompt trims history and excerpts first, never the score facts; fails clearly when it cannot."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage

from assistant.errors import ContextOverflow
from assistant.llm.budget import TRUNCATION_MARK, PromptParts, fit_prompt, prompt_tokens, truncate_to_tokens
from assistant.llm.tokens import TokenCounter, tiktoken_counter

pytestmark = pytest.mark.unit

FACTS = "Score 62/100. Missing required skills: kubernetes, terraform. Experience 4 of 5 years."
LONG_RESUME = "\n".join(
    f"- Led migration {i} of the billing platform to event-driven services, cutting latency by {i % 40}%"
    for i in range(400)
)


def _history(turns: int) -> tuple[BaseMessage, ...]:
    messages: list[BaseMessage] = []
    for i in range(turns):
        messages.append(HumanMessage(f"Question {i}: how do I improve bullet {i} of my experience section?"))
        messages.append(AIMessage(f"Answer {i}: start with an action verb and add a number. " * 5))
    return tuple(messages)


@pytest.fixture(scope="module")
def counter(tmp_path_factory) -> TokenCounter:
    return tiktoken_counter("cl100k_base", cache_dir=tmp_path_factory.mktemp("tiktoken"))


def _parts(**overrides) -> PromptParts:
    base = dict(
        system="You are a resume assistant.",
        facts=FACTS,
        question="Which skill should I add first?",
        snippets=("Put skills in a dedicated section.", "Quantify achievements."),
        excerpt=LONG_RESUME,
        history=_history(30),
    )
    base.update(overrides)
    return PromptParts(**base)


def test_fits_untouched_when_small(counter):
    parts = _parts(excerpt="Python developer, 5 years.", history=_history(1))
    fitted = fit_prompt(parts, 3000, counter)
    assert fitted.parts == parts
    assert (fitted.dropped_history, fitted.dropped_snippets, fitted.excerpt_truncated) == (0, 0, False)
    assert fitted.tokens == prompt_tokens(parts, counter) <= 3000


def test_long_resume_and_history_fit_with_facts_whole(counter):
    parts = _parts()
    assert prompt_tokens(parts, counter) > 8000
    fitted = fit_prompt(parts, 3584, counter)
    assert fitted.tokens <= 3584
    assert fitted.parts.facts == FACTS and fitted.parts.question == parts.question
    assert fitted.parts.system == parts.system
    # oldest history went first; the latest exchange survived
    assert fitted.parts.history == parts.history[-2:]
    assert fitted.dropped_history == len(parts.history) - 2
    # the excerpt was shortened, from the end, with a visible mark
    assert fitted.excerpt_truncated
    assert fitted.parts.excerpt.endswith(TRUNCATION_MARK)
    assert LONG_RESUME.startswith(fitted.parts.excerpt.removesuffix(TRUNCATION_MARK))
    assert fitted.parts.snippets == parts.snippets


def test_history_alone_is_trimmed_before_the_excerpt(counter):
    parts = _parts(excerpt="Short resume excerpt.", history=_history(60))
    fitted = fit_prompt(parts, 1000, counter)
    assert not fitted.excerpt_truncated
    assert isinstance(fitted.parts.history[0], HumanMessage)
    assert fitted.parts.history == parts.history[-len(fitted.parts.history) :]


def test_tight_budget_drops_snippets_then_history_then_excerpt(counter):
    parts = _parts()
    fitted = fit_prompt(parts, 120, counter)
    assert fitted.tokens <= 120
    assert fitted.parts.snippets == ()
    assert fitted.parts.history == ()
    assert fitted.parts.facts == FACTS


def test_overflow_when_facts_cannot_fit(counter):
    parts = _parts(facts=FACTS * 50)
    with pytest.raises(ContextOverflow, match="raise ATS_CONTEXT_TOKENS"):
        fit_prompt(parts, 500, counter)


def test_truncate_to_tokens_respects_the_limit(counter):
    short = truncate_to_tokens(LONG_RESUME, 100, counter)
    assert counter.count(short) <= 101
    assert short.endswith(TRUNCATION_MARK)
    assert truncate_to_tokens("tiny", 100, counter) == "tiny"
    assert truncate_to_tokens(LONG_RESUME, 3, counter) == ""


WORDS = TokenCounter("words", lambda text: text.split())


@settings(max_examples=60, deadline=None)
@given(
    excerpt_words=st.integers(0, 3000),
    turns=st.integers(0, 40),
    snippets=st.integers(0, 5),
    budget=st.integers(150, 5000),
)
def test_result_always_fits_and_keeps_facts(excerpt_words, turns, snippets, budget):
    parts = PromptParts(
        system="system prompt here",
        facts="fact " * 40,
        question="what now?",
        snippets=tuple("snippet text " * 20 for _ in range(snippets)),
        excerpt="word " * excerpt_words,
        history=_history(turns),
    )
    fitted = fit_prompt(parts, budget, WORDS)
    assert fitted.tokens <= budget
    assert fitted.parts.facts == parts.facts
    assert fitted.tokens == prompt_tokens(fitted.parts, WORDS)
