"""Every occurrence of many words in a text, found in one pass (an Aho-Corasick automaton).

Gazetteers and name lists hold thousands of words; trying each at each offset, or
a regular expression alternating over all of them, costs time for every word.
An automaton (``pyahocorasick``) reads the text once, whatever the number of words.
"""
from __future__ import annotations

from collections.abc import Iterable

import ahocorasick

__all__ = ["WordSet"]


class WordSet:
    """A fixed set of non-empty words and where they occur in a text.

    >>> ws = WordSet(["北京", "北京市", "京"])
    >>> ws.spans("在北京市")
    [(1, 3), (2, 3), (1, 4)]
    """

    def __init__(self, words: Iterable[str]) -> None:
        self._automaton = ahocorasick.Automaton()
        for word in sorted(set(words)):
            if word:
                self._automaton.add_word(word, len(word))
        if len(self._automaton):
            self._automaton.make_automaton()

    def __len__(self) -> int:
        return len(self._automaton)

    def spans(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of every occurrence of every word in ``text``, overlapping ones included, by end."""
        if not len(self._automaton):
            return []
        return [(last + 1 - size, last + 1) for last, size in self._automaton.iter(text)]
