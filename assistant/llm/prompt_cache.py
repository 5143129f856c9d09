"""Saved llama.cpp states, so prompts that take turns (routing, then answering) keep their prefixes.

llama.cpp reuses the KV cache only for the prefix shared with the previous call. The assistant alternates
between a routing prompt and an answer prompt, so each call used to evaluate its ~1,400-token prompt from
scratch. This cache keeps the state after each call and restores the one whose tokens share the longest
prefix with the next prompt.

llama-cpp-python's own ``LlamaRAMCache`` also copies the model's per-token logits buffer (n_batch x
vocabulary floats, about 300 MB for Qwen2.5) into every state and does not count it against the
capacity. Those logits are only read for ``logprobs`` (which needs ``logits_all``), so :func:`attach`
shrinks the buffer to one row on models without ``logits_all``; every state saved from such a model then
costs about its KV cache (~30 KB a token), and this cache counts all of a state's bytes.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from typing import Any

import numpy as np

MIB = 1 << 20


def _shared_prefix(a: Sequence[int], b: Sequence[int]) -> int:
    """How many leading tokens two token sequences share."""
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


class PromptStateCache:
    """An LRU of llama.cpp states keyed by their tokens, bounded in bytes and in entries.

    It has the interface ``Llama.set_cache`` uses (``llama_cpp.llama_cache.BaseLlamaCache``) without
    subclassing it, so importing this module does not load llama.cpp.

    Args:
        capacity_bytes: the most bytes of saved state to keep (the oldest go first).
        max_entries: the most states to keep; the assistant needs about two (routing and answer).
    """

    def __init__(self, capacity_bytes: int = 256 * MIB, max_entries: int = 4) -> None:
        self.capacity_bytes = capacity_bytes
        self.max_entries = max_entries
        self._states: OrderedDict[tuple[int, ...], Any] = OrderedDict()
        self.hits = 0  # lookups that found a state (Llama restores it when it beats its own KV cache)

    @property
    def cache_size(self) -> int:
        """Bytes held by the saved states (KV data, token ids and the one logits row)."""
        return sum(_state_bytes(s) for s in self._states.values())

    def _find_longest_prefix_key(self, key: tuple[int, ...]) -> tuple[int, ...] | None:
        best, best_len = None, 0
        for stored in self._states:
            n = _shared_prefix(stored, key)
            if n > best_len:
                best, best_len = stored, n
        return best

    def __getitem__(self, key: Sequence[int]) -> Any:
        found = self._find_longest_prefix_key(tuple(key))
        if found is None:
            raise KeyError("no saved state shares a prefix with this prompt")
        self._states.move_to_end(found)
        self.hits += 1
        return self._states[found]

    def __contains__(self, key: object) -> bool:
        if not isinstance(key, Sequence):
            return False
        return self._find_longest_prefix_key(tuple(key)) is not None

    def __setitem__(self, key: Sequence[int], value: Any) -> None:
        key = tuple(key)
        self._states.pop(key, None)
        self._states[key] = value
        # A state whose tokens are a prefix of the new one is now redundant: the new one covers it.
        for stored in [k for k in self._states if k != key and _shared_prefix(k, key) == len(k)]:
            del self._states[stored]
        while self._states and (
            len(self._states) > self.max_entries or self.cache_size > self.capacity_bytes
        ):
            self._states.popitem(last=False)

    def __len__(self) -> int:
        return len(self._states)

    def __bool__(self) -> bool:
        return True  # Llama tests ``if self.cache:``; an empty cache is still a cache


def _state_bytes(state: Any) -> int:
    return int(state.llama_state_size) + int(state.input_ids.nbytes) + int(state.scores.nbytes)


def attach(llama: Any, capacity_mb: int) -> None:
    """Give a loaded model a prompt-state cache of ``capacity_mb`` (0 turns caching off).

    ``Llama.save_state`` copies the model's n_batch x vocabulary logits buffer into every state and
    ``load_state`` writes it back, paging in all ~300 MB of it. Without ``logits_all`` nothing reads that
    buffer (sampling reads llama.cpp's own logits), so such a model gets a one-row buffer instead; with
    ``logits_all`` the buffer holds real logprobs and is left alone.
    """
    if capacity_mb <= 0:
        return
    if not getattr(llama, "_logits_all", False):
        llama.scores = np.zeros((1, llama.scores.shape[1]), dtype=llama.scores.dtype)
    llama.set_cache(PromptStateCache(capacity_bytes=capacity_mb * MIB))
