"""Hostile input: kg's own rules stay linear in the text (benchmarks/adversarial.py's shapes, made up).

Each case is extracted at n and 4n characters; the larger may take at most 8 times the smaller's CPU
(4 when the work grows with the text, 16 with its square). n is large enough that the smaller run takes
most of a second: at 300 titles fixed costs made 300 -> 1200 look like 7-8.6 times (CI of session 43).
"""
from __future__ import annotations

import random
import sys
import time

import pytest
from conftest import ROOT

from kg.model import Document
from kg.nlp import sentences
from kg.nlp.sentences import MAX_SENTENCE, sentence_at, sentence_spans
from kg.pipeline import process_document
from kg.rules import load_rules

sys.path.insert(0, str(ROOT / "benchmarks"))

import adversarial  # noqa: E402

GROWTH = 8.0  # the most the 4n article's CPU may be of the n article's


def _cpu(case: str, size: int) -> float:
    """The least CPU of two runs: one run on a busy 2-core machine is noise of the same size as the work."""
    text = adversarial.CASES[case](random.Random(size), size)
    times = []
    for _ in range(2):
        start = time.process_time()
        process_document(Document(id="a", text=text), rules=load_rules())
        times.append(time.process_time() - start)
    return min(times)


@pytest.mark.slow
@pytest.mark.parametrize(("case", "size"), [
    ("names", 6000),  # 张伟、李强、…: each name walked the rest of the list, every mention scanned a step
    ("title-chain", 1200),  # 市长、书记、…: each title read the whole chain back, each link all titles before
    # 北京市市长张伟、…: each post read every place, province and post of the article before it (places_named,
    # provinces_named, titled_province), each list end every token (people._function_cut)
    ("names-titled", 6000),
    # 市委书记张伟主持召开会议，…: each event's arguments read the whole sentence of commas, each trigger noun
    # every name, each name start every date and person, each attendee every attendee before
    ("one-sentence", 5000),
    # 北京市发展和改革委员会上海市…: each organisation candidate met every one taken, each short name every
    # full name (orgs._chosen, _picked_shorts, _shortened)
    ("orgs", 12000),
    # one line of places, bodies and titles: each post met every full name (bodies.full_form), every school
    # and company (named_last_before), each title every body (_bodies_before_posts)
    ("long-line", 6000),
    # 书记张伟市长李强…, no mark at all: each title's clause read back to the text's start for a cue word
    # (people._met_when), each post every post found before (fill.filled) and every post named
    # (reader._title_after)
    ("titles-run", 3000),
    # 2025年6月13日2024年1月1日…: each date met every date taken (dates._dates), read its sentence back to the
    # text's start for a word of the future (dates._coming)
    ("digits", 40000),
    ("quotes", 6000),  # “市长张伟说“…: each title's clause read back to the text's start (people._met_when)
    # 李李李…: each name's clause walked back a character at a time (appointments._clause_start)
    ("one-surname", 8000),
])
def test_work_grows_with_the_text_not_its_square(case, size):
    _cpu(case, 200)  # dictionaries loaded
    small, large = _cpu(case, size), _cpu(case, 4 * size)
    assert large <= GROWTH * max(small, 0.05), (case, small, large)


def test_a_sentence_longer_than_the_limit_is_cut_after_a_comma():
    names = "、".join(["张三", "李四", "王五"] * (MAX_SENTENCE // 5)) + "出席。"
    text = "会议召开。" + names + "李理主持。"
    spans = list(sentence_spans(text))
    assert spans[0] == (0, 5) and spans[-1] == (len(text) - 5, len(text))
    assert all(b - a <= MAX_SENTENCE for a, b in spans)
    assert all(text[b - 1] in "、。" for a, b in spans)  # cut after a 、, never inside a name
    assert [a for a, _ in spans] == sorted({sentence_at(text, i)[0] for i in range(len(text))})
    assert "".join(text[a:b] for a, b in spans) == text


def test_a_run_without_any_mark_is_cut_at_the_limit(monkeypatch):
    monkeypatch.setattr(sentences, "MAX_SENTENCE", 4)
    text = "一二三四五六七八九\n十"
    assert list(sentence_spans(text)) == [(0, 4), (4, 8), (8, 9), (10, 11)]
    assert [sentence_at(text + "。", i) for i in (0, 5, 8, 10)] == [(0, 4), (4, 8), (8, 10), (10, 12)]


def test_news_sentences_are_not_cut():
    text = "市委书记李理主持召开会议，研究部署全市安全生产工作。张三、李四出席。"
    assert list(sentence_spans(text)) == [(0, 26), (26, 34)]
