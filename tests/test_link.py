"""Linking: coreference within an article, identity across articles, IRIs."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract.context import Context
from kg.link import article_iri, disambiguate_people, entity_iri, link_article
from kg.link.identity import Namesakes, qualified
from kg.model import Article, ArticleResult, Document, Event, Membership, Mention

CTX = Context(date="2025-06-14", place="鄂尔多斯市")


def result(text, people=(), locs=(), memberships=(), place="鄂尔多斯市", doc_id="d"):
    ms = []
    for typ, words in (("PER", people), ("LOC", locs)):
        # longest first, no overlaps: 江 of 江泽民 is no mention
        for w in sorted(words, key=len, reverse=True):
            ms += [Mention(m.start(), m.end(), typ, w, key="") for m in re.finditer(re.escape(w), text)
                   if not any(o.start < m.end() and m.start() < o.end for o in ms)]
    ms.sort()
    posts = []
    for name, org in memberships:
        person = next(m for m in ms if m.text == name)
        title = Mention(person.start, person.start, "TITLE", "", key="书记")
        posts.append(Membership(person, title, "书记", org))
    doc = Document(id=doc_id, text=text, place=place)
    return ArticleResult(doc, Article(doc_id, 0, 0, len(text)), ms, posts)


def keys(r, typ="PER"):
    return [(m.text, m.key) for m in r.mentions if m.type == typ]


@pytest.mark.parametrize("text, people, expected", [
    # 江主席 -> 江泽民 when 江泽民 is in the article (PD: the bare surname is the PER)
    ("国家主席江泽民发表讲话。江主席指出", ["江泽民", "江"], [("江泽民", "江泽民"), ("江", "江泽民")]),
    ("市委书记李理主持会议。李书记强调", ["李理", "李"], [("李理", "李理"), ("李", "李理")]),
    # two people share the surname: no guess
    ("李理和李鹏出席。李书记说", ["李理", "李鹏", "李"], [("李理", "李理"), ("李鹏", "李鹏"), ("李", "李")]),
    # a compound surname
    ("欧阳修来了。欧阳先生说", ["欧阳修", "欧阳"], [("欧阳修", "欧阳修"), ("欧阳", "欧阳修")]),
])
def test_person_coreference(text, people, expected):
    assert keys(link_article(result(text, people), CTX)) == expected


def test_home_words():
    r = link_article(result("我市充分发挥示范带动作用,全市制造业", locs=["我市", "全市"]), CTX)
    assert keys(r, "LOC") == [("我市", "鄂尔多斯市"), ("全市", "鄂尔多斯市")]


def test_facts_follow_the_keys():
    text = "江泽民主持会议。江主席指出"
    r = result(text, ["江泽民", "江"])
    jiang = r.mentions[1]
    r.events = [Event("Meeting", "会议", Mention(5, 7, "EVENT", "会议"), chair=jiang, attendees=(jiang,))]
    out = link_article(r, CTX)
    assert out.events[0].chair.key == "江泽民" and out.events[0].attendees[0].key == "江泽民"


def test_same_name_in_two_places_is_kept_apart():
    a = result("市委书记李理主持会议。", ["李理"], memberships=[("李理", "中共鄂尔多斯市委员会")], doc_id="a")
    b = result("市委书记李理主持会议。", ["李理"], memberships=[("李理", "中共包头市委员会")], place="包头市",
               doc_id="b")
    c = result("李理来了。", ["李理"], doc_id="c")  # no post: the publisher's home place decides
    out = disambiguate_people([a, b, c])
    assert [r.mentions[0].key for r in out] == [qualified("李理", "鄂尔多斯市"), qualified("李理", "包头市"),
                                                qualified("李理", "鄂尔多斯市")]
    assert out[0].memberships[0].person.key == qualified("李理", "鄂尔多斯市")
    assert entity_iri("PER", out[0].mentions[0].key) != entity_iri("PER", out[1].mentions[0].key)


def test_same_name_in_one_place_stays_one_person():
    a = result("市委书记李理主持会议。", ["李理"], memberships=[("李理", "中共鄂尔多斯市委员会")], doc_id="a")
    b = result("李理来了。", ["李理"], doc_id="b")
    out = disambiguate_people([link_article(a, CTX), link_article(b, CTX)])
    assert {r.mentions[0].key for r in out} == {"李理"}


def test_posts_in_a_city_and_its_region_are_one_career():
    # a city's party secretary who also sits on the regional committee is one person, not two
    a = result("市委书记李理主持会议。", ["李理"], memberships=[("李理", "中共鄂尔多斯市委员会")], doc_id="a")
    b = result("自治区党委常委李理出席。", ["李理"], memberships=[("李理", "中共内蒙古自治区委员会")],
               doc_id="b")
    out = disambiguate_people([link_article(a, CTX), link_article(b, CTX)])
    assert {r.mentions[0].key for r in out} == {"李理"}


@pytest.mark.parametrize("careers", [
    # one article tells a career in two cities side by side (a biography): one person, whatever the order
    [[("李理", "中共天津市委员会"), ("李理", "中共张家口市委员会")]],
    [[("李理", "中共包头市委员会"), ("李理", "中共鄂尔多斯市委员会"), ("李理", "中共天津市委员会")]],
    # and another article names him with the post of his career's first place
    [[("李理", "中共天津市委员会"), ("李理", "中共张家口市委员会")], [("李理", "中共天津市委员会")]],
])
def test_a_career_in_one_article_is_one_person(careers):
    results = [result("李理任市委书记。", ["李理"], memberships=posts, doc_id=f"d{i}")
               for i, posts in enumerate(careers)]
    namesakes = Namesakes()
    assert not any([namesakes.add(r) for r in results])
    out = disambiguate_people([link_article(r, CTX) for r in results])
    assert {m.key for r in out for m in r.mentions} == {"李理"}


def test_first_posts_in_two_cities_tell_namesakes_apart():
    # each article's first placed post keys it: two articles first placing the name in two cities
    career = [("李理", "中共天津市委员会"), ("李理", "中共张家口市委员会")]
    a = result("李理任市委书记。", ["李理"], memberships=career, doc_id="a")
    b = result("李理任市委书记。", ["李理"], memberships=[("李理", "中共张家口市委员会")], doc_id="b")
    out = disambiguate_people([link_article(a, CTX), link_article(b, CTX)])
    assert [r.mentions[0].key for r in out] == [qualified("李理", "天津市"), qualified("李理", "张家口市")]


def test_iris_are_stable():
    assert entity_iri("PER", "李理") == "https://kg.example.org/id/person/%E6%9D%8E%E7%90%86"
    assert article_iri("seed#2") == "https://kg.example.org/id/article/seed-2"


@pytest.mark.parametrize("publisher, expected", [
    ("鄂尔多斯日报", [("张媛", "记者", "鄂尔多斯日报")]),
    (None, []),
])
def test_byline_reporters_get_posts(publisher, expected):
    text = "本报讯 记者张媛 6月13日,会议召开。"
    r = result(text, ["张媛"])
    media = Mention(0, 2, "ORG", "本报", key="本报")
    r.article = Article("d", 0, 0, len(text), reporters=(r.mentions[0],), media=media)
    out = link_article(r, Context(place="鄂尔多斯市", publisher=publisher))
    assert [(m.person.key, m.role, m.organization) for m in out.memberships] == expected
    for m in out.memberships:
        assert text[m.title.start:m.title.end] == m.title.text == "记者"


@pytest.mark.parametrize("place, expected", [
    ("鄂尔多斯市", "鄂尔多斯市人民政府"), ("包头市", "包头市人民政府"), ("东胜区", "鄂尔多斯市人民政府"),
    (None, "市政府"),
])
def test_organisation_identity_follows_the_home_place(place, expected):
    # 市政府 of an Ordos paper is 鄂尔多斯市人民政府; of a Baotou paper another body, so another IRI
    from kg.extract.posts.resolve import resolve_org

    assert resolve_org("市政府", Context(place=place))[0] == expected


@pytest.mark.parametrize("text, full, short", [
    ("按照中央第二生态环境保护督察组(以下简称“中央督察组”)工作要求,中央督察组交办信访件。",
     "中央第二生态环境保护督察组", "中央督察组"),
    ("世界卫生组织（简称世卫组织）发布报告，世卫组织指出", "世界卫生组织", "世卫组织"),
])
def test_short_names_the_article_defines(text, full, short):
    ms = [Mention(m.start(), m.end(), "ORG", w, key="")
          for w in (full, short) for m in re.finditer(re.escape(w), text)
          if not (w == short and text.startswith(full, m.start()))]
    def inside_full(m):
        return any(o is not m and o.start <= m.start and m.end <= o.end and o.text == full for o in ms)

    ms = sorted(m for m in ms if not inside_full(m))
    r = ArticleResult(Document(id="d", text=text), Article("d", 0, 0, len(text)), ms)
    out = link_article(r, CTX)
    assert {m.key or m.text for m in out.mentions} == {full}


def test_a_bracket_that_defines_nothing_changes_nothing():
    text = "北京大学人民医院(筹)成立。"
    m = Mention(0, 8, "ORG", "北京大学人民医院", key="")
    r = ArticleResult(Document(id="d", text=text), Article("d", 0, 0, len(text)), [m])
    assert [x.key or x.text for x in link_article(r, CTX).mentions] == ["北京大学人民医院"]


@settings(max_examples=500, deadline=None)
@given(st.text())
def test_a_segment_is_quoted_as_urllib_quotes_it(part):
    """kg.link.segment writes every IRI segment byte for byte as urllib.parse.quote(part, safe="") did
    (any text: ASCII, CJK, astral characters; a lone surrogate fails in both)."""
    from urllib.parse import quote

    from kg.link import segment

    try:
        expected = quote(part, safe="")
    except UnicodeEncodeError:
        with pytest.raises(UnicodeEncodeError):
            segment(part)
        return
    assert segment(part) == expected
