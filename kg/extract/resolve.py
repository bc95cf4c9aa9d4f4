"""Overlap resolution: the longest candidate wins, then the higher priority.

The policy of spaCy's SpanRuler (``filter_spans``) and Stanford's TokensRegex:
candidates are taken longest first; among equal lengths the higher priority
(type rank plus rule priority), then the earlier start; a candidate that
overlaps one already taken is dropped. The result is sorted by offset.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from collections.abc import Callable, Iterable, Mapping

from kg.model import Mention

__all__ = ["Taken", "resolve"]


def resolve(
    candidates: Iterable[Mention], type_rank: Mapping[str, int],
    rule_priority: Callable[[str], int] = lambda rule: 0,
) -> list[Mention]:
    """Non-overlapping mentions chosen from ``candidates`` (longest, then priority: the type's rank,
    ``rank`` of ``kg/rules/types/mentions.jsonl``, plus the rule's priority)."""

    def rank(m: Mention):
        priority = type_rank.get(m.type, 0) + rule_priority(m.rule)
        return (-(m.end - m.start), -priority, m.start, m.type, m.rule)

    starts: list[int] = []
    ends: dict[int, int] = {}
    chosen: list[Mention] = []
    for m in sorted(set(candidates), key=rank):
        if m.end <= m.start:
            continue
        i = bisect_left(starts, m.start)
        # the taken span starting at or after m.start must start at or after m.end ...
        if i < len(starts) and starts[i] < m.end:
            continue
        # ... and the one starting before must end by m.start
        if i > 0 and ends[starts[i - 1]] > m.start:
            continue
        insort(starts, m.start)
        ends[m.start] = m.end
        chosen.append(m)
    return sorted(chosen)


class Taken:
    """Spans taken one by one, each only when it overlaps none taken before (:meth:`overlaps`), asked for
    overlaps in a bisection, not one by one: in order of start (and end), their ends are in order too.

    >>> taken = Taken()
    >>> taken.add(2, 5); taken.add(7, 9)
    >>> taken.overlaps(5, 7), taken.overlaps(4, 6), taken.overlaps(0, 3), taken.starts_at(7)
    (False, True, True, True)
    """

    def __init__(self) -> None:
        self._spans: list[tuple[int, int]] = []
        self._starts: list[int] = []
        self._ends: list[int] = []

    def overlaps(self, a: int, b: int) -> bool:
        """Whether a span taken overlaps [a, b): starts before ``b`` and ends after ``a`` (the first that
        ends after ``a`` starts first of those that do)."""
        k = bisect_right(self._ends, a)
        return k < len(self._starts) and self._starts[k] < b

    def starts_at(self, at: int) -> bool:
        """Whether a span taken starts at ``at``."""
        k = bisect_left(self._starts, at)
        return k < len(self._starts) and self._starts[k] == at

    def add(self, a: int, b: int) -> None:
        """Take [a, b), which overlaps none taken."""
        k = bisect_right(self._spans, (a, b))
        self._spans.insert(k, (a, b))
        self._starts.insert(k, a)
        self._ends.insert(k, b)
