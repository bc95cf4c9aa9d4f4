"""The sentences of a text: the one splitter the extractors share.

A sentence runs to its end mark (kept) or to a line's end. Normalised text (a ``View``) writes the
marks !?; in ASCII; a source text may write them full-width (！？；), which ``full_width`` reads too.

The marks that end a clause are one table here with its named variants, read by every extractor:

>>> text = "任命：张三（女），李四。"
>>> [m.start() for m in CLAUSE_END.finditer(text)], CLAUSE_END_OR_COLON.search(text).start()
([8, 11], 2)
>>> [i for i, c in enumerate(text) if c in CLAUSE_OR_NOTE_MARKS]
[2, 5, 7, 8, 11]
"""
from __future__ import annotations

import functools
import itertools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator

__all__ = ["CLAUSE_END", "CLAUSE_END_OR_COLON", "CLAUSE_MARKS", "CLAUSE_OR_NOTE_MARKS", "clause_start",
           "long_sentence_cuts", "mark_before", "marks_within", "sentence_spans", "sentence_at",
           "written_within"]

_MARKS = "。!?;"
_FULL_WIDTH_MARKS = "！？；"
# a line's end is left out of the sentence it ends
_SENTENCE = re.compile(rf"[^{_MARKS}\n]+[{_MARKS}]?")

# The marks that end a clause, one table with its named variants (source or normalised text: ASCII and
# full-width): commas, sentence ends and line ends; with colons where what follows a colon is another clause
# (the object of a trigger word ends there: 发布公告：…); with colons and brackets where a note in brackets
# ends a span too (an appointment list's 张三（女）, 任命：…).
CLAUSE_MARKS = ",，。;；!！?？\n"
CLAUSE_OR_NOTE_MARKS = CLAUSE_MARKS + ":：()（）"
CLAUSE_END = re.compile(f"[{CLAUSE_MARKS}]")
CLAUSE_END_OR_COLON = re.compile(f"[{CLAUSE_MARKS}:：]")


#: the longest run of text read as one sentence: a longer one (a dump with no sentence end, a list of
#: thousands of names) is cut after its last comma or 、 that keeps a piece within this length, else at the
#: length itself, so that what an extractor reads back to a sentence's start stays bounded: kg's work grows
#: with the text, not with its square. News sentences are far shorter (People's Daily's longest: under 1,000).
MAX_SENTENCE = 2000
_CUT_MARKS = ",，、"


def sentence_spans(text: str) -> Iterator[tuple[int, int]]:
    """The (start, end) of each sentence of normalised ``text``, in order.

    >>> list(sentence_spans("会议召开。李理主持\\n张三出席;"))
    [(0, 5), (5, 9), (10, 15)]
    """
    for m in _SENTENCE.finditer(text):
        start, end = m.span()
        for cut in long_sentence_cuts(text, start, end - (text[end - 1] in _MARKS)):
            yield start, cut + 1
            start = cut + 1
        yield start, end


def long_sentence_cuts(text: str, start: int, end: int) -> list[int]:
    """Where a sentence whose words are ``text[start:end]`` (its end mark left out) is cut into pieces of at
    most :data:`MAX_SENTENCE` characters: the index of the last character of each piece but the last."""
    cuts = []
    while end - start > MAX_SENTENCE:
        last = max(text.rfind(c, start, start + MAX_SENTENCE) for c in _CUT_MARKS)
        cuts.append(last if last > start else start + MAX_SENTENCE - 1)
        start = cuts[-1] + 1
    return cuts


def sentence_at(text: str, i: int, *, full_width: bool = False) -> tuple[int, int]:
    """The (start, end) of the sentence that holds ``text[i]``, with the mark or the line end that ends it
    (a mark belongs to the sentence it ends).

    ``full_width``: the full-width marks end sentences too (a source text, not normalised).

    >>> text = "会议召开。李理主持\\n张三出席;"
    >>> sentence_at(text, 6), sentence_at(text, 4), sentence_at("市长说！张三", 4, full_width=True)
    ((5, 10), (0, 5), (4, 6))
    """
    if i < 0:  # counted from the end, as str.find counts it
        i = max(0, len(text) + i)
    ends = _ends(text, full_width)
    k = bisect_left(ends, i)  # the marks before text[i]
    return (ends[k - 1] + 1 if k else 0), (ends[k] + 1 if k < len(ends) else len(text))


def clause_start(text: str, i: int, lo: int = 0) -> int:
    """Where the clause that holds ``text[i]`` starts, not before ``lo``: right after the last mark of
    ``CLAUSE_END`` in ``text[lo:i]``, else ``lo``.

    >>> text = "会议召开，李理主持。张三出席"
    >>> clause_start(text, 7), clause_start(text, 7, 6), clause_start(text, 4), clause_start(text, 12)
    (5, 6, 0, 10)
    """
    marks = _marks_at(text, CLAUSE_MARKS)
    k = bisect_left(marks, i)  # the marks before text[i]
    return marks[k - 1] + 1 if k and marks[k - 1] >= lo else lo


def mark_before(text: str, i: int, marks: str) -> int:
    """Where the last of the characters ``marks`` in ``text[:i]`` is, or -1: what
    ``max(text.rfind(c, 0, i) for c in marks)`` gives, found in a bisection of where they are (asked of one
    text a mention at a time, that walk back to the text's start grew with the square of a text without them).

    >>> mark_before("会议召开，李理主持。张三", 9, "，。"), mark_before("会议召开", 3, "，。")
    (4, -1)
    """
    at = _marks_at(text, marks)
    k = bisect_left(at, max(0, len(text) + i) if i < 0 else i)  # the marks before text[i]
    return at[k - 1] if k else -1


def marks_within(text: str, marks: str, lo: int, hi: int) -> list[int]:
    """Where the characters ``marks`` are in ``text[lo:hi]`` (``lo`` and ``hi`` not below 0), in order: found
    in a bisection of where they are in the whole text.

    >>> marks_within("在京期间，在沪", "在", 0, 5), marks_within("在京期间，在沪", "在", 1, 7)
    ([0], [5])
    """
    at = _marks_at(text, marks)
    return at[bisect_left(at, lo):bisect_left(at, hi)]


def written_within(text: str, words: frozenset[str], lo: int, hi: int) -> bool:
    """Whether one of ``words`` is written in ``text[lo:hi]``: what ``any(w in text[lo:hi] for w in words)``
    gives, found in a bisection of where the words end (the slice and its search grew with the text when
    ``lo`` is far back, as it is in a text without clause marks).

    >>> text, cues = "会见张三时说，看望李四", frozenset({"会见", "看望"})
    >>> written_within(text, cues, 1, 8), written_within(text, cues, 0, 8), written_within(text, cues, 1, 9)
    (False, True, True)
    """
    if "" in words:
        return True
    ends, reach = _written(text, words)
    k = bisect_right(ends, hi)  # the words written that end by hi: does one of them start at lo or after?
    return k > 0 and reach[k - 1] >= lo


@functools.lru_cache(maxsize=4)
def _written(text: str, words: frozenset[str]) -> tuple[list[int], list[int]]:
    """Where each occurrence of ``words`` in ``text`` ends, in order, and the furthest start of those
    ending there or before."""
    found = sorted((i + len(w), i) for w in words if w for i in _finds(text, w))
    return [e for e, _ in found], list(itertools.accumulate((s for _, s in found), max))


def _finds(text: str, word: str) -> Iterator[int]:
    """Where ``word`` starts in ``text``, overlaps too."""
    i = text.find(word)
    while i >= 0:
        yield i
        i = text.find(word, i + 1)


@functools.lru_cache(maxsize=16)  # the extractors ask of one text, a mention at a time
def _marks_at(text: str, marks: str) -> list[int]:
    """Where the characters ``marks`` are in ``text``, in order."""
    return [m.start() for m in re.finditer(f"[{re.escape(marks)}]", text)]


_ENDS = re.compile(f"[{_MARKS}\n]")
_ENDS_FULL_WIDTH = re.compile(f"[{_MARKS}\n{_FULL_WIDTH_MARKS}]")


@functools.lru_cache(maxsize=4)  # the extractors ask of one text, a sentence at a time
def _ends(text: str, full_width: bool) -> list[int]:
    """Where the marks and line ends that end a sentence of ``text`` are, in order, with the cuts of a
    sentence longer than :data:`MAX_SENTENCE` (:func:`long_sentence_cuts`)."""
    ends: list[int] = []
    for end in [m.start() for m in (_ENDS_FULL_WIDTH if full_width else _ENDS).finditer(text)] + [len(text)]:
        ends += long_sentence_cuts(text, ends[-1] + 1 if ends else 0, end)
        ends.append(end)
    return ends[:-1]
