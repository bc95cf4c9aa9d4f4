"""An act opened by 开展 after a trip, its topic in quotes (made-up text: 带领…赴A、B等乡镇，开展“四下基层”暨
重点项目调研): an inspection by those who went, at the first place gone to."""
from __future__ import annotations

from tests.kgread import article_of


def test_the_inspection():
    text = ("5月8日，市长王大明带领相关部门负责人赴青山、绿水等乡镇，开展“四下基层”暨重点项目调研。"
            "市领导李建华、赵小军等分别参加活动。")
    r = article_of(text, date="2023-05-10")
    found = [e for e in r.events if e.type == "Inspection"]
    assert found and {"王大明", "李建华", "赵小军"} <= {a.text for a in found[0].attendees}
