"""Errors shown to the user: one clear line each, never a traceback.

The CLI, UI and API catch only :class:`AssistantError` and print its message. Anything else is a bug
and propagates to the log.
"""


class AssistantError(Exception):
    """Base for every error whose message is meant for the user."""

    exit_code = 2

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class UnsupportedFile(AssistantError):
    """The file is not a PDF, DOCX or text file (or is lying about being one)."""


class EmptyFile(AssistantError):
    """The file has no bytes or no readable text at all."""


class FileNotFound(AssistantError):
    """The path names no readable file."""


class CorruptFile(AssistantError):
    """The file claims a known type but cannot be read (truncated, damaged)."""


class EncryptedPdf(AssistantError):
    """The PDF is password-protected."""


class NoTextLayer(AssistantError):
    """A scanned PDF: only images, nothing an ATS can read."""


class FileTooLarge(AssistantError):
    """The file, or what it would inflate to, is over the configured limit."""


class InvalidJobDescription(AssistantError):
    """The job description is empty, too long or unreadable."""


class BackendUnavailable(AssistantError):
    """The configured chat backend cannot answer (down, missing model, bad key, timeout)."""


class ContextOverflow(AssistantError):
    """The prompt cannot be made to fit the model's context window."""


class ConfigError(AssistantError):
    """The settings are invalid (unknown provider, bad value)."""
