"""A unit of an organisation (posts/words unit: 系, 科, 室, 部 ...) written between the organisation
and a post is the post's body (北京大学中文系教授), not when another post or 兼 stands in it; a named
building or site read as a place (orgs/suffixes facility: 文化馆, 图书馆) right before a post is the
post's body (X县文化馆馆长). Made-up names and sentences."""
import pytest
from kgread import posts_of


@pytest.mark.parametrize("text, expected", [
    ("北京大学中文系教授王立明在会上发言。", [("王立明", "教授", "北京大学中文系")]),
    ("武汉大学化学系副教授赵明华出席。", [("赵明华", "副教授", "武汉大学化学系")]),
    ("北京协和医院儿科主任李红梅介绍了经验。", [("李红梅", "主任", "北京协和医院儿科")]),
    ("山东省千佛山医院外科副主任医师刘建平出席。", [("刘建平", "副主任医师", "山东省千佛山医院外科")]),
    # another post before the unit: the chain's posts, as before
    ("山东省济南市公安局副局长兼交警支队支队长周长青出席。",
     [("周长青", "副局长", "山东省济南市公安局"), ("周长青", "支队长", "交警支队")]),
])
def test_unit_of_an_organisation(text, expected):
    assert posts_of(text, date="1998-01-05", publisher="人民日报") == expected


@pytest.mark.parametrize("text, expected", [
    ("江西省于都县文化馆馆长陈立新出席。", [("陈立新", "馆长", "江西省于都县文化馆")]),
    ("北京市图书馆副馆长王淑芬出席。", [("王淑芬", "副馆长", "北京市图书馆")]),
    ("武昌车站党委书记王建华出席。", [("王建华", "书记", "武昌车站党委")]),
])
def test_facility_before_post(text, expected):
    assert posts_of(text, date="1998-01-05", publisher="人民日报") == expected

