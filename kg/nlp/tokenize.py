"""Word segmentation and part-of-speech tags, with character offsets.

We use ``rjieba`` (jieba-rs: jieba's dictionary and HMM in Rust): it tags
50-90x faster than ``jieba.posseg`` with the same dictionary. It splits some
unknown names differently (赵琛玮 -> 赵琛 + 玮); ``kg.extract.people`` mends that.
"""
from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache, partial
from itertools import accumulate, compress
from operator import itemgetter
from typing import NamedTuple

import rjieba

__all__ = ["Token", "tokenize", "words_of", "tags_of", "ending_in", "dict_tag", "is_oov"]


class Token(NamedTuple):
    """One word: ``text[start:end] == word``; ``tag`` is jieba's POS tag (a tuple: cheap to make)."""

    start: int
    end: int
    word: str
    tag: str


_PAIR_WORD, _PAIR_TAG = itemgetter(0), itemgetter(1)
# Token._make without its Python frame: tuple.__new__ on the subclass, all in C
_make_token = partial(tuple.__new__, Token)


@lru_cache(maxsize=4)  # every extractor of an article asks for the same text's tokens
def tokenize(text: str) -> tuple[Token, ...]:
    """Tokens of ``text`` (HMM on, so unknown words such as new names are joined)."""
    pairs = rjieba.tag(text, True)
    # offsets by running sums of word lengths, made in C (this runs over every character of the input)
    ends = list(accumulate(map(len, map(_PAIR_WORD, pairs))))
    starts = [0, *ends]  # one more than the tokens (the text's end): zip stops at the last token
    words, tags = map(_PAIR_WORD, pairs), map(_PAIR_TAG, pairs)
    return tuple(map(_make_token, zip(starts, ends, words, tags, strict=False)))


_WORD, _TAG, _LAST = itemgetter(2), itemgetter(3), itemgetter(-1)

# Extractors test every token of every text; most tokens fail at once. Reading the tokens' words and
# tags as columns, and testing them with ``map`` over set lookups and comparisons, makes no Python
# call per token: the rules then run at the few tokens where they can fire.


def words_of(toks: tuple[Token, ...]) -> list[str]:
    """The words of ``toks``, in order."""
    return list(map(_WORD, toks))


def tags_of(toks: tuple[Token, ...]) -> list[str]:
    """The tags of ``toks``, in order."""
    return list(map(_TAG, toks))


def ending_in(toks: tuple[Token, ...], chars: frozenset[str]) -> Iterator[int]:
    """Indices of the tokens whose last character is one of ``chars``, found in C (no Python call per token).

    >>> list(ending_in(tokenize("他是市委书记。"), frozenset("记。")))
    [2, 3]
    """
    return compress(range(len(toks)), map(chars.__contains__, map(_LAST, map(_WORD, toks))))


@lru_cache(maxsize=65536)
def dict_tag(word: str) -> str | None:
    """jieba's dictionary tag of ``word`` when it is one dictionary word, else None."""
    toks = rjieba.tag(word)
    return toks[0][1] if len(toks) == 1 else None


@lru_cache(maxsize=65536)
def is_oov(word: str) -> bool:
    """A word jieba joined by its HMM, outside its dictionary (路上车, 华景, 伊泰)."""
    return len(word) >= 2 and len(rjieba.cut(word, False)) > 1
