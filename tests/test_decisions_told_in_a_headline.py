"""A decision (an appointment, a removal) told in a headline or a photo's caption is the one of its type
told below it with the same people on its day, not a decision of its own (李明任青山市代理市长, then
…会议任命李明为青山市副市长、代理市长: one appointment); one of other people stays its own. Made-up texts
of the shapes personnel news uses."""
from __future__ import annotations

import pytest
from kgread import events_of


def decisions(text: str):
    return [(e.type, e.date, [a.text for a in e.attendees])
            for e in events_of(text, date="2024-12-27", place="青山市")
            if e.type in ("Appointment", "Removal")]


@pytest.mark.parametrize("text, expected", [
    ("李明任青山市代理市长\n12月27日，青山市人大常委会举行第十次会议。会议任命李明为青山市人民政府副市长、代理市长。",
     [("Appointment", "2024-12-27", ["李明"])]),
    # a photo's caption told again below (the election of one day, however many sentences tell it)
    ("12月26日，青山国议会举行首次会议，张伟在会上再次当选总统。新华社记者 李明 摄\n"
     "本月26日，张伟在议会首次会议上当选青山国总统，获得连任。",
     [("Appointment", "2024-12-26", ["张伟"])]),
    # another person's appointment below the headline stays its own
    ("李明任青山市代理市长\n12月27日，青山市人大常委会举行第十次会议。会议任命张伟为青山市人民政府副市长。",
     [("Appointment", None, ["李明"]), ("Appointment", "2024-12-27", ["张伟"])]),
])
def test_decisions_told_in_a_headline(text, expected):
    assert decisions(text) == expected
