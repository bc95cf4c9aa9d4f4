"""A farm, forest farm, pasture or fishery is a body as a works is (orgs/suffixes 农场, 林场, 牧场, 渔场), and
its head's title 场长 a post (titles/titles; posts/heads: 场长 alone, of the farm the paragraph named last);
a mine the tagger's dictionary holds as one word tagged nt is a body (orgs/nt-finals 煤矿). Made-up
sentences."""
import pytest
from kgread import posts_of


@pytest.mark.parametrize("text, expected", [
    ("红光农场场长赵立平介绍了今年的生产情况。", [("赵立平", "场长", "红光农场")]),
    ("吉林省向阳农场副场长钱立新说，今年粮食增产。", [("钱立新", "副场长", "吉林省向阳农场")]),
    ("青松机械林场场长刘建峰说，今年造林三千亩。", [("刘建峰", "场长", "青松机械林场")]),
    ("金沙牧场场长巴特尔介绍，牧场存栏牛羊两万头。", [("巴特尔", "场长", "金沙牧场")]),
    ("记者来到湖北省南湖农场。场长陈大勇介绍情况。", [("陈大勇", "场长", "湖北省南湖农场")]),
    ("开滦煤矿矿长李建国介绍了安全生产情况。", [("李建国", "矿长", "开滦煤矿")]),
])
def test_farm_head(text, expected):
    assert posts_of(text, date="1998-01-12", publisher="人民日报") == expected


@pytest.mark.parametrize("text", [
    "他来到市场长时间观察行情。",
    "农场的职工赵立平说，今年收成好。",
])
def test_no_farm(text):
    assert [p for p in posts_of(text, date="1998-01-12", publisher="人民日报") if p[2]] == []
