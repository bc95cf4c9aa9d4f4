"""A body named in full, then by the short name people cut from its words' first characters (session 49,
made-up sentences): the character before the head word is taken from inside the last word (航发集团 of
航空港发展集团, 交控集团 of 交通控股集团, 华联会 of 华人联合会), not the word's last one
as session 39's rule asked; still not when what it leaves out holds a place's level, nor when two bodies
named in full fit, nor when a whole word is left out before the head word (马耳他议会 is no
short name of 马耳他一院制议会)."""
import pytest
from kgread import posts_of


@pytest.mark.parametrize("text, expected", [
    ("青山航空港发展集团有限公司与白水电视台签署协议。航发集团董事长李志明出席。",
     [("李志明", "董事长", "青山航空港发展集团有限公司")]),
    ("庆祝青山华人联合会成立二十周年。青山华联会会长李志明致辞。",
     [("李志明", "会长", "青山华人联合会")]),
    ("青山交通控股集团有限公司召开会议。交控集团党委书记李志明讲话。",
     [("李志明", "书记", "青山交通控股集团有限公司党委")]),
    ("白水能源投资集团有限公司与青山区签约。能投集团总经理王大明出席。",
     [("王大明", "总经理", "白水能源投资集团有限公司")]),
])
def test_abbreviations_of_bodies_named_in_full(text, expected):
    assert posts_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    # two bodies named in full fit the short name: neither (session 39's rule took the second, whose
    # character before 集团 is 发)
    ("青山航空港发展集团有限公司与青山航运开发集团有限公司签约。航发集团董事长李志明出席。",
     [("李志明", "董事长", "航发集团")]),
    # a whole word left out before the kind: another body, not a short name (一院制 + 议会)
    ("马耳他一院制议会通过决议。马耳他议会议长李志明讲话。",
     [("李志明", "议长", "马耳他议会")]),
])
def test_abbreviations_fitting_two_bodies(text, expected):
    assert posts_of(text) == expected
