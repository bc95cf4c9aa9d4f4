"""A list of titled names before a verb of taking part goes on over a title that holds a trigger verb
(made-up text: 驻京办调研员A: 调研 of 调研员 is no act, the clause only names someone)."""
from __future__ import annotations

from tests.kgread import article_of


def test_the_list_goes_on_over_the_title():
    text = ("5月8日，青山市慈善捐赠仪式在青山小学举行。市人大常委会主任王大明，市驻京办调研员李建华，"
            "市民政局局长赵小军等领导出席。")
    r = article_of(text, date="2023-05-10")
    ceremonies = [e for e in r.events if e.type == "Ceremony"]
    assert ceremonies and {"王大明", "李建华", "赵小军"} <= {a.text for a in ceremonies[0].attendees}
