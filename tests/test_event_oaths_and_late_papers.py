"""An oath of office is a ceremony (made-up text: X9日在青山总统府宣誓就职), one whole name before 典礼 (…理事
宣誓就职典礼); and a day written without its year in a paper of the next year (11月11日 in a January paper) is
the news's own day: its event is no past one only spoken of, its guests take part."""
from __future__ import annotations

import pytest

from tests.kgread import article_of


@pytest.mark.parametrize(("text", "date", "who"), [
    ("新华社青山3月9日电 白水国新当选总统李强9日在白水首都青山总统府宣誓就职。", "2024-03-10", "李强"),
    ("青山市议员陈小红周四正式宣誓就职,她是市议会里唯一的华裔议员。", "2021-01-09", "陈小红"),
])
def test_an_oath_of_office_is_a_ceremony(text: str, date: str, who: str) -> None:
    r = article_of(text, date=date)
    oaths = [e for e in r.events if e.type == "Ceremony" and e.trigger.text == "宣誓就职"]
    assert oaths and who in {a.text for a in oaths[0].attendees}


def test_an_oath_naming_a_ceremony_is_part_of_its_name() -> None:
    text = "3月9日晚,青山同乡会庆祝成立十周年暨第九届理事宣誓就职典礼在白水酒店举行。"
    r = article_of(text, date="2024-03-10")
    assert [e.trigger.text for e in r.events if e.type == "Ceremony"] \
        == ["青山同乡会庆祝成立十周年暨第九届理事宣誓就职典礼"]


@pytest.mark.parametrize("date", ["2018-11-20", "2019-01-23"])
def test_a_day_without_its_year_in_a_paper_of_the_next_year(date: str) -> None:
    text = ("11月11日晚,青山同乡联谊会第七届理监事就职典礼在白水展贸中心举行。"
            "全国政协委员王大明先生,青山省政协常委李小军先生莅临主礼。")
    r = article_of(text, date=date)
    ceremonies = [e for e in r.events if e.type == "Ceremony"]
    assert ceremonies and {"王大明", "李小军"} <= {a.text for a in ceremonies[0].attendees}
