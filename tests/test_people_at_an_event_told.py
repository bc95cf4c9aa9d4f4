"""The people of the clause after a told event's name and 上 opening a sentence (made-up text: …参加欢迎晚宴。
欢迎晚宴上,A向B、C介绍了…) take part in it."""
from __future__ import annotations

from tests.kgread import article_of


def test_at_the_banquet():
    text = ("7月5日，秘书长王大明出席青山投资贸易洽谈会，并参加欢迎晚宴。\n"
            "欢迎晚宴上，王大明向青山省委书记李建华、省长赵小军介绍了联合会的情况。")
    r = article_of(text, date="2023-07-06")
    banquets = [e for e in r.events if e.trigger.text == "欢迎晚宴"]
    assert banquets and {"李建华", "赵小军"} <= {a.text for a in banquets[0].attendees}
