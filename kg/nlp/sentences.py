"""The sentences of a normalised text: the one splitter the extractors share."""
from __future__ import annotations

import re
from collections.abc import Iterator

__all__ = ["sentence_spans"]

# A sentence runs to its end mark (kept) or to a line's end (left out); normalised text writes !?; in ASCII.
_SENTENCE = re.compile(r"[^。!?;\n]+[。!?;]?")


def sentence_spans(text: str) -> Iterator[tuple[int, int]]:
    """The (start, end) of each sentence of ``text``, in order.

    >>> list(sentence_spans("会议召开。李理主持\\n张三出席;"))
    [(0, 5), (5, 9), (10, 15)]
    """
    return (m.span() for m in _SENTENCE.finditer(text))
