"""随后 opening a sentence: its events happened on the day told before, and a stop naming nobody that only
borrows that day is the tour's (随后,王刚一行…走访了…: one inspection with its people). Made-up sentences of
the shapes news uses."""
from __future__ import annotations

import pytest
from kgread import events_of


def events(text: str):
    return [(e.type, e.date, e.trigger.text, sorted(a.text for a in e.attendees))
            for e in events_of(text, date="2025-06-14", place="鄂尔多斯市")]


@pytest.mark.parametrize("text, expected", [
    ("6月3日,市长王刚会见了青山集团董事长李明一行。\n随后,李明一行到白水村走访慰问困难群众。",
     [("Reception", "2025-06-03", "会见", ["李明", "王刚"]), ("Visit", "2025-06-03", "走访", ["李明"])]),
    # the visits of the stop are the inspection's: one happening
    ("6月3日,区政协主席王刚出席揭牌仪式。\n揭牌仪式后召开秘书长会议。\n随后,王刚到青山村实地调研,走访慰问村党支部书记李强。",
     [("Ceremony", "2025-06-03", "揭牌仪式", ["王刚"]), ("Meeting", "2025-06-03", "秘书长会议", []),
      ("Inspection", "2025-06-03", "调研", ["李强", "王刚"])]),
])
def test_then_on_the_day_told(text, expected):
    assert events(text) == expected
