"""Made-up texts: a person said to be (是) what a chain of titles after a body's name tells holds those posts
(posts/appointments copula), with no event; not a title right before another name (张三是市委书记李四的秘书:
李四's), nor a title after a phrase no body's name opens (历史上第一位女外交部长), nor after 的."""
from __future__ import annotations

from tests.kgread import article_of, posts_of


def test_posts_after_is():
    text = "孙志锋长期任职青山,是九三学社中央委员、九三学社河南省委会主委。"
    posts = posts_of(text, date="2024-05-01")
    assert ("孙志锋", "委员", "九三学社中央委员会") in posts
    assert ("孙志锋", "主委", "九三学社河南省委员会") in posts
    assert not article_of(text, date="2024-05-01").events


def test_title_of_the_next_name():
    posts = posts_of("张志明是市委书记李大伟的秘书。", date="2024-05-01")
    assert ("李大伟", "书记", "市委") in posts
    assert all(person != "张志明" for person, _, _ in posts)


def test_no_post_after_a_phrase():
    assert not posts_of("格志林是墨西哥历史上第一位女外交部长。", date="2024-05-01")
