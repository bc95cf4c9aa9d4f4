"""A list written with no punctuation, unit + title + name again and again (prize lists): a name runs up to
the place that opens the next unit, whatever the tagger glues to it, and the next unit's name starts at that
place (made-up texts)."""
from __future__ import annotations

import pytest

from tests.kgread import posts_of


@pytest.mark.parametrize("text, expected", [
    # a name's last character the tagger reads as a particle (王光 + 地/uv + 天津医科大学)
    ("湖北省图书馆馆长王光地天津医科大学附属医院院长赵明",
     [("王光地", "馆长", "湖北省图书馆"), ("赵明", "院长", "天津医科大学附属医院")]),
    # a name read as places (汉江, 黄河), a Tibetan name, a name whose given name is a word: the next unit
    # took it into its own name
    ("湖北省文化厅副厅长罗汉山云南省第一人民医院院长赵明",
     [("罗汉山", "副厅长", "湖北省文化厅"), ("赵明", "院长", "云南省第一人民医院")]),
    ("四川省文化厅副厅长林黄河山西省第一人民医院院长赵明",
     [("林黄河", "副厅长", "四川省文化厅"), ("赵明", "院长", "山西省第一人民医院")]),
    ("湖北省图书馆副馆长扎西次仁西藏自治区第三人民医院院长赵明",
     [("扎西次仁", "副馆长", "湖北省图书馆"), ("赵明", "院长", "西藏自治区第三人民医院")]),
    ("湖北省图书馆馆长边多西藏自治区文化厅副厅长赵明",
     [("边多", "馆长", "湖北省图书馆"), ("赵明", "副厅长", "西藏自治区文化厅")]),
    ("湖北省图书馆馆长马中华河南省文化厅副厅长赵明",
     [("马中华", "馆长", "湖北省图书馆"), ("赵明", "副厅长", "河南省文化厅")]),
    ("河北省科委主任李明山吉林省科协主席韩国宁吉林省科协副主席罗汉林云南省第二人民医院院长王明",
     [("李明山", "主任", "河北省科学技术委员会"), ("韩国宁", "主席", "吉林省科学技术协会"),
      ("罗汉林", "副主席", "吉林省科学技术协会"), ("王明", "院长", "云南省第二人民医院")]),
])
def test_a_name_in_a_run_on_list_ends_at_the_next_units_place(text, expected):
    assert posts_of(text, date="1998-01-08", publisher="人民日报") == expected


@pytest.mark.parametrize("text, expected", [
    # prose: a name, a function word, a place: the name ends before the function word, as before
    ("书记张三在北京市委党校讲课。", [("张三", "书记", None)]),
    ("市委书记张三同志北京市委副书记李四出席。",
     [("张三", "书记", "市委"), ("李四", "副书记", "中共北京市委员会")]),
])
def test_prose_is_no_run_on_list(text, expected):
    assert posts_of(text, date="1998-01-08", publisher="人民日报") == expected
