"""Scoring eval: our ATS score against TF-IDF and token-coverage baselines on a synthetic set."""
