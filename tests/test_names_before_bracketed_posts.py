"""Names before their posts in brackets, opening a clause or a list's item, and names glued to a verb that
takes an object or opens the predicate after a post's title (session 37, made-up sentences)."""
import pytest
from kgread import posts_of


@pytest.mark.parametrize("text, expected", [
    # a name the tagger reads as no name, its posts in brackets after it, opening a clause or an item
    ("出席会议的领导：刘澜波（县委常委、副县长）、闫戌林（县政协主席）。",
     [("刘澜波", "常委", "中共临泉县委员会"), ("刘澜波", "副县长", "临泉县人民政府"),
      ("闫戌林", "主席", "中国人民政治协商会议临泉县委员会")]),
    ("刘澜涛（东方公司董事长）：我们将加大投入。", [("刘澜涛", "董事长", "东方公司")]),
    # (a body's note in brackets: no name)
    ("县委（扩大）会议召开。", []),
    # a name of two glued to 为 before its object (陈雁为/nr + 获奖者), not a name ending in 为 before a verb
    ("副县长陈雁为获奖者颁奖。", [("陈雁", "副县长", "临泉县人民政府")]),
    ("副县长孙震为新店揭牌。", [("孙震", "副县长", "临泉县人民政府")]),
    # a weak surname's name before a verb of people/next_word_chars (方瑾/nr + 到/v: not 方瑾到)
    ("副县长方瑾到东方公司调研。", [("方瑾", "副县长", "临泉县人民政府")]),
    # (代明 + 让/v + 同志: before a form of address the character is the name's)
    ("镇党委书记代明让同志讲了三点要求。", [("代明让", "书记", "镇党委")]),
])
def test_names_before_bracketed_posts(text, expected):
    assert posts_of(text, place="临泉县") == expected
