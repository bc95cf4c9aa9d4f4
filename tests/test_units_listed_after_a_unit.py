"""A unit or an organ written alone (办公室主任B) listed right after a person whose post is in a unit of a
named body (X法院政工科科长A、办公室主任B) is that body's unit; after a body's head (X医院院长A、
办公室主任B), a company (its 司 is no unit) or a unit of no named body, as written. Made-up names and
sentences."""
import pytest
from kgread import posts_of


@pytest.mark.parametrize("text, expected", [
    ("江宁区人民法院政工科科长王立明、办公室主任李红出席。",
     [("王立明", "科长", "南京市江宁区人民法院政工科"), ("李红", "主任", "南京市江宁区人民法院办公室")]),
    ("北京协和医院医务处处长王立明、办公室主任李红、宣传中心主任陈刚出席。",
     [("王立明", "处长", "北京协和医院医务处"), ("李红", "主任", "北京协和医院办公室"),
      ("陈刚", "主任", "北京协和医院宣传中心")]),
    # after a body's head, or a unit with no named body: as before
    ("北京协和医院院长王立明、办公室主任李红出席。",
     [("王立明", "院长", "北京协和医院"), ("李红", "主任", "办公室")]),
    ("北京协和医院党委办公室主任王立明、医务部主任李红出席。",
     [("王立明", "主任", "北京协和医院党委办公室"), ("李红", "主任", "医务部")]),
    ("青禾电力有限公司召开会议。公司总经理助理王立明，副总工程师兼华北分部主任李红出席。",
     [("王立明", "总经理助理", "青禾电力有限公司"), ("李红", "副总工程师", "青禾电力有限公司"),
      ("李红", "主任", "华北分部")]),
])
def test_unit_listed_after_a_unit(text, expected):
    assert posts_of(text, date="2023-05-10", publisher="新华网") == expected
