"""The prompt-state cache: longest-prefix lookup, LRU bounds, and the one-row logits buffer of attach()."""

from __future__ import annotations

import numpy as np
import pytest

from assistant.llm.prompt_cache import MIB, PromptStateCache, attach

pytestmark = pytest.mark.unit
llama = pytest.importorskip("llama_cpp.llama")

VOCAB = 1000


def state(tokens: list[int], kv_bytes: int = 1000) -> object:
    """A LlamaState as an attached model saves it: its logits buffer is the one row attach() leaves."""
    return llama.LlamaState(
        input_ids=np.array(tokens, dtype=np.intc),
        scores=np.ones((1, VOCAB), dtype=np.single),
        n_tokens=len(tokens),
        llama_state=b"\0" * kv_bytes,
        llama_state_size=kv_bytes,
        seed=7,
    )


def test_returns_the_state_sharing_the_longest_prefix():
    cache = PromptStateCache()
    cache[[1, 2, 3, 9]] = state([1, 2, 3, 9])
    cache[[1, 2, 8]] = state([1, 2, 8])
    assert cache[[1, 2, 3, 4, 5]].input_ids.tolist() == [1, 2, 3, 9]
    assert cache[[1, 2, 8, 8]].input_ids.tolist() == [1, 2, 8]
    assert cache.hits == 2
    with pytest.raises(KeyError):
        cache[[5, 6]]
    assert [7] not in cache and [1, 7] in cache


def test_an_empty_cache_is_still_truthy_because_llama_tests_it_with_if():
    assert PromptStateCache()
    assert len(PromptStateCache()) == 0


def test_keeps_states_as_saved_and_counts_all_their_bytes():
    cache = PromptStateCache()
    saved = state([1, 2])
    cache[[1, 2]] = saved
    kept = cache[[1, 2]]
    assert kept is saved
    assert cache.cache_size == 1000 + kept.input_ids.nbytes + kept.scores.nbytes


def test_bounded_by_entries_then_bytes_oldest_first():
    cache = PromptStateCache(capacity_bytes=MIB, max_entries=2)
    cache[[1]] = state([1])
    cache[[2]] = state([2])
    cache[[1, 5]]  # touch [1]: now [2] is the oldest
    cache[[3]] = state([3])
    assert len(cache) == 2 and [2] not in cache
    big = PromptStateCache(capacity_bytes=MIB, max_entries=10)
    for first in range(1, 6):
        big[[first]] = state([first], kv_bytes=300_000)
    assert len(big) == 3 and big.cache_size <= MIB
    assert [5] in big and [1] not in big


def test_a_state_extended_by_a_newer_one_is_dropped():
    cache = PromptStateCache()
    cache[[1, 2]] = state([1, 2])
    cache[[1, 2, 3, 4]] = state([1, 2, 3, 4])
    cache[[1, 9]] = state([1, 9])
    assert len(cache) == 2
    assert cache[[1, 2, 7]].input_ids.tolist() == [1, 2, 3, 4]


class FakeLlama:
    def __init__(self) -> None:
        self._logits_all = False
        self.scores = np.empty((512, VOCAB), dtype=np.single)
        self.cache: object = None

    def set_cache(self, cache: object) -> None:
        self.cache = cache


def test_attach_shrinks_the_unused_logits_buffer_and_zero_turns_it_off():
    model = FakeLlama()
    attach(model, 0)
    assert model.cache is None and model.scores.shape == (512, VOCAB)
    attach(model, 64)
    assert isinstance(model.cache, PromptStateCache) and model.cache.capacity_bytes == 64 * MIB
    assert model.scores.shape == (1, VOCAB)


def test_attach_keeps_the_logits_buffer_of_a_model_that_returns_logprobs():
    model = FakeLlama()
    model._logits_all = True
    attach(model, 64)
    assert isinstance(model.cache, PromptStateCache) and model.scores.shape == (512, VOCAB)
