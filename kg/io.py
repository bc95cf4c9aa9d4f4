"""Writing outputs so that a failed or interrupted run never leaves half a file, nor half a set.

>>> import tempfile
>>> out = Path(tempfile.mkdtemp())
>>> with output_lock(out):
...     write_together({out / "a.ttl": "a", out / "a.html": "b"})
>>> sorted(p.name for p in out.iterdir())
['a.html', 'a.ttl']
"""
from __future__ import annotations

import contextlib
import fcntl
import glob
import os
import shutil
import signal
import stat
import tempfile
import threading
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import BinaryIO

from kg.errors import OutputError

__all__ = ["Payload", "atomic_write", "write_together", "prepare", "swap", "drop", "output_lock",
           "signals_held", "is_stream"]

#: What a file is made of: its text, its bytes, or a function that writes them into an open binary file
#: (an output too big to hold in memory is written as it is made).
Payload = str | bytes | Callable[[BinaryIO], None]

#: Signals held back while a set of outputs is being swapped in, so that Ctrl-C
#: (or a kill) lands before or after the swap, never inside it.
HELD_SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)


@contextlib.contextmanager
def signals_held() -> Iterator[None]:
    """Hold Ctrl-C, ``kill`` and hangup back until the block is done, then deliver them.

    Python runs signal handlers in the main thread whichever thread the
    operating system hands a signal to (the store's threads, a pool's), so the
    handlers, not the thread's signal mask, are what must wait.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    caught: list[int] = []
    previous = {s: signal.signal(s, lambda signum, _frame: caught.append(signum)) for s in HELD_SIGNALS}
    try:
        yield
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler if handler is not None else signal.SIG_DFL)
        if caught:
            signal.raise_signal(caught[0])  # now, to the handler it was meant for


def atomic_write(path: str | Path, data: Payload) -> None:
    """Write ``data`` (text, bytes, or a function writing into a binary file) to ``path`` through a
    temporary file in the same folder, then rename.

    An existing file at ``path`` is replaced only once the new content is
    complete on disk; on any failure it is left as it was, and no folder made for it is left.
    A ``path`` that is a stream (``/dev/stdout``, a named pipe, a device) is written into, as the
    shell's ``>`` does: renaming a file onto it would put a file where the stream was.
    """
    path = Path(path)
    if is_stream(path):
        _write_into(path, data)
    else:
        write_together({path: data})


def is_stream(path: Path) -> bool:
    """Whether ``path`` (or what it links to) exists and is a pipe, a socket or a device, not a file or a
    folder."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))


def _write_into(path: Path, payload: Payload) -> None:
    try:
        with path.open("wb") as fh:
            _write_payload(fh, payload)
    except OSError as e:
        raise OutputError(f"cannot write: {e.strerror}", str(path)) from None


def _write_payload(fh: BinaryIO, payload: Payload) -> None:
    if callable(payload):
        payload(fh)
    else:
        fh.write(payload.encode("utf-8") if isinstance(payload, str) else payload)


def _make_folder(folder: Path) -> list[Path]:
    """Make ``folder`` and its missing parents; the folders made, the outermost first."""
    missing: list[Path] = []
    while not folder.exists() and not folder.is_symlink() and folder != folder.parent:
        missing.insert(0, folder)
        folder = folder.parent
    made: list[Path] = []
    try:
        for each in missing:
            each.mkdir(exist_ok=True)
            made.append(each)
    except OSError as e:
        _remove_folders(made)
        reason = "a file is in the way" if isinstance(e, FileExistsError | NotADirectoryError) else e.strerror
        raise OutputError(f"cannot create the output folder: {reason}", str(missing[-1])) from None
    return made


def _remove_folders(folders: list[Path]) -> None:
    """Remove the ``folders`` made for outputs that were not written (the innermost first), if empty."""
    for folder in reversed(folders):
        with contextlib.suppress(OSError):
            folder.rmdir()


def _temporary(path: Path, payload: Payload) -> str:
    """A complete, synced temporary copy of ``payload`` next to ``path`` (in a folder that exists); its
    name."""
    if path.is_dir():
        raise OutputError("is a folder, not a file", str(path))
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except NotADirectoryError:
        raise OutputError("cannot create the output folder: a file is in the way", str(path.parent)) from None
    except OSError as e:
        raise OutputError(f"cannot write: {e.strerror}", str(path)) from None
    try:
        with os.fdopen(fd, "wb") as fh:
            _write_payload(fh, payload)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)
    except BaseException as e:
        _unlink(tmp)
        if isinstance(e, OSError):
            raise OutputError(f"cannot write: {e.strerror}", str(path)) from None
        raise
    return tmp


def _unlink(path: str) -> None:
    with contextlib.suppress(OSError):
        os.unlink(path)


def write_together(files: Mapping[Path, Payload]) -> None:
    """Write several outputs as one: either every file is replaced, or none is.

    Each file is first written whole to a temporary file beside it. Only when
    all are complete are they renamed into place, with Ctrl-C and termination
    signals held back for those few renames; if a rename still fails, the ones
    already made are undone from hard-linked copies of the old files. Each file has one writer at a time
    (:func:`output_lock`), which first removes what a writer killed outright left beside it.
    """
    with contextlib.ExitStack() as held:
        for path in sorted(files):
            held.enter_context(output_lock(path))
        temps = prepare(files)
        with signals_held():
            swap(temps)


def prepare(files: Mapping[Path, Payload]) -> dict[Path, str]:
    """The first half of :func:`write_together`: each file written whole beside its target; their names.

    On failure none is left. Pass the result to :func:`swap` (or to
    :func:`drop` to give up).
    """
    temps: dict[Path, str] = {}
    made: list[Path] = []
    try:
        for path, data in files.items():
            made += _make_folder(Path(path).parent)
            temps[Path(path)] = _temporary(Path(path), data)
    except BaseException:
        drop(temps)
        _remove_folders(made)
        raise
    return temps


def drop(temps: Mapping[Path, str]) -> None:
    """Remove the temporary files made by :func:`prepare`."""
    for tmp in temps.values():
        _unlink(tmp)


def swap(temps: Mapping[Path, str]) -> None:
    """The second half of :func:`write_together` (call it with signals held): every temporary file renamed
    onto its target; if one rename fails, the old files put back."""
    backups: dict[Path, str | None] = {}
    try:
        for path, tmp in temps.items():
            backups[path] = _backup(path)
            os.replace(tmp, path)
    except OSError as e:
        for path, backup in backups.items():  # undo: the old set comes back
            with contextlib.suppress(OSError):
                if backup is not None:
                    os.replace(backup, path)
                elif not os.path.exists(temps[path]):
                    os.unlink(path)
        # the file that could not be replaced, not the temporary one os.replace names (its e.filename)
        raise OutputError(f"cannot write: {e.strerror}", str(path)) from None
    finally:
        for tmp in temps.values():
            _unlink(tmp)
        for backup in backups.values():
            if backup is not None:
                _unlink(backup)


def _backup(path: Path) -> str | None:
    """A hard link to the current ``path`` (to undo its replacement), or None when there is none."""
    if not path.exists():
        return None
    backup = str(path.with_name(f".{path.name}.{os.getpid()}.old"))
    _unlink(backup)
    try:
        os.link(path, backup)
    except OSError:
        return None  # a file system without hard links: the swap is still all or nothing up to a failure
    return backup


@contextlib.contextmanager
def output_lock(target: Path) -> Iterator[None]:
    """Hold an output (a folder of files, a store, a file) for one writer: a second kg stops with a message.

    The lock is an ``fcntl`` lock on the file ``.NAME.kg.lock`` beside the
    target (so a store folder holds nothing but the store), released by the
    operating system when the process ends, however it ends. The lock file, and
    the folders made for it that are still empty, are removed when the writer is done.
    """
    target = Path(target)
    lock = target.parent / f".{target.name or 'output'}.kg.lock"
    made = _make_folder(target.parent)
    try:
        fd = _locked(lock, target)
    except BaseException:
        _remove_folders(made)
        raise
    try:
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        _remove_stale(target)
        yield
    finally:
        _unlink(str(lock))  # while held: a kg that opened it meanwhile sees it gone and makes its own
        os.close(fd)
        _remove_folders(made)


def _remove_stale(target: Path) -> None:
    """Remove what a writer of ``target`` stopped outright (kill -9, a power cut) left beside it: its
    temporary copies ``.NAME.*.tmp`` and backups ``.NAME.*.old`` (none is in use: ``target`` is held)."""
    for stale in target.parent.glob(f".{glob.escape(target.name)}.*"):
        if stale.name.endswith((".tmp", ".old")):
            if stale.is_dir() and not stale.is_symlink():
                shutil.rmtree(stale, ignore_errors=True)
            else:
                _unlink(str(stale))


def _locked(lock: Path, target: Path) -> int:
    """A descriptor of the file ``lock``, locked for this process, or :class:`OutputError` naming
    ``target`` when another process holds it."""
    while True:
        try:
            fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o644)
        except NotADirectoryError:
            raise OutputError("cannot create the output folder: a file is in the way",
                              str(lock.parent)) from None
        except OSError as e:  # (a folder kg may not write in)
            raise OutputError(f"cannot write: {e.strerror}", str(target)) from None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip() or "?"
            os.close(fd)
            raise OutputError(f"another kg (process {holder}) is writing here: "
                              "wait for it to end, or choose another --out", str(target)) from None
        try:
            if os.path.samestat(os.fstat(fd), os.stat(lock)):
                return fd
        except OSError:
            pass
        os.close(fd)  # the file of a writer that ended, removed as it was locked here: lock the next one
