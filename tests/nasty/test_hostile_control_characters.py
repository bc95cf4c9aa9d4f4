"""Control characters in a page: a stray NUL (or escape, bell) in scraped text is text, read as the
invisible characters are (a name is found across it, offsets index the page as given); a file that is
mostly control characters (an image renamed .txt, UTF-16 read as UTF-8) is not. Made-up pages."""
from __future__ import annotations

import json

import pytest
from conftest import run_kg

from kg.errors import InputError
from kg.ingest.read import decode, read_documents

PAGE = "市委书记李理主持召开会议，研究部署全市安全生产工作。副市长王强出席会议并讲话。"
LONG = PAGE * 8  # over 300 characters


@pytest.mark.parametrize("text", [
    "市委书记李理主持召开会议，研究部署全市安全生产工作。\x00",
    "\x00县长张红调研春耕生产。",
    "区委书记赵明\x00出席开幕式。",
    LONG[:150] + "\x00" + LONG[150:],
    LONG[:100] + "\x00" + LONG[100:200] + "\x00" + LONG[200:],  # one in a hundred characters
    "镇党委书记刘伟\x1b[0m主持会议。\x07",
])
def test_a_page_with_a_stray_control_character_is_text(tmp_path, text):
    path = tmp_path / "page.txt"
    path.write_bytes(text.encode("utf-8"))
    assert [d.text for d in read_documents([path])] == [text]


@pytest.mark.parametrize(("text", "name"), [
    ("市委书记李\x00理主持会议。", "李理"),
    ("县长王\x07强调研工作。", "王强"),
    ("副省长陈\x1b小红出席。", "陈小红"),
])
def test_a_name_is_found_across_a_control_character(tmp_path, monkeypatch, capsys, text, name):
    path = tmp_path / "page.txt"
    path.write_bytes(text.encode("utf-8"))
    code, out, _ = run_kg(["extract", path, "--format", "jsonl", "-j", "1"], monkeypatch, capsys)
    assert code == 0
    people = [m for m in json.loads(out)["mentions"] if m["type"] == "PER"]
    assert [(m["key"], m["text"]) for m in people] == [(name, text[people[0]["start"]:people[0]["end"]])]


@pytest.mark.parametrize("data", [
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8,  # an image renamed .txt
    "市委书记李理\x00".encode() * 40,  # a NUL in every seventh character
    b"\x00" * 500,
    "会议\x01\x02\x03".encode() * 100,
])
def test_a_file_of_control_characters_is_not_text(data):
    with pytest.raises(InputError, match="not text"):
        decode(data, "page.txt")


@pytest.mark.parametrize("text", ["Li Li met the press on June 5.", "2025年6月5日 GDP 5.2%", "Xi'an 西安"])
def test_utf16_without_a_byte_order_mark_is_still_utf16(text):
    # in UTF-16 Latin letters and digits are half NULs: never a page with stray ones
    assert decode(text.encode("utf-16-le"), "page.txt")[0] == text
