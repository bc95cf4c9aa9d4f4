"""A name of two characters padded to the width of three by a space in a list (张世野、罗 罡列席会议; a
government page's layout) is one name, read across the space, its span the source's with the space;
two names set apart by a space stay two (王琪 胡杨). Made-up sentences of the shapes news uses."""
from __future__ import annotations

import pytest

from kg.model import Document
from kg.nlp.normalize import View
from kg.pipeline import process_document


def attendees(text: str):
    doc = Document(id="t", text=text, date="2025-06-14")
    return [sorted(a.text for a in e.attendees) for r in process_document(doc, date="2025-06-14")
            for e in r.events]


@pytest.mark.parametrize("text, expected", [
    ("6月8日,区长陈芳主持召开区政府党组会议。区领导张世野、万再斌、黄文业、罗 罡列席会议。",
     [["万再斌", "张世野", "罗 罡", "陈芳", "黄文业"]]),
    ("6月8日,县长陈芳主持召开县政府常务会议,副县长张世野、王 强出席会议。",
     [["张世野", "王 强", "陈芳"]]),
])
def test_padded_names_take_part(text, expected):
    assert attendees(text) == expected


@pytest.mark.parametrize("source, view", [
    ("张世野、罗 罡列席", "张世野、罗罡列席"),
    ("记者 王琪 胡杨", "记者 王琪 胡杨"),
])
def test_the_padding_left_out(source, view):
    assert View.of(source).text == view
