"""Word segmentation and part-of-speech tags, with character offsets.

We use ``rjieba`` (jieba-rs: jieba's dictionary and HMM in Rust): it tags
50-90x faster than ``jieba.posseg`` with the same dictionary. It splits some
unknown names differently (赵琛玮 -> 赵琛 + 玮); ``kg.extract.people`` mends that.
"""
from __future__ import annotations

from functools import lru_cache, partial
from itertools import accumulate
from operator import itemgetter
from typing import NamedTuple

import rjieba

__all__ = ["Token", "Columns", "tokenize", "columns", "dict_tag", "is_oov"]


class Token(NamedTuple):
    """One word: ``text[start:end] == word``; ``tag`` is jieba's POS tag (a tuple: cheap to make)."""

    start: int
    end: int
    word: str
    tag: str


class Columns(NamedTuple):
    """The tokens of a text as columns: token ``i`` is ``text[starts[i]:ends[i]] == words[i]``, its tag
    ``tags[i]``.

    Extractors test every token of every text; most tokens fail at once. Testing a column with
    ``map`` over set lookups and comparisons makes no Python call per token: the rules then run
    at the few tokens where they can fire.
    """

    starts: tuple[int, ...]
    ends: tuple[int, ...]
    words: tuple[str, ...]
    tags: tuple[str, ...]


_PAIR_WORD, _PAIR_TAG = itemgetter(0), itemgetter(1)
# Token._make without its Python frame: tuple.__new__ on the subclass, all in C
_make_token = partial(tuple.__new__, Token)


@lru_cache(maxsize=4)  # every extractor of an article asks for the same text's tokens
def columns(text: str) -> Columns:
    """The tokens of ``text`` as columns (HMM on, so unknown words such as new names are joined).

    >>> cols = columns("他是市委书记。")
    >>> cols.words, cols.tags, cols.starts, cols.ends
    (('他', '是', '市委书记', '。'), ('r', 'v', 'n', 'x'), (0, 1, 2, 6), (1, 2, 6, 7))
    """
    pairs = rjieba.tag(text, True)
    words = tuple(map(_PAIR_WORD, pairs))
    # offsets by running sums of word lengths, made in C (this runs over every character of the input)
    offsets = tuple(accumulate(map(len, words), initial=0))
    return Columns(offsets[:-1], offsets[1:], words, tuple(map(_PAIR_TAG, pairs)))


@lru_cache(maxsize=4)
def tokenize(text: str) -> tuple[Token, ...]:
    """Tokens of ``text``: :func:`columns` as rows."""
    return tuple(map(_make_token, zip(*columns(text), strict=True)))


@lru_cache(maxsize=65536)
def dict_tag(word: str) -> str | None:
    """jieba's dictionary tag of ``word`` when it is one dictionary word, else None."""
    toks = rjieba.tag(word)
    return toks[0][1] if len(toks) == 1 else None


@lru_cache(maxsize=65536)
def is_oov(word: str) -> bool:
    """A word jieba joined by its HMM, outside its dictionary (路上车, 华景, 伊泰)."""
    return len(word) >= 2 and len(rjieba.cut(word, False)) > 1
