"""前 between a foreign state and its ministry's post (美国前国防部长): a former post of that state's
ministry, not of a ministry named alone (国防部); 原 opens names after a state (美国原子能委员会) and
marks nothing."""
import pytest

from kg.model import Document
from kg.pipeline import process_document


@pytest.mark.parametrize("text, expected", [
    ("美国前国防部长史密斯访华。", [("史密斯", "部长", "美国国防部", True)]),
    ("法国前外交部长杜邦说。", [("杜邦", "部长", "法国外交部", True)]),
    ("美国国防部长史密斯访华。", [("史密斯", "部长", "美国国防部", False)]),
    ("美国前总统史密斯访华。", [("史密斯", "总统", "美国", True)]),
    ("美国原子能委员会主席张三说。", [("张三", "主席", "美国原子能委员会", False)]),
])
def test_a_former_post_of_a_states_ministry(text, expected):
    doc = Document(id="f", text=text, date="1998-01-13", publisher="人民日报")
    got = [(m.person.text, m.role, m.organization, m.former)
           for r in process_document(doc) for m in r.memberships]
    assert got == expected
