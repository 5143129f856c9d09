"""A small Okapi BM25 ranker over the snippets: exact words matter for resume questions ("DOCX", "GPA")."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence

_WORD = re.compile(r"[a-z0-9][a-z0-9+#]*")
STOPWORDS = frozenset(
    """a about an and are as at be but by can could do does did for from has have how i if in into is it
    its me my of on or our should so than that the their them then there these they this to was we what
    when where which who why will with would you your yours i'm im it's""".split()
)


def stem(word: str) -> str:
    """A light suffix stripper, enough to join 'gaps'/'gap' and 'tailoring'/'tailored'/'tailor'."""
    if len(word) <= 3 or not word.isalpha():
        return word
    for suffix, keep in (("ies", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            if suffix == "s" and word.endswith("ss"):
                return word
            if suffix == "es" and not word.endswith(("ches", "shes", "xes", "sses")):
                continue
            return word[: -len(suffix)] + keep
    return word


def analyze(text: str) -> list[str]:
    """Lowercase words minus stopwords, lightly stemmed."""
    return [stem(w) for w in _WORD.findall(text.lower()) if w not in STOPWORDS]


class BM25Index:
    """Okapi BM25 (k1, b) over pre-analysed documents; scores are only comparable within one query."""

    def __init__(self, documents: Sequence[str], *, k1: float = 1.2, b: float = 0.75) -> None:
        self.k1 = k1
        self.b = b
        self._docs = [Counter(analyze(d)) for d in documents]
        self._lengths = [sum(c.values()) for c in self._docs]
        self._avg = (sum(self._lengths) / len(self._lengths)) if self._lengths else 0.0
        df: Counter[str] = Counter()
        for counts in self._docs:
            df.update(counts.keys())
        n = len(self._docs)
        self._idf = {t: math.log(1 + (n - f + 0.5) / (f + 0.5)) for t, f in df.items()}

    def __len__(self) -> int:
        return len(self._docs)

    def scores(self, query: str) -> list[float]:
        """One BM25 score per document, in document order."""
        terms = [t for t in dict.fromkeys(analyze(query)) if t in self._idf]
        out = [0.0] * len(self._docs)
        for i, counts in enumerate(self._docs):
            norm = self.k1 * (1 - self.b + self.b * self._lengths[i] / (self._avg or 1.0))
            total = 0.0
            for term in terms:
                tf = counts.get(term, 0)
                if tf:
                    total += self._idf[term] * tf * (self.k1 + 1) / (tf + norm)
            out[i] = total
        return out
