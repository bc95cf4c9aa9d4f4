"""A space between Latin letters is inside a name (在滨海Grand Hall举办), not a clause's end: the date opening
the sentence dates the event named after it. Made-up sentences of the shapes news uses."""
from __future__ import annotations

import pytest
from kgread import events_of


def events(text: str):
    return [(e.type, e.date, e.trigger.text) for e in events_of(text, date="2025-06-14", place="鄂尔多斯市")]


@pytest.mark.parametrize("text, expected", [
    ("青山同乡会6月12日在滨海Grand Hall举办成立30周年庆典晚宴。",
     [("Ceremony", "2025-06-12", "成立30周年庆典晚宴")]),
    ("青山商会昨晚在Marina Bay Sands举行年度颁奖典礼。", [("Ceremony", "2025-06-13", "年度颁奖典礼")]),
])
def test_latin_name_inside_a_clause(text, expected):
    assert events(text) == expected
