"""One-pass matching (an automaton over the text) finds what trying every word at every offset finds."""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from kgread import pd_dev_records

from kg.extract import orgs, people, places, titles
from kg.extract.context import Context
from kg.extract.orgs import _split_known, org_rules
from kg.extract.placenames import place_names
from kg.nlp.normalize import View
from kg.nlp.sentences import sentence_at
from kg.nlp.tokenize import columns, tokenize
from kg.nlp.wordset import WordSet
from kg.rules import load_rules

SETTINGS = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def test_wordset_finds_overlapping_words_and_nothing_when_empty():
    spans = WordSet(["北京", "北京市", "京市", ""]).spans("北京市北京")
    assert sorted(spans) == [(0, 2), (0, 3), (1, 3), (3, 5)]
    assert WordSet([]).spans("北京") == []
    assert len(WordSet(["", "a", "a"])) == 1


@SETTINGS
@given(st.lists(st.sampled_from(["北京", "北京市", "京市", "市", "x", "北"]), max_size=12),
       st.lists(st.sampled_from(["北京", "京市", "市北", "北京市北"]), min_size=1, max_size=4))
def test_wordset_spans_are_every_occurrence(pieces, words):
    text = "".join(pieces)
    expected = {(a, a + len(w)) for w in words for a in range(len(text)) if text.startswith(w, a)}
    assert set(WordSet(words).spans(text)) == expected


def _regex_known(text: str, starts: set[int], ends: set[int]) -> list[tuple[int, int, str]]:
    """Known names as one regex alternating over them, longest first, ignoring case, reads them, each with
    the office word written right after it on a word boundary (国家防总 + 办公室)."""
    rules = org_rules(load_rules())
    known = sorted((k for k in rules.known if len(k) >= 2), key=lambda w: (-len(w), w))
    pattern = re.compile("|".join(map(re.escape, known)), re.IGNORECASE)
    out = []
    for m in pattern.finditer(text):
        if m.start() in starts and m.end() in ends:
            e = m.end()
            office = next((o for o in rules.offices if text.startswith(o, e) and e + len(o) in ends), "")
            out.append((m.start(), e + len(office), "orgs.known"))
    return out


def _known_pieces() -> list[str]:
    known = sorted(k for k in org_rules(load_rules()).known if len(k) >= 2)
    # names, their halves (overlaps and near misses), the same names in other cases, and filler
    return known + [k[: len(k) // 2 + 1] for k in known] + [k.swapcase() for k in known] + ["的", "a", "K"]


@SETTINGS
@given(st.data())
def test_known_names_read_as_the_regex_reads_them(data):
    pieces = _known_pieces()
    text = "".join(data.draw(st.lists(st.sampled_from(pieces), max_size=10)))
    bounds = set(range(len(text) + 1))
    starts = data.draw(st.sets(st.sampled_from(sorted(bounds)))) if data.draw(st.booleans()) else bounds
    ends = bounds if data.draw(st.booleans()) else data.draw(st.sets(st.sampled_from(sorted(bounds))))
    rules = org_rules(load_rules())
    assert list(_split_known(text, starts, ends, rules)) == _regex_known(text, starts, ends)


PLACE_PIECES = ["北京", "北京市", "东城区", "内蒙古", "鄂尔多斯", "市", "的", "人民", "广东路", "中"]


@SETTINGS
@given(st.lists(st.sampled_from(PLACE_PIECES), max_size=12))
def test_place_names_at_token_starts(pieces):
    pn = place_names(load_rules())
    text = "".join(pieces)
    toks = tokenize(text)
    starts, ends = {t.start for t in toks}, {t.end for t in toks}
    expected = {}
    for t in toks:
        sizes = [e - t.start for e in ends if e > t.start and text[t.start:e] in pn.names]
        if sizes:
            expected[t.start] = max(sizes)
    anywhere = {a for a in range(len(text)) for name in pn.names if text.startswith(name, a)}
    assert pn.names_at(text, starts, ends) == (expected, anywhere)


def test_token_columns():
    text = "他是市委书记。"
    cols = columns(text)
    assert cols.words == ("他", "是", "市委书记", "。")
    assert [text[a:b] for a, b in zip(cols.starts, cols.ends, strict=True)] == list(cols.words)
    assert list(zip(*cols, strict=True)) == list(tokenize(text))
    assert columns("") == ((), (), (), ())


def _pd_texts(n: int) -> list[str]:
    return [rec["text"] for rec in pd_dev_records(n)]


TRAPS = ["我市", "全区", "本县", "双泾村", "高都镇", "古琼寺", "水晶岛", "台湾同胞", "香港回归", "广东路",
         "亚洲盘", "李永春", "青藏高原", "联合国大会", "国务院侨办", "林业部", "北京大学人民医院", "ac米兰"]


@pytest.mark.parametrize("module, finder", [(places, "_candidates"), (orgs, "_name_ends")])
def test_skipped_tokens_fire_no_rule(monkeypatch, module, finder):
    """Visiting only the tokens the cheap test lets through finds what visiting every token finds."""
    texts = _pd_texts(150) + ["，".join(TRAPS), "".join(TRAPS)]
    ctx = Context(place="鄂尔多斯市", rules=load_rules())
    read = places.place_spans if module is places else orgs.org_spans
    fast = [read(t, ctx) for t in texts]
    orgs._spans_of.cache_clear()
    monkeypatch.setattr(module, finder, lambda cols, *_: range(len(cols.words)))
    assert [read(t, ctx) for t in texts] == fast
    orgs._spans_of.cache_clear()


TITLE_TRAPS = ["国防部长", "德国总理", "本报记者", "市委常务副书记", "常务副市长", "省长", "董事长", "增长",
               "成员", "市长助理", "国务院总理", "副总经理", "外交部发言人", "秘书长", "部长级"]


def test_titles_skipped_tokens_fire_no_rule(monkeypatch):
    """The title rules find at the tokens ``post_end`` lets through what they find at every token."""
    rules = load_rules()
    ctx = Context(rules=rules)
    views = [View.of(t) for t in [*_pd_texts(150), "，".join(TITLE_TRAPS), "".join(TITLE_TRAPS)]]
    fast = [list(titles.extract_titles(v, ctx)) for v in views]
    assert len(fast[-2]) >= len(TITLE_TRAPS) - 3
    every = replace(titles.titles_of(rules), post_end=defaultdict(lambda: True))
    monkeypatch.setattr(titles, "titles_of", lambda _rules: every)
    assert [list(titles.extract_titles(v, ctx)) for v in views] == fast


NAME_TRAPS = ["江主席指出", "李总说", "江 主席", "侯老今天", "老张的", "小王和", "会见许立群",
              "刘澜涛说", "刘洪涛", "桥本龙太郎", "桥本说", "赵琛玮", "外长乔治·韦拉", "周恩来", "刘洪说",
              "对丁伟", "任命卢明远"]


def test_people_skipped_tokens_fire_no_rule(monkeypatch):
    """The name rules find at the tokens ``_name_sites`` lets through what they find at every token."""
    rules = load_rules()
    texts = [*_pd_texts(150), "，".join(NAME_TRAPS), "".join(NAME_TRAPS)]
    fast = [list(people._tagged_names(tokenize(t), rules)) for t in texts]
    assert sum(map(len, fast[-2:])) >= len(NAME_TRAPS)
    monkeypatch.setattr(people, "_name_sites", lambda toks, _: range(len(toks)))
    assert [list(people._tagged_names(tokenize(t), rules)) for t in texts] == fast


@SETTINGS
@given(st.lists(st.sampled_from(["会议", "召开", "。", "!", "?", ";", "\n", "！", "？", "；", "，", "李"]),
                max_size=12), st.integers(-15, 30), st.booleans())
def test_sentence_at_reads_as_the_marks_found_around_it(pieces, i, full_width):
    # sentence_at finds the marks through a list of them, made once a text: as the search for each mark
    # before and after the character reads them
    text = "".join(pieces)
    marks = "。!?;\n" + ("！？；" if full_width else "")
    start = max(text.rfind(c, 0, i) for c in marks) + 1
    after = [j for j in (text.find(c, i) for c in marks) if j >= 0]
    assert sentence_at(text, i, full_width=full_width) == (start, min(after) + 1 if after else len(text))
