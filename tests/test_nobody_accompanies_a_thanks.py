"""Who accompanies or sits in (陪同, 在座: any event the article is about) joins the happening told, not a
thanks told after it (made-up text: …会见了B一行。B对…表示感谢。C、D陪同。)."""
from __future__ import annotations

from tests.kgread import article_of


def test_the_reception_not_the_thanks():
    text = ("5月8日，市长王大明会见了青山集团董事长赵小军一行。\n赵小军对青山市的支持表示感谢。\n"
            "副市长李建华、市政府秘书长钱多多陪同。")
    r = article_of(text, date="2023-05-10")
    joined = {e.type for e in r.events if "李建华" in {a.text for a in e.attendees}}
    assert joined == {"Reception"}
