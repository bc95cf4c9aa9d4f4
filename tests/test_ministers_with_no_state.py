"""Made-up texts: a foreign minister titled by the ministry's field (大臣) whose state is not written right
before the title: written by its one-character name (英外交大臣), or not at all, in a sentence or an article
about one foreign state (英国政府宣布，北爱尔兰事务大臣X): the state's ministry of that field. China has no
大臣."""
from __future__ import annotations

import pytest

from tests.kgread import posts_of

SHORT_STATE = [
    ("新华社伦敦１月８日电 英外交大臣库珀今天在议会发表讲话。", ("库珀", "大臣", "英国外交部")),
    ("英国首相梅杰访问曼谷期间，泰外交大臣他威会见了他。英外交大臣赫德陪同访问。",
     ("赫德", "大臣", "英国外交部")),
    ("泰国总理川·立派今天会见了客人，泰外交大臣巴差参加了会见。", ("巴差", "大臣", "泰国外交部")),
    ("挪威首相邦德维克今天说，挪外交大臣沃勒贝克将出访。", ("沃勒贝克", "大臣", "挪威外交部")),
]


@pytest.mark.parametrize("text,post", SHORT_STATE)
def test_state_of_one_character(text, post):
    assert post in posts_of(text, date="1998-01-10")


NO_STATE = [
    ("英国政府今天宣布，北爱尔兰事务大臣莫里森将会见各党派领导人。",
     ("莫里森", "大臣", "英国北爱尔兰事务部")),
    ("英国首相梅杰今天说，外交大臣赫德将于下月访问中国。", ("赫德", "大臣", "英国外交部")),
    ("新华社安曼１月９日电 约旦政府今天改组。新任新闻大臣马贾利在记者招待会上说，政府将继续改革。",
     ("马贾利", "大臣", "约旦新闻部")),
    ("日本首相村山富市今天会见了客人，外务大臣河野洋平参加了会见。", ("河野洋平", "大臣", "日本外务省")),
    ("摩洛哥首相菲拉利今天会见了中国客人。外交与合作大臣阿卜杜拉也参加了会见。",
     ("阿卜杜拉", "大臣", "摩洛哥外交与合作部")),
]


@pytest.mark.parametrize("text,post", NO_STATE)
def test_state_named_before(text, post):
    assert post in posts_of(text, date="1998-01-10")


NOT_A_FIELD = [
    # 及 joins two holders' posts: the field is 法务, not 夫人及法务 (nor 法 + 务大臣: France's)
    ("日本首相村山富市夫妇及法务大臣前田勋男等出席了招待会。", ("前田勋男", "大臣", "日本法务省")),
]


@pytest.mark.parametrize("text,post", NOT_A_FIELD)
def test_field_after_a_join(text, post):
    posts = posts_of(text, date="1998-01-10")
    assert post in posts
    assert not any(p[0] == post[0] and "法国" in (p[2] or "") for p in posts)


SENTENCE_HOLDER = [
    # the state of the post its sentence gave before, not the state visited; 由 no part of the field
    ("英国首相梅杰访问日本时，由外交大臣赫德陪同。", ("赫德", "大臣", "英国外交部")),
    ("约旦国王侯赛因昨天抵达开罗访问埃及，随同访问的有新闻大臣马贾利。", ("马贾利", "大臣", "约旦新闻部")),
]


@pytest.mark.parametrize("text,post", SENTENCE_HOLDER)
def test_state_of_the_post_before(text, post):
    assert post in posts_of(text, date="1998-01-10")
