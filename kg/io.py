"""Writing outputs so that a failed or interrupted run never leaves half a file."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from kg.errors import OutputError

__all__ = ["atomic_write"]


def atomic_write(path: str | Path, data: str | bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder, then rename.

    An existing file at ``path`` is replaced only once the new content is
    complete on disk; on any failure it is left as it was.
    """
    path = Path(path)
    if path.is_dir():
        raise OutputError("is a folder, not a file", str(path))
    parent = path.parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError):
        raise OutputError("cannot create the output folder: a file is in the way", str(parent)) from None
    except OSError as e:
        raise OutputError(f"cannot create the output folder: {e.strerror}", str(parent)) from None
    payload = data.encode("utf-8") if isinstance(data, str) else data
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=parent)
    except OSError as e:
        raise OutputError(f"cannot write: {e.strerror}", str(path)) from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(payload)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException as e:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if isinstance(e, OSError):
            raise OutputError(f"cannot write: {e.strerror}", str(path)) from None
        raise
