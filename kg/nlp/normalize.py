"""Normalised views of a text that remember where every character came from.

Extractors read a :class:`View`: a string in which full-width digits and
letters are half-width, ideographic spaces are plain spaces, and chosen spans
(page-break line breaks, repeated sentences) are left out. ``View.to_source``
maps any span of the view back to the exact characters of the original text,
so offsets reported to users always index the input as given.

>>> v = View.of("１２月\\n\\n３１日", drop=[(3, 5)])
>>> v.text
'12月31日'
>>> v.to_source(0, 6)
(0, 8)
"""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable

__all__ = ["View", "fold_char", "fold"]

_FULLWIDTH_START, _FULLWIDTH_END = 0xFF01, 0xFF5E


def fold_char(ch: str) -> str:
    """Map one character to its half-width form (full-width ASCII, U+3000)."""
    o = ord(ch)
    if _FULLWIDTH_START <= o <= _FULLWIDTH_END:
        return chr(o - 0xFEE0)
    if o == 0x3000:
        return " "
    return ch


_FOLD_TABLE = {o: o - 0xFEE0 for o in range(_FULLWIDTH_START, _FULLWIDTH_END + 1)}
_FOLD_TABLE[0x3000] = 0x20


def fold(text: str) -> str:
    """Half-width form of ``text``, same length (one character for one)."""
    return text.translate(_FOLD_TABLE)


class View:
    """A normalised text with a map back to the source offsets.

    ``source_index[i]`` is the source offset of view character ``i``; one
    extra entry at the end holds the source offset just past the view.
    """

    __slots__ = ("text", "source", "source_index", "base")

    def __init__(self, text: str, source: str, source_index: list[int], base: int = 0):
        self.text = text
        self.source = source
        self.source_index = source_index
        self.base = base

    @classmethod
    def of(
        cls,
        source: str,
        start: int = 0,
        end: int | None = None,
        drop: Iterable[tuple[int, int]] = (),
    ) -> View:
        """View of ``source[start:end]`` with ``drop`` spans (source offsets) left out."""
        end = len(source) if end is None else end
        keep: list[tuple[int, int]] = []
        pos = start
        for a, b in sorted(drop):
            a, b = max(a, start), min(b, end)
            if a >= b or b <= pos:
                continue
            if a > pos:
                keep.append((pos, a))
            pos = max(pos, b)
        if pos < end:
            keep.append((pos, end))
        parts: list[str] = []
        index: list[int] = []
        for a, b in keep:
            parts.append(source[a:b])
            index.extend(range(a, b))
        index.append(keep[-1][1] if keep else start)
        return cls(fold("".join(parts)), source, index, start)

    def __len__(self) -> int:
        return len(self.text)

    def to_source(self, start: int, end: int) -> tuple[int, int]:
        """Source span of the view span ``[start, end)``.

        The source span runs from the first to the last character covered, so a
        name cut by a dropped line break maps to the source text including it.
        """
        if end <= start:
            s = self.source_index[start]
            return s, s
        return self.source_index[start], self.source_index[end - 1] + 1

    def to_view(self, source_offset: int) -> int:
        """View offset of the first view character at or after ``source_offset``."""
        return bisect_right(self.source_index, source_offset - 1, 0, len(self.text))

    def source_text(self, start: int, end: int) -> str:
        """The exact source characters behind view span ``[start, end)``."""
        a, b = self.to_source(start, end)
        return self.source[a:b]
