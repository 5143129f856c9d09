"""In-process LRU of parsed documents keyed by content hash, so the same bytes are parsed once."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Hashable

from assistant.documents import limits
from assistant.documents.models import Document


class DocumentCache:
    """A bounded, thread-safe LRU; hands out deep copies so callers cannot corrupt the cached value."""

    def __init__(self, max_entries: int = limits.CACHE_ENTRIES) -> None:
        self._max = max(1, max_entries)
        self._items: OrderedDict[Hashable, Document] = OrderedDict()
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    def get(self, key: Hashable) -> Document | None:
        """A copy of the cached document, or None."""
        with self._lock:
            doc = self._items.get(key)
            if doc is None:
                self.misses += 1
                return None
            self._items.move_to_end(key)
            self.hits += 1
        return doc.model_copy(deep=True)

    def put(self, key: Hashable, document: Document) -> None:
        """Store a copy, evicting the least recently used entry when full."""
        stored = document.model_copy(deep=True)
        with self._lock:
            self._items[key] = stored
            self._items.move_to_end(key)
            while len(self._items) > self._max:
                self._items.popitem(last=False)

    def clear(self) -> None:
        """Forget everything (tests, or after a settings change)."""
        with self._lock:
            self._items.clear()
            self.hits = self.misses = 0

    def __len__(self) -> int:
        with self._lock:
            return len(self._items)
