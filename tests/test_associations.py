"""Associations' posts and names as their own news and the overseas Chinese press write them (made-up texts):
a council or committee of a term between the association and a post, an association's term in its name, the
publisher's own bodies after its word for itself, passive appointment verbs, a county-level city's page."""
from __future__ import annotations

import pytest

from kg.ingest.home import infer_place
from tests.kgread import article_of, posts_of


# an association's elected committee or council of a term (第十届委员会, 第二届理事会) is the association
@pytest.mark.parametrize("text, expected", [
    ("王建国当选杭州市侨联第十届委员会副主席。", [("王建国", "副主席", "杭州市归国华侨联合会")]),
    ("会议选举刘海涛为杭州市文联第七届委员会主席。", [("刘海涛", "主席", "杭州市文学艺术界联合会")]),
    ("中国作家协会第九届全国委员会副主席王明出席。", [("王明", "副主席", "中国作家协会")]),
    ("李强当选中华全国总工会第十七届执行委员会主席。", [("李强", "主席", "中华全国总工会")]),
    ("齐利锋当选温州开化商会第二届理事会会长。", [("齐利锋", "会长", "温州开化商会")]),
    ("杭州市青年企业家协会第三届理事会常务副会长刘海涛出席。",
     [("刘海涛", "常务副会长", "杭州市青年企业家协会")]),
    ("王五任杭州市青年企业家协会理事会秘书长。", [("王五", "秘书长", "杭州市青年企业家协会")]),
    # a party committee or a CPPCC committee of a term stays the committee
    ("李四当选中共杭州市第十届委员会书记。", [("李四", "书记", "中共杭州市委员会")]),
    ("选举王五为政协杭州市第十届委员会主席。", [("王五", "主席", "中国人民政治协商会议杭州市委员会")]),
])
def test_a_council_of_a_term_is_the_associations(text, expected):
    assert posts_of(text, date="2024-10-01") == expected


# an association's term in its name (台山市第九届侨联), and 新一届 (the new term), are no part of its key
@pytest.mark.parametrize("text, expected", [
    ("江门市第九届侨联主席李练成作工作报告。", [("李练成", "主席", "江门市归国华侨联合会")]),
    ("杭州市第三届青年企业家协会会长王刚出席。", [("王刚", "会长", "杭州市青年企业家协会")]),
    ("范启德被推选为新一届集美区海联会会长。", [("范启德", "会长", "集美区海外联谊会")]),
    ("王刚当选新一届市委书记。", [("王刚", "书记", "中共厦门市委员会")]),
])
def test_the_term_of_an_association_is_no_part_of_its_name(text, expected):
    assert posts_of(text, date="2024-10-01", place="厦门市") == expected


# the short names of overseas Chinese and Taiwan compatriots' associations (侨联会, 海联会, 台联)
@pytest.mark.parametrize("text, expected", [
    ("台山市侨联会主席李明出席。", [("李明", "主席", "台山市归国华侨联合会")]),
    ("厦门市台联会长王伟出席。", [("王伟", "会长", "厦门市台湾同胞联谊会")]),
    ("思明区海联会会长陈刚致辞。", [("陈刚", "会长", "厦门市思明区海外联谊会")]),
])
def test_short_names_of_associations(text, expected):
    assert posts_of(text, date="2024-10-01", place="厦门市") == expected


# passive appointment verbs (被推选为, 被推举为, 被选为) start a post as 当选为 does
@pytest.mark.parametrize("text, expected", [
    ("王海涛被推选为青山市作家协会主席。", [("王海涛", "主席", "青山市作家协会")]),
    ("刘晓东被推举为青山市侨商会会长。", [("刘晓东", "会长", "青山市侨商会")]),
    ("张立新被选为杭州市工商联副主席。", [("张立新", "副主席", "杭州市工商业联合会")]),
])
def test_passive_appointment_verbs(text, expected):
    r = article_of(text, date="2024-10-01")
    assert [(m.person.text, m.role, m.organization) for m in r.memberships] == expected
    assert [e.type for e in r.events] == ["Appointment"]


# a body's head word after the publisher's word for itself (我校工会主席, 我校侨联副主席) names that body of
# the publisher; a party body stays as before (我院党委书记 on a hospital's page)
@pytest.mark.parametrize("text, expected", [
    ("我校侨联主席朱利民教授出席。", [("朱利民", "主席", "青山大学侨联")]),
    ("我校工会副主席李红出席。", [("李红", "副主席", "青山大学工会")]),
    ("我校党委书记王刚出席。", [("王刚", "书记", "青山大学党委")]),
    ("我校副校长王刚出席。", [("王刚", "副校长", "青山大学")]),
])
def test_the_publishers_own_bodies(text, expected):
    assert posts_of(text, date="2024-10-01", publisher="青山大学") == expected


# a county-level city's page (台山市 named more often than its prefecture, 江门) is that city's: its 市委
def test_a_county_level_citys_page():
    text = ("江门台山市侨代会闭幕。据江门市外侨局消息，台山市侨联换届。台山市委常委李白云出席。"
            "市委书记李惠文讲话。")
    assert infer_place(text) == "台山市"
    assert ("李惠文", "书记", "中共台山市委员会") in posts_of(text, date="2024-10-01")


# a verb jieba tags as a name (齐聚) after a title-like word (嘉宾) is no person
def test_a_verb_after_guests_is_no_name():
    assert posts_of("海内外社团及嘉宾齐聚盛会。", date="2024-10-01") == []


# Malaysian honours between a title and a name (拿督斯里, 丹斯里拿督) are no part of the name, and the title
# is the name's
@pytest.mark.parametrize("text, expected", [
    ("世福总会执行会长拿督斯里刘为强等出席活动。", [("刘为强", "执行会长", "世福总会")]),
    ("马来西亚中华总商会会长拿督吴添泉致辞。", [("吴添泉", "会长", "马来西亚中华总商会")]),
    ("青山同乡会永久名誉会长丹斯里拿督张仕国出席。", [("张仕国", "永久名誉会长", "青山同乡会")]),
])
def test_honours_between_a_title_and_a_name(text, expected):
    assert posts_of(text, date="2024-10-01") == expected


# an association's heads: 总会长, and 理事长 or 监事长 with no body written, of the association named last;
# 选出 appoints as 选举 does; a branch (分会) is a body of its own
@pytest.mark.parametrize("text, expected", [
    ("全国政协委员、世福总会总会长吴换炎致辞。",
     [("吴换炎", "委员", "中国人民政治协商会议全国委员会"), ("吴换炎", "总会长", "世福总会")]),
    ("夏洛特华美协会召开会议，特别感谢理事长张健雄的帮助。", [("张健雄", "理事长", "夏洛特华美协会")]),
    ("青山市慈善基金会成立，监事长王刚讲话。", [("王刚", "监事长", "青山市慈善基金会")]),
    ("夏洛特华美协会召开会议。大会选出刘建国为理事长。", [("刘建国", "理事长", "夏洛特华美协会")]),
    ("大会选举王刚为新任杭州市作家协会主席。", [("王刚", "主席", "杭州市作家协会")]),
    ("全美华人协会南加州分会会长何畅源致辞。", [("何畅源", "会长", "全美华人协会南加州分会")]),
])
def test_an_associations_heads(text, expected):
    assert posts_of(text, date="2024-10-01") == expected


# an inauguration (就职典礼, 就任仪式) is named whole: 就 opens no clause there
def test_an_inauguration_is_named_whole():
    r = article_of("10日,菲律宾晋江同乡总会第十四届理事会就职典礼在菲律宾马尼拉市举行。", date="2019-11-12")
    assert [(e.type, e.date, e.trigger.text) for e in r.events] == [
        ("Ceremony", "2019-11-10", "菲律宾晋江同乡总会第十四届理事会就职典礼")]


# clan associations (会馆, 宗亲会) are associations: their heads with no body written are theirs, in a list
# of titles and names too; a body written as the end of one named before (同乡总会) is that one
@pytest.mark.parametrize("text, expected", [
    ("新加坡林氏宗亲会会长林明出席。", [("林明", "会长", "新加坡林氏宗亲会")]),
    ("新加坡福建会馆举行新春团拜。会长：黄志强；副会长：李明。",
     [("黄志强", "会长", "新加坡福建会馆"), ("李明", "副会长", "新加坡福建会馆")]),
    ("出席新加坡福建会馆活动的有黄志强（会长）、李明（副会长）等。",
     [("黄志强", "会长", "新加坡福建会馆"), ("李明", "副会长", "新加坡福建会馆")]),
    ("菲律宾晋江同乡总会举行就职典礼。同乡总会名誉理事长庄金耀担任监誓员。",
     [("庄金耀", "名誉理事长", "菲律宾晋江同乡总会")]),
])
def test_clan_associations(text, expected):
    assert posts_of(text, date="2024-10-01") == expected


# a chair (主席, 副主席) with no body written is of the association its sentence named before it, not the
# state's; a head of state named as such stays the state's
@pytest.mark.parametrize("text, expected", [
    ("新加坡金门会馆特别筹组了一支参访团,由主席蔡其生领队。", [("蔡其生", "主席", "新加坡金门会馆")]),
    ("青山商会召开大会，副主席王刚讲话。", [("王刚", "副主席", "青山商会")]),
    ("中华总商会代表团访华，国家主席习近平会见。", [("习近平", "主席", "中华人民共和国")]),
    ("中国作家协会举行茶话会，江泽民主席出席。", [("江泽民", "主席", "中华人民共和国")]),
])
def test_a_chair_of_the_association_named_before(text, expected):
    assert posts_of(text, date="2024-10-01") == expected


# a life honorary and a founding head (永久名誉会长, 创会会长) hold posts of those titles, of the body the
# head's would be; an acting head (署理会长) the acting head's, as 代理市长 is (session 40: the gold's role)
@pytest.mark.parametrize("text, expected", [
    ("新加坡福建会馆举行团拜，署理会长李明致辞。", [("李明", "署理会长", "新加坡福建会馆")]),
    ("世福总会永久名誉会长张锦雄出席。", [("张锦雄", "永久名誉会长", "世福总会")]),
    ("香港龙湖同乡联谊会创会会长吴天赐博士致辞。", [("吴天赐", "创会会长", "香港龙湖同乡联谊会")]),
])
def test_acting_life_and_founding_heads(text, expected):
    assert posts_of(text, date="2024-10-01") == expected


# a post's last character the tagger glued to the surname after it, before a given name it reads as another
# proper name (总会 + 长林/ns + 大明/nz + 出席会议/l: 总会长林大明)
def test_a_title_glued_to_a_surname_before_a_proper_given_name():
    assert posts_of("青山中华总商会总会长林大明出席会议。", date="2024-10-01") == [
        ("林大明", "总会长", "青山中华总商会")]


# a shared title's list whose next names carry a Malaysian honour (副会长拿督A、拿督斯里B、C)
def test_a_shared_title_over_names_with_honours():
    text = "副会长拿督王大明、拿督斯里李海明、陈小五出席。"
    assert posts_of(text, date="2024-10-01", publisher="青山中华总商会") == [
        ("王大明", "副会长", "青山中华总商会"), ("李海明", "副会长", "青山中华总商会"),
        ("陈小五", "副会长", "青山中华总商会")]
