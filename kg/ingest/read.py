"""Read ``.txt`` and ``.jsonl`` news into :class:`~kg.model.Document` records."""
from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from kg.errors import InputError
from kg.model import Document

__all__ = ["read_documents", "iter_paths"]

SUFFIXES = (".txt", ".jsonl")


def iter_paths(inputs: Iterable[str | Path]) -> Iterator[Path]:
    """Files named by ``inputs``; folders are walked in sorted order."""
    for item in inputs:
        p = Path(item)
        if p.is_dir():
            yield from sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES)
        elif p.exists():
            yield p
        else:
            raise InputError("no such file or folder", str(p))


def read_text(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as e:
        raise InputError(f"cannot read: {e.strerror}", str(path)) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError("not UTF-8 text", str(path)) from None


def read_documents(inputs: Iterable[str | Path]) -> Iterator[Document]:
    """Documents of every input file, in order."""
    for path in iter_paths(inputs):
        text = read_text(path)
        if path.suffix.lower() == ".jsonl":
            yield from _parse_jsonl(text, str(path))
        else:
            yield Document(id=path.stem, text=text, source=str(path))


def _parse_jsonl(text: str, source: str) -> Iterator[Document]:
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            raise InputError(f"not JSON: {e.msg}", source, n) from None
        if not isinstance(rec, dict) or not isinstance(rec.get("text"), str):
            raise InputError("record needs a string 'text'", source, n)
        yield Document(
            id=str(rec.get("id", f"{Path(source).stem}-{n}")),
            text=rec["text"],
            source=source,
            line=n,
            date=rec.get("date"),
            publisher=rec.get("publisher"),
            place=rec.get("place"),
            title=rec.get("title"),
            url=rec.get("url"),
        )
