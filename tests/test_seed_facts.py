"""Facts of the seed page (Ordos Daily, mid-June 2025), checked by reading the page.

The page gives no publication date: the year comes from the page itself
(2025年 in its text), so 6月13日 is 2025-06-13. The publisher's home place is
鄂尔多斯市 (an Ordos paper), given as the CLI's --place would.
"""
from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from kg.ingest.read import read_documents
from kg.pipeline import process_document

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@cache
def results():
    (doc,) = read_documents([str(SEEDS)])
    return tuple(process_document(doc, place="鄂尔多斯市"))


def posts():
    return {(m.person.key, m.title.text, m.role, m.organization) for r in results() for m in r.memberships}


def events():
    return [e for r in results() for e in r.events]


def event(name):
    (e,) = [e for e in events() if e.name == name]
    return e


@pytest.mark.parametrize("post", [
    ("李理", "市委书记", "书记", "中共鄂尔多斯市委员会"),
    ("刘永富", "自治区党委常委", "常委", "中共内蒙古自治区委员会"),
    ("刘永富", "宣传部部长", "部长", "中共内蒙古自治区委员会宣传部"),
    ("于海宇", "市委副书记", "副书记", "中共鄂尔多斯市委员会"),
    ("于海宇", "市长", "市长", "鄂尔多斯市人民政府"),
    ("于海宇", "市政府党组书记", "书记", "鄂尔多斯市人民政府党组"),
    ("刘凤云", "市委常委", "常委", "中共鄂尔多斯市委员会"),
    ("刘凤云", "副市长", "副市长", "鄂尔多斯市人民政府"),
    ("刘凤云", "市政府党组副书记", "副书记", "鄂尔多斯市人民政府党组"),
    ("王莉霞", "自治区人民政府主席", "主席", "内蒙古自治区人民政府"),
    ("姚增科", "中央第二生态环境保护督察组组长", "组长", "中央第二生态环境保护督察组"),
    ("叶阳", "中国人民大学教育学院副教授", "副教授", "中国人民大学教育学院"),
    ("张媛", "市融媒体中心记者", "记者", "鄂尔多斯市融媒体中心"),
    ("张浩", "市融媒体中心记者", "记者", "鄂尔多斯市融媒体中心"),
])
def test_posts(post):
    assert post in posts()


def test_no_reporter_from_a_demonstration():
    # 工作人员向记者演示安全矩阵系统: 记者 here names nobody
    assert not any(m.title.text.endswith("记者") and "演示" in m.person.text
                   for r in results() for m in r.memberships)
    assert all(m.person.type == "PER" for r in results() for m in r.memberships)


def test_standing_committee_meeting():
    e = event("市委常委会会议")
    assert (e.type, e.date, e.chair.key, e.organizer.key) == (
        "Meeting", "2025-06-13", "李理", "中共鄂尔多斯市委员会常务委员会")
    assert "李理" in {p.key for p in e.attendees}


def test_exchange_meeting():
    e = event("全区精神文明建设成果交流会")
    assert (e.type, e.date, e.place.text) == ("Conference", "2025-06-13", "呼和浩特市")
    assert {p.key for p in e.attendees} >= {"刘永富"}


def test_executive_meeting_delegated():
    e = event("市政府常务会议")
    assert (e.date, e.chair.key, e.delegated_by.key, e.organizer.key) == (
        "2025-06-13", "刘凤云", "于海宇", "鄂尔多斯市人民政府")


def test_party_group_meeting():
    e = event("市政府党组会议暨理论学习中心组集体学习会议")
    assert (e.date, e.chair.key, e.delegated_by.key) == ("2025-06-13", "刘凤云", "于海宇")


def test_signing_ceremony():
    e = event("北京大学人民医院·鄂尔多斯市中心医院专科区域协作中心签约仪式")
    assert (e.type, e.date) == ("Signing", "2025-06-13")
    assert e.place.text == "鄂尔多斯市东胜区" and e.place.key == "东胜区"


def test_hand_over():
    (e,) = [e for e in events() if e.type == "HandOver" and "第十六批" in e.name]
    assert (e.date, e.organizer.key) == ("2025-06-13", "中央第二生态环境保护督察组")


def test_every_meeting_once_per_article():
    for r in results():
        names = [e.name for e in r.events]
        assert len(names) == len(set(names))


def test_relations():
    rels = {(r.subject.key, r.predicate, r.object.key) for res in results() for r in res.relations}
    assert ("中国人民大学教育学院", "partOf", "中国人民大学") in rels
    assert ("中共鄂尔多斯市委员会常务委员会", "partOf", "中共鄂尔多斯市委员会") in rels
    assert ("中共内蒙古自治区委员会宣传部", "partOf", "中共内蒙古自治区委员会") in rels
    assert any(s.endswith("PVC二厂") and p == "partOf" and o == "鄂尔多斯电冶集团" for s, p, o in rels)
    assert any(s == "内蒙古华景新材料有限责任公司" and p == "locatedIn" and "蒙苏经济开发区" in o
               for s, p, o in rels)


def test_provenance_points_into_the_page():
    (doc,) = read_documents([str(SEEDS)])
    for r in results():
        for m in r.memberships:
            assert doc.text[m.person.start:m.person.end] == m.person.text
            assert doc.text[m.title.start:m.title.end] == m.title.text
            a, b = m.sentence
            assert doc.text.find(m.person.text, a, b) >= 0
        for e in r.events:
            assert doc.text[e.trigger.start:e.trigger.end] == e.trigger.text
            for p in (e.chair, e.place, e.organizer, e.when, *e.attendees):
                assert p is None or doc.text[p.start:p.end] == p.text
            assert 0 < e.confidence <= 1 and e.rule
