"""Posts of Taiwan, Hong Kong, Macao, overseas associations' and companies' news whose title or name kg did
not read (session 37, made-up sentences): officers' titles (执行长, 主计长, 里长, 会董, 校董, 主任秘书),
qualifiers kept in the role (值月, 轮值, 永远, 候任), a given name the tagger reads as a verb before a title
after the name, and a given name that is a place's before a post."""
import pytest
from kgread import posts_of


@pytest.mark.parametrize("text, expected", [
    ("東方商會值月會長黃志明、輪值主席李國強出席。",
     [("黃志明", "值月会长", "东方商会"), ("李國強", "轮值主席", "东方商会")]),
    ("東方同鄉會永遠名譽會長陳大文、候任會長李小明出席。",
     [("陳大文", "永远名誉会长", "东方同乡会"), ("李小明", "候任会长", "东方同乡会")]),
    ("監誓人為行政院主計總處主計長陳淑姿。", [("陳淑姿", "主计长", "行政院主计总处")]),
    ("華夏科技執行長黃志明出席。", [("黃志明", "执行长", "华夏科技")]),
    ("華夏科技財務長李國強出席。", [("李國強", "财务长", "华夏科技")]),
    ("培正中學校董黃志明出席。", [("黃志明", "校董", "培正中学")]),
    ("培正中學校監李國強出席。", [("李國強", "校监", "培正中学")]),
    ("東方商會會董陳大文出席。", [("陳大文", "会董", "东方商会")]),
    ("臨泉縣政府主任秘書林志明出席。", [("林志明", "主任秘书", "临泉县人民政府")]),
    # a given name read as a verb, a title after the name (陈/nr + 启明/v + 教授): the 教授 is not the next
    # holder's
    ("卫生局局长陈启明教授、医院管理局主席范明德先生出席。",
     [("陈启明", "局长", "卫生局"), ("范明德", "主席", "医院管理局")]),
    # a given name that names a place, before a post that is no place's (程 + 东海/ns + 书记); not before a
    # place's level (赴东海 + 县委书记)
    ("会上，田东平主任作了讲话。", [("田东平", "主任", None)]),
    ("程东海书记强调，要抓好落实。", [("程东海", "书记", None)]),
    ("我们赴东海县委书记办公室。", []),
])
def test_posts_of_new_publishers_titles(text, expected):
    assert posts_of(text, place="临泉县") == expected
