"""Opening an Oxigraph store folder: one-line errors for what is there instead.

Apart from :mod:`kg.store` (which builds graphs with rdflib) so that reading a
store, as ``kg query`` does, starts without the build's imports.
"""
from __future__ import annotations

import gc
from pathlib import Path

import pyoxigraph as ox

from kg.errors import KgError

__all__ = ["StoreError", "is_store", "check_new_store", "open_store"]


class StoreError(KgError):
    """A store that cannot be opened, read or written."""


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
    if not is_store(path):
        if not create:
            raise StoreError("no store here (make one with: kg build INPUT... --store DIR)", str(path))
        try:
            path.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise StoreError(f"cannot make the store folder: {e.strerror}", str(path)) from None
    try:
        return _open(path, read_only)
    except OSError as e:
        msg = " ".join(str(e).split())
        if "lock" in msg.lower():
            raise StoreError("the store is in use by another process (a build, load or server)",
                             str(path)) from None
        raise StoreError(f"cannot open the store: {msg[:200]}", str(path)) from None
    except RuntimeError as e:  # RocksDB's "Corruption: ...": files of the store damaged or missing
        msg = " ".join(str(e).split())
        raise StoreError(f"the store is broken ({msg[:160]}); remove the folder and build it again",
                         str(path)) from None


def _open(path: Path, read_only: bool) -> ox.Store:
    try:
        return ox.Store.read_only(str(path)) if read_only else ox.Store(str(path))
    except OSError as e:
        if "current process" not in str(e):
            raise
    # held by this process: a store of an earlier call not yet collected (rdflib graphs hold cycles)
    gc.collect()
    return ox.Store.read_only(str(path)) if read_only else ox.Store(str(path))
