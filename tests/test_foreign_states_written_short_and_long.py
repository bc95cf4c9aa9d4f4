"""Foreign states as wire briefs write them: by an official name before a minister's post
(斐济共和国外交外贸部长, 萨摩亚独立国副总理兼财政、旅游、贸易、商业和工业部长: the ministry of the state's
short name, a list of fields up to sixteen characters), by their first character before their head's title
(巴总理, 韩总统: people/surnames ``state``, no person 巴), as the state an envoy serves after 驻 and the body
stationed at (加拿大驻联合国大使: the state's, 加拿大驻联合国 names no body); 中国化工部 is China's
ministry, as 化工部 is."""
import pytest
from kgread import article_of, posts_of


@pytest.mark.parametrize("text, expected", [
    ("应斐济共和国外交外贸部长拉图·马拉的邀请访问。", [("拉图·马拉", "部长", "斐济外交外贸部")]),
    ("应萨摩亚独立国副总理兼财政、旅游、贸易、商业和工业部长图伊拉的邀请。",
     [("图伊拉", "副总理", "萨摩亚"), ("图伊拉", "部长", "萨摩亚财政、旅游、贸易、商业和工业部")]),
    ("斐济共和国总理兰布卡出席。", [("兰布卡", "总理", "斐济")]),
    ("巴总理电慰地震灾民", []),
    ("马总理马哈蒂尔说。", [("马哈蒂尔", "总理", "马来西亚")]),
    ("５１岁的史密斯曾任加拿大驻联合国大使。", [("史密斯", "大使", "加拿大")]),
    ("加拿大驻联合国大使史密斯出席。", [("史密斯", "大使", "加拿大")]),
    ("中国化工部部长王明出席。", [("王明", "部长", "中华人民共和国化学工业部")]),
])
def test_foreign_states_written_short_and_long(text, expected):
    assert posts_of(text, date="1998-01-05", publisher="人民日报") == expected


def test_a_states_initial_is_no_person():
    r = article_of("韩总统金泳三说。", date="1998-01-05", publisher="人民日报")
    assert [m.text for m in r.mentions if m.type == "PER"] == ["金泳三"]
