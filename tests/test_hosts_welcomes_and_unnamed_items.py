"""Who takes part, in made-up text: a list before an attend verb goes on over an item naming the people of
bodies unnamed (省政协负责同志: 负 of 负责 is no verb there); hosts who 接待了 guests join the event told,
of any type; a visit only welcomed (对X一行来青访问表示欢迎) is no event of its own."""
from __future__ import annotations

from tests.kgread import article_of


def test_a_list_goes_on_over_unnamed_people_of_bodies():
    text = ("5月3日，青山论坛在青山开幕。副省长张大伟，省政协主席李小明，"
            "省人大常委会、省政府、省政协负责同志，省法院院长出席。")
    r = article_of(text, date="2024-05-04")
    assert {"张大伟", "李小明"} <= {a.text for e in r.events for a in e.attendees}


def test_hosts_join_a_signing():
    text = ("5月3日，青山大学与青山医院举行校企合作签约仪式。青山大学党委书记张大伟，副校长李小明、王二红"
            "热情接待了来宾。")
    r = article_of(text, date="2024-05-04")
    signings = [e for e in r.events if e.type == "Signing"]
    assert signings and {"张大伟", "李小明", "王二红"} <= {a.text for a in signings[0].attendees}


def test_a_visit_welcomed_is_no_event():
    text = "10月13日，省委书记张大伟在青山会见了某国驻华大使李小明一行。张大伟对李小明一行来青访问表示欢迎。"
    r = article_of(text, date="2024-10-14")
    assert [e.type for e in r.events] == ["Reception"]
