"""The indexes that read a text a mention at a time by bisection give what the walks they replace gave.

Made-up texts of a few characters drawn at random (marks, cue words, 在), each asked at every offset: the
bisections of ``kg.nlp.sentences`` (mark_before, marks_within, written_within) and
``kg.extract.resolve.Taken`` against the plain expressions they stand for.
"""
from __future__ import annotations

import random

import pytest

from kg.extract.resolve import Taken
from kg.nlp.sentences import mark_before, marks_within, written_within

ALPHABET = ["会", "见", "将", "于", "在", "，", "。", "\n", "；", "张", "三", "拟", "定"]
CUES = [frozenset({"会见", "看望"}), frozenset({"将", "拟", "定于", "即将"}), frozenset({"张三", "三"}),
        frozenset({"在", "在在"})]


def _texts(n: int = 40) -> list[str]:
    rng = random.Random(7)
    return ["".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 30))) for _ in range(n)]


@pytest.mark.parametrize("marks", ["，。\n", "在", "；;", "，,。；;\n"])
def test_the_mark_before_an_offset_is_the_last_one_found_walking_back(marks):
    for text in _texts():
        for i in range(-len(text) - 2, len(text) + 3):
            assert mark_before(text, i, marks) == max(text.rfind(c, 0, i) for c in marks), (text, i)


def test_the_marks_within_a_span_are_those_a_walk_finds():
    for text in _texts():
        for lo in range(len(text) + 2):
            for hi in range(-2, len(text) + 3):
                walked = [i for i in range(lo, hi) if text[i:i + 1] in ("在", "，")]
                assert marks_within(text, "在，", lo, hi) == walked, (text, lo, hi)


@pytest.mark.parametrize("words", CUES)
def test_a_word_is_written_within_a_span_as_the_slice_says(words):
    for text in _texts():
        for lo in range(len(text) + 2):
            for hi in range(len(text) + 3):
                sliced = any(w in text[lo:hi] for w in words)
                assert written_within(text, words, lo, hi) == sliced, (text, lo, hi)


def test_the_spans_taken_overlap_as_a_walk_over_them_says():
    rng = random.Random(11)
    for _ in range(200):
        taken, spans = Taken(), []
        for _ in range(rng.randint(0, 12)):
            a = rng.randint(0, 30)
            b = a + rng.randint(0, 4)  # empty spans too
            overlaps = any(s < b and a < e for s, e in spans)
            assert taken.overlaps(a, b) == overlaps, (spans, a, b)
            assert taken.starts_at(a) == any(s == a for s, _ in spans)
            if not overlaps:
                taken.add(a, b)
                spans.append((a, b))
