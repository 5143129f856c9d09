"""Load the Markdown snippets of ``knowledge/`` (YAML front matter + body) and hash their content.

The snippets ship inside the wheel as ``assistant/knowledge/corpus``; in a repo checkout they are the
top-level ``knowledge/`` folder. Package data wins when both exist.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import yaml

from assistant.knowledge.embeddings import MAX_TOKENS, MODEL_ID
from assistant.knowledge.errors import KnowledgeError
from assistant.knowledge.models import AUDIENCES, Snippet

REQUIRED_FIELDS: tuple[str, ...] = ("id", "title", "tags", "source", "applies_to")
ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
TAG_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
# Bump when the way snippets become store records changes, so old stores are rebuilt.
INDEX_VERSION = 1
_FRONT_MATTER = re.compile(r"\A---\s*\n(.*?)\n---\s*\n(.*)\Z", re.DOTALL)


def default_corpus_dir() -> Path:
    """The shipped snippets: package data if present, else the repository's ``knowledge/`` folder."""
    packaged = Path(__file__).parent / "corpus"
    if packaged.is_dir():
        return packaged
    checkout = Path(__file__).resolve().parents[2] / "knowledge"
    if checkout.is_dir():
        return checkout
    raise KnowledgeError("knowledge snippets not found: the package is missing assistant/knowledge/corpus")


def parse_snippet(text: str, *, name: str = "<snippet>") -> Snippet:
    """Parse one Markdown snippet; raises KnowledgeError naming the file and the problem."""
    match = _FRONT_MATTER.match(text.replace("\r\n", "\n"))
    if not match:
        raise KnowledgeError(f"{name}: missing YAML front matter between '---' lines")
    try:
        meta: Any = yaml.safe_load(match.group(1))
    except yaml.YAMLError as exc:
        raise KnowledgeError(f"{name}: invalid front matter: {str(exc).splitlines()[0]}") from None
    if not isinstance(meta, dict):
        raise KnowledgeError(f"{name}: front matter must be a mapping")
    missing = [f for f in REQUIRED_FIELDS if meta.get(f) in (None, "", [])]
    if missing:
        raise KnowledgeError(f"{name}: front matter lacks {', '.join(missing)}")
    snippet_id = str(meta["id"])
    if not ID_PATTERN.match(snippet_id):
        raise KnowledgeError(f"{name}: id {snippet_id!r} must be lowercase words joined by '-'")
    tags = meta["tags"]
    if not isinstance(tags, list) or not all(isinstance(t, str) and TAG_PATTERN.match(t) for t in tags):
        raise KnowledgeError(f"{name}: tags must be a list of lowercase-hyphenated words")
    applies_to = str(meta["applies_to"])
    if applies_to not in AUDIENCES:
        raise KnowledgeError(f"{name}: applies_to {applies_to!r} is not one of {', '.join(AUDIENCES)}")
    body = " ".join(match.group(2).split())
    if not body:
        raise KnowledgeError(f"{name}: empty body")
    return Snippet(
        id=snippet_id,
        title=str(meta["title"]).strip(),
        source=str(meta["source"]).strip(),
        tags=list(tags),
        applies_to=applies_to,
        text=body,
    )


def load_corpus(corpus_dir: Path | None = None) -> list[Snippet]:
    """All snippets in the folder, sorted by id; ids must be unique and match their file names."""
    folder = corpus_dir or default_corpus_dir()
    paths = sorted(folder.glob("*.md"))
    snippets: list[Snippet] = []
    seen: dict[str, str] = {}
    for path in paths:
        if path.name.lower() == "readme.md":
            continue
        snippet = parse_snippet(path.read_text(encoding="utf-8"), name=path.name)
        if snippet.id != path.stem:
            raise KnowledgeError(f"{path.name}: id {snippet.id!r} does not match the file name")
        if snippet.id in seen:
            raise KnowledgeError(f"{path.name}: duplicate id {snippet.id!r} (also in {seen[snippet.id]})")
        seen[snippet.id] = path.name
        snippets.append(snippet)
    if not snippets:
        raise KnowledgeError(f"no knowledge snippets in {folder}")
    return sorted(snippets, key=lambda s: s.id)


def content_hash(snippets: Sequence[Snippet]) -> str:
    """A sha256 over the snippets, the embedding model and the index version: changes trigger a rebuild."""
    payload = {
        "index_version": INDEX_VERSION,
        "model": MODEL_ID,
        "max_tokens": MAX_TOKENS,
        "snippets": [s.model_dump(exclude={"score"}) for s in sorted(snippets, key=lambda s: s.id)],
    }
    return hashlib.sha256(json.dumps(payload, sort_keys=True).encode("utf-8")).hexdigest()


def embedding_text(snippet: Snippet) -> str:
    """What gets embedded for a snippet: the title carries the topic, the body the detail."""
    return f"{snippet.title}. {snippet.text}"
