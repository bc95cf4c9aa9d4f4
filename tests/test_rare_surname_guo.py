"""果 is a rare surname and a common word's character (结果, 果然): read in context only, after a title or
in a list of names (people/surnames flag context), as 赛 须 先 are."""
import pytest

from kg.model import Document
from kg.pipeline import process_document


@pytest.mark.parametrize("text, expected", [
    ("本报北京１月５日讯记者果建华报道：会议今天举行。", {("果建华", "记者", "人民日报")}),
    ("本报巴黎１月１１日电记者果永利、王芳报道：活动今天举行。",
     {("果永利", "记者", "人民日报"), ("王芳", "记者", "人民日报")}),
    ("结果果然如此，果农说。", set()),
])
def test_guo_after_a_title(text, expected):
    doc = Document(id="g", text=text, date="1998-01-13", publisher="人民日报")
    got = {(m.person.text, m.role, m.organization) for r in process_document(doc) for m in r.memberships}
    assert got == expected


def test_a_town_named_with_guo_stays_a_place():
    """果园镇/nr: 园 after a surname makes a town's name (places/affixes village-mark), as 家 does."""
    doc = Document(id="t", text="这里是湖南省长沙县果园镇的红花村。", date="1998-01-07", publisher="人民日报")
    got = [(m.text, m.type) for r in process_document(doc) for m in r.mentions if m.type == "LOC"]
    assert ("果园镇", "LOC") in got
