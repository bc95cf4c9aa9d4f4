"""A dateline's reporter written before 报道： (本报长沙…讯记者X报道：) is a byline, whatever word the name is
too; a bank is a company whose officers written after it with no body of their own are its (made-up texts)."""
from __future__ import annotations

import pytest

from tests.kgread import posts_of


@pytest.mark.parametrize("text, expected", [
    ("本报长沙１月５日讯记者向阳报道：全省召开会议。", [("向阳", "记者", "人民日报")]),
    ("本报郑州１月５日电记者方圆报道：全省召开会议。", [("方圆", "记者", "人民日报")]),
    # a name the tagger knows, as before
    ("本报长沙１月５日讯记者王大明报道：全省召开会议。", [("王大明", "记者", "人民日报")]),
])
def test_a_reporter_before_baodao(text, expected):
    assert posts_of(text, date="1998-01-05", publisher="人民日报") == expected


@pytest.mark.parametrize("text, expected", [
    ("东亚银行会长王大明和总裁李小刚出席。",
     [("王大明", "会长", "东亚银行"), ("李小刚", "总裁", "东亚银行")]),
    ("东亚银行董事长王大明、副总裁李小刚出席。",
     [("王大明", "董事长", "东亚银行"), ("李小刚", "副总裁", "东亚银行")]),
])
def test_a_banks_officers(text, expected):
    assert posts_of(text, date="1998-01-05", publisher="人民日报") == expected
