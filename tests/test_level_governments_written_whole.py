"""A level's government or town congress written whole with no place (县人民政府, 镇人民政府, 镇人民代表大会)
in an appointment or election, a town congress's presidium and term, a Tibetan name elected (session 37,
made-up sentences)."""
import pytest
from kgread import article_of, posts_of


@pytest.mark.parametrize("text, expected", [
    ("任命李明强为县人民政府副县长。", [("李明强", "副县长", "县人民政府")]),
    ("大会选举王建华同志为镇人民政府镇长。", [("王建华", "镇长", "镇人民政府")]),
    ("选举李明强为镇人民代表大会主席。", [("李明强", "主席", "镇人民代表大会")]),
    ("任命李明强为乡人民政府副乡长。", [("李明强", "副乡长", "乡人民政府")]),
    ("杨桥镇人民代表大会主席王建华出席。", [("王建华", "主席", "杨桥镇人民代表大会")]),
    # the presidium of a town congress, its term written inside its name (镇第二届人大)
    ("王建华当选杨桥镇人大主席团主席。", [("王建华", "主席", "杨桥镇人大主席团")]),
    ("王建华当选杨桥镇第二届人大主席团主席。", [("王建华", "主席", "杨桥镇人大主席团")]),
    # the town's name ending in the level word of the congress's short name, a session named before it
    # (the presidium is the congress's, not the session's)
    ("王建华当选杨桥镇人民代表大会主席团主席。", [("王建华", "主席", "杨桥镇人民代表大会主席团")]),
    ("我镇召开杨桥镇第二届人民代表大会第四次会议。王建华同志以全票当选杨桥镇第二届人民代表大会主席团主席。",
     [("王建华", "主席", "杨桥镇人民代表大会主席团")]),
    # a list of two names closed by a count of them (两名同志), each elected to one of two posts
    ("谢明、杨景华两名同志分别以全票当选为杨桥镇人民政府镇长和杨桥镇人大主席团主席。",
     [("谢明", "镇长", "杨桥镇人民政府"), ("杨景华", "主席", "杨桥镇人大主席团")]),
    # a Tibetan name before 同志 opening the clause of its election
    ("旦正卓玛同志以全票当选杨桥镇副镇长。", [("旦正卓玛", "副镇长", "杨桥镇人民政府")]),
    ("这位同志当选为镇长。", []),
])
def test_level_governments_written_whole(text, expected):
    assert posts_of(text) == expected


def test_list_closed_by_a_count():
    # 谢波 alone is no name the tagger reads; the list's count (两名) ends it, not 第三 (an ordinal)
    r = article_of("谢波、杨景宪两名同志出席。")
    assert [m.text for m in r.mentions if m.type == "PER"] == ["谢波", "杨景宪"]
    r = article_of("以市政协副主席李秉文、何平为第三视察分团团长。")
    assert "何平为" not in [m.text for m in r.mentions if m.type == "PER"]
