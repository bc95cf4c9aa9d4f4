"""A national ministry's or commission's short name (orgs/national: 国家体委, 冶金部, 国家计委) heads the
names of its departments (宣传司, 黄金管理局): the department is keyed under the body's full name, as
全国政协办公厅 is; one character after it names no body (电力部 + 门, 机械部 + 件)."""
import pytest
from kgread import posts_of

from kg.extract.orgs import canonical_org


@pytest.mark.parametrize("text, expected", [
    ("国家体委群体司司长刘明出席。", [("刘明", "司长", "国家体育运动委员会群体司")]),
    ("国家经贸委企业司副司长王海出席。", [("王海", "副司长", "国家经济贸易委员会企业司")]),
    ("煤炭部安全监察局局长张立新出席。", [("张立新", "局长", "中华人民共和国煤炭工业部安全监察局")]),
])
def test_departments_of_national_bodies(text, expected):
    assert posts_of(text, date="1998-01-05", publisher="人民日报") == expected


@pytest.mark.parametrize("name, full", [
    ("国家科委农村司", "国家科学技术委员会农村司"),
    ("电力部门", "电力部门"),
    ("机械部件", "机械部件"),
    ("国家教委", "国家教育委员会"),
])
def test_national_short_names_heading(name, full):
    assert canonical_org(name) == full
