"""A person the article tells died holds every post it gives them as a former one, with no end
(kg/extract/facts.py ``_of_the_dead``; every sentence made up): the Death's 死者, or, with none read, the one
person its sentence names before the verb (原X省委书记张三同志，因病医治无效，于…逝世). Whoever else the
sentence names keeps their posts."""
import pytest

from tests.kgread import article_of


def _status(text: str) -> dict[tuple[str, str, str | None], str]:
    r = article_of(text, date="2019-04-10")
    return {(m.person.text, m.role, m.organization): "former" if m.former else "current"
            for m in r.memberships}


_OBITUARY = ("甘肃省政协原副主席刘振华同志，因病医治无效，于2019年4月5日在兰州逝世，享年93岁。"
             "刘振华同志1948年任环县县长，1956年任平凉地委书记，1983年任甘肃省顾问委员会主任。")


@pytest.mark.parametrize("post", [
    ("刘振华", "县长", "环县人民政府"),
    ("刘振华", "主任", "甘肃省顾问委员会"),
])
def test_the_posts_of_the_dead_are_former(post):
    assert _status(_OBITUARY)[post] == "former"


def test_the_dead_named_as_the_deceased():
    text = "兰州理工学院名誉院长赵振邦教授于2019年4月5日在兰州逝世。"
    assert _status(text)[("赵振邦", "名誉院长", "兰州理工学院")] == "former"


def test_a_visitor_of_the_family_keeps_the_post():
    text = "4月8日，甘肃省委书记王新民看望了因病去世的刘振华同志的家属。"
    assert _status(text)[("王新民", "书记", "中共甘肃省委员会")] == "current"
