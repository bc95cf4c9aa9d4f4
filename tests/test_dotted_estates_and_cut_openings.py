"""Names of parts joined by a middle dot (rule per.dotted, kg/extract/people.py; every sentence made up): a
developer's brand and its estate or a sight is no person (people/dotted_not_endings: 园, 苑, 城, 山); a name
whose first syllables the tagger cut off, one of them a place's name (艾 + 德里 + 安·X), or glued to the word
before (会 + 上安迪/ns + ·X) starts where the name does."""
import pytest

from kg.model import Document
from kg.pipeline import process_document


def _people(text: str) -> list[str]:
    doc = Document(id="d", text=text, date="2010-05-13")
    return [m.text for r in process_document(doc) for m in r.mentions if m.type == "PER"]


@pytest.mark.parametrize("text, wrong", [
    ("新楼盘东亚·瑞晶苑位于通州。", "东亚·瑞晶苑"),
    ("五矿万科·如园紧邻森林公园。", "万科·如园"),
    ("他们在洛杉矶西部的圣·莫尼卡山买了地。", "圣·莫尼卡山"),
])
def test_estates_and_sights_are_no_people(text, wrong):
    assert wrong not in _people(text)


@pytest.mark.parametrize("text, name", [
    ("拍卖会上安迪·沃霍尔、罗伊·李奇登斯坦的作品最贵。", "安迪·沃霍尔"),
])
def test_a_dotted_name_starts_where_the_name_does(text, name):
    assert name in _people(text)
