"""Opening an Oxigraph store folder: one-line errors for what is there instead.

Apart from :mod:`kg.store` (which builds graphs with rdflib) so that reading a
store, as ``kg query`` does, starts without the build's imports.
"""
from __future__ import annotations

import contextlib
import gc
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox

from kg.errors import InputError, KgError, file_problem

__all__ = ["StoreError", "StoreInUseError", "is_store", "check_new_store", "open_store", "cannot_write",
           "writing", "check_graph_file", "read_turtle", "syntax_error"]


class StoreError(KgError):
    """A store that cannot be opened, read or written."""


class StoreInUseError(StoreError):
    """A store another process holds (a build, load or server: RocksDB's lock)."""

    def __init__(self, path: str | Path) -> None:
        super().__init__("the store is in use by another process (a build, load or server)", str(path))


def is_store(path: str | Path) -> bool:
    """Whether folder ``path`` holds an Oxigraph (RocksDB) store."""
    return (Path(path) / "CURRENT").is_file()


def check_new_store(path: str | Path) -> None:
    """Fail unless a new store can be made at ``path``: a missing or empty folder."""
    path = Path(path)
    if path.exists() and not path.is_dir():
        raise StoreError("not a store: this is a file, a store is a folder", str(path))
    if path.is_dir() and not is_store(path) and any(path.iterdir()):
        raise StoreError("not a store: the folder holds other files (a store has a CURRENT file)", str(path))


def open_store(path: str | Path | None, *, create: bool = False, read_only: bool = False) -> ox.Store:
    """The store in folder ``path`` (an in-memory one for None).

    ``create``: make an empty store when the folder is missing or empty. A
    folder that holds something other than a store, a store another process
    is writing to, or (without ``create``) a missing store raise
    :class:`StoreError` naming the folder.
    """
    if path is None:
        return ox.Store()
    path = Path(path)
    check_new_store(path)
    new, had_folder = not is_store(path), path.is_dir()  # (a new store's folder is missing or empty)
    if new:
        if not create:
            raise StoreError("no store here (make one with: kg build INPUT... --store DIR)", str(path))
        try:
            path.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise StoreError(f"cannot make the store folder: {e.strerror}", str(path)) from None
    try:
        return _opened(path, read_only)
    except StoreError as e:
        if new and not isinstance(e, StoreInUseError):  # (a full disk) no half-made store left behind
            shutil.rmtree(path, ignore_errors=True)
            if had_folder:
                path.mkdir(exist_ok=True)
        raise


def _opened(path: Path, read_only: bool) -> ox.Store:
    """:func:`_open`, its failures said in one line naming the store."""
    try:
        return _open(path, read_only)
    except OSError as e:
        if _lock_held(e):
            raise StoreInUseError(path) from None
        if isinstance(e, FileNotFoundError) and is_store(path):  # a file the store names is gone
            raise _broken(e, path) from None
        raise StoreError(f"cannot open the store: {_reason(e)}", str(path)) from None
    except RuntimeError as e:  # RocksDB's "Corruption: ...": files of the store damaged or missing
        raise _broken(e, path) from None


def _broken(e: Exception, path: Path) -> StoreError:
    msg = " ".join(str(e).split())
    return StoreError(f"the store is broken ({msg[:160]}); remove the folder and build it again", str(path))


def cannot_write(e: OSError, path: str | Path) -> StoreError:
    """The error of a store at ``path`` that could not be written: RocksDB's IO error (a full disk), whose
    message names a temporary file, said by its reason alone (No space left on device)."""
    return StoreError(f"cannot write: {_reason(e)}", str(path))


def _reason(e: OSError) -> str:
    """Why an OS call failed: its error's own words, or the last of RocksDB's chain of messages (IO error:
    ... While appending to file: 000010.sst: No space left on device)."""
    return e.strerror or " ".join(str(e).split()).rsplit(": ", 1)[-1][:200]


@contextlib.contextmanager
def writing(path: str | Path) -> Iterator[None]:
    """RocksDB's IO errors (a full disk) raised while the store at ``path`` is written, said as
    :func:`cannot_write` does (Python's own name their file and are left as they are)."""
    try:
        yield
    except OSError as e:
        if e.filename:
            raise
        raise cannot_write(e, path) from None


def _lock_held(e: OSError, *, here: bool = False) -> bool:
    """Whether opening a store failed with ``e`` because its lock is held (``here``: by this process).

    pyoxigraph raises RocksDB's failures as plain OSErrors, with no errno: RocksDB's words are all that
    tell a held lock from another failure ("While lock file: .../LOCK: Resource temporarily unavailable";
    "lock hold by current process" when this process holds it).
    """
    message = str(e)
    return "lock hold by current process" in message if here else "lock" in message.lower()


def _open(path: Path, read_only: bool) -> ox.Store:
    try:
        return ox.Store.read_only(str(path)) if read_only else ox.Store(str(path))
    except OSError as e:
        if not _lock_held(e, here=True):
            raise
    # held by this process: a store of an earlier call not yet collected (rdflib graphs hold cycles)
    gc.collect()
    return ox.Store.read_only(str(path)) if read_only else ox.Store(str(path))


def check_graph_file(name: str | Path) -> None:
    """Fail unless ``name`` is a regular file to read a graph from (a device or a pipe would be read for
    ever, a folder not at all)."""
    path = Path(name)
    if not path.exists() and not path.is_symlink():
        raise InputError("no such graph file (build one with: kg build INPUT...)", str(name))
    problem = file_problem(name)
    if problem:
        raise InputError(problem, str(name))


# Oxigraph's syntax errors: "Parser error at line 2 column 10: Unexpected end (graph.ttl, line 2)"
# (or "between columns 1 and 6")
_OX_SYNTAX = re.compile(r"Parser error at line (\d+) (?:column|between columns) (\d+)(?: and \d+)?: (.*?)"
                        r"(?: \((?:[^()]*, )?line \d+\))?$", re.S)


def read_turtle(path: str | Path, store: ox.Store | None = None) -> ox.Store:
    """``store`` (a new in-memory one when None) with the graph of the Turtle file ``path`` loaded.

    A missing or unreadable file, or one that is not Turtle, raises :class:`InputError` naming the file
    and, for a syntax error, the line and column.
    """
    check_graph_file(path)
    path = Path(path)
    store = ox.Store() if store is None else store
    try:
        store.bulk_load(path=str(path), format=ox.RdfFormat.TURTLE)
    except SyntaxError as e:
        raise syntax_error(e, path, "Turtle") from None
    except OSError as e:
        raise InputError(f"cannot read: {_reason(e)}", str(path)) from None
    return store


def syntax_error(e: SyntaxError, path: Path, what: str, lines_before: int = 0) -> InputError:
    """Oxigraph's syntax error in the ``what`` (Turtle, N-Quads) file ``path`` as one line: the file, line
    and column; ``lines_before``: the lines of the file before the part that was parsed."""
    text = " ".join(str(e).split())
    m = _OX_SYNTAX.match(text)
    if not m:
        return InputError(f"not valid {what}: {text[:200]}", str(path))
    line, column, message = m.groups()
    return InputError(f"column {column}: not valid {what}: {message[:200]}", str(path),
                      lines_before + int(line))
