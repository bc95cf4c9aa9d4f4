"""People's Daily (January 1998) articles about meetings and visits, facts checked by reading them.

Read from ../shared/eval/pd1998-dev.jsonl (skipped when absent). The publication
date is the one in the article id; the datelines (新华社北京1月5日电) anchor 今天.
"""
from __future__ import annotations

import json
from functools import cache

import pytest

from kg.model import Document
from kg.pipeline import process_document
from tests.kgread import PD_DEV as PD

pytestmark = pytest.mark.skipif(not PD.exists(), reason="../shared/eval/pd1998-dev.jsonl is absent")

CASES = ("pd1998-19980101-02-006", "pd1998-19980101-02-008", "pd1998-19980101-03-009",
         "pd1998-19980106-01-006", "pd1998-19980106-04-003")


@cache
def articles() -> dict[str, list]:
    out = {}
    with open(PD, encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            if rec["id"] in CASES:
                d = rec["id"].split("-")[1]
                doc = Document(id=rec["id"], text=rec["text"], date=f"{d[:4]}-{d[4:6]}-{d[6:]}")
                out[rec["id"]] = process_document(doc)
    return out


def posts(doc_id):
    return {(m.person.key, m.role, m.organization) for r in articles()[doc_id] for m in r.memberships}


def events(doc_id, type_=None):
    return [e for r in articles()[doc_id] for e in r.events if type_ is None or e.type == type_]


def people(e):
    return {p.key for p in e.attendees}


@pytest.mark.parametrize("doc_id, post", [
    ("pd1998-19980106-01-006", ("乔石", "委员长", "全国人民代表大会常务委员会")),
    ("pd1998-19980106-01-006", ("王丙乾", "副委员长", "全国人民代表大会常务委员会")),
    ("pd1998-19980106-01-006", ("吴仪", "部长", "中华人民共和国对外贸易经济合作部")),
    ("pd1998-19980106-04-003", ("吴邦国", "副总理", "中华人民共和国国务院")),
    ("pd1998-19980101-03-009", ("何鲁丽", "副主席", "中国人民政治协商会议全国委员会")),
    ("pd1998-19980101-03-009", ("何鲁丽", "会长", "中国人民争取和平与裁军委员会")),
    ("pd1998-19980101-02-006", ("孙家正", "部长", "广播电影电视部")),
    ("pd1998-19980101-02-006", ("田聪明", "副部长", "广播电影电视部")),
    ("pd1998-19980101-02-008", ("于永波", "委员", "中央军事委员会")),
    ("pd1998-19980101-02-008", ("于永波", "主任", "中国人民解放军总政治部")),
])
def test_posts(doc_id, post):
    assert post in posts(doc_id)


def test_qiao_shi_receives_iraqi_delegation():
    # 新华社北京1月5日电 … 乔石今天下午在人民大会堂会见了 … 王丙乾等参加了会见
    (e,) = [e for e in events("pd1998-19980106-01-006", "Reception") if "乔石" in people(e)]
    assert (e.date, e.place.text) == ("1998-01-05", "人民大会堂")
    assert people(e) >= {"乔石", "王丙乾"}
    assert not people(e) & {"杨国强"}  # the reporter of the byline takes no part


def test_wu_bangguo_receives_dutch_minister():
    (e,) = [e for e in events("pd1998-19980106-04-003", "Reception")]
    assert (e.date, e.place.text) == ("1998-01-05", "中南海")
    assert people(e) >= {"吴邦国", "李伯勇"}


def test_he_luli_received_in_vientiane():
    # 新华社北京12月30日电万象消息：…29日在万象会见了…何鲁丽
    (e,) = events("pd1998-19980101-03-009", "Reception")
    assert (e.date, e.place.text) == ("1997-12-29", "万象")
    assert "何鲁丽" in people(e)


def test_certificate_ceremony_chaired():
    # 本报北京12月31日讯 … 今天上午 … 颁证 … 田聪明主持了今天的颁证会
    (e,) = [e for e in events("pd1998-19980101-02-006") if e.name == "颁证会"]
    assert (e.chair.key, e.date) == ("田聪明", "1997-12-31")
    assert "李铁映" in people(e)
    # the 1996 conference is only spoken of: nobody chairs or attends it (and its year is no day: no date)
    past = [e for e in events("pd1998-19980101-02-006") if e.name.startswith("1996年")]
    assert past and all(e.chair is None and not e.attendees and e.date is None for e in past)


def test_yu_yongbo_meets_models():
    (e,) = [e for e in events("pd1998-19980101-02-008", "Reception")]
    assert people(e) >= {"于永波", "周子玉", "唐天标", "袁守芳"}
    assert "罗玉文" not in people(e)


def test_no_post_twice():
    for doc_id in CASES:
        for r in articles()[doc_id]:
            keys = [(m.person.key, m.title.text, m.role, m.organization) for m in r.memberships]
            assert len(keys) == len(set(keys))
