"""A meeting told later in the paragraph of an inspection, on its day, with no place of its own, is held
where the inspection went (到青山县人民医院调研。…随后，X主持召开座谈会). Made-up sentences of the
shapes news uses."""
from __future__ import annotations

import pytest
from kgread import events_of


def events(text: str):
    return [(e.type, e.date, e.place.text if e.place else None) for e in events_of(text, date="2025-06-14")]


@pytest.mark.parametrize("text, expected", [
    ("5月6日上午，市长李强一行到白水县人民医院调研。在急诊科，李强听取了工作汇报。随后，李强主持召开座谈会。",
     [("Inspection", "2025-05-06", "白水县人民医院"), ("Conference", "2025-05-06", "白水县人民医院")]),
    # another paragraph: its meeting is not placed so
    ("5月6日上午，市长李强一行到白水县人民医院调研。\n随后，李强主持召开座谈会。",
     [("Inspection", "2025-05-06", "白水县人民医院"), ("Conference", "2025-05-06", None)]),
])
def test_meeting_at_inspected_site(text, expected):
    assert events(text) == expected
