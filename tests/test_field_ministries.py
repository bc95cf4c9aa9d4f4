"""Made-up texts: a field of work written before 部长 (技术, 研究与技术) ends the department's name the
post shares its 部 with (研究与技术部长: the state's 研究与技术部), not a qualifier of the post cut off the
name."""
from __future__ import annotations

import pytest

from tests.kgread import posts_of

CASES = [
    ("本报巴黎１月１０日电 法国研究与技术部长皮埃尔·杜邦昨天在此间说，法国经济良好。",
     ("皮埃尔·杜邦", "部长", "法国研究与技术部")),
    ("本报罗马１月９日电 意大利科学与技术部长马里奥·罗西昨天表示，合作前景广阔。",
     ("马里奥·罗西", "部长", "意大利科学与技术部")),
    ("本报柏林１月８日电 德国教育与科学部长汉斯·米勒昨天说，合作良好。",
     ("汉斯·米勒", "部长", "德国教育与科学部")),
]


@pytest.mark.parametrize("text,post", CASES)
def test_field_ends_the_ministry(text, post):
    assert post in posts_of(text, date="1998-01-10")


OFFICES = [
    ("本报柏林１月１３日电 德国总理府部长汉斯·米勒昨天发表声明。", ("汉斯·米勒", "部长", "德国总理府")),
    ("委内瑞拉总统府部长卡洛斯·罗德里格斯昨天说，合作良好。",
     ("卡洛斯·罗德里格斯", "部长", "委内瑞拉总统府")),
]


@pytest.mark.parametrize("text,post", OFFICES)
def test_minister_of_a_head_office(text, post):
    """总理府, 总统府 (posts/words head-office) before 部长: the minister heads the office, no 部 of it."""
    assert post in posts_of(text, date="1998-01-10")


DIVISIONS = [
    ("外交部亚洲司长王建国会见了日本客人。", ("王建国", "司长", "外交部亚洲司")),
    ("外交部新闻司长王建国回答了记者的提问。", ("王建国", "司长", "外交部新闻司")),
]


@pytest.mark.parametrize("text,post", DIVISIONS)
def test_a_ministry_division_sharing_the_title(text, post):
    """A ministry's division written with its head's 司长 (外交部亚洲司 + 长), a field's name (新闻) in it
    too."""
    posts = posts_of(text, date="1998-01-10")
    assert any(p[:2] == post[:2] and (p[2] or "").endswith(post[2]) for p in posts)


ONE_FIELD = [
    ("俄罗斯新闻部长马贾利今天说。", ("马贾利", "部长", "俄罗斯新闻部")),
    ("法国环保部长瓦内今天在巴黎说。", ("瓦内", "部长", "法国环保部")),
    ("印度尼西亚投资部长哈托诺今天说。", ("哈托诺", "部长", "印度尼西亚投资部")),
    ("约旦新闻大臣马贾利说，约旦政府支持和平进程。", ("马贾利", "大臣", "约旦新闻部")),
]


@pytest.mark.parametrize("text,post", ONE_FIELD)
def test_one_field_right_after_the_state(text, post):
    """A single field word (新闻, 环保, 投资: posts/words field) right after the state before 部长 or a
    minister's 大臣: the state's ministry of it, not the state (its name is read before the state alone)."""
    assert post in posts_of(text, date="1998-01-10")
