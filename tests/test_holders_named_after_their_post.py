"""Posts whose holder is named after the post (会长为A，副会长为B、C; 组长由县长A担任), names read whole
before a name's verb or a form of address, and resignations told after a clause of the reason (session 36,
made-up sentences)."""
import pytest
from kgread import posts_of


@pytest.mark.parametrize("text, expected", [
    # 为 between a post and its holders, the name ending its clause or its list's item
    ("新一届领导班子中，东方商会会长为李强，副会长为赵刚、孙丽，秘书长为周涛。",
     [("李强", "会长", "东方商会"), ("赵刚", "副会长", "东方商会"), ("孙丽", "副会长", "东方商会"),
      ("周涛", "秘书长", "东方商会")]),
    ("东方公司总经理为李强。", [("李强", "总经理", "东方公司")]),
    # (为 before a name and its verb: the post's holder does something for the name)
    ("县长为李强颁发证书。", []),
    # a link and the holder's own chain: both posts are the holder's
    ("考察团团长为县委副书记王明。", [("王明", "团长", None), ("王明", "副书记", "县委")]),
    ("宏达集团工作小组组长由集团副总裁王明担任。",
     [("王明", "组长", "宏达集团工作小组"), ("王明", "副总裁", "宏达集团")]),
])
def test_holders_after_the_post(text, expected):
    assert posts_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    # 王春和 + 致辞: a list's conjunction right before a name's verb joins nothing, the name's third
    ("东方医院院长王春和致辞。", [("王春和", "院长", "东方医院")]),
    # (和 + a name: a list)
    ("东方医院院长王明和李强出席。", [("王明", "院长", "东方医院")]),
    # 王群/nr + 老师: a name of two whose given name ends common nouns (人群), before a form of address
    ("东方学院副教授王群老师作为教师代表发言。", [("王群", "副教授", "东方学院")]),
])
def test_names_read_whole(text, expected):
    assert posts_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a clause of the reason closed by a comma between the name and the verb that ends the posts
    ("东方科技公告，王健先生因工作变动原因，申请辞去公司董事、董事长职务。",
     [("王健", "董事", None), ("王健", "董事长", None)]),
    ("东方科技公告，王健先生由于个人原因，辞去公司总经理职务。", [("王健", "总经理", None)]),
    ("东方科技公告，王健因病，不能出席会议。", []),
])
def test_resignation_after_its_reason(text, expected):
    assert posts_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a list's line: a name, spaces, its title chain up to the line's end
    ("领导名单\n王晓明　县委书记\n刘国强　县委副书记、县长\n陈立　副县长",
     [("王晓明", "书记", "县委"), ("刘国强", "副书记", "县委"), ("刘国强", "县长", "县政府"),
      ("陈立", "副县长", "县政府")]),
    # (a byline's reporter after spaces is no post)
    ("李伟 东方日报记者\n据悉，活动吸引了众多市民。", []),
])
def test_title_chain_after_spaces(text, expected):
    assert posts_of(text) == expected


def test_name_tagged_with_the_at_of_a_date():
    # 李明于/nr + 2020年: the 于 of the date the tagger glued to the name
    assert posts_of("李明于2020年出任宏达集团董事长。") == [("李明", "董事长", "宏达集团")]


@pytest.mark.parametrize("text, expected", [
    # a town party committee's members by their charge: of the committee (政法委员 as 组织委员)
    ("青山镇党委委员、政法委员赵强表示，将做好工作。",
     [("赵强", "委员", "中共青山镇委员会"), ("赵强", "政法委员", "中共青山镇委员会")]),
    # 纪检 + 委员: a charge, no name
    ("青山镇纪检委员孙丽出席。", [("孙丽", "纪检委员", "中共青山镇委员会")]),
])
def test_committee_members_by_charge(text, expected):
    assert posts_of(text) == expected
