"""Names the tagger cut where a list, a title or a numeral meets them (session 37, made-up sentences):
the list's 等 glued to the last name's last character, 长 of a title glued to the surname before an
adverb, a list's 和 glued to a given name before the next title, a given name ending in a numeral, a list
after 领导."""
import pytest
from kgread import article_of, posts_of


@pytest.mark.parametrize("text, expected", [
    # the closer 等 glued to the last name of a list after a title (孙/zg + 恒等/a + 人大代表)
    ("县人大常委会副主任王书亭、孙恒等人大代表参加。",
     [("王书亭", "副主任", "临泉县人民代表大会常务委员会"),
      ("孙恒", "副主任", "临泉县人民代表大会常务委员会")]),
    ("县政协副主席刘书亭、钱平等参加。",
     [("刘书亭", "副主席", "中国人民政治协商会议临泉县委员会"),
      ("钱平", "副主席", "中国人民政治协商会议临泉县委员会")]),
    # 长 glued to the surname, the given name a place, an adverb after it (副署 + 长孙/ns + 华山/ns + 曾/d)
    ("东方署副署长孙华山曾表示，要推进改革。", [("孙华山", "副署长", "东方署")]),
    # a list's 和 glued to a given name of one character between two titles (李/nr + 政和/n + 副总经理)
    ("东方公司总经理李政和副总经理王建华出席。",
     [("李政", "总经理", "东方公司"), ("王建华", "副总经理", "东方公司")]),
    # (a surname and a given name of two before a title: 吴朝晖处长)
    ("吴朝晖处长出席。", [("吴朝晖", "处长", None)]),
    # a given name ending in a numeral (刘建/nr + 一/m + 主持会议, + 一行)
    ("市人大常委会常务副主任刘建一主持会议。", [("刘建一", "常务副主任", "阜阳市人民代表大会常务委员会")]),
    ("常务副主任刘建一一行到东方公司调研。", [("刘建一", "常务副主任", None)]),
    # (县长王明 + 一到: a numeral opening the predicate)
    ("县长王明一到会场就讲话。", [("王明", "县长", "临泉县人民政府")]),
])
def test_names_cut_around_lists_and_titles(text, expected):
    assert posts_of(text, place="临泉县") == expected


def test_list_after_leaders():
    # a list right after 领导, its names no word the tagger tags as one (但, a surname read in context)
    r = article_of("临泉县领导陈中华、但明远、别立新、欧阳红参加。", place="临泉县")
    assert [m.text for m in r.mentions if m.type == "PER"] == ["陈中华", "但明远", "别立新", "欧阳红"]
