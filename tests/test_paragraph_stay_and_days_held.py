"""Places told around a trip (made-up texts): a stay opening a paragraph (在上海期间，…) places the events of
its later sentences; a happening of several days told by its days and where it was held (“…”活动6月5日至7日在
长沙举行) places the events on those days told after it."""
from __future__ import annotations

import pytest

from tests.kgread import article_of

_STAY = ("越南总理范文成将于5月12日至15日访华。\n在上海期间，范文成将与上海市委书记陈明会面。"
         "他也将与上海市市长龚华会面。范文成还将与上海市政协主席胡平会面。")


def test_a_stay_opening_its_paragraph_places_later_sentences():
    r = article_of(_STAY, date="2024-05-08")
    met = [e for e in r.events if e.type == "Meeting"]
    assert len(met) == 3 and all(e.place is not None and e.place.text == "上海" for e in met)


@pytest.mark.parametrize("text", [
    _STAY.replace("在上海期间，", ""),  # no stay told
    _STAY.replace("在上海期间", "在上海人民广场"),  # no stay: a site of its sentence
    _STAY.replace("范文成还将", "在浦东期间，范文成还将"),  # a stay of its own (浦东)
])
def test_no_stay_of_the_paragraph(text):
    r = article_of(text, date="2024-05-08")
    last = max((e for e in r.events if e.type == "Meeting"), key=lambda e: e.trigger.start)
    assert last.place is None or last.place.text != "上海"


@pytest.mark.parametrize("head, day, place", [
    ("", "6日上午", "长沙"),
    ("王明会见非洲国家驻华使节\n", "6日上午", "长沙"),  # a headline's meeting, told again in the body
    ("", "9日上午", None),  # not one of its days
])
def test_met_on_a_day_of_days_held_with_no_event_named(head, day, place):
    text = (f"{head}“2023年非洲使节走进湖南”活动6月5日至7日在长沙举行。"
            f"{day}，湖南省省长王明会见坦桑尼亚驻华大使李大成一行。")
    r = article_of(text, date="2023-06-10")
    met = [e for e in r.events if e.type == "Reception"]
    assert len(met) == 1 and (met[0].place.text if met[0].place else None) == place
