"""The one error type users see: a message that names the file (and line)."""
from __future__ import annotations

import re

__all__ = ["KgError", "InputError", "RuleError", "QueryError", "OutputError", "printable"]

# Characters a terminal acts on rather than shows: C0 and C1 controls (ESC starts
# colour and title sequences), line and paragraph separators, direction overrides.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """``text`` with control characters written as escapes, safe on one terminal line.

    >>> printable("a\\x1b]0;owned\\x07.txt\\n")
    'a\\\\x1b]0;owned\\\\x07.txt\\\\n'
    """
    return _CONTROL.sub(_escape, text)


def _escape(m: re.Match[str]) -> str:
    c = m.group()
    return {"\n": "\\n", "\r": "\\r", "\t": "\\t"}.get(c) or (
        f"\\x{ord(c):02x}" if ord(c) < 0x100 else f"\\u{ord(c):04x}")


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
        return printable(f"{where}{self.message}")


class InputError(KgError):
    """A news file that cannot be read."""


class RuleError(KgError):
    """A malformed rule file."""


class QueryError(KgError):
    """A SPARQL query that cannot be parsed or run."""


class OutputError(KgError):
    """An output that cannot be written."""
