"""Bodies written short (session 40, made-up sentences): a research institute by the first characters of
its name's words and 所, on its own page or in a text naming it in full (地球化学研究所 -> 地化所: its party
committee is the institute's, not its academy's); a party committee (县委) in an article naming the Youth
League's (团县委) is the party's; a department or people's organisation by its short name alone (作协) is the
one body of that kind the article names in full."""
import pytest
from kgread import posts_of


@pytest.mark.parametrize("text, publisher, place, expected", [
    ("局长于英明到地球化学研究所调研。在地化所党委书记、副所长冯新华的陪同下，于英明参观了实验室。",
     "中国科学院地球化学研究所", "贵州省贵阳市",
     [("冯新华", "书记", "中国科学院地球化学研究所党委"), ("冯新华", "副所长", "中国科学院地球化学研究所")]),
    ("县委常委、团县委书记李明出席。", None, "青田县",
     [("李明", "常委", "中共青田县委员会"), ("李明", "书记", "中国共产主义青年团青田县委员会")]),
    ("团县委书记张三出席。县委常委李明出席。", None, "青田县",
     [("张三", "书记", "中国共产主义青年团青田县委员会"), ("李明", "常委", "中共青田县委员会")]),
    ("8月30日，青山市作家协会第七次会员代表大会召开。新一届作协主席张新华致辞。", None, "青山市",
     [("张新华", "主席", "青山市作家协会")]),
])
def test_short_bodies_named(text, publisher, place, expected):
    assert posts_of(text, publisher=publisher, place=place) == expected


# ... and so in an election's clauses (当选新一届作协主席, A、B当选副主席): the short name right before a
# title is that body's mention (orgs.repeat), and a post the election reader gives it is of that body
def test_an_organisation_by_its_short_name_in_an_election():
    text = "泰州市作家协会第五次会员代表大会召开。会议选举李新华当选新一届作协主席，王强、刘明当选副主席。"
    assert posts_of(text, place="泰州市") == [("李新华", "主席", "泰州市作家协会"),
                                             ("王强", "副主席", "泰州市作家协会"),
                                             ("刘明", "副主席", "泰州市作家协会")]
