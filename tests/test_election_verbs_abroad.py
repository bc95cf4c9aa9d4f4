"""Verbs of taking a post in the press of Hong Kong, Macao and South-East Asia (session 40, made-up
sentences): 获选为, 获选, 荣任, 荣膺 start a post as 当选为 does (posts/appointments start); 荣任 and 荣膺 are
no person's names (荣 + 任)."""
import pytest
from kgread import posts_of


@pytest.mark.parametrize("text, expected", [
    ("青山同乡会举行就职典礼，李建华荣任会长。", [("李建华", "会长", "青山同乡会")]),
    ("青山同乡会举行就职典礼，李建华荣膺会长。", [("李建华", "会长", "青山同乡会")]),
    ("青山商会召开会员大会，李建华获选为会长。", [("李建华", "会长", "青山商会")]),
])
def test_election_verbs_abroad(text, expected):
    assert posts_of(text) == expected
