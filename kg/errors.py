"""The one error type users see: a message that names the file (and line)."""
from __future__ import annotations

import errno
import os
import re
import stat
from pathlib import Path

__all__ = ["KgError", "InputError", "RuleError", "QueryError", "OutputError", "printable", "quoted",
           "not_a_file", "file_problem"]

# Characters a terminal acts on rather than shows: C0 and C1 controls (ESC starts
# colour and title sequences), line and paragraph separators, direction overrides; and the
# bytes of a file name that are not UTF-8 (held as surrogate escapes, U+DC80-U+DCFF).
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\udc80-\udcff]")


def printable(text: str) -> str:
    """``text`` with control characters written as escapes, safe on one terminal line; a byte of a file
    name that is not UTF-8 as ``\\xff``, as the name's id writes it.

    >>> printable("a\\x1b]0;owned\\x07.txt\\n")
    'a\\\\x1b]0;owned\\\\x07.txt\\\\n'
    >>> printable(os.fsdecode(b"a\\xe9.txt"))
    'a\\\\xe9.txt'
    """
    return _CONTROL.sub(_escape, text)


def quoted(value: str, limit: int = 60) -> str:
    """``value`` quoted for a message (as ``repr`` quotes it), cut after ``limit`` characters with its length
    said: a message stays one readable line, whatever the length of the id or date it names.

    >>> quoted("a1")
    "'a1'"
    >>> quoted("李" * 150_000, 4)
    "'李李李李…' (150,000 characters)"
    """
    if len(value) <= limit:
        return repr(value)
    return f"{value[:limit] + '…'!r} ({len(value):,} characters)"


def _escape(m: re.Match[str]) -> str:
    c = m.group()
    if "\udc80" <= c <= "\udcff":
        return f"\\x{ord(c) - 0xdc00:02x}"
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


def file_problem(name: str | Path) -> str | None:
    """Why the file named ``name`` cannot be read as a regular file, or None when it can.

    A name given as text that ends with a slash names a folder, as the shell reads it (``cat a.txt/``:
    Not a directory), though ``Path`` drops the slash.
    """
    path = Path(name)
    if not path.is_file():
        return not_a_file(path)
    if isinstance(name, str) and name.endswith(("/", os.sep)):
        return "not a folder: the name ends with a slash"
    return None


def not_a_file(path: Path) -> str:
    """Why ``path``, given as a file to read, is not a regular file."""
    try:
        mode = path.stat().st_mode
    except OSError as e:
        if e.errno == errno.ELOOP:
            return "symbolic link loop"
        if path.is_symlink():
            return f"dangling symbolic link (to {os.readlink(path)})"
        if e.errno == errno.ENOENT:
            return "no such file or folder"
        return f"cannot read: {e.strerror or e}"
    if stat.S_ISDIR(mode):
        return "a folder, not a file"
    if stat.S_ISFIFO(mode):
        return "not a regular file: a named pipe"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "not a regular file: a device"
    if stat.S_ISSOCK(mode):
        return "not a regular file: a socket"
    return "not a regular file"
