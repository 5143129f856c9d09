"""Interpreter fast paths must give bit-identical numbers to the general matrix product."""

from __future__ import annotations

import math

import pytest

from assistant.documents.pdf_content import Matrix, mult, translate

pytestmark = pytest.mark.unit

MATRICES: list[Matrix] = [
    (1.0, 0.0, 0.0, 1.0, 0.0, 0.0),
    (-0.0, 0.0, 0.0, -1.0, -0.0, 30.0),  # signed zeros: the zero products decide the result's sign
    (0.24, 0.0, 0.0, -0.24, 0.0, 792.0),
    (3.125, 0.5, -0.25, 3.125, 225.0, -225.0),
    (math.inf, 0.0, 0.0, 1.0, 0.0, 0.0),  # 0 * inf is NaN in the full product too
]


def _bits(m: Matrix) -> list[str]:
    return [v.hex() if not math.isnan(v) else "nan" for v in m]


@pytest.mark.parametrize("n", MATRICES)
@pytest.mark.parametrize(("tx", "ty"), [(0.0, 0.0), (16.3119354, 0.0), (0.0, -12.5), (-0.0, 3.0)])
def test_translate_matches_mult(n: Matrix, tx: float, ty: float) -> None:
    assert _bits(translate(tx, ty, n)) == _bits(mult((1, 0, 0, 1, tx, ty), n))
