"""``kg extract`` writes mentions only: an article's facts are read only where they may change its mentions'
keys (a bare surname no full name of its mentions has, a short name the text defines), and the mentions are
the same as with every fact read (made-up articles)."""
import pytest

import kg.extract  # noqa: F401  (the extractors, before the pipeline)
from kg.link.coref import defines_short_names, facts_may_rekey
from kg.model import Document
from kg.pipeline import process_document

CASES = [
    # (text, whether the facts are read: a bare surname, a short name defined)
    ("县委书记周明远主持召开常委会议。周书记指出，要抓好秋粮收购。", True),
    ("副省长钱立群会见了来访的客人。钱副省长表示，欢迎各位到访。", True),
    ("市长孙海峰出席签约仪式，副市长郑晓岚主持仪式。", False),
    ("记者 冯雅琴 报道：区委副书记蒋国栋到街道调研。", False),
    ("全市河湖治理专项工作领导小组（以下简称“领导小组”）召开会议。组长韩建业讲话。", True),
    ("今年以来，我市新建口袋公园十二个，绿道四十公里。", False),
]


@pytest.mark.parametrize("text, read", CASES)
def test_mentions_the_same_with_and_without_facts(text, read):
    doc = Document(id="made-up", text=text)
    with_facts = process_document(doc)
    without = process_document(doc, facts=False)
    assert [m for r in without for m in r.mentions] == [m for r in with_facts for m in r.mentions]
    short_names = defines_short_names(text)
    assert any(facts_may_rekey(r.mentions, r.article.reporters, short_names) for r in with_facts) == read
