"""kg.model.replace: a record with some fields changed, equal to what dataclasses.replace gives (made-up
records), made without running __init__; any other dataclass, and a name that is no field, go to
dataclasses.replace."""
from __future__ import annotations

import dataclasses

import pytest

from kg.extract.context import Context
from kg.model import Article, ArticleResult, Document, Event, Membership, Mention, Relation, replace

_NAME = Mention(3, 6, "PER", "李小明", rule="per.tagger", key="李小明", confidence=0.9)
_TITLE = Mention(0, 3, "TITLE", "副市长", rule="title.lexicon", key="副市长")
_PLACE = Mention(8, 11, "LOC", "会议室", rule="places.site")
_MEETING = Event("Meeting", "主持会议", Mention(11, 15, "EVENT", "主持会议"))
_DOC = Document("d1", "副市长李小明在会议室主持会议。", date="2024-05-01")


@pytest.mark.parametrize("record, changes", [
    (_NAME, {"key": "李晓明"}),
    (_NAME, {"start": 4, "end": 6, "text": "小明"}),
    (_DOC, {"text": "市长王大同出席。", "place": "某某市"}),
    (Article("d1", 0, 0, 15, headline=(0, 5)), {"reporters": (_NAME,), "date": None}),
    (Membership(_NAME, _TITLE, "副市长", "某某市人民政府"), {"person": replace(_NAME, key="李晓明")}),
    (_MEETING, {"place": _PLACE, "attendees": (_NAME,)}),
    (_MEETING, {"place": None}),
    (Relation(_PLACE, "locatedIn", Mention(0, 2, "LOC", "某市")), {"confidence": 0.5}),
    (ArticleResult(_DOC, Article("d1", 0, 0, 15)), {"mentions": [_NAME, _TITLE]}),
])
def test_a_record_replaced_is_the_one_dataclasses_gives(record, changes):
    new = replace(record, **changes)
    old = dataclasses.replace(record, **changes)
    assert type(new) is type(old) and new == old and repr(new) == repr(old)
    if type(record) is not ArticleResult:  # (a result is no frozen record: it has no hash)
        assert hash(new) == hash(old)
    assert new is not record and record == dataclasses.replace(record)  # the record itself is unchanged


def test_other_dataclasses_and_wrong_names_go_to_dataclasses():
    ctx = Context(place="某某市")
    assert replace(ctx, place=None) == dataclasses.replace(ctx, place=None)
    with pytest.raises(TypeError):
        replace(_NAME, surname="李")
