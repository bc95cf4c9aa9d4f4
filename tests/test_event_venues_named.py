"""Where an event is held when the text names a venue the NER does not (made-up text): a venue named in
quotes right after its city (在柏林“五湖四海大酒店”举办), and venues whose names end in 俱乐部, 山庄, 餐厅
or 酒家 after the places they are in (在巴西首府巴西利亚的海军俱乐部举办)."""
from __future__ import annotations

import pytest

from tests.kgread import events_of


@pytest.mark.parametrize(("text", "venue"), [
    ("5月29日，青山商会在柏林“五湖四海大酒店”举办了第二届理事会就职典礼。", "五湖四海大酒店"),
    ("5月29日，青山同乡会在巴黎“金色大厅”举行成立大会。", "金色大厅"),
    ("1月18日，中国驻巴西大使馆在巴西首府巴西利亚的海军俱乐部举办了春节招待会。", "海军俱乐部"),
    ("1月18日，青山商会在青山市郊的翠湖山庄举办了新春联谊会。", "翠湖山庄"),
    ("1月18日，青山同乡会在悉尼唐人街的金龙餐厅举办了春节招待会。", "金龙餐厅"),
    ("1月18日，青山同乡会在纽约法拉盛的喜来酒家举办了春节招待会。", "喜来酒家"),
])
def test_venue_named(text: str, venue: str) -> None:
    (e,) = events_of(text, date="2024-05-30")
    assert e.place is not None and venue in e.place.text
