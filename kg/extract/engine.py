"""The matching engine: patterns over characters, lexicons over tokens.

Extractors ask it for candidates in *view* offsets and turn them into
:class:`kg.model.Mention` in source offsets with :func:`to_mention`. Tokens of a
view are computed once and shared by every extractor (:func:`tokens_of`).
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, cast

from kg.errors import RuleError
from kg.model import Mention
from kg.nlp.normalize import View
from kg.nlp.tokenize import Token, tokenize
from kg.rules import Pattern, RuleSet, load_rules

__all__ = [
    "Match", "rules_of", "tokens_of", "match_patterns", "match_token_lexicon", "to_mention", "is_han",
    "in_book_marks", "user_spans",
]


@dataclass(frozen=True, slots=True)
class Match:
    """A candidate span of a view: ``[start, end)`` in view offsets."""

    start: int
    end: int
    type: str
    rule: str
    key: str = ""


def rules_of(ctx) -> RuleSet:
    """The context's rule set, or the built-in one."""
    rules = getattr(ctx, "rules", None)
    return rules if rules is not None else load_rules()


def tokens_of(view: View) -> tuple[Token, ...]:
    """Tokens of ``view.text`` (cached: every extractor of an article shares them)."""
    return tokenize(view.text)


_HAN = re.compile("[\u4e00-\u9fff]+")


def is_han(s: str) -> bool:
    """True when every character of ``s`` is a CJK ideograph."""
    return _HAN.fullmatch(s) is not None


def in_book_marks(text: str, start: int) -> bool:
    """Whether offset ``start`` is inside book marks on its line (a work's title: 《哈利·波特》)."""
    line = text[text.rfind("\n", 0, start) + 1:start]
    return line.rfind("《") > line.rfind("》")


def match_patterns(text: str, patterns: Iterable[Pattern]) -> Iterator[Match]:
    """Every match of every pattern (its ``group``), in pattern then text order."""
    for p in patterns:
        if p.timeout is None:
            found: Iterable = p.regex.finditer(text)
        else:
            try:  # a user pattern, compiled with the regex package: stopped after p.timeout seconds
                found = list(cast(Any, p.regex).finditer(text, timeout=p.timeout))
            except TimeoutError:
                raise RuleError(f"field 'regex': ran over {p.timeout:g} s on one text, stopped (a pattern "
                                "that backtracks without end, such as (a+)+$?)", p.path, p.line) from None
        for m in found:
            a, b = m.span(p.group)
            if a < b:
                yield Match(a, b, p.label, p.id, p.key or m.group(p.group))


def match_token_lexicon(
    words: Sequence[str],
    accept: Callable[[str], object],
    ends: Iterable[int],
    max_tokens: int = 4,
) -> Iterator[tuple[int, int, object]]:
    """Longest runs of whole tokens (their ``words``) whose joined text ``accept`` maps to a true value.

    Yields ``(first, last, value)``: token indices (inclusive) and what
    ``accept`` returned. Only runs ending at the tokens ``ends`` (in order)
    are tried, which keeps this a cheap scan.
    """
    for j in ends:
        text = ""
        best, value = -1, None
        for i in range(j, max(-1, j - max_tokens), -1):
            text = words[i] + text
            v = accept(text)
            if v:
                best, value = i, v
        if best >= 0:
            yield best, j, value


def user_spans(text: str, ctx, lexicon: str, rule: str) -> list[tuple[int, int, str, str]]:
    """Occurrences of the words of a user lexicon (``--rules`` file with ``# lexicon: places/places``).

    Longest first and not overlapping; the key is the word itself.
    """
    words = sorted(rules_of(ctx).lexicon(lexicon).entries, key=lambda w: (-len(w), w))
    found: list[tuple[int, int, str, str]] = []
    for word in words:
        pos = text.find(word)
        while pos >= 0:
            end = pos + len(word)
            if all(end <= a or pos >= b for a, b, _, _ in found):
                found.append((pos, end, word, rule))
            pos = text.find(word, pos + 1)
    return sorted(found)


def to_mention(view: View, m: Match, confidence: float = 1.0) -> Mention:
    """The mention of a view match, in source offsets."""
    a, b = view.to_source(m.start, m.end)
    # the key defaults to the normalised text (full-width folded, line breaks left out)
    return Mention(a, b, m.type, view.source[a:b], m.rule, m.key or view.text[m.start:m.end], confidence)
