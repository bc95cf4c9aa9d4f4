"""A post told with the body served in written between the name and the verb (made-up sentences):
张三在青山公司任总经理, 李四原在X厂当车间主任, 王五曾在X公司任过总经理 (``posts/appointments`` served-at,
served-before, serve): the body is the post's when its title writes none (a unit its title writes is of
the body: 党委书记), and 曾在, 原在 make it a post held before; a time of the present between the name and
the verb (张三现在是…, 李四目前担任…: ``still``); and 当上 (``start``)."""
from __future__ import annotations

import pytest

from kg.model import Document
from kg.pipeline import process_document


def posts(text: str):
    doc = Document(id="t", text=text, date="1998-01-07", publisher="人民日报")
    return sorted((m.person.text, m.role, m.organization, m.former)
                  for r in process_document(doc, date="1998-01-07") for m in r.memberships)


@pytest.mark.parametrize("text, expected", [
    ("刘德明在湖南省水利厅担任副厅长。", [("刘德明", "副厅长", "湖南省水利厅", False)]),
    ("刘德明原在福建省机械工业公司当车间主任。", [("刘德明", "车间主任", "福建省机械工业公司", True)]),
    ("刘德明曾在北京市第二建筑公司任总经理。", [("刘德明", "总经理", "北京市第二建筑公司", True)]),
    ("刘德明曾在北京市第二建筑公司任过总经理。", [("刘德明", "总经理", "北京市第二建筑公司", True)]),
    ("刘德明曾在北京市第二建筑公司当过总经理、党委书记。",
     [("刘德明", "书记", "北京市第二建筑公司党委", True), ("刘德明", "总经理", "北京市第二建筑公司", True)]),
    # no post after the verb, or no body after 在: none
    ("刘德明在北京大学任教多年。", []),
    ("刘德明在北京市第二建筑公司工作。", []),
    ("刘德明在会上说，今年要抓好农业。", []),
])
def test_post_of_the_body_served_in(text, expected):
    assert posts(text) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("刘德明现在是北京市作家协会副主席。", [("刘德明", "副主席", "北京市作家协会", False)]),
    ("刘德明目前是北京市作家协会副主席、北京市文联委员。",
     [("刘德明", "副主席", "北京市作家协会", False), ("刘德明", "委员", "北京市文学艺术界联合会", False)]),
    ("刘德明如今担任北京市作家协会副主席。", [("刘德明", "副主席", "北京市作家协会", False)]),
])
def test_present_time_before_the_verb(text, expected):
    assert posts(text) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("刘德明当上了北京市第二建筑公司总经理。", [("刘德明", "总经理", "北京市第二建筑公司", False)]),
    ("一九九五年，刘德明当上了长沙县县长。", [("刘德明", "县长", "长沙县人民政府", False)]),
    ("刘德明当上了劳动模范。", []),
])
def test_became_a_post_holder(text, expected):
    """当上, 当上了 (``start``): a post that starts, as after 出任."""
    assert posts(text) == sorted(expected)
