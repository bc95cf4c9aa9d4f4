"""Read ``.txt`` and ``.jsonl`` news into :class:`~kg.model.Document` records.

News arrives in every encoding and shape. :func:`decode` finds the encoding
(a byte-order mark; strict UTF-8; else the candidates of charset-normalizer
plus GB18030, Big5 and UTF-16, ranked by how much of each decoding is common
Chinese-news characters) and refuses what is not text; :func:`read_documents`
turns files into documents and reports every file or record it cannot use as
an :class:`~kg.errors.InputError` naming the file (and line), either raising
it or handing it to an ``errors`` callback so that the good records are still
read.

>>> decode("市委书记".encode("gb18030"), "a.txt")
('市委书记', 'gb18030')
"""
from __future__ import annotations

import codecs
import glob
import gzip
import io
import json
import logging
import os
import re
import sqlite3
import sys
import zlib
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from functools import cache
from pathlib import Path
from typing import cast

from charset_normalizer import from_bytes

from kg.errors import InputError, file_problem, not_a_file, quoted
from kg.model import Document, replace

__all__ = [
    "read_documents", "iter_paths", "read_text", "decode", "date_problem", "MAX_LINE_CHARS", "MAX_FILE_BYTES",
    "SeenIds", "SEEN_IN_MEMORY",
]

log = logging.getLogger("kg.ingest")

SUFFIXES = (".txt", ".jsonl", ".jsonl.gz")
#: The input name that means standard input.
STDIN = "-"
#: Longest line read: a newspaper page is a few ten thousand characters; a line
#: far longer is a dump, not news, and would stall the extractors.
MAX_LINE_CHARS = 200_000
#: Largest file read (bytes).
MAX_FILE_BYTES = 256 * 1024 * 1024

#: Optional JSONL keys (docs/contract.md §3); each must be a string when present.
_OPTIONAL_KEYS = ("date", "publisher", "place", "title", "url")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}\Z")
_SURROGATE = re.compile("[\ud800-\udfff]")
_HANZI = re.compile("[\u4e00-\u9fff]")
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
#: Unicode's noncharacters (U+FDD0-U+FDEF and the last two code points of each plane): never text. Turtle
#: readers refuse some written as escapes (rapper: "illegal Unicode character" at the ``\uFFFE`` Oxigraph
#: writes), HTML calls them parse errors: they are replaced by U+FFFD as they are read, one for one.
_PLANE_ENDS = "".join(chr(plane << 16 | last) for plane in range(17) for last in (0xFFFE, 0xFFFF))
_NONCHARACTER = re.compile(f"[\ufdd0-\ufdef{_PLANE_ENDS}]")
# Control characters that never occur in text (tab, line breaks and form feed do).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")

ErrorHandler = Callable[[InputError], None]


def _raise(e: InputError) -> None:
    raise e


#: Document ids the duplicate check keeps in memory before it moves them to disk.
SEEN_IN_MEMORY = 100_000


class SeenIds:
    """Document ids read so far, each with where it was first read, for the duplicate check.

    Held in memory up to ``limit`` ids (:data:`SEEN_IN_MEMORY`), then moved to a private SQLite
    database on disk (no name: gone when closed or when the process ends), so
    memory stays flat however many documents a build reads.

    >>> seen = SeenIds(limit=1)
    >>> seen["a"] = "x.jsonl:1"; seen["b"] = "x.jsonl:2"
    >>> "a" in seen, seen["b"], "c" in seen
    (True, 'x.jsonl:2', False)
    """

    def __init__(self, limit: int | None = None):
        self.limit = SEEN_IN_MEMORY if limit is None else limit
        self._memory: dict[str, str] = {}
        self._disk: sqlite3.Connection | None = None

    def __contains__(self, doc_id: str) -> bool:
        return self.get(doc_id) is not None

    def __getitem__(self, doc_id: str) -> str:
        where = self.get(doc_id)
        if where is None:
            raise KeyError(doc_id)
        return where

    def get(self, doc_id: str) -> str | None:
        if self._disk is None:
            return self._memory.get(doc_id)
        row = self._disk.execute("SELECT at FROM ids WHERE id = ?", (doc_id,)).fetchone()
        return None if row is None else row[0]

    def __setitem__(self, doc_id: str, where: str) -> None:
        if self._disk is None and len(self._memory) < self.limit:
            self._memory[doc_id] = where
            return
        if self._disk is None:
            self._disk = sqlite3.connect("")  # "": a temporary database on disk, deleted on close
            self._disk.execute("CREATE TABLE ids (id TEXT PRIMARY KEY, at TEXT) WITHOUT ROWID")
            self._disk.executemany("INSERT INTO ids VALUES (?, ?)", self._memory.items())
            self._memory.clear()
        self._disk.execute("INSERT OR REPLACE INTO ids VALUES (?, ?)", (doc_id, where))


def iter_paths(inputs: Iterable[str | Path], errors: ErrorHandler | None = None) -> Iterator[Path]:
    """Files named by ``inputs``; folders are walked in sorted order.

    In a folder, a ``.txt`` or ``.jsonl`` name that is not a readable regular
    file (a dangling or looping symbolic link, a named pipe, a device) is a
    problem, not a silent skip; a symbolic link back to a folder being walked
    is a loop and is not followed.
    """
    report = errors or _raise
    for item in inputs:
        p = Path(item)
        if item == "":  # (Path("") is the current folder)
            report(InputError("an empty path names no file or folder", "''"))
        elif p.is_file() and (problem := file_problem(item)):  # a.txt/
            report(InputError(problem, str(item)))
        elif not p.exists() and glob.has_magic(str(item)):
            matches = sorted(glob.glob(str(item), recursive=True))
            if not matches:
                report(InputError("no file matches this pattern", str(item)))
            yield from iter_paths(matches, errors)
        elif p.is_dir():
            try:
                files = sorted(_walk(p, report))
            except InputError as e:  # the folder itself
                report(e)
                continue
            if not files:
                report(InputError("no .txt or .jsonl files in this folder", str(p)))
            yield from files
        elif p.suffix.lower() == ".json" and p.is_file():
            # a JSON array would otherwise be read as the text of one article
            report(InputError("a .json file: kg reads JSON Lines (.jsonl), one article a line", str(p)))
        elif p.exists():
            yield p
        elif p.is_symlink():
            report(InputError(not_a_file(p), str(p)))
        else:
            report(InputError("no such file or folder", str(p)))


def _walk(folder: Path, report: ErrorHandler) -> Iterator[Path]:
    """The ``.txt`` and ``.jsonl`` files under ``folder``; folder links are followed, never round a loop.
    :class:`InputError` when ``folder`` itself cannot be read."""
    stack = [(folder, frozenset({os.path.realpath(folder)}))]
    while stack:
        current, ancestors = stack.pop()
        try:
            entries = sorted(os.scandir(current), key=lambda e: e.name)
        except OSError as e:
            problem = InputError(f"cannot read the folder: {e.strerror or e}", str(current))
            if current == folder:  # (not also "no .txt or .jsonl files in this folder")
                raise problem from None
            report(problem)
            continue
        for entry in entries:
            path = Path(entry.path)
            try:
                is_dir, is_file = entry.is_dir(), entry.is_file()
            except OSError:  # a link in a loop: a problem if it is named like news, reported below
                is_dir = is_file = False
            if is_dir:
                real = os.path.realpath(path)
                if real in ancestors:
                    report(InputError("symbolic link loop: a link back to a folder being read, not followed",
                                      str(path)))
                else:
                    stack.append((path, ancestors | {real}))
            elif path.name.lower().endswith(SUFFIXES):
                if is_file:
                    yield path
                else:
                    report(InputError(not_a_file(path), str(path)))


def decode(data: bytes, source: str, *, warn: bool = True) -> tuple[str, str]:
    """Text of ``data`` and the name of its encoding; :class:`InputError` when it is not text.

    The encoding its byte-order mark names, else UTF-8 (a few broken sequences replaced, with a warning
    unless ``warn`` is false), else the one that reads best (:func:`_guessed`).
    """
    decoded = _with_bom(data, source) or _as_utf8(data, source, warn) or _guessed(data)
    if decoded is None:
        raise InputError("not text: binary data or an unknown encoding", source)
    text, encoding = decoded
    return _check_text(text, source), encoding


def _with_bom(data: bytes, source: str) -> tuple[str, str] | None:
    """``data`` decoded in the encoding its byte-order mark names; None without one."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError:
                raise InputError(f"starts with a {encoding} byte-order mark but is not {encoding}",
                                 source) from None
    return None


def _as_utf8(data: bytes, source: str, warn: bool) -> tuple[str, str] | None:
    """``data`` as UTF-8, or as mostly UTF-8 with a few broken bytes (a truncated download, a bad copy:
    the text kept, what cannot be read replaced, and said); None when it is not (NULs beyond a stray
    one: maybe UTF-16 without a byte-order mark)."""
    try:
        text = data.decode("utf-8")
        if _few_nuls(text):
            return text, "utf-8"
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    if 0 < bad <= max(1, len(text) // 1000) and _few_nuls(text) and _plausibility(text) >= 0.8:
        if warn:
            log.warning("%s: %d broken UTF-8 sequence(s) replaced by U+FFFD", source, bad)
        return text, "utf-8 (with replacements)"
    return None


def _guessed(data: bytes) -> tuple[str, str] | None:
    """``data`` in the encoding that reads as the most common characters of Chinese news
    (:func:`_rank`), among charset-normalizer's guesses and the Chinese encodings; None when even
    that one reads as less than half common characters."""
    candidates = [(m.encoding, str(m)) for m in from_bytes(data)]
    # charset-normalizer misses many short Chinese texts mixed with Latin letters,
    # and the byte order of short UTF-16: the Chinese encodings are always tried.
    extra = ["gb18030", "big5"] + (["utf_16_le", "utf_16_be"] if len(data) % 2 == 0 else [])
    for encoding in extra:
        if all(e != encoding for e, _ in candidates):
            try:
                candidates.append((encoding, data.decode(encoding)))
            except UnicodeDecodeError:
                pass
    if not candidates:
        return None
    # Short texts fit several encodings (市委书记 in GB18030 is also valid
    # cp949); the one that reads as the most common characters wins; on a
    # tie, the one with more hanzi (李彬 in UTF-16 is also 'gN_l' in cp932),
    # then GB18030, then Big5.
    encoding, text = max(candidates, key=_rank)
    if _plausibility(text) < 0.5:
        return None
    return text, codecs.lookup(encoding).name


@cache
def _common_chars() -> frozenset[str]:
    """Characters of Chinese news: ASCII, CJK punctuation, full-width forms and the
    common hanzi (GB 2312 level 1, Big5 frequently used characters)."""
    chars = {chr(c) for c in range(0x20, 0x7F)} | set("\t\n\r")
    chars |= {chr(c) for c in range(0x3000, 0x3040)} | {chr(c) for c in range(0xFF01, 0xFF5F)}
    chars |= {bytes([hi, lo]).decode("gb2312") for hi in range(0xB0, 0xD8) for lo in range(0xA1, 0xFF)
              if (hi, lo) < (0xD7, 0xFA)}
    for hi in range(0xA4, 0xC7):
        for lo in [*range(0x40, 0x7F), *range(0xA1, 0xFF)]:
            if (hi, lo) <= (0xC6, 0x7E):
                chars.add(bytes([hi, lo]).decode("big5"))
    chars |= set("“”‘’—…·")
    return frozenset(chars)


def _plausibility(text: str) -> float:
    """Share of common characters in the first 20,000 characters of a decoding."""
    sample = text[:20_000]
    common = _common_chars()
    return sum(ch in common for ch in sample) / max(len(sample), 1)


_PREFERRED = {"gb18030": 2, "big5": 1}


def _rank(candidate: tuple[str, str]) -> tuple[float, int, int]:
    encoding, text = candidate
    return _plausibility(text), len(_HANZI.findall(text, 0, 20_000)), _PREFERRED.get(encoding, 0)


def _few_nuls(text: str) -> bool:
    """Whether ``text`` holds one NUL at most, or one in a hundred of its first 100,000 characters: a stray
    one in a scraped page; UTF-16 or UTF-32 read as UTF-8 (Latin letters, digits) has a NUL in every other
    character or more."""
    return text.count("\x00", 0, 100_000) <= max(1, min(len(text), 100_000) // 100)


def _check_text(text: str, source: str) -> str:
    """``text`` unless it holds more control characters than a page can: NULs in over one character in a
    hundred (:func:`_few_nuls`), or control characters in over one in a hundred (eight in a short text)."""
    controls = len(_CONTROL.findall(text, 0, 100_000))
    if not _few_nuls(text) or controls > max(8, min(len(text), 100_000) // 100):
        raise InputError("not text: binary data (control characters)", source)
    return text


def read_text(path: Path) -> tuple[str, str]:
    """Text of the file at ``path`` and its encoding; :class:`InputError` when unusable."""
    source = str(path)
    try:
        if not path.is_file():  # a device or pipe (/dev/zero) would be read for ever
            raise InputError(not_a_file(path), source)
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise InputError(f"too large: {size:,} bytes (limit {MAX_FILE_BYTES:,})", source)
        data = path.read_bytes()
    except OSError as e:
        raise InputError(f"cannot read: {e.strerror or e}", source) from None
    if not data.strip():
        raise InputError("empty file", source)
    _not_gzip(data, source)
    text, encoding = decode(data, source)
    if not text.strip():
        raise InputError("empty file", source)
    log.info("%s: read as %s (%s characters)", source, encoding, f"{len(text):,}")
    return text, encoding


def _not_gzip(head: bytes, source: str) -> None:
    """:class:`InputError` for gzip data where text belongs (a page, standard input): named as gzip, not as
    binary data of an unknown encoding."""
    if head.startswith(b"\x1f\x8b"):
        raise InputError("a gzip file: kg reads gzipped JSON Lines (.jsonl.gz), a page as text: gunzip it",
                         source)


def read_documents(
    inputs: Iterable[str | Path | Document], errors: ErrorHandler | None = None
) -> Iterator[Document]:
    """Documents of every input file (``Document`` records pass through), in order.

    A file or record that cannot be used raises :class:`InputError`, or, when
    ``errors`` is given, is passed to it and skipped so the rest is still read.
    Document ids are unique: a ``.txt`` file is named by its stem, or by its
    path when another file has the same stem; a JSONL record repeating an id
    is a problem.
    """
    report = errors or _raise
    seen = SeenIds()  # document id -> where it was first read
    files: set[tuple[int, int]] = set()  # (device, inode) of the files read
    for item in inputs:
        if isinstance(item, Document):
            yield _noncharacters_replaced(item)
        else:
            yield from map(_noncharacters_replaced, _read_path(item, report, seen, files))


def _noncharacters_replaced(doc: Document) -> Document:
    """``doc`` with each Unicode noncharacter of its text, id and other fields replaced by U+FFFD, and
    said, as broken UTF-8 is: one character for one, so offsets are those of the text as given."""
    fields = {key: value for key in ("id", "text", *_OPTIONAL_KEYS)
              if isinstance(value := getattr(doc, key), str) and _NONCHARACTER.search(value)}
    if not fields:
        return doc
    n = sum(len(_NONCHARACTER.findall(value)) for value in fields.values())
    where = f"{doc.source}:{doc.line}" if doc.line else doc.source or quoted(doc.id)
    log.warning("%s: %d Unicode noncharacter(s) (U+FFFE, U+FFFF ...) replaced by U+FFFD", where, n)
    return replace(doc, **{key: _NONCHARACTER.sub("\ufffd", value) for key, value in fields.items()})


def _read_path(
    item: str | Path, report: ErrorHandler, seen: SeenIds, files: set[tuple[int, int]]
) -> Iterator[Document]:
    if item == STDIN:
        yield from _read_stdin(report, seen)
        return
    for path in iter_paths([item], report):
        try:
            st = path.stat()
        except OSError:
            pass  # reading it says why
        else:
            if (st.st_dev, st.st_ino) in files:
                # reached again through overlapping arguments (a folder and a file in it, a link)
                log.info("%s: already read, not read again", path)
                continue
            files.add((st.st_dev, st.st_ino))
        if path.name.lower().endswith((".jsonl", ".jsonl.gz")):
            yield from _read_jsonl(_jsonl_lines(path), str(path), report, seen)
            continue
        try:
            text, _ = read_text(path)
        except InputError as e:
            report(e)
            continue
        n = _long_line(text)
        if n:
            message = f"line {n} is longer than {MAX_LINE_CHARS:,} characters: not news text"
            report(InputError(message, str(path)))
            continue
        stem, posix = _text(path.stem), _text(path.with_suffix("").as_posix())
        doc_id = stem if stem not in seen else posix
        seen[doc_id] = str(path)
        yield Document(id=doc_id, text=text, source=str(path))


def _read_stdin(report: ErrorHandler, seen: SeenIds) -> Iterator[Document]:
    """Documents of standard input: JSON Lines (streamed) when it starts with a JSON object, else one text
    (decoded whole, as a file)."""
    try:
        stream, head, encoding = _stdin()
    except InputError as e:
        report(e)
        return
    if head.decode(encoding, errors="replace").lstrip("\ufeff \t\r\n").startswith("{"):
        yield from _read_jsonl(_decoded_lines(stream, encoding, "<stdin>"), "<stdin>", report, seen)
        return
    try:
        text = decode(stream.read(), "<stdin>")[0] if head.strip() else ""
    except InputError as e:
        report(e)
        return
    if not text.strip():
        report(InputError("empty input", "<stdin>"))
        return
    seen["stdin"] = "<stdin>"
    yield Document(id="stdin", text=text, source="<stdin>")


def _stdin() -> tuple[io.BufferedReader, bytes, str]:
    """Standard input as it arrives (its head given back), its head, and its encoding told from the head
    (:func:`_stdin_head`)."""
    if sys.stdin is None:  # closed (<&-)
        raise InputError("standard input is closed", "<stdin>")
    stream = cast(io.BufferedIOBase, sys.stdin.buffer)  # (a BufferedReader: read1 gives what has come)
    head = _stdin_head(stream)
    _not_gzip(head, "<stdin>")
    encoding = _head_encoding(head, "<stdin>") if head.strip() else "utf-8"
    log.info("<stdin>: read as %s", encoding)
    return io.BufferedReader(_Prefixed(head, stream)), head, encoding


def _stdin_head(stream: io.BufferedIOBase) -> bytes:
    """The first part of standard input, which tells its encoding: its first line when that is a JSON
    record in UTF-8 (ASCII included), so that each record of a stream is read as soon as its line is
    complete; else its first :data:`JSONL_WHOLE_BYTES`, as a big file's (a text on standard input is one
    document: read whole anyway)."""
    first = stream.readline(JSONL_WHOLE_BYTES)
    if first.endswith(b"\n") and first.removeprefix(codecs.BOM_UTF8).lstrip().startswith(b"{") \
            and b"\x00" not in first:  # (UTF-16 and UTF-32 hold NULs)
        try:
            first.decode("utf-8")
        except UnicodeDecodeError:
            pass
        else:
            return first
    return first + stream.read(JSONL_WHOLE_BYTES - len(first))


class _Prefixed(io.RawIOBase):
    """Bytes already read (``head``), then the rest of the stream ``rest``."""

    def __init__(self, head: bytes, rest: io.BufferedIOBase):
        self._head, self._rest = memoryview(head), rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        if self._head:
            n = min(len(buffer), len(self._head))
            buffer[:n], self._head = self._head[:n], self._head[n:]
            return n
        data = self._rest.read1(len(buffer))  # what has arrived: a stream's line is not held back
        buffer[:len(data)] = data
        return len(data)


def _text(name: str) -> str:
    """A file name as text: bytes that are not UTF-8 (held as surrogate escapes) written ``\\xff``.

    >>> _text(os.fsdecode(b"a\\xff.txt"))
    'a\\\\xff.txt'
    """
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


#: The first part of a JSONL file or stream that tells its encoding: the whole of most files; a larger one
#: is streamed line by line, so a dump of millions of articles never has to fit in memory.
JSONL_WHOLE_BYTES = 4 * 1024 * 1024


def _jsonl_lines(path: Path) -> Iterator[str | InputError]:
    """The lines of a JSONL file, gzipped or not, as they are read (:func:`_decoded_lines`), in the encoding
    told from its first :data:`JSONL_WHOLE_BYTES`; a problem with the whole file comes as the last item."""
    source = str(path)
    try:
        if not path.is_file():
            raise InputError(not_a_file(path), source)
        with gzip.open(path) if path.suffix.lower() == ".gz" else path.open("rb") as fh:
            head, cut = _read_head(fh)
            if not head.strip():
                raise cut or InputError("empty file", source)
            encoding = _head_encoding(head, source)
            log.info("%s: read as %s", source, encoding)
            rest = fh if cut is None else _Cut(cut)
            yield from _decoded_lines(io.BufferedReader(_Prefixed(head, rest)), encoding, source)
    except InputError as e:
        yield e
    except gzip.BadGzipFile as e:
        yield InputError(f"cannot read as gzip: {e}", source)
    except OSError as e:
        yield InputError(f"cannot read: {e.strerror or e}", source)
    except (EOFError, zlib.error) as e:
        yield InputError(f"cannot read as gzip: {e}", source)


def _read_head(fh: io.BufferedIOBase) -> tuple[bytes, Exception | None]:
    """The first :data:`JSONL_WHOLE_BYTES` of ``fh``, and the error that cut a gzip stream short before
    their end: the whole lines before the cut are read, as they are in a larger file."""
    head = bytearray()
    try:
        while len(head) < JSONL_WHOLE_BYTES:  # read1: what was decompressed before a cut is kept
            piece = fh.read1(min(1 << 16, JSONL_WHOLE_BYTES - len(head)))
            if not piece:
                break
            head += piece
    except (EOFError, zlib.error, gzip.BadGzipFile) as e:
        return bytes(head), e
    return bytes(head), None


class _Cut(io.BufferedIOBase):
    """The rest of a stream cut short: reading it raises the error that cut it."""

    def __init__(self, error: Exception):
        self._error = error

    def read1(self, size: int = -1) -> bytes:
        raise self._error


def _head_encoding(head: bytes, source: str) -> str:
    """The encoding of the first part of a JSONL input, cut after its last whole line; when its lines are
    in two encodings (records in GBK pasted into a UTF-8 file), that of the lines that are not UTF-8 (each
    line is read as UTF-8 when it is: :func:`_decoded_lines`).

    In UTF-16 and UTF-32 a line feed is a code unit of 2 or 4 bytes, at an
    offset that is a multiple of its size; in the other encodings kg reads, a
    0x0A byte is never part of another character.
    """
    cuts: list[int] = []
    if b"\x00" in head[:4096] or head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        for newline in ("\n".encode("utf-32-le"), "\n".encode("utf-32-be"),
                        "\n".encode("utf-16-le"), "\n".encode("utf-16-be")):
            end = len(head) - len(head) % len(newline)
            while (i := head.rfind(newline, 0, end)) > 0 and i % len(newline):
                end = i + len(newline) - 1
            if i > 0:
                cuts.append(i + len(newline))
    cut = head.rfind(b"\n")
    cuts.append(cut + 1 if cut > 0 else len(head))
    for end in dict.fromkeys(cuts):
        try:
            return decode(head[:end], source, warn=False)[1].split(" ")[0]  # "utf-8 (with replacements)"
        except InputError as e:
            problem = e
    other = b"\n".join(line for line in head[:cuts[-1]].split(b"\n") if not _is_utf8(line))
    if other.strip() and len(other) < cuts[-1] - 1:
        try:
            return decode(other, source, warn=False)[1].split(" ")[0]
        except InputError:
            pass
    raise problem


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _decoded_lines(stream: io.BufferedReader, encoding: str, source: str) -> Iterator[str | InputError]:
    """The lines of a JSONL byte stream (split on ``\\n`` only), each as it arrives, in the input's
    ``encoding``: a line is read as UTF-8 when it is UTF-8 (ASCII, JSON escapes), else in ``encoding``;
    a few broken bytes in a UTF-8 line are replaced by U+FFFD and counted, as in a file; a line that is
    not in the input's encoding is an :class:`InputError` naming it (the record is skipped)."""
    if encoding.startswith(("utf-16", "utf-32")):  # a line feed of 2 or 4 bytes: decoded as one stream
        yield from _wide_lines(stream, encoding, source)
        return
    utf8 = encoding.startswith("utf-8")
    replaced = 0
    for n, raw in enumerate(stream, 1):
        raw = raw.rstrip(b"\n").removeprefix(codecs.BOM_UTF8 if n == 1 else b"")
        try:
            yield raw.decode("utf-8")
            continue
        except UnicodeDecodeError as e:
            at = e.start
        if utf8:
            text = raw.decode("utf-8", errors="replace")
            bad = text.count("\ufffd")
            if bad <= max(1, len(text) // 1000):  # a cut download, not another encoding
                replaced += bad
                yield text
                continue
        else:
            try:
                yield raw.decode(encoding)
                continue
            except UnicodeDecodeError as e:
                at = e.start
        name = "UTF-8" if utf8 else f"UTF-8 or {encoding}"
        yield InputError(f"not {name} like the rest of the input (byte {raw[at]:#04x} at byte {at + 1} of "
                         "the line): save it all in one encoding", source, n)
    if replaced:
        log.warning("%s: %d broken UTF-8 sequence(s) replaced by U+FFFD", source, replaced)


def _wide_lines(stream: io.BufferedReader, encoding: str, source: str) -> Iterator[str]:
    """The lines of a UTF-16 or UTF-32 stream; bad bytes are replaced by U+FFFD and counted, as in a file."""
    before = _replaced[0]
    for line in io.TextIOWrapper(stream, encoding=encoding, errors="kg-count", newline="\n"):
        yield line.rstrip("\n")
    if bad := _replaced[0] - before:
        log.warning("%s: %d broken %s sequence(s) replaced by U+FFFD", source, bad, encoding)


#: Bad bytes replaced while streaming, counted by the ``kg-count`` error handler.
_replaced = [0]


def _count_and_replace(e: UnicodeError) -> tuple[str, int]:
    if not isinstance(e, UnicodeDecodeError):
        raise e
    _replaced[0] += 1
    return "\ufffd", e.end


codecs.register_error("kg-count", _count_and_replace)


#: Lines without a single JSON record after which a ".jsonl" file is taken for a page.
_NOT_JSONL_AFTER = 1000


def _read_jsonl(
    lines: Iterable[str | InputError], source: str, report: ErrorHandler, seen: SeenIds
) -> Iterator[Document]:
    pending: list[InputError] = []  # problems held back until one record is good
    good = False
    for item in _parse_jsonl(lines, source):
        if isinstance(item, InputError):
            if good:
                report(item)
                continue
            pending.append(item)
            if len(pending) >= _NOT_JSONL_AFTER and all(p.message.startswith("not JSON") for p in pending):
                break
            continue
        if not good:
            good = True
            for problem in pending:
                report(problem)
            pending = []
        if item.id in seen:
            report(InputError(f"duplicate id {quoted(item.id)} (first read at {seen[item.id]})", source,
                              item.line))
        else:
            seen[item.id] = f"{source}:{item.line}"
            yield item
    if pending:
        if len(pending) > 1 and all(p.message.startswith("not JSON") for p in pending):
            # a page saved as .jsonl: one message, not one per line
            first = pending[0]
            many = f"{len(pending)}+" if len(pending) >= _NOT_JSONL_AFTER else f"{len(pending)}"
            report(InputError(f"not JSON Lines: none of its {many} lines is JSON "
                              f"(line {first.line}: {first.message})", source))
        else:
            for problem in pending:
                report(problem)


def _long_line(text: str) -> int:
    """1-based number of the first line longer than :data:`MAX_LINE_CHARS`, else 0."""
    if len(text) <= MAX_LINE_CHARS:
        return 0
    for n, line in enumerate(text.splitlines(), 1):
        if len(line) > MAX_LINE_CHARS:
            return n
    return 0


def _parse_jsonl(lines: Iterable[str | InputError], source: str) -> Iterator[Document | InputError]:
    """Documents of JSONL lines, and an :class:`InputError` for each bad line (a line that could not be
    decoded comes as its problem)."""
    # Lines are split on \n only: str.splitlines would also split inside a record at U+2028 and friends.
    for n, line in enumerate(lines, 1):
        if isinstance(line, InputError):
            yield line
            continue
        if not line.strip():
            continue
        if len(line) > MAX_LINE_CHARS:
            yield InputError(f"line longer than {MAX_LINE_CHARS:,} characters", source, n)
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            yield InputError(f"not JSON: {e.msg} (column {e.colno})", source, n)
            continue
        except RecursionError:
            yield InputError("not JSON: nested too deeply", source, n)
            continue
        except ValueError as e:  # an integer of thousands of digits
            yield InputError(f"not JSON: {str(e).split(':')[0]}", source, n)
            continue
        problem = _record_problem(rec)
        if problem:
            yield InputError(problem, source, n)
            continue
        yield Document(
            id=rec.get("id") or f"{Path(source).stem}-{n}",
            text=rec["text"],
            source=source,
            line=n,
            **{k: rec.get(k) for k in _OPTIONAL_KEYS},
        )


def _record_problem(rec: object) -> str | None:
    """Why a parsed JSONL record cannot be used, or ``None``."""
    if not isinstance(rec, dict):
        return f"a record must be a JSON object, not {_json_type(rec)}"
    if "text" not in rec:
        return "record has no 'text'"
    for key in ("id", "text", *_OPTIONAL_KEYS):
        value = rec.get(key)
        if (value is not None or key == "text") and not isinstance(value, str):
            return f"'{key}' must be a string, not {_json_type(value)}"
        if value is not None and _SURROGATE.search(value):
            # only a JSON escape (\ud800) makes one; it cannot be written out as UTF-8
            return f"'{key}' holds an unpaired surrogate escape"
    if not rec["text"].strip():
        return "'text' is empty"
    if rec.get("date") is not None:
        problem = date_problem(rec["date"])
        if problem:
            return f"'date' {problem}"
    return None


def date_problem(value: str) -> str | None:
    """Why ``value`` is not a publication date (``YYYY-MM-DD``, a day of the calendar), or ``None``.

    >>> date_problem("2023-02-29")
    "must be a real date, not '2023-02-29' (day is out of range for month)"
    """
    if not _DATE.match(value):
        return f"must be YYYY-MM-DD, not {quoted(value)}"
    try:
        date.fromisoformat(value)
    except ValueError as e:
        return f"must be a real date, not {quoted(value)} ({e})"
    return None


def _json_type(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return f"a number ({value})"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return "a string"
