"""Who takes part in a signing told after talks: both sides, when a word for them opens the clause right
before its verb (会谈后,两国元首共同见证了…的签署; 双方续签了…: ``parties`` of kg/rules/events/words.tsv),
on the talks' day and at their place (a joint press conference, 共同会见记者, is a release); whoever
witnesses an act the clause names after the verb of taking part (…会见Y,并(共同)
见证X与Z签署…协议). A stay opening the sentence with a chain of places (在法国巴黎,…) places its events at
the last of them. Made-up sentences of the shapes news uses."""
from __future__ import annotations

import pytest
from kgread import events_of


def events(text: str):
    return [(e.type, e.date, e.place.text if e.place else None, sorted(a.text for a in e.attendees))
            for e in events_of(text, date="2025-06-14")]


@pytest.mark.parametrize("text, expected", [
    ("6月5日,国家主席王明在人民大会堂同青山国总统张伟举行会谈。会谈后,两国元首共同见证了经贸、科技等领域多项"
     "双边合作文件的签署。",
     [("Reception", "2025-06-05", "人民大会堂", ["张伟", "王明"]),
      ("Signing", "2025-06-05", "人民大会堂", ["张伟", "王明"])]),
    ("6月5日,国务院总理王明在白水市同青山国总理张伟举行会谈。\n会谈后,两国总理共同见证了多项合作文件的签署,"
     "并共同会见记者。",
     [("Reception", "2025-06-05", "白水市", ["张伟", "王明"]),
      ("Signing", "2025-06-05", "白水市", ["张伟", "王明"]),
      ("Release", "2025-06-05", "白水市", ["张伟", "王明"])]),
    ("6月5日,国务院总理王明在人民大会堂会见青山国总理张伟。\n会见后,两国总理共同会见中外记者。",
     [("Reception", "2025-06-05", "人民大会堂", ["张伟", "王明"]),
      ("Release", "2025-06-05", "人民大会堂", ["张伟", "王明"])]),
    ("青山局局长王明5日与来访的白水部部长张伟会晤,双方续签有关卫生合作的安排。",
     [("Reception", "2025-06-05", None, ["张伟", "王明"]),
      ("Signing", "2025-06-05", None, ["张伟", "王明"])]),
    ("6月5日,青山集团董事长王明在青山大厦会见白水市市长张伟,并共同见证青山集团与白水市人民政府签署战略合作"
     "框架协议。",
     [("Reception", "2025-06-05", "青山大厦", ["张伟", "王明"]),
      ("Signing", "2025-06-05", "青山大厦", ["王明"])]),
    ("6月2日至7日,市长王明率市政府代表团访问法国。\n在法国巴黎,王明先后走访青山制药公司,并会见白水会展公司"
     "负责人。",
     [("Visit", "2025-06-02", "法国", ["王明"]), ("Reception", None, "巴黎", ["王明"])]),
])
def test_both_sides_and_witnesses(text, expected):
    assert events(text) == expected
