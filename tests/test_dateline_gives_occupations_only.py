"""The agency or paper of a dateline opening the sentence is the body of an occupation written right after
it (新华社北京1月9日电记者X: 新华社), not of a post whose body another rule left unknown
(新华社莫斯科1月9日电副总理X: a foreign state's deputy premier, no agency's;
kg.extract.posts.bodies.of_dateline). Made-up sentences."""
import pytest
from kgread import posts_of


@pytest.mark.parametrize("text", [
    "新华社莫斯科１月９日电副总理涅姆佐夫今天说，政府将采取措施。",
    "新华社布拉格１月９日电副总理卡雷尔今天宣布辞职。",
    "新华社开罗１月９日电副总统穆巴拉克今天会见了客人。",
])
def test_no_post_of_the_agency(text):
    assert all(org != "新华社" for _, _, org in posts_of(text, date="1998-01-09", publisher="人民日报"))


@pytest.mark.parametrize("text, expected", [
    ("新华社北京１月９日电记者李明报道：今天会议召开。", [("李明", "记者", "新华社")]),
    ("新华社莫斯科１月９日电记者李明报道：今天会议召开。", [("李明", "记者", "新华社")]),
    ("本报北京１月９日讯记者王芳报道：今天会议召开。", [("王芳", "记者", "人民日报")]),
])
def test_reporter_of_the_agency(text, expected):
    assert posts_of(text, date="1998-01-09", publisher="人民日报") == expected
