"""A university's graduate school (X大学研究生院, made-up texts) is a body of its own before its dean's post
and as a name, as X大学医学院 is."""
from __future__ import annotations

from tests.kgread import article_of, posts_of


def test_the_dean_of_a_graduate_school():
    posts = posts_of("青山大学研究生院院长赵立新参加座谈。", date="2023-05-10")
    assert ("赵立新", "院长", "青山大学研究生院") in posts


def test_a_graduate_school_is_an_organisation():
    r = article_of("白水大学研究生院发布招生简章。", date="2023-05-10")
    assert ("白水大学研究生院", "ORG") in [(m.text, m.type) for m in r.mentions]
