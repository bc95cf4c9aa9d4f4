"""The level characters of places (省, 市, 县 … 村) have one home: the one-character ``admin`` words of
``places/affixes``, read as ``PlaceNames.levels`` by the extractors of places, bodies, people and posts; the
head words of bodies that with them end no given name are ``people/not_name_endings`` flag ``body``. The
levels a body's name opens with for the home place of that level, and the township levels, are ``home-level``
and ``township-level`` of ``places/affixes`` (``PlaceNames.home_levels``, ``township_levels``)."""
from __future__ import annotations

from pathlib import Path

import pytest
from kgread import article_of, posts_of

from kg.extract.people import _name_lexicon
from kg.extract.placenames import place_names
from kg.extract.posts.words import levels
from kg.rules import load_rules

HEAD = "# source: a test\n"


def _write(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(HEAD + text, encoding="utf-8")
    return str(path)


def test_levels_are_the_one_character_admin_words():
    pn = place_names(load_rules())
    assert pn.levels == {w for w in pn.admin if len(w) == 1}
    assert {"省", "市", "县", "区", "旗", "州", "盟", "镇", "乡", "村"} <= pn.levels
    assert not {"自治区", "街道", "苏木"} & pn.levels


def test_a_users_admin_word_is_a_level(tmp_path):
    """A user's ``places/affixes`` row of kind ``admin`` and one character reaches every reader of levels."""
    path = _write(tmp_path, "affixes.tsv", "# table: places/affixes\nadmin\t屯\n")
    assert "屯" in place_names(load_rules([path])).levels
    assert "屯" in _name_lexicon(load_rules([path])).levels
    assert "屯" not in place_names(load_rules()).levels


def test_a_users_body_ending_ends_no_given_name(tmp_path):
    """A user's ``people/not_name_endings`` word flagged ``body`` joins the levels: it ends no given name."""
    path = _write(tmp_path, "ends.txt", "# lexicon: people/not_name_endings\n署\tbody\n")
    lex = _name_lexicon(load_rules([path]))
    assert "署" in lex.unit_ends and "署" in lex.endings
    assert {"部", "局", "委", "村", "县"} <= lex.unit_ends
    assert "署" not in _name_lexicon(load_rules()).unit_ends


@pytest.mark.parametrize("text, person, role", [
    ("青山盟盟长王明出席会议。", "王明", "盟长"),  # a unit's name before its head's title is no person
    ("红岩旗旗长李强主持会议。", "李强", "旗长"),
    ("白沙村村长张华讲话。", "张华", "村长"),
])
def test_a_units_name_before_its_heads_title(text, person, role):
    assert [(p, r) for p, r, _ in posts_of(text, date="2020-01-01")] == [(person, role)]


@pytest.mark.parametrize("text", [
    "全县各乡镇代表出席。",  # a count of units (各乡镇, 四旗), no place
    "四旗代表出席。",
])
def test_counted_units_are_no_place(text):
    assert [m.text for m in article_of(text, date="2020-01-01").mentions if m.type == "LOC"] == []


def test_home_and_township_levels():
    pn = place_names(load_rules())
    assert pn.home_levels[0] == "自治区" and set(pn.home_levels) == set("省市县区州盟旗") | {"自治区"}
    assert set(pn.township_levels) == {"镇", "乡"}


def test_a_users_township_level_reaches_the_title_reader(tmp_path):
    """A user's ``township-level`` row (a level a town names bodies by) reaches the posts' patterns."""
    path = _write(tmp_path, "affixes.tsv", "# table: places/affixes\ntownship-level\t村\n")
    assert levels(load_rules([path])).committee.fullmatch("中共白沙村委员会")
    assert not levels(load_rules()).committee.fullmatch("中共白沙村委员会")


@pytest.mark.parametrize("text, expected", [
    # a town's party committee written by the level after the town's name, then the town's head
    ("青山镇党委书记王明、镇长李强出席。",
     [("王明", "书记", "中共青山镇委员会"), ("李强", "镇长", "青山镇人民政府")]),
])
def test_township_bodies_in_a_chain(text, expected):
    assert posts_of(text, date="2020-01-01") == expected
