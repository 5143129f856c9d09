"""Resume-parsing accuracy against hand-written ground truth."""
