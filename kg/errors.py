"""The one error type users see: a message that names the file (and line)."""
from __future__ import annotations

__all__ = ["KgError", "InputError", "RuleError", "QueryError", "OutputError"]


class KgError(Exception):
    """An error caused by the user's input or environment, reported in one line."""

    def __init__(self, message: str, path: str | None = None, line: int | None = None):
        self.message = message
        self.path = path
        self.line = line
        super().__init__(str(self))

    def __str__(self) -> str:
        where = ""
        if self.path is not None:
            where = f"{self.path}:{self.line}: " if self.line else f"{self.path}: "
        return f"{where}{self.message}"


class InputError(KgError):
    """A news file that cannot be read."""


class RuleError(KgError):
    """A malformed rule file."""


class QueryError(KgError):
    """A SPARQL query that cannot be parsed or run."""


class OutputError(KgError):
    """An output that cannot be written."""
