"""A minority name whose middle dot a page lost to an ASCII ? (乃依木?亚森: two runs of a transliteration's
characters around it; not a Chinese name with a character lost, 宋文?介绍, nor a question mark); a
province written only right before another person's title (福建省副省长X) is no section's subject that moves
the home province's posts (省政协主席Y in a 合肥 paper stays 安徽's). Session 40, made-up sentences."""
import pytest
from kgread import posts_of


@pytest.mark.parametrize("text, place, expected", [
    ("自治区人大常委会主任乃依木?亚森出席。", "新疆维吾尔自治区",
     [("乃依木?亚森", "主任", "新疆维吾尔自治区人民代表大会常务委员会")]),
    ("联社理事长宋文?介绍，改制后的公司发展很快。", None, [("宋文", "理事长", None)]),
    ("会上，福建省副省长林瑞明致辞。中国政府特使翟明，省政协主席唐良明出席。", "合肥市",
     [("林瑞明", "副省长", "福建省人民政府"), ("翟明", "特使", "中国政府"),
      ("唐良明", "主席", "中国人民政治协商会议安徽省委员会")]),
    ("四川省党政代表团来访。省委书记王明出席。", "合肥市", [("王明", "书记", "中共四川省委员会")]),
])
def test_lost_dots_and_guest_provinces(text, place, expected):
    assert posts_of(text, place=place) == expected
