"""Posts of hometown officials as overseas Chinese and county pages write them (made-up texts): a party post
written right after a town's or a village's name alone (镇书记, 村书记), and an association's own page naming
itself (本会, 我会) whatever kind of association its name ends in."""
from __future__ import annotations

import pytest

from tests.kgread import posts_of


# 镇党委书记, 街道党工委书记, 村党支部书记 written short: the place's party body
@pytest.mark.parametrize("text, expected", [
    ("西岭镇书记张明远、东坡村书记李加林先后致词。",
     [("张明远", "书记", "中共西岭镇委员会"), ("李加林", "书记", "东坡村党支部")]),
    ("青石乡副书记王海平陪同调研。", [("王海平", "副书记", "中共青石乡委员会")]),
    ("南湖街道书记赵立民主持会议。", [("赵立民", "书记", "中共南湖街道工作委员会")]),
    # a written body wins, and a city's or a community's post is not guessed
    ("西岭镇党委书记张明远出席。", [("张明远", "书记", "中共西岭镇委员会")]),
    ("东坡村党支部书记、村委会主任李加林致词。",
     [("李加林", "书记", "中共东坡村支部委员会"), ("李加林", "主任", "东坡村村民委员会")]),
])
def test_a_party_post_after_a_town_or_a_village_is_its_party_bodys(text, expected):
    assert posts_of(text, date="2023-12-01") == expected


# an association's own page (同乡总会, 联谊会, 会馆 ...): 本会理事长 is the publisher's
@pytest.mark.parametrize("publisher", ["菲律宾晋江同乡总会", "香港青山同乡联谊会", "新加坡青山会馆",
                                       "青山商会"])
def test_an_associations_own_page_names_itself(publisher):
    text = "是晚本会理事长施东明亲率多位领导出席盛会。本会监事长王大力致词。"
    assert posts_of(text, date="2023-12-01", publisher=publisher) == [
        ("施东明", "理事长", publisher), ("王大力", "监事长", publisher)]


# a development zone's 工委 and 管委 (its 党工委 and 管委会 written short)
@pytest.mark.parametrize("text, expected", [
    ("临江高新区工委书记、管委主任刘海森出席签约仪式。",
     [("刘海森", "书记", "中共临江高新区工作委员会"), ("刘海森", "主任", "临江高新区管理委员会")]),
    ("临江经济开发区工委副书记、管委副主任王金成陪同。",
     [("王金成", "副书记", "中共临江经济开发区工作委员会"),
      ("王金成", "副主任", "临江经济开发区管理委员会")]),
])
def test_a_zones_short_bodies(text, expected):
    assert posts_of(text, date="2023-12-01") == expected


# a verb of reporting after a name marks it (院长陈吉祥汇报: 吉祥 is a word); a board's verbs end no body's
# name
@pytest.mark.parametrize("text, expected", [
    ("会上,院长陈吉祥汇报了医院基本情况。", [("陈吉祥", "院长", None)]),
    ("龙湖村书记李建设致词。", [("李建设", "书记", "龙湖村党支部")]),
    ("公司董事会授权公司常务副总经理刘海在空缺期间代行总经理职责。", [("刘海", "常务副总经理", None)]),
    ("经董事长提议,董事会同意公司副总经理王小平辞去职务。", [("王小平", "副总经理", None)]),
])
def test_verbs_around_a_titled_name(text, expected):
    assert posts_of(text, date="2023-12-01") == expected


# a village's first secretary sent by a body (驻村第一书记) goes on a chain of posts
def test_a_first_secretary_sent_to_a_village_in_a_chain():
    posts = posts_of("青山县委副书记、驻村第一书记余景明出席。", date="2023-12-01")
    assert [(p, r) for p, r, _ in posts] == [("余景明", "副书记"), ("余景明", "第一书记")]
    assert posts[0][2] == "青山县委"


# a level's office written with the level (区委办公室, 区政府办公室, 区人大常委会办公室) on a page whose home
# the text names (西青区委书记X …): that place's office, as 区委宣传部 is
def test_a_levels_office_of_the_place_the_text_names():
    text = ("西青区委书记李青山出席。区委常委、区委办公室主任杜大胜,区政府办公室主任赵明亮,"
            "区人大常委会办公室主任孙立民出席。")
    assert posts_of(text, date="2023-12-01", publisher="某大学") == [
        ("李青山", "书记", "中共天津市西青区委员会"), ("杜大胜", "常委", "中共天津市西青区委员会"),
        ("杜大胜", "主任", "中共天津市西青区委员会办公室"), ("赵明亮", "主任", "天津市西青区人民政府办公室"),
        ("孙立民", "主任", "天津市西青区人民代表大会常务委员会办公室")]
