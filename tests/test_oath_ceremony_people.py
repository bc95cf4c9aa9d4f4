"""Who swears at an oath ceremony (made-up texts): the people its paragraph named before a subject
standing for them (任命A为…，B为…。…上述人员依法进行宪法宣誓: ``people-told``), and those before
领诵誓词 or 跟诵誓词 take part in the ceremony; a verb running into the ceremony's name
(X宣布宪法宣誓仪式开始) names no other one; a swearing organised by a session
(在主任会议的组织下，…进行了宪法宣誓) is no part of the session."""
from __future__ import annotations

from tests.kgread import article_of


def _ceremonies(text: str):
    return [e for e in article_of(text, date="2023-05-10").events if e.type == "Ceremony"]


def test_people_told_before_swear():
    text = ("青山市人大常委会9日上午在市人民大会堂举行宪法宣誓仪式。市人大常委会主任王大明主持并监誓。\n"
            "刚刚闭幕的市人大常委会第五次会议任命李建华为市人大常委会副秘书长；任命赵小军为市人大常委会法制工作委员会"
            "主任。根据宪法的规定，上述人员依法进行宪法宣誓。")
    ceremonies = _ceremonies(text)
    assert len(ceremonies) == 1
    assert {"王大明", "李建华", "赵小军"} <= {a.text for a in ceremonies[0].attendees}


def test_who_reads_the_oath_after_the_leader():
    text = ("青山市人大常委会9日上午在市人民大会堂举行宪法宣誓仪式。市人大常委会主任王大明主持并监誓。\n"
            "上午10时许，王大明宣布宪法宣誓仪式开始。新任命的市人大常委会副秘书长李建华、赵小军跟诵誓词。")
    ceremonies = _ceremonies(text)
    assert len(ceremonies) == 1
    assert {"李建华", "赵小军"} <= {a.text for a in ceremonies[0].attendees}


def test_no_part_of_the_session_that_organised_it():
    text = ("5月9日，市人大常委会召开第五次会议，决定任命李建华为青山市人民政府副市长。"
            "在市人大常委会主任会议的组织下，"
            "新任命的副市长李建华进行了宪法宣誓。")
    events = article_of(text, date="2023-05-10").events
    assert not [e for e in events if "主任会议" in e.name]
