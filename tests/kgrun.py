"""Run kg as users do (in process or as a process of its own) and check what it says on stderr."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

from kg.cli import main


def run_kg(args, monkeypatch, capsys) -> tuple[int, str, str]:
    """Run the real entry point ``kg.cli:main`` in process: exit code, stdout, stderr."""
    monkeypatch.setattr(sys, "argv", ["kg", *map(str, args)])
    with pytest.raises(SystemExit) as exc:
        main()
    out, err = capsys.readouterr()
    code = exc.value.code
    return (code if isinstance(code, int) else 0 if code is None else 1), out, err


def kg_process(args, *, env: dict[str, str] | None = None, timeout: float = 120, **kw):
    """Run ``kg`` in a process of its own (``python -m`` the entry point), as a shell would."""
    cmd = [sys.executable, "-c", "from kg.cli import main; main()", *map(str, args)]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout,
                          env={**os.environ, **(env or {})}, **kw)


def one_line_errors(err: str) -> list[str]:
    """The lines of ``err``, checked to be kg's one-line messages with no control characters."""
    lines = err.splitlines()
    assert lines, "expected a message on stderr"
    assert all(line.startswith("kg: ") for line in lines), err
    assert "Traceback" not in err
    assert not any(ord(c) < 0x20 and c != "\n" or c == "\x7f" for c in err), repr(err)
    return lines
