"""A list of posts that goes on in clauses of titles alone after a verb of a post (现任A，B，C), and a clause
opening with a verb of a post and no subject after the one person its sentence named (张三到大学任教，后任
副校长): the person's posts. Made-up sentences."""
from __future__ import annotations

import pytest

from kg.model import Document
from kg.pipeline import process_document


def posts(text: str):
    doc = Document(id="t", text=text, date="1998-01-07")
    return sorted((m.person.text, m.role, m.organization) for r in process_document(doc, date="1998-01-07")
                  for m in r.memberships)


@pytest.mark.parametrize("text, expected", [
    ("李明现任湖北省作家协会主席，中国作家协会理事。",
     [("李明", "主席", "湖北省作家协会"), ("李明", "理事", "中国作家协会")]),
    ("陈国栋先生现任天津美术学院教授，中国美术家协会理事，天津美术家协会名誉主席。他画论并重。",
     [("陈国栋", "名誉主席", "天津美术家协会"), ("陈国栋", "教授", "天津美术学院"),
      ("陈国栋", "理事", "中国美术家协会")]),
    ("陈国栋到武汉大学任教，后任副校长，兼任数学研究所所长。",
     [("陈国栋", "副校长", "武汉大学"), ("陈国栋", "所长", "数学研究所")]),
    # a clause with a subject of its own is no item of the list; two people named before: whose is not told
    ("会议任命李明为青山市副市长，陈国栋为青山市公安局局长。",
     [("李明", "副市长", "青山市人民政府"), ("陈国栋", "局长", "青山市公安局")]),
    ("李明和陈国栋来到正定县，任县委书记。", []),
    # a head of state of his years written alone before his title (posts/leaders.tsv), another state named
    ("莫伊总统会见了来访的坦桑尼亚客人。", [("莫伊", "总统", "肯尼亚")]),
])
def test_posts_listed_in_clauses(text, expected):
    assert posts(text) == expected
