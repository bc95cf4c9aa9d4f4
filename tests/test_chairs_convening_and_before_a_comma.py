"""Made-up texts: who chairs a meeting. The titled name before a comma and 主持召开 chairs it (市长王强，主持
召开…); one person convening a meeting (王强召开…会议) chairs it when no one is said to chair it in the
sentence, and does not when someone else is. The guests a ceremony welcomes in the clause after it (举行宴会，
欢迎X和夫人Y) take part in it."""
from __future__ import annotations

import pytest

from kg.model import Document
from kg.pipeline import process_document


def meetings(text: str):
    """Date, chair and sorted attendees of each meeting the pipeline reads in ``text``."""
    doc = Document(id="t", text=text, date="2025-06-14", place="鄂尔多斯市")
    return [(e.date, e.chair.text if e.chair else None, sorted(a.text for a in e.attendees))
            for r in process_document(doc, date="2025-06-14", place="鄂尔多斯市") for e in r.events
            if e.type in ("Meeting", "Conference")]


@pytest.mark.parametrize("text, expected", [
    ("6月3日，市委副书记、市长王强，主持召开市疫情防控应急指挥部第十四次会议。",
     [("2025-06-03", "王强", ["王强"])]),
    ("6月3日，市长王强还召开了全市重点行业安全生产部署会，要求做好安全工作。",
     [("2025-06-03", "王强", ["王强"])]),
    # ... not when someone else chairs it, nor one who congratulates on its holding
    ("6月3日，市长王强召开专题会议，副市长李明主持会议。", [("2025-06-03", "李明", ["李明", "王强"])]),
    ("6月3日，青山区侨联第五次代表大会召开，副区长陈平主持会议。会上，市侨联主席李明对大会召开表示祝贺。",
     [("2025-06-03", "陈平", ["李明", "陈平"])]),
])
def test_who_chairs(text, expected):
    assert meetings(text) == expected


def test_the_guests_a_ceremony_welcomes():
    # 举行宴会，欢迎X和夫人Y: the guests named after the verb of welcoming take part
    doc = Document(id="t", text="国家主席王强6月9日晚在人民大会堂举行宴会，欢迎美国总统威廉·李特和夫人张丽。",
                   date="2025-06-14", place="鄂尔多斯市")
    (result,) = process_document(doc, date="2025-06-14", place="鄂尔多斯市")
    assert [(e.type, sorted(a.text for a in e.attendees)) for e in result.events] == [
        ("Ceremony", ["威廉·李特", "张丽", "王强"])]
