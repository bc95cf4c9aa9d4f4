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
import re
from bisect import bisect_left
from collections.abc import Iterator

__all__ = ["CLAUSE_END", "CLAUSE_END_OR_COLON", "CLAUSE_MARKS", "CLAUSE_OR_NOTE_MARKS", "clause_start",
           "long_sentence_cuts", "sentence_spans", "sentence_at"]

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
    marks = _clause_marks(text)
    k = bisect_left(marks, i)  # the marks before text[i]
    return marks[k - 1] + 1 if k and marks[k - 1] >= lo else lo


@functools.lru_cache(maxsize=4)  # the event readers ask of one text, an event at a time
def _clause_marks(text: str) -> list[int]:
    """Where the clause marks of ``text`` are, in order."""
    return [m.start() for m in CLAUSE_END.finditer(text)]


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
