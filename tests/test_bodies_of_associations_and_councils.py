"""Bodies of posts on associations' and overseas pages (session 39, made-up sentences): a head's title a
body has one holder of, whose body no rule read from its words, is not the body another person named
before heads (西方商联总会理事长A … 新任理事长B); 该会 points at a body whose name as written ends in 会
(not 市委, whose full name 中共X市委员会 does); 县工商联合会 is the county's 工商业联合会; a speaker after
a city, a county or a province is of its council (棉兰市议长: 棉兰市议会)."""
import pytest
from kgread import posts_of


@pytest.mark.parametrize("text, place, expected", [
    ("东方同乡总会换届 李志明任新届理事长\n10日，东方同乡总会庆祝成立活动在马尼拉举行。\n"
     "大使馆领事王大海、西方商联总会理事长林育庆等嘉宾参加活动。\n新任理事长李志明表示，同乡总会成立以来取得了诸多成绩。",
     "晋江市", [("李志明", "理事长", None), ("王大海", "领事", None), ("林育庆", "理事长", "商联总会")]),
    ("公司召开会议，传达东方集团党委书记、董事长王大海讲话精神。公司党委书记、董事长李志明主持。", "成都市",
     [("王大海", "书记", "东方集团党委"), ("王大海", "董事长", "东方集团"), ("李志明", "书记", None),
      ("李志明", "董事长", None)]),
    ("出席的有印尼客属联谊会总主席叶联礼、苏北客属联谊会主席张泉熙。", "棉兰",
     [("叶联礼", "总主席", "印尼客属联谊会"), ("张泉熙", "主席", "苏北客属联谊会")]),
    ("茂名市委常委张大海出席。张大海对该会会长李志明表示感谢。", "浮山县",
     [("张大海", "常委", "中共茂名市委员会"), ("李志明", "会长", None)]),
    ("東方大學校長張大海出席。該校副校長李志明講話。", "浮山县",
     [("張大海", "校长", "东方大学"), ("李志明", "副校长", "东方大学")]),
    ("县工商联合会会长李志明作报告。", "浮山县", [("李志明", "会长", "浮山县工商业联合会")]),
    ("出席的有印尼客属联谊会主席叶联礼、棉兰市议长黄椿升。", "棉兰",
     [("叶联礼", "主席", "印尼客属联谊会"), ("黄椿升", "议长", "棉兰市议会")]),
    ("黎巴嫩议长贝里会见了代表团。", "北京市", [("贝里", "议长", "黎巴嫩议会")]),
])
def test_bodies_of_associations_and_councils(text, place, expected):
    assert posts_of(text, place=place) == expected
