"""Prompt templates shipped in the package."""
