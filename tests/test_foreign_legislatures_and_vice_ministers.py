"""Other states' legislatures by the head words of their names (国家杜马, 国家大呼拉尔, 联邦议院, 代表院) and
the vice-ministers of other states' ministries (次长, 常务次长, 事务次长): posts of the body written before
them. Made-up sentences."""
from __future__ import annotations

import pytest

from kg.model import Document
from kg.pipeline import process_document


def posts(text: str):
    doc = Document(id="t", text=text, date="1998-01-07")
    return sorted((m.person.text, m.role, m.organization) for r in process_document(doc, date="1998-01-07")
                  for m in r.memberships)


@pytest.mark.parametrize("text, expected", [
    ("俄罗斯国家杜马主席谢列兹尼奥夫会见了代表团。", [("谢列兹尼奥夫", "主席", "俄罗斯国家杜马")]),
    ("蒙古国家大呼拉尔主席巴嘎班迪会见了代表团。", [("巴嘎班迪", "主席", "蒙古国家大呼拉尔")]),
    ("德国联邦议院议长赫尔佐克会见了代表团。", [("赫尔佐克", "议长", "德国联邦议院")]),
    ("摩洛哥代表院议长拉迪会见了代表团。", [("拉迪", "议长", "摩洛哥代表院")]),
    ("泰国外交部常务次长巴差会见了代表团。", [("巴差", "常务次长", "泰国外交部")]),
    ("韩国外交通商部次长宋旻淳会见了代表团。", [("宋旻淳", "次长", "韩国外交通商部")]),
])
def test_foreign_legislatures_and_vice_ministers(text, expected):
    assert posts(text) == expected
