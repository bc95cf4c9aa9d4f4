"""Made-up texts: 国务部长 (a foreign state's minister of state) and 特别助理 (a government's special
assistant) are posts."""
from __future__ import annotations

import pytest

from tests.kgread import posts_of

CASES = [
    ("阿尔巴尼亚国务部长马约说，政府将加强治安。", ("马约", "国务部长", "阿尔巴尼亚")),
    ("青山省人民政府特别助理王大伟说，项目进展顺利。", ("王大伟", "特别助理", "青山省人民政府")),
]


@pytest.mark.parametrize("text,post", CASES)
def test_the_title_is_a_post(text, post):
    assert post in posts_of(text, date="1998-01-10")


HEADS = [
    ("青山画报社成立十周年。社长唐大海说，画报将改版。", ("唐大海", "社长", "青山画报社")),
    ("青山人民广播电台成立十周年。副台长王大伟说，节目将改版。", ("王大伟", "副台长", "青山人民广播电台")),
]


@pytest.mark.parametrize("text,post", HEADS)
def test_a_head_of_the_body_named_before(text, post):
    """社长 heads a 社, 台长 a 台 (posts/heads): with no body written, the last such body named before."""
    assert post in posts_of(text, date="1998-01-10")


def test_a_republic_the_gazetteer_lacks():
    """A federation's republic (共和国, a posts/words foreign-division ending) holds the posts written after
    it."""
    posts = posts_of("车臣共和国副总统阿尔萨诺夫昨天在格罗兹尼会见了记者。", date="1998-01-10")
    assert ("阿尔萨诺夫", "副总统", "车臣共和国") in posts


def test_an_unnamed_unit_is_no_body():
    """总参某部 (a unit the text does not name, 某) holds no post."""
    posts = posts_of("刘副司令员的次子、总参某部干部刘明说，父亲很严格。", date="1998-01-10")
    assert all("某" not in (org or "") for _, _, org in posts)


OF_BODY = [
    ("中国驻旧金山总领事馆的商务领事李明在来信中说，网络版很实用。",
     ("李明", "商务领事", "中国驻旧金山总领事馆")),
    ("青山中学的教师王大伟说，学生很努力。", ("王大伟", "教师", "青山中学")),
    # 国务院政研室 is the State Council's research office (orgs/national)
    ("国务院政研室农村司司长李建国说，农民收入增加。", ("李建国", "司长", "国务院研究室农村司")),
]


@pytest.mark.parametrize("text,post", OF_BODY)
def test_the_body_named_before(text, post):
    """An organisation named right before 的 and a post (X总领事馆的商务领事Y) is the post's body."""
    assert post in posts_of(text, date="1998-01-10")
