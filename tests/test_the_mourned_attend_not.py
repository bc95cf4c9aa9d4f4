"""The person named right before the name of a ceremony of mourning (张明同志遗体告别仪式, 李华教授追悼会) is
the one mourned, not an attendee; those who go to it are, and a person before another ceremony's name still
takes part (市长张强就职典礼). Made-up texts of the shapes obituary news uses."""
from __future__ import annotations

import pytest
from kgread import events_of


def attendees(text: str):
    return [sorted(a.text for a in e.attendees)
            for e in events_of(text, date="2025-03-09", place="北京市") if e.type == "Ceremony"]


@pytest.mark.parametrize("text, expected", [
    ("张明同志遗体告别仪式3月8日在八宝山革命公墓举行。", [[]]),
    ("王芳同志遗体送别仪式于3月8日上午在青山殡仪馆举行，市领导刘强、陈东参加送别。", [["刘强", "陈东"]]),
    ("李华教授追悼会3月8日在青山大学举行，校长王刚主持追悼会。", [["王刚"]]),
    # another ceremony's person takes part
    ("3月8日，市长张强就职典礼在青山会堂举行。", [["张强"]]),
])
def test_the_mourned_attend_not(text, expected):
    assert attendees(text) == expected
