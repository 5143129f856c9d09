"""Hard limits that keep parsing bounded in time and memory on hostile files."""

from __future__ import annotations

# Whole-file parse budget: checked between pages and every few thousand PDF operations.
PARSE_TIME_BUDGET_S = 1.5
# A resume page's content stream is tens of KB (about 20k tokens); beyond these the rest is dropped
# with a warning.
MAX_CONTENT_STREAM_BYTES = 2 * 1024 * 1024
MAX_TOKENS_PER_STREAM = 150_000
MAX_OPERATIONS_PER_PAGE = 100_000
# Nesting depth for form XObjects (forms drawing forms).
MAX_FORM_DEPTH = 6
# Text runs kept per page: a real page has a few thousand at most.
MAX_RUNS_PER_PAGE = 50_000

# DOCX (a ZIP): checked from the central directory before parsing, then again while inflating.
MAX_ZIP_MEMBERS = 2_000
MAX_ZIP_MEMBER_BYTES = 48 * 1024 * 1024
MAX_ZIP_TOTAL_BYTES = 96 * 1024 * 1024
ZIP_READ_CHUNK = 64 * 1024
# Nested tables deeper than this are flattened no further.
MAX_TABLE_DEPTH = 5

# pypdf's own decoding limits, tightened for resume-sized files (see pypdf.Configuration).
PYPDF_LIMITS: dict[str, int] = {
    "maximum_declared_stream_length": 32_000_000,
    "zlib_maximum_output_length": 32_000_000,
    "lzw_maximum_output_length": 32_000_000,
    "run_length_maximum_output_length": 32_000_000,
    "array_based_stream_maximum_output_length": 32_000_000,
    "stream_decoding_work_maximum_length": 64_000_000,
    "stream_parsing_work_maximum_count": 1_000_000,
    "page_tree_maximum_entries": 20_000,
    "page_tree_maximum_page_entries": 200_000,
    "xform_maximum_invocations_per_extraction": 500,
}

# Cached documents kept in process (by content sha256).
CACHE_ENTRIES = 64
