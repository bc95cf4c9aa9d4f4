"""A name opening a résumé's clause before 出生于 or 生于 and a year (kg/rules/people/patterns.jsonl
per.born; every sentence made up): the tagger glues the name's last character to 出 (陈国伟出 + 生于) or
splits the name (史 + 建军 + 出), so the name, and the career after it, were lost."""
import pytest

from tests.kgread import article_of, posts_of


@pytest.mark.parametrize("text, name", [
    ("史建军出生于1968年5月，江苏宜兴人，早年在青州工作。", "史建军"),
    ("资料显示，陈国伟出生于1968年5月，江苏宜兴人。", "陈国伟"),
    ("公开履历显示，吴新华出生于1971年2月，历任青州市副市长。", "吴新华"),
    ("马文明生于1958年，山东青县人。", "马文明"),
    ("周家福生于一九五八年，山东青县人。", "周家福"),
    ("罗建福同志出生于1949年10月，山东青县人。", "罗建福"),
])
def test_name_before_a_birth_date(text, name):
    names = [m.text for m in article_of(text, date="2023-03-20").mentions if m.type == "PER"]
    assert name in names


def test_career_after_the_birth_date():
    posts = posts_of("韩忠伟出生于1969年6月，江苏宜兴人，2012年任常州市副市长。", date="2023-03-20")
    assert ("韩忠伟", "副市长", "常州市人民政府") in posts


@pytest.mark.parametrize("text", [
    "他们出生于1990年以后。",
    "这些孩子大多出生于2010年。",
])
def test_no_name_before_a_birth_date(text):
    assert [m.text for m in article_of(text, date="2023-03-20").mentions if m.type == "PER"] == []
