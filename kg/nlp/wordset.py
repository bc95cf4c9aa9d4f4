"""Every occurrence of many words in a text, found in one pass (an Aho-Corasick automaton).

Gazetteers and name lists hold thousands of words; trying each at each offset, or
a regular expression alternating over all of them, costs time for every word.
An automaton reads the text once, whatever the number of words. We use
``ahocorasick_rs`` (the Rust ``aho-corasick`` crate): over People's Daily dev it
finds the 5,650 readable place names about ten times faster than ``pyahocorasick``,
whose trie steps slow down on an alphabet of thousands of characters.
"""
from __future__ import annotations

from collections.abc import Iterable
from operator import itemgetter

from ahocorasick_rs import AhoCorasick

__all__ = ["WordSet"]

#: (start, end) of a match (word index, start, end), taken in C
_SPAN = itemgetter(1, 2)


class WordSet:
    """A fixed set of words and where they occur in a text (empty words are left out).

    >>> sorted(WordSet(["北京", "北京市", "京"]).spans("在北京市"))
    [(1, 3), (1, 4), (2, 3)]
    """

    def __init__(self, words: Iterable[str]) -> None:
        self._words = sorted({w for w in words if w})
        self._automaton = AhoCorasick(self._words) if self._words else None

    def __len__(self) -> int:
        return len(self._words)

    def spans(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of every occurrence of every word in ``text`` (character offsets), overlapping
        ones included, in no promised order."""
        if self._automaton is None:
            return []
        return list(map(_SPAN, self._automaton.find_matches_as_indexes(text, overlapping=True)))
