"""The knowledge base's user-facing error."""

from assistant.errors import AssistantError


class KnowledgeError(AssistantError):
    """The knowledge base or its store cannot be used (bad snippet, missing model, bad query)."""
