"""People told as taking part with no event named (县领导A、B参加。, A参加活动。) join the happening told
before them that people take part in (``joined`` of kg/rules/events/words.tsv): not a thanks or praise said
in between, nor a word read as a film shown (传播出去). Made-up sentences of the shapes news uses."""
from __future__ import annotations

import pytest

from kg.model import Document
from kg.pipeline import process_document


def taking_part(text: str):
    doc = Document(id="t", text=text, date="2025-06-14")
    return sorted((e.type, sorted(a.text for a in e.attendees))
                  for r in process_document(doc, date="2025-06-14") for e in r.events
                  if e.type in ("Reception", "Inspection", "Visit"))


@pytest.mark.parametrize("text, expected", [
    ("6月3日,市长王刚在青山会见李强一行。\n李强感谢青山市的支持。\n市领导张伟参加。",
     [("Reception", ["张伟", "李强", "王刚"])]),
    ("6月3日,市长王刚在青山会见李强一行。李强表示,希望把青山的成果传播出去。\n省领导张伟参加。",
     [("Reception", ["张伟", "李强", "王刚"])]),
    ("6月3日,区委书记王刚到青山镇调研乡村振兴工作。镇长李强对王刚一行表示感谢。\n区领导张伟参加活动。",
     [("Inspection", ["张伟", "王刚"])]),
])
def test_taking_part_after_a_saying(text, expected):
    assert taking_part(text) == expected
