"""Rule files: lexicons and patterns, loaded and validated once.

Three formats live under ``kg/rules/`` (see ``kg/rules/README.md``); in all of
them a line starting with ``#`` is a comment and one comment must be
``# source: ...``:

* ``*.txt`` lexicons: one entry a line, optionally ``entry<TAB>flag``. A lexicon
  is named by its path without suffix (``people/surnames``). A user lexicon
  names the built-in one it extends with a header line ``# lexicon: titles/titles``.
* ``*.tsv`` tables: tab-separated rows whose columns the stage reading the table
  checks (``places/world``: name, level, parent, aliases). A user table names the
  built-in one it extends with ``# table: places/world``; its rows are added.
* ``*.jsonl`` patterns: one JSON object a line, ``{"id", "label", "regex"}`` plus
  optional ``group``, ``priority``, ``key``, ``comment``. ``{name}`` in a regex
  expands to an alternation of the lexicon ``people/name`` or ``titles/name``
  (written ``{people/surnames}``). Unknown keys are errors, as in spaCy's
  pattern schemas.
* ``*.jsonl`` records: one JSON object a line whose keys the file's schema
  (:data:`RECORD_SCHEMAS`) allows: the event scheme, triggers and roles
  (``events/scheme``). A user file names the built-in one it extends with
  ``# table: events/triggers``; its records are added.

:func:`load_rules` reads them all into one immutable :class:`RuleSet`, which is
handed to every stage; what a stage builds from it is cached per rule set
(:func:`per_rules`). Every malformed line raises :class:`kg.errors.RuleError`
naming file and line.
"""
from __future__ import annotations

import codecs
import functools
import json
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import Any, Generic, Self, TypeVar

import regex

from kg.errors import RuleError, file_problem, quoted

__all__ = [
    "Lexicon", "Pattern", "Record", "Records", "Row", "Table", "RuleSet", "alternation", "load_rules",
    "per_rules", "read_lexicon", "read_patterns", "read_records", "read_table", "RECORD_SCHEMAS", "RULES_DIR",
]

RULES_DIR = Path(__file__).parent
_BUILTIN_DIRS = ("types", "people", "titles", "places", "orgs", "posts", "events")
_PATTERN_KEYS = {"id", "label", "regex", "group", "priority", "key", "comment"}
_FLAG = re.compile(r"^[a-z][a-z0-9_-]*(?:,[a-z][a-z0-9_-]*)*$")  # one flag, or several comma-separated
_MACRO = re.compile(r"\{([a-z_]+/[a-z_]+)\}")


@dataclass(frozen=True)
class Lexicon:
    """Entries of one lexicon file: word -> flag ('' when none)."""

    name: str
    entries: Mapping[str, str]
    source: str = ""

    def __contains__(self, word: object) -> bool:
        return word in self.entries

    def get(self, word: str, default: str | None = None) -> str | None:
        return self.entries.get(word, default)

    def with_flag(self, flag: str) -> frozenset[str]:
        """The words flagged ``flag`` (a word may carry several flags, comma-separated: before,after)."""
        return frozenset(w for w, f in self.entries.items() if flag in f.split(","))


@dataclass(frozen=True, kw_only=True)
class _Line:
    """Where a row or record was read: the file and the line that error messages name."""

    path: str
    line: int

    def error(self, message: str) -> RuleError:
        """A :class:`RuleError` about this line, naming its file and line."""
        return RuleError(message, self.path, self.line)


@dataclass(frozen=True)
class Row(_Line):
    """One row of a table: its fields, and the file and line it was read from."""

    fields: tuple[str, ...]


_LineT = TypeVar("_LineT", bound=_Line)


@dataclass(frozen=True)
class _Lines(Generic[_LineT]):
    """The rows (or records) of one table (or record file): built-in ones first, then those of user
    files, in file order; ``source`` the ``# source:`` of each file."""

    name: str
    rows: tuple[_LineT, ...]
    source: str = ""

    def extended(self, other: _Lines[_LineT]) -> Self:
        """These rows, then those of ``other`` (a user file adding to this one)."""
        return replace(self, rows=self.rows + other.rows, source=f"{self.source}; {other.source}")


class Table(_Lines[Row]):
    """Rows of one table (``*.tsv``)."""

    def checked(self, min_cols: int, max_cols: int) -> Iterator[Row]:
        """The rows, each checked to have ``min_cols`` to ``max_cols`` fields."""
        for row in self.rows:
            if not min_cols <= len(row.fields) <= max_cols:
                wanted = f"{min_cols}" if min_cols == max_cols else f"{min_cols} to {max_cols}"
                raise row.error(f"expected {wanted} tab-separated fields, got {len(row.fields)}")
            yield row

    def words_by_kind(self, kinds: Sequence[str], kind_first: bool = False) -> dict[str, tuple[str, ...]]:
        """A ``word<TAB>kind`` table's words grouped by kind, in file order; a kind not in ``kinds`` is an
        error naming its row. ``kind_first``: the table is written ``kind<TAB>word``."""
        table: dict[str, list[str]] = {k: [] for k in kinds}
        for row in self.checked(2, 2):
            word, kind = reversed(row.fields) if kind_first else row.fields
            if kind not in table:
                raise row.error(f"kind {quoted(kind)} is not one of {', '.join(kinds)}")
            table[kind].append(word)
        return {k: tuple(v) for k, v in table.items()}


@dataclass(frozen=True)
class Pattern:
    """A character pattern: ``regex`` over the normalised text; group ``group`` is the mention."""

    id: str
    label: str
    regex: re.Pattern[str] | regex.Pattern[str]
    group: int | str = 0
    priority: int = 0
    key: str = ""
    path: str = ""
    line: int = 0
    #: Seconds one text may take; user rules have one (compiled with the ``regex`` package,
    #: which can stop a match), built-in rules none.
    timeout: float | None = None


@dataclass(frozen=True)
class Schema:
    """The keys a record file allows: required and optional, each with its JSON type."""

    required: Mapping[str, type]
    optional: Mapping[str, type]


#: The record files and their keys (a ``list`` is a list of strings). What the values mean is
#: checked by the stage reading them (kg/extract/events.py, kg/extract/arguments.py).
RECORD_SCHEMAS: Mapping[str, Schema] = MappingProxyType({
    "events/scheme": Schema({"id": str, "prefLabel": str, "en": str},
                            {"broader": str, "definition": str, "duee": list}),
    "events/triggers": Schema({"id": str, "word": str, "kind": str},
                              {"type": str, "role": str, "agent": bool, "except_after": list,
                               "except_before": list, "inverse": bool, "except_object": list,
                               "title": bool, "in_clause": list, "inverse_last": bool,
                               "after_going": bool, "after_held": bool}),
    "types/mentions": Schema({"id": str, "rank": int, "class": str, "zh": str, "en": str},
                             {"entity": bool, "segment": str, "colour": str, "shape": str}),
    "events/roles": Schema({"id": str, "type": str, "duee": str, "property": str, "en": str},
                           {"side": str, "reads": list, "cue": list, "followed_by": list, "many": bool,
                            "counted": bool}),
})
_JSON_TYPE = {str: "a string", bool: "true or false", list: "a list of strings", int: "an integer"}


@dataclass(frozen=True)
class Record(_Line):
    """One record of a record file: its keys and values, and the file and line it was read from."""

    fields: Mapping[str, object]

    def __getitem__(self, key: str) -> object:
        return self.fields[key]

    def get(self, key: str, default: object = None) -> object:
        return self.fields.get(key, default)

    def text(self, key: str) -> str:
        """The string value of ``key`` ('' when absent)."""
        value = self.fields.get(key, "")
        return value if isinstance(value, str) else ""

    def words(self, key: str) -> tuple[str, ...]:
        """The list value of ``key`` (empty when absent)."""
        value = self.fields.get(key, ())
        return tuple(value) if isinstance(value, list | tuple) else ()


class Records(_Lines[Record]):
    """Records of one record file (``*.jsonl`` with a schema in :data:`RECORD_SCHEMAS`)."""


@dataclass(frozen=True, eq=False)  # hashed by identity: extractors cache what they build from it
class RuleSet:
    """All lexicons (by name), patterns (in file order), tables and record files (by name)."""

    lexicons: Mapping[str, Lexicon] = field(default_factory=dict)
    patterns: tuple[Pattern, ...] = ()
    tables: Mapping[str, Table] = field(default_factory=dict)
    record_files: Mapping[str, Records] = field(default_factory=dict)
    #: what :func:`per_rules` builders made of this rule set, by builder (it goes with the rule set)
    _built: dict[Callable[[RuleSet], Any], Any] = field(default_factory=dict, init=False, repr=False)

    def lexicon(self, name: str) -> Lexicon:
        """The lexicon ``name`` (empty when no file defines it)."""
        return self.lexicons.get(name) or Lexicon(name, MappingProxyType({}))

    def table(self, name: str) -> Table:
        """The table ``name`` (empty when no file defines it)."""
        return self.tables.get(name) or Table(name, ())

    def records(self, name: str) -> Records:
        """The records of the record file ``name`` (empty when no file defines it)."""
        return self.record_files.get(name) or Records(name, ())

    def patterns_for(self, *labels: str) -> tuple[Pattern, ...]:
        return tuple(p for p in self.patterns if p.label in labels)


T = TypeVar("T")


def per_rules(build: Callable[[RuleSet], T]) -> Callable[[RuleSet], T]:
    """Cache what ``build`` makes of a rule set, once per rule set (it is immutable).

    The cache is a dict on the rule set: extractors ask for their tables hundreds of thousands of
    times per corpus, and a lookup there costs a fifth of one in a ``WeakKeyDictionary``.
    """
    @functools.wraps(build)
    def get(rules: RuleSet) -> T:
        try:
            return rules._built[build]
        except KeyError:
            value = rules._built[build] = build(rules)
            return value

    return get


def _lines(path: Path, kind: str) -> Iterator[tuple[int, str]]:
    """(number, text) of the lines of a rule file that are neither blank nor comments."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise RuleError(f"cannot read the {kind}: {exc.strerror or exc}", str(path)) from None
    try:
        lines = data.decode("utf-8-sig").splitlines()
    except UnicodeDecodeError as exc:
        at, column = data[:exc.start].count(b"\n") + 1, exc.start - data.rfind(b"\n", 0, exc.start)
        raise RuleError(f"column {column}: the {kind} is not UTF-8 (byte {data[exc.start]:#04x}); rule files "
                        "are UTF-8", str(path), at) from None
    for n, raw in enumerate(lines, 1):
        line = raw.rstrip("\r")
        if line.strip() and not line.startswith("#"):
            yield n, line


def _no_rules(path: Path) -> bool:
    """Whether a user's rule file holds only blank lines and comments (its reader checks the rest: a file
    kg may not read, one that is not UTF-8)."""
    try:
        data = path.read_bytes().removeprefix(codecs.BOM_UTF8)
    except OSError:
        return False
    return not any(line.strip() and not line.startswith(b"#") for line in data.splitlines())


def _headers(path: Path) -> dict[str, str]:
    """The ``# key: value`` comment lines of a rule file (source, lexicon, table), first of each kept."""
    out: dict[str, str] = {}
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError):
        return out
    for line in lines:
        if line.startswith("#"):
            key, sep, value = line[1:].strip().partition(":")
            if sep and key.strip().lower() in ("source", "lexicon", "table"):
                out.setdefault(key.strip().lower(), value.strip())
    return out


def read_table(path: str | Path, name: str | None = None) -> Table:
    """Read a ``.tsv`` table; ``name`` defaults to the ``# table:`` header."""
    path = Path(path)
    rows = []
    for n, line in _lines(path, "table"):
        fields = [f.strip() for f in line.split("\t")]
        while len(fields) > 1 and fields[-1] == "":
            fields.pop()
        if not fields[0]:
            raise RuleError("the first field is empty", str(path), n)
        rows.append(Row(tuple(fields), path=str(path), line=n))
    head = _headers(path)
    if not head.get("source"):
        raise RuleError("table has no '# source:' header line", str(path), 1)
    name = name or head.get("table")
    if not name:
        raise RuleError("user table needs a '# table: DIR/NAME' header naming the table it extends",
                        str(path), 1)
    return Table(name, tuple(rows), head["source"])


def _json_lines(path: Path, kind: str) -> Iterator[tuple[int, dict]]:
    """(number, object) of the records of a JSONL rule file."""
    for n, line in _lines(path, kind):
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            raise RuleError(f"not JSON ({exc.msg})", str(path), n) from None
        if not isinstance(rec, dict):
            raise RuleError("a record must be a JSON object", str(path), n)
        yield n, rec


def _has_type(value: object, kind: type) -> bool:
    """Whether a JSON value is of a schema's type: a non-blank string, a boolean, an integer, a list of
    strings."""
    if isinstance(value, bool):
        return kind is bool
    if isinstance(value, str):
        return kind is str and bool(value.strip())
    if isinstance(value, list):
        return kind is list and all(isinstance(v, str) for v in value)
    return isinstance(value, kind)


def read_records(path: str | Path, name: str | None = None) -> Records:
    """Read a ``.jsonl`` record file, every record checked against its file's schema.

    ``name`` defaults to the ``# table:`` header; ids are unique within the file.
    """
    path = Path(path)
    head = _headers(path)
    if not head.get("source"):
        raise RuleError("record file has no '# source:' header line", str(path), 1)
    name = name or head.get("table", "")
    schema = RECORD_SCHEMAS.get(name)
    if schema is None:
        raise RuleError(f"'# table: {name}' names no record file (known: {', '.join(RECORD_SCHEMAS)})",
                        str(path), 1)
    allowed = ", ".join([*schema.required, *schema.optional])
    rows: list[Record] = []
    seen: set[str] = set()
    for n, rec in _json_lines(path, "record file"):
        for key, value in rec.items():
            kind = schema.required.get(key) or schema.optional.get(key)
            if kind is None:
                raise RuleError(f"field {quoted(key)}: unknown key (allowed: {allowed})", str(path), n)
            if not _has_type(value, kind):
                raise RuleError(f"field {key!r}: must be {_JSON_TYPE[kind]}", str(path), n)
        missing = next((k for k in schema.required if k not in rec), None)
        if missing:
            raise RuleError(f"field {missing!r}: required", str(path), n)
        if rec["id"] in seen:
            raise RuleError(f"field 'id': duplicate id {quoted(rec['id'])}", str(path), n)
        seen.add(rec["id"])
        rows.append(Record(MappingProxyType(rec), path=str(path), line=n))
    return Records(name, tuple(rows), head["source"])


def read_lexicon(path: str | Path, name: str | None = None) -> Lexicon:
    """Read a ``.txt`` lexicon; ``name`` defaults to the ``# lexicon:`` header."""
    path = Path(path)
    entries: dict[str, str] = {}
    first_line: dict[str, int] = {}
    for n, line in _lines(path, "lexicon"):
        parts = line.split("\t")
        word = parts[0].strip()
        if not word or any(c.isspace() for c in word):
            raise RuleError(f"bad entry {quoted(word)}: empty or contains spaces", str(path), n)
        if len(parts) > 2:
            raise RuleError("too many fields: expected 'entry' or 'entry<TAB>flag'", str(path), n)
        flag = parts[1].strip() if len(parts) == 2 else ""
        if flag and not _FLAG.match(flag):
            raise RuleError(f"bad flag {quoted(flag)}: expected lower-case letters, digits, '-' or '_' "
                            "(several: comma-separated)", str(path), n)
        if word in first_line:
            raise RuleError(f"{quoted(word)} is already an entry (line {first_line[word]}): a word has one "
                            "line", str(path), n)
        first_line[word] = n
        entries[word] = flag
    head = _headers(path)
    source = head.get("source", "")
    name = name or head.get("lexicon")
    if not source:
        raise RuleError("lexicon has no '# source:' header line", str(path), 1)
    if not name:
        raise RuleError("user lexicon needs a '# lexicon: DIR/NAME' header naming the lexicon it extends",
                        str(path), 1)
    return Lexicon(name, MappingProxyType(entries), source)


def alternation(words: Iterable[str]) -> str:
    """A regex group matching any of ``words``, the longest that fits first (re's alternation is ordered).

    The words of one character are one class after the longer ones: the same matches in the same order
    (at an offset one of them fits at most), but ``re`` tries one class instead of a branch for each. A
    pattern of the surnames tried at every clause's start is twice as fast (445 of the 490 are one
    character).

    >>> alternation(["王", "欧阳", "李", "司马"])
    '(?:司马|欧阳|[李王])'
    >>> alternation(["王"])
    '(?:[王])'
    """
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    longer = [re.escape(w) for w in ordered if len(w) > 1]
    ones = "".join(re.escape(w) for w in ordered if len(w) == 1)
    return "(?:" + "|".join(longer + [f"[{ones}]"] if ones else longer) + ")"


def _expand(regex: str, lexicons: Mapping[str, Lexicon], path: str, line: int) -> str:
    def sub(m: re.Match[str]) -> str:
        lex = lexicons.get(m.group(1))
        if lex is None:
            raise RuleError(f"field 'regex': unknown lexicon {{{m.group(1)}}}", path, line)
        return alternation(lex.entries)

    return _MACRO.sub(sub, regex)


#: Seconds a user pattern may run on one text before kg stops with a message: a regex
#: that backtracks catastrophically ((a+)+$ on a line of a's) would otherwise run for ever.
USER_REGEX_SECONDS = 5.0


def _labels(records: Mapping[str, Records]) -> tuple[str, ...]:
    """The mention types a pattern may give (the ids of ``types/mentions``)."""
    empty = Records("types/mentions", ())
    return tuple(str(r["id"]) for r in records.get("types/mentions", empty).rows)


def read_patterns(
    path: str | Path, lexicons: Mapping[str, Lexicon], labels: Sequence[str], timeout: float | None = None
) -> Iterator[Pattern]:
    """Read a ``.jsonl`` pattern file, validating every record.

    With a ``timeout``, the regexes are compiled with the ``regex`` package and
    every match of one text is stopped after that many seconds (user rules).
    """
    path = Path(path)
    seen: set[str] = set()
    for n, rec in _json_lines(path, "rule file"):
        unknown = sorted(set(rec) - _PATTERN_KEYS)
        if unknown:
            allowed = ", ".join(sorted(_PATTERN_KEYS))
            raise RuleError(f"field {quoted(unknown[0])}: unknown key (allowed: {allowed})",
                            str(path), n)
        for key in ("id", "label", "regex"):
            if not isinstance(rec.get(key), str) or not rec[key]:
                raise RuleError(f"field {key!r}: required, a non-empty string", str(path), n)
        if rec["id"] in seen:
            raise RuleError(f"field 'id': duplicate id {quoted(rec['id'])}", str(path), n)
        seen.add(rec["id"])
        if rec["label"] not in labels:
            raise RuleError(f"field 'label': {quoted(rec['label'])} is not one of {', '.join(labels)}",
                            str(path), n)
        priority = rec.get("priority", 0)
        if not isinstance(priority, int) or isinstance(priority, bool):
            raise RuleError("field 'priority': must be an integer", str(path), n)
        group = rec.get("group", 0)
        if not isinstance(group, (int, str)) or isinstance(group, bool):
            raise RuleError("field 'group': must be an integer or a group name", str(path), n)
        key_problem = _key_problem(rec["label"], rec.get("key", ""))
        if key_problem:
            raise RuleError(f"field 'key': {key_problem}", str(path), n)
        source = _expand(rec["regex"], lexicons, str(path), n)
        try:
            compiled = re.compile(source) if timeout is None else regex.compile(source)
        except (re.error, regex.error) as exc:
            raise RuleError(f"field 'regex': {exc}", str(path), n) from None
        if (isinstance(group, int) and group > compiled.groups
                or isinstance(group, str) and group not in compiled.groupindex):
            raise RuleError(f"field 'group': the regex has no group {group!r}", str(path), n)
        yield Pattern(rec["id"], rec["label"], compiled, group, priority, rec.get("key", ""), str(path), n,
                      timeout)


def _key_problem(label: str, key: object) -> str | None:
    """Why ``key`` cannot be the key of a ``label`` mention (a DATE key is a day, month or year), or None."""
    if not isinstance(key, str):
        return "must be a string"
    if label != "DATE" or not key:
        return None
    try:
        if not re.fullmatch(r"[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?", key):
            raise ValueError
        date.fromisoformat((key + "-01-01")[:10])
    except ValueError:
        return f"a DATE key is YYYY-MM-DD, YYYY-MM or YYYY, a real date, not {quoted(key)}"
    return None


def _merge(lexicons: dict[str, Lexicon], lex: Lexicon) -> None:
    old = lexicons.get(lex.name)
    if old is None:
        lexicons[lex.name] = lex
    else:
        lexicons[lex.name] = Lexicon(lex.name, MappingProxyType({**old.entries, **lex.entries}),
                                     f"{old.source}; {lex.source}")


def _merge_records(files: dict[str, Records], records: Records) -> None:
    old = files.get(records.name)
    if old is None:
        files[records.name] = records
        return
    ids = {r["id"] for r in old.rows}
    dup = next((r for r in records.rows if r["id"] in ids), None)
    if dup is not None:
        raise dup.error(f"field 'id': {quoted(str(dup['id']))} is already used by another record of "
                        f"{records.name}")
    files[records.name] = old.extended(records)


def _merge_table(tables: dict[str, Table], table: Table) -> None:
    old = tables.get(table.name)
    if old is None:
        tables[table.name] = table
    else:
        tables[table.name] = old.extended(table)


@cache
def _builtin() -> RuleSet:
    lexicons: dict[str, Lexicon] = {}
    tables: dict[str, Table] = {}
    for folder in _BUILTIN_DIRS:
        for path in sorted((RULES_DIR / folder).glob("*.txt")):
            _merge(lexicons, read_lexicon(path, f"{folder}/{path.stem}"))
        for path in sorted((RULES_DIR / folder).glob("*.tsv")):
            _merge_table(tables, read_table(path, f"{folder}/{path.stem}"))
    records: dict[str, Records] = {}
    pattern_files: list[Path] = []
    for folder in _BUILTIN_DIRS:
        for path in sorted((RULES_DIR / folder).glob("*.jsonl")):
            name = f"{folder}/{path.stem}"
            if name in RECORD_SCHEMAS:
                _merge_records(records, read_records(path, name))
            else:
                pattern_files.append(path)
    labels = _labels(records)
    patterns = [p for path in pattern_files for p in read_patterns(path, lexicons, labels)]
    return RuleSet(MappingProxyType(lexicons), tuple(patterns), MappingProxyType(tables),
                   MappingProxyType(records))


def load_rules(paths: Sequence[str] = ()) -> RuleSet:
    """The built-in rules plus user rule files (``.jsonl`` patterns or records with a ``# table:``
    header, ``.txt`` lexicons, ``.tsv`` tables)."""
    base = _builtin()
    if not paths:
        return base
    lexicons = dict(base.lexicons)
    tables = dict(base.tables)
    records = dict(base.record_files)
    jsonl: list[Path] = []
    for p in paths:
        path = Path(p)
        problem = file_problem(p)
        if problem:
            raise RuleError("no such rule file" if not path.exists() else problem, str(p))
        if _no_rules(path):  # the wrong file, or one not yet written
            raise RuleError("no rules in the file: only comments and blank lines", str(p))
        if path.suffix == ".txt":
            _merge(lexicons, read_lexicon(path))
        elif path.suffix == ".tsv":
            table = read_table(path)
            if table.name not in base.tables:
                known = ", ".join(sorted(base.tables))
                raise RuleError(f"'# table: {table.name}' names no built-in table (known: {known})",
                                str(path), 1)
            _merge_table(tables, table)
        elif path.suffix == ".jsonl" and "table" in _headers(path):
            _merge_records(records, read_records(path))
        elif path.suffix == ".jsonl":
            jsonl.append(path)
        else:
            raise RuleError("unknown rule file type (expected .jsonl patterns, .txt lexicon or .tsv table)",
                            str(path))
    patterns = list(base.patterns)
    for path in jsonl:
        patterns.extend(read_patterns(path, lexicons, _labels(records), timeout=USER_REGEX_SECONDS))
    ids = [p.id for p in patterns]
    dup = next((p for i, p in enumerate(patterns) if p.id in ids[:i]), None)
    if dup is not None:
        raise RuleError(f"field 'id': {quoted(dup.id)} is already used by another rule", dup.path, dup.line)
    return RuleSet(MappingProxyType(lexicons), tuple(patterns), MappingProxyType(tables),
                   MappingProxyType(records))
