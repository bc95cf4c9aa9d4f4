"""Made-up texts: a name of three right after a post's title, read whole where the tagger cuts it oddly:
before a speech's verb of three characters or more (致欢迎辞, 回答: people/cues ``after``); a surname the
tagger reads as an adverb (尚/d) before a noun of two that a list's closer or a delimiter ends; a surname and
one character the tagger reads as a name before a place's or a body's last character alone before a
delimiter (孙殿/nr + 镇 + ，); a rarer surname (束: people/surnames). Not an adverb before a verb (部长 + 曾 +
表示), nor a place with its unit after a title (主任 + 王家镇 + 镇长)."""
from __future__ import annotations

import pytest

from tests.kgread import article_of


def people(text: str) -> list[str]:
    return [m.text for m in article_of(text, date="2024-05-01").mentions if m.type == "PER"]


@pytest.mark.parametrize("text, name", [
    ("湖北省委书记邹昌升致欢迎辞，省长出席。", "邹昌升"),
    ("省委副书记、省长蒋建春回答记者提问。", "蒋建春"),
    ("科技股份有限公司董事长尚新华等参加签约仪式。", "尚新华"),
    ("开发区管委会主任孙殿镇，区人大常委会副主任张克出席。", "孙殿镇"),
    ("我院党委书记徐道亮，院长束余声，党委副书记王明出席。", "束余声"),
])
def test_read_whole(text, name):
    assert name in people(text)


@pytest.mark.parametrize("text", [
    "部长曾表示，要加强合作。",
    "厂长经理和职工等方面的关系。",
])
def test_no_name(text):
    assert people(text) == []
