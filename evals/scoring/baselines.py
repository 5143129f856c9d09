"""The two baselines our scorer must beat: TF-IDF cosine and plain JD-token coverage.

Both read the text an ATS extracts from the file, hidden text included (a plain text extractor sees white
and 1 pt text just like visible text; that is why keyword stuffing works on naive ATSs).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

_TOKEN = re.compile(r"[a-z0-9][a-z0-9+#.]*[a-z0-9+#]|[a-z0-9]")


def content_tokens(text: str) -> set[str]:
    """Lower-cased word tokens that are not English stop words (``c++``, ``c#``, ``node.js`` kept whole)."""
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    return {t for t in _TOKEN.findall(text.lower()) if t not in ENGLISH_STOP_WORDS and not t.isdigit()}


def coverage_score(job_text: str, resume_text: str) -> float:
    """Share of the JD's distinct content tokens that also occur in the resume, in [0, 1]."""
    wanted = content_tokens(job_text)
    return len(wanted & content_tokens(resume_text)) / len(wanted) if wanted else 0.0


def coverage_scores(jobs: Mapping[str, str], resumes: Mapping[str, str]) -> dict[tuple[str, str], float]:
    """:func:`coverage_score` for every (job, resume), each text tokenized once."""
    job_tokens = {j: content_tokens(t) for j, t in jobs.items()}
    resume_tokens = {r: content_tokens(t) for r, t in resumes.items()}
    return {
        (j, r): len(wanted & resume_tokens[r]) / len(wanted) if wanted else 0.0
        for j, wanted in job_tokens.items()
        for r in resume_tokens
    }


def tfidf_scores(jobs: Mapping[str, str], resumes: Mapping[str, str]) -> dict[tuple[str, str], float]:
    """Cosine of TF-IDF vectors for every (job, resume), the vectorizer fitted on all JDs and resumes."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.metrics.pairwise import cosine_similarity

    job_ids, resume_ids = list(jobs), list(resumes)
    vectorizer = TfidfVectorizer(stop_words="english", sublinear_tf=True)
    vectorizer.fit([jobs[j] for j in job_ids] + [resumes[r] for r in resume_ids])
    sims = cosine_similarity(
        vectorizer.transform([jobs[j] for j in job_ids]),
        vectorizer.transform([resumes[r] for r in resume_ids]),
    )
    return {(j, r): float(sims[a, b]) for a, j in enumerate(job_ids) for b, r in enumerate(resume_ids)}
