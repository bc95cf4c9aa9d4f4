"""A list of names each written after its own title, then one verb of a post (局长A、党委书记B担任副主席):
the post is each name's, as for names joined alone (A、B担任副主席), and its body is not carried from the
list's own titles (B's 主席 of another association). Made-up sentences."""
from __future__ import annotations

import pytest
from kgread import article_of


@pytest.mark.parametrize("text, expected", [
    ("青山市篮球协会召开代表大会,选举产生了新一届领导班子。张三当选青山市篮球协会主席。白水县体育局局长李四、"
     "白水县篮球协会主席王五担任副主席。",
     [("张三", "主席", "青山市篮球协会"), ("李四", "局长", "白水县体育局"),
      ("李四", "副主席", "青山市篮球协会"),
      ("王五", "主席", "白水县篮球协会"), ("王五", "副主席", "青山市篮球协会")]),
    ("青山市作家协会召开代表大会。白水大学教授李四、青山日报社社长王五当选副主席。",
     [("李四", "教授", "白水大学"), ("李四", "副主席", "青山市作家协会"),
      ("王五", "社长", "青山日报社"), ("王五", "副主席", "青山市作家协会")]),
    # no verb of a post after the list: each keeps only its title
    ("会议由市委书记张三主持,市长李四、副市长王五出席。",
     [("张三", "书记", "中共广州市委员会"), ("李四", "市长", "广州市人民政府"),
      ("王五", "副市长", "广州市人民政府")]),
])
def test_a_list_of_titled_names_before_a_verb_of_a_post(text, expected):
    r = article_of(text, date="2025-06-14", place="广州市")
    assert [(m.person.text, m.role, m.organization) for m in r.memberships] == expected
