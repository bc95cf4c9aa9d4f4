"""A verb of taking part before 活动 (参加活动, 出席此次活动, 参加上述活动) names the happening told last, not
one told again with nothing of its own: its people take part in it. Made-up sentences of the shapes news
uses."""
from __future__ import annotations

import pytest
from kgread import events_of


def events(text: str):
    return [(e.type, e.date, sorted(a.text for a in e.attendees)) for e in events_of(text, date="2025-06-14")]


@pytest.mark.parametrize("text, expected", [
    ("6月3日,市政协到青山镇调研乡村振兴工作。市政协副主席王刚、秘书长李强参加活动。",
     [("Inspection", "2025-06-03", ["李强", "王刚"])]),
    ("6月3日,白水集团到青山镇调研帮扶工作。\n集团副总经理张伟出席此次活动。",
     [("Inspection", "2025-06-03", ["张伟"])]),
    ("国家主席王立新12日在青山宾馆接受5国新任大使递交国书。\n使节们依次向王立新递交国书。\n外交部长张伟参加上述活动。",
     [("Ceremony", "2025-06-12", ["张伟"])]),
])
def test_taking_part_in_the_activity(text, expected):
    assert events(text) == expected


# 部分 between the verb of taking part and the act (``partly`` of events/words.tsv): part of the act told
# before, not an act of its own (made-up sentences)
@pytest.mark.parametrize("text, expected", [
    ("6月3日,省委副书记王刚率队到青山县调研乡村振兴工作。市委书记李强参加部分调研活动。",
     [("Inspection", "2025-06-03", ["李强", "王刚"])]),
    ("6月3日,省政协主席王刚到白水镇视察。省政协副主席张伟、秘书长李强参加了部分视察活动。",
     [("Inspection", "2025-06-03", ["张伟", "李强", "王刚"])]),
    ("6月3日,市长王刚带队到青山区考察重点项目,副市长张伟陪同部分考察。",
     [("Inspection", "2025-06-03", ["张伟", "王刚"])]),
])
def test_taking_part_in_part_of_the_act(text, expected):
    assert events(text) == expected
