"""Careers as 1990s news tells them (made-up sentences): a past tense with 过 after the name (张三担任过…,
李四当过…: posts held before, as after 曾任), and a biography whose line opens with the name, 同志 and a
birth written in Chinese numerals, after a comma, or with no year (王五同志一九三一年出生于…, 王五同志，…人，
一九三一年生, 王五同志出生于…): its next sentences with no person named are its person's."""
from __future__ import annotations

import pytest

from kg.model import Document
from kg.pipeline import process_document


def posts(text: str):
    doc = Document(id="t", text=text, date="1998-01-07")
    return sorted((m.person.text, m.role, m.organization, m.former)
                  for r in process_document(doc, date="1998-01-07") for m in r.memberships if m.organization)


@pytest.mark.parametrize("text, expected", [
    ("张国华担任过安平县委书记、衡水地委副书记。",
     [("张国华", "书记", "中共安平县委员会", True), ("张国华", "副书记", "中共衡水地区委员会", True)]),
    ("李秀英曾担任过青岛市副市长。", [("李秀英", "副市长", "青岛市人民政府", True)]),
    ("陈国栋先生曾经担任过天津大学校长。", [("陈国栋", "校长", "天津大学", True)]),
    ("赵志刚任过上海市副市长。", [("赵志刚", "副市长", "上海市人民政府", True)]),
    ("刘德明曾当过长沙县县长和长沙市副市长。",
     [("刘德明", "副市长", "长沙市人民政府", True), ("刘德明", "县长", "长沙县人民政府", True)]),
    # no post after the verb: none
    ("刘德明当过兵，也当过工人。", []),
])
def test_past_tense_careers(text, expected):
    assert posts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("王立新同志，陕西省米脂县人，一九三一年生。一九四九年任米脂县委书记。",
     [("王立新", "书记", "中共米脂县委员会", False)]),
    ("王立新同志一九三一年出生于陕西省米脂县。一九五六年后历任榆林地委副书记、书记。",
     [("王立新", "书记", "中共榆林地区委员会", True), ("王立新", "副书记", "中共榆林地区委员会", True)]),
    ("王立新同志出生于陕西省米脂县。后赴西北大学任教，曾任该校历史系主任、副校长。",
     [("王立新", "主任", "西北大学历史系", True), ("王立新", "副校长", "西北大学", True)]),
    # a name and 同志 with no birth opens no biography
    ("王立新同志出席会议。一九六〇年起任国家计委副主任。", []),
])
def test_biographies_of_1998(text, expected):
    assert posts(text) == expected


def test_academy_division_member_is_an_honour():
    """中国科学院学部委员 (the name of 院士 before 1994) is an honour, no post in the academy."""
    assert posts("王立新同志出生于江苏苏州。１９９１年当选为中国科学院学部委员（现称院士）。") == []
