"""A bare surname right before the title of a head of state or government (周总理, 毛主席) holds that post, as
the pd-posts gold reads it; a bare surname before any other title (张局长) holds none of its own, nor one
of a surname the article writes a head's title with in full (李显龙总理 … 中国总理李强 … 李总理)."""
from __future__ import annotations

import pytest
from kgread import posts_of

GOV, PRC = "中华人民共和国国务院", "中华人民共和国"


@pytest.mark.parametrize("text, expected", [
    ("今天是敬爱的周总理诞辰纪念日，人们深切怀念周总理。", [("周", "总理", GOV)]),
    ("老人说：毛主席教导我们要为人民服务。", [("毛", "主席", PRC)]),
    ("张局长介绍了情况。", []),  # not a head's title: some body's the text would name
    ("周副主席指出。", []),
    # another of the surname named with no such title: the surname's title is its own
    ("展览收录了周恩来同志的书信，以及周总理的批示。", [("周", "总理", GOV)]),
    ("记者周立明报道：人们怀念周总理。", [("周", "总理", GOV)]),
    # a full name of the surname written with a head's title: the surname may be either's
    ("新加坡总理李光明访华，中国总理李海接待。李总理说。", [
        ("李光明", "总理", "新加坡"), ("李海", "总理", GOV)]),
])
def test_a_bare_surname_before_a_heads_title(text, expected):
    assert [p for p in posts_of(text, date="1998-01-10") if p[2]] == expected
