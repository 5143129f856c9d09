"""Retrieval eval: labelled questions against the knowledge base."""
