"""Made-up texts: a verb of appointing jieba glues to a unit's head word alone (任厅/n + 党委副书记) names no
body (orgs: no ORG 任厅); the post is of the party body of the unit the article named, in full or short, in
an appointment (王五同志任厅党委副书记) and before a name (新任职的厅党委书记X: not 任厅党委)."""
from __future__ import annotations

from tests.kgread import article_of, posts_of

_NOTICE = ("青山省交通运输厅召开干部大会。宣布省委关于高志东同志任省交通运输厅党委书记、提名任副厅长,"
           "王秉华同志任厅党委副书记的决定。新任职的厅党委书记高志东表示。")


def test_appointed_to_the_party_body_of_the_unit_named():
    assert ("王秉华", "副书记", "青山省交通运输厅党委") in posts_of(_NOTICE, date="2024-05-01")


def test_the_glued_verb_names_no_body():
    r = article_of(_NOTICE, date="2024-05-01")
    assert not any(m.type == "ORG" and m.text.startswith("任") for m in r.mentions)
    assert all(not (m.organization or "").startswith(("任", "同志")) for m in r.memberships)


def test_appointed_in_a_sentence_of_its_own():
    text = "青山省交通运输厅召开干部大会。会议宣布王秉华同志任厅党委副书记。"
    assert ("王秉华", "副书记", "青山省交通运输厅党委") in posts_of(text, date="2024-05-01")
