"""Where a meeting is held that a sentence opens with (座谈会上,…; 在工作交流会上,…) in the paragraph after
an inspection, or the one after that: where the inspection went; a venue named by how a lodging or a club's
rooms end (住地, 会所); a site after 在 referred to by a pronoun (在其会所) is no name. Made-up sentences of
the shapes news uses."""
from __future__ import annotations

import pytest
from kgread import events_of


def events(text: str):
    return [(e.type, e.date, e.place.text if e.place else None) for e in events_of(text, date="2025-06-14")]


@pytest.mark.parametrize("text, expected", [
    ("5月6日，市检察院副检察长王明一行到青山县人民检察院调研指导工作。\n座谈会上，王明听取了青山县人民检察院检察长李强汇报工作情况，并与参会人员进行了交流。",
     [("Inspection", "2025-05-06", "青山县人民检察院"), ("Conference", "2025-05-06", "青山县人民检察院")]),
    ("5月6日，省法院院长李强一行赴白水县人民法院考察调研。\n在工作交流会上，李强听取了白水县人民法院院长张伟汇报工作情况，并与参会人员进行了交流。",
     [("Inspection", "2025-05-06", "白水县人民法院"), ("Conference", "2025-05-06", "白水县人民法院")]),
    # the paragraph after the next: the tour goes on there
    ("5月6日，市检察院副检察长王明一行到青山县人民检察院调研指导工作。\n王明详细了解了该院各项工作开展情况。\n"
     "座谈会上，王明听取了青山县人民检察院检察长李强汇报工作情况，并与参会人员进行了交流。",
     [("Inspection", "2025-05-06", "青山县人民检察院"), ("Conference", "2025-05-06", "青山县人民检察院")]),
    # a meeting not told at its noun stays unplaced in another paragraph
    ("5月6日，市检察院副检察长王明一行到青山县人民检察院调研指导工作。\n随后，王明主持召开座谈会，听取了青山县人民检察院检察长李强汇报工作情况。",
     [("Inspection", "2025-05-06", "青山县人民检察院"), ("Conference", "2025-05-06", None)]),
])
def test_meeting_told_at_after_a_tour(text, expected):
    assert events(text) == expected


@pytest.mark.parametrize("text, kind, place", [
    ("2024年3月2日，青山华侨协会成员齐聚一堂，在协会会所举行第三届理事会扩大会议。",
     "Conference", "协会会所"),
    ("3月9日下午，市委书记王明在青山代表团住地看望了随团记者。", "Visit", "青山代表团住地"),
    ("6月1日，白水同乡会会长李强在其会所会见了青山代表团团长王明一行。", "Reception", None),
])
def test_venues_named(text, kind, place):
    assert [p for t, _, p in events(text) if t == kind] == [place]
