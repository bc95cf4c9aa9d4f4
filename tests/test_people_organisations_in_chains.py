"""A place's trade union written alone in a chain of titles after a body of the place (sessions 39-40,
made-up sentences): 县委常委、总工会主席X is the county's 总工会's, and the chain's other titles stay read; a
community's (社区党总支书记、总工会主席) is no county's. The other people's organisations (妇联, 工商联, 侨联)
are left out: written after a level (省妇联党组成员) the row read the short name without its level."""
import pytest
from kgread import posts_of


@pytest.mark.parametrize("text, expected", [
    ("县人大常委会副主任、县委办主任、总工会主席张建明会见考察团。",
     [("张建明", "副主任", "交城县人民代表大会常务委员会"), ("张建明", "主任", "中共交城县委员会办公室"),
      ("张建明", "主席", "交城县总工会")]),
    ("县委常委、总工会主席张建明出席。",
     [("张建明", "常委", "中共交城县委员会"), ("张建明", "主席", "交城县总工会")]),
    ("全国总工会主席张建明出席。", [("张建明", "主席", "中华全国总工会")]),
    ("省妇联党组成员、副主席蔡小莉出席。",
     [("蔡小莉", "党组成员", "山西省妇女联合会党组"), ("蔡小莉", "副主席", "山西省妇女联合会")]),
])
def test_people_organisations_in_chains(text, expected):
    assert posts_of(text, place="交城县") == expected


# a town of places/towns whose first character the tagger reads alone as a measure word (天/q + 宁镇/ns) is
# still read whole where a list's item opens (、), and the chain before it keeps its posts
def test_a_town_opening_a_list_item():
    assert posts_of("县委常委、统战部部长、天宁镇党委书记曹仙明出席。", place="交城县") == [
        ("曹仙明", "常委", "中共交城县委员会"), ("曹仙明", "部长", "中共交城县委员会统一战线工作部"),
        ("曹仙明", "书记", "中共天宁镇委员会")]


# a place's supervisory commission written alone after its discipline commission is the place's (监委: the
# chain's place's 监察委员会), and the discipline commission's post stays read
@pytest.mark.parametrize("text, expected", [
    ("县纪委副书记、监委副主任向震明列席会议。",
     [("向震明", "副书记", "中共交城县纪律检查委员会"), ("向震明", "副主任", "交城县监察委员会")]),
    ("监委主任向震明列席会议。", [("向震明", "主任", None)]),
])
def test_a_supervisory_commission_in_a_chain(text, expected):
    assert posts_of(text, place="交城县") == expected


# a town's government written in full after an appointment's 为 (A、B2人为双沟镇人民政府副镇长): the town the
# NER read before the short name its level word opens (镇人民政府) is the body's place, and the chain is read
@pytest.mark.parametrize("text, expected", [
    ("大会选举产生了王大勇、刘振华2人为双沟镇人民政府副镇长。",
     [("王大勇", "副镇长", "双沟镇人民政府"), ("刘振华", "副镇长", "双沟镇人民政府")]),
    ("双沟镇人民政府副镇长王大勇出席。", [("王大勇", "副镇长", "双沟镇人民政府")]),
])
def test_a_town_government_after_an_appointment(text, expected):
    assert posts_of(text, place="双沟镇") == expected
