"""An obituary's or a career's chain of titles before a name goes on over what names no post (a national
deputy, a word of praise before an occupation), and a given name the tagger reads as an adverb stops before a
rank (made-up texts)."""
from __future__ import annotations

import pytest

from tests.kgread import posts_of


@pytest.mark.parametrize("text, expected", [
    ("新华社武汉１月９日电中国工程院院士，华中农学院院长，全国人大代表，著名化学家、教育家"
     "刘长青同志，因病逝世。",
     [("刘长青", "院士", None), ("刘长青", "院长", "华中农学院"), ("刘长青", "化学家", None),
      ("刘长青", "教育家", None)]),
    ("华中农学院院长，著名化学家刘长青出席。",
     [("刘长青", "院长", "华中农学院"), ("刘长青", "化学家", None)]),
    ("华中农学院院长、全国人大代表刘长青出席。", [("刘长青", "院长", "华中农学院")]),
])
def test_a_chain_goes_on_over_what_names_no_post(text, expected):
    assert posts_of(text, date="1998-01-09", publisher="人民日报") == expected


@pytest.mark.parametrize("text, expected", [
    ("中国驻法使馆武官赵立新少将出席。", [("赵立新", "武官", "中国驻法使馆")]),
    ("副参谋长孙立新中将出席。", [("孙立新", "副参谋长", None)]),
])
def test_a_given_name_read_as_an_adverb_before_a_rank(text, expected):
    assert posts_of(text, date="1998-01-09", publisher="人民日报") == expected
