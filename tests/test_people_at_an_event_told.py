"""The people of the clause after a told event's name and 上 or 中 opening a sentence (made-up text:
…参加欢迎晚宴。欢迎晚宴上,A向B、C介绍了…) take part in it."""
from __future__ import annotations

from tests.kgread import article_of


def test_at_the_banquet():
    text = ("7月5日，秘书长王大明出席青山投资贸易洽谈会，并参加欢迎晚宴。\n"
            "欢迎晚宴上，王大明向青山省委书记李建华、省长赵小军介绍了联合会的情况。")
    r = article_of(text, date="2023-07-06")
    banquets = [e for e in r.events if e.trigger.text == "欢迎晚宴"]
    assert banquets and {"李建华", "赵小军"} <= {a.text for a in banquets[0].attendees}


def test_during_the_banquet():
    # 中 is an at-event word too (kg/rules/events/fact_words.tsv), read from there since session 50
    text = ("7月5日，市长王大明出席欢迎晚宴。\n"
            "欢迎晚宴中，青山市副市长李建华、白水县县长赵小军向来宾介绍了招商情况。")
    r = article_of(text, date="2023-07-06")
    banquets = [e for e in r.events if e.trigger.text == "欢迎晚宴"]
    assert banquets and {"李建华", "赵小军"} <= {a.text for a in banquets[0].attendees}
