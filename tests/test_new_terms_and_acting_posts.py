"""Changes of post told by their verb (session 43, made-up sentences): a new term written between the verb and
the post (任新届理事长, as 任新一届理事长) is no part of the post's words: the post of the association the
sentence named, with its appointment; 代理 right after a name (决定其代理省长职务) makes its holder the acting
one (代理省长)."""
import pytest
from kgread import article_of, posts_of


def test_new_term_before_a_post():
    text = ("10日,菲律宾青山同乡总会庆祝成立二十周年活动暨第十届理事会就职典礼在马尼拉市举行,"
            "乡贤张建国任新届理事长。")
    assert ("张建国", "理事长", "菲律宾青山同乡总会") in posts_of(text, date="2021-11-12")
    assert any(e.type == "Appointment" for e in article_of(text, date="2021-11-12").events)


@pytest.mark.parametrize("text, expected", [
    ("会议决定任命张建国为浙江省副省长,决定其代理浙江省省长职务。",
     [("张建国", "副省长", "浙江省人民政府"), ("张建国", "代理省长", "浙江省人民政府")]),
    ("会议决定接受李文华辞去浙江省人民政府省长职务的请求,决定张建国代理浙江省人民政府省长职务。",
     [("李文华", "省长", "浙江省人民政府"), ("张建国", "代理省长", "浙江省人民政府")]),
])
def test_acting_holder_of_a_post(text, expected):
    """决定张三代理省长职务 (posts/appointments acting): 张三 the acting 省长, 代理省长."""
    assert posts_of(text, date="2021-12-27") == expected
