"""Offline evaluations (slow; run on demand, not in the default test command)."""
