"""Rule files: lexicons and patterns, loaded and validated once.

Two formats live under ``kg/rules/`` (see ``kg/rules/README.md``):

* ``*.txt`` lexicons: ``#`` header lines (one must be ``# source: ...``), then one
  entry a line, optionally ``entry<TAB>flag``. A lexicon is named by its path
  without suffix (``people/surnames``). A user lexicon names the built-in one it
  extends with a header line ``# lexicon: titles/titles``.
* ``*.jsonl`` patterns: one JSON object a line, ``{"id", "label", "regex"}`` plus
  optional ``group``, ``priority``, ``key``, ``comment``. ``{name}`` in a regex
  expands to an alternation of the lexicon ``people/name`` or ``titles/name``
  (written ``{people/surnames}``). Unknown keys are errors, as in spaCy's
  pattern schemas.

Every malformed line raises :class:`kg.errors.RuleError` naming file and line.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from types import MappingProxyType

from kg.errors import RuleError
from kg.model import MENTION_TYPES

__all__ = ["Lexicon", "Pattern", "RuleSet", "load_rules", "read_lexicon", "read_patterns", "RULES_DIR"]

RULES_DIR = Path(__file__).parent
# Folders of built-in rules that this loader owns; others (places/, orgs/) are read by their extractors.
_BUILTIN_DIRS = ("people", "titles")
_PATTERN_KEYS = {"id", "label", "regex", "group", "priority", "key", "comment"}
_FLAG = re.compile(r"^[a-z][a-z0-9_-]*$")
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
        return frozenset(w for w, f in self.entries.items() if f == flag)


@dataclass(frozen=True)
class Pattern:
    """A character pattern: ``regex`` over the normalised text; group ``group`` is the mention."""

    id: str
    label: str
    regex: re.Pattern[str]
    group: int | str = 0
    priority: int = 0
    key: str = ""
    path: str = ""
    line: int = 0


@dataclass(frozen=True, eq=False)  # hashed by identity: extractors cache what they build from it
class RuleSet:
    """All lexicons (by name) and patterns (in file order)."""

    lexicons: Mapping[str, Lexicon] = field(default_factory=dict)
    patterns: tuple[Pattern, ...] = ()

    def lexicon(self, name: str) -> Lexicon:
        """The lexicon ``name`` (empty when no file defines it)."""
        return self.lexicons.get(name) or Lexicon(name, MappingProxyType({}))

    def patterns_for(self, *labels: str) -> tuple[Pattern, ...]:
        return tuple(p for p in self.patterns if p.label in labels)


def read_lexicon(path: str | Path, name: str | None = None) -> Lexicon:
    """Read a ``.txt`` lexicon; ``name`` defaults to the ``# lexicon:`` header."""
    path = Path(path)
    entries: dict[str, str] = {}
    source = ""
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise RuleError(f"cannot read lexicon ({exc.__class__.__name__})", str(path)) from None
    for n, raw in enumerate(lines, 1):
        line = raw.rstrip("\r")
        if not line.strip():
            continue
        if line.startswith("#"):
            head = line[1:].strip()
            if head.startswith("source:"):
                source = head[7:].strip()
            elif head.startswith("lexicon:") and name is None:
                name = head[8:].strip()
            continue
        parts = line.split("\t")
        word = parts[0].strip()
        if not word or any(c.isspace() for c in word):
            raise RuleError(f"bad entry {word!r}: empty or contains spaces", str(path), n)
        if len(parts) > 2:
            raise RuleError("too many fields: expected 'entry' or 'entry<TAB>flag'", str(path), n)
        flag = parts[1].strip() if len(parts) == 2 else ""
        if flag and not _FLAG.match(flag):
            raise RuleError(f"bad flag {flag!r}: expected lower-case letters, digits, '-' or '_'",
                            str(path), n)
        entries[word] = flag
    if not source:
        raise RuleError("lexicon has no '# source:' header line", str(path), 1)
    if not name:
        raise RuleError("user lexicon needs a '# lexicon: DIR/NAME' header naming the lexicon it extends",
                        str(path), 1)
    return Lexicon(name, MappingProxyType(entries), source)


def _expand(regex: str, lexicons: Mapping[str, Lexicon], path: str, line: int) -> str:
    def sub(m: re.Match[str]) -> str:
        lex = lexicons.get(m.group(1))
        if lex is None:
            raise RuleError(f"field 'regex': unknown lexicon {{{m.group(1)}}}", path, line)
        words = sorted(lex.entries, key=lambda w: (-len(w), w))  # longest first: re alternation is ordered
        return "(?:" + "|".join(map(re.escape, words)) + ")"

    return _MACRO.sub(sub, regex)


def read_patterns(path: str | Path, lexicons: Mapping[str, Lexicon]) -> Iterator[Pattern]:
    """Read a ``.jsonl`` pattern file, validating every record."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise RuleError(f"cannot read rule file ({exc.__class__.__name__})", str(path)) from None
    seen: set[str] = set()
    for n, line in enumerate(lines, 1):
        if not line.strip() or line.lstrip().startswith("//"):
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            raise RuleError(f"not JSON ({exc.msg})", str(path), n) from None
        if not isinstance(rec, dict):
            raise RuleError("a rule must be a JSON object", str(path), n)
        unknown = sorted(set(rec) - _PATTERN_KEYS)
        if unknown:
            allowed = ", ".join(sorted(_PATTERN_KEYS))
            raise RuleError(f"field {unknown[0]!r}: unknown key (allowed: {allowed})",
                            str(path), n)
        for key in ("id", "label", "regex"):
            if not isinstance(rec.get(key), str) or not rec[key]:
                raise RuleError(f"field {key!r}: required, a non-empty string", str(path), n)
        if rec["id"] in seen:
            raise RuleError(f"field 'id': duplicate id {rec['id']!r}", str(path), n)
        seen.add(rec["id"])
        if rec["label"] not in MENTION_TYPES:
            raise RuleError(f"field 'label': {rec['label']!r} is not one of {', '.join(MENTION_TYPES)}",
                            str(path), n)
        priority = rec.get("priority", 0)
        if not isinstance(priority, int) or isinstance(priority, bool):
            raise RuleError("field 'priority': must be an integer", str(path), n)
        group = rec.get("group", 0)
        if not isinstance(group, (int, str)) or isinstance(group, bool):
            raise RuleError("field 'group': must be an integer or a group name", str(path), n)
        try:
            regex = re.compile(_expand(rec["regex"], lexicons, str(path), n))
        except re.error as exc:
            raise RuleError(f"field 'regex': {exc}", str(path), n) from None
        if (isinstance(group, int) and group > regex.groups
                or isinstance(group, str) and group not in regex.groupindex):
            raise RuleError(f"field 'group': the regex has no group {group!r}", str(path), n)
        yield Pattern(rec["id"], rec["label"], regex, group, priority, rec.get("key", ""), str(path), n)


def _merge(lexicons: dict[str, Lexicon], lex: Lexicon) -> None:
    old = lexicons.get(lex.name)
    if old is None:
        lexicons[lex.name] = lex
    else:
        lexicons[lex.name] = Lexicon(lex.name, MappingProxyType({**old.entries, **lex.entries}),
                                     f"{old.source}; {lex.source}")


@cache
def _builtin() -> RuleSet:
    lexicons: dict[str, Lexicon] = {}
    for folder in _BUILTIN_DIRS:
        for path in sorted((RULES_DIR / folder).glob("*.txt")):
            _merge(lexicons, read_lexicon(path, f"{folder}/{path.stem}"))
    patterns: list[Pattern] = []
    for folder in _BUILTIN_DIRS:
        for path in sorted((RULES_DIR / folder).glob("*.jsonl")):
            patterns.extend(read_patterns(path, lexicons))
    return RuleSet(MappingProxyType(lexicons), tuple(patterns))


def load_rules(paths: Sequence[str] = ()) -> RuleSet:
    """The built-in rules plus user rule files (``.jsonl`` patterns, ``.txt`` lexicons)."""
    base = _builtin()
    if not paths:
        return base
    lexicons = dict(base.lexicons)
    jsonl: list[Path] = []
    for p in paths:
        path = Path(p)
        if not path.is_file():
            raise RuleError("no such rule file", str(path))
        if path.suffix == ".txt":
            _merge(lexicons, read_lexicon(path))
        elif path.suffix == ".jsonl":
            jsonl.append(path)
        else:
            raise RuleError("unknown rule file type (expected .jsonl patterns or .txt lexicon)", str(path))
    patterns = list(base.patterns)
    for path in jsonl:
        patterns.extend(read_patterns(path, lexicons))
    ids = [p.id for p in patterns]
    dup = next((p for i, p in enumerate(patterns) if p.id in ids[:i]), None)
    if dup is not None:
        raise RuleError(f"field 'id': {dup.id!r} is already used by another rule", dup.path, dup.line)
    return RuleSet(MappingProxyType(lexicons), tuple(patterns))
