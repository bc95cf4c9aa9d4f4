"""A change only drafted (posts/appointments draft: 关于接受A辞去X职务请求的决定草案，提请大会表决;
every sentence made up) is no event: the post to be left is still held, the post to be taken not yet
(kg/extract/appointments.py ``drafted``); a decision passed stays a change."""
from tests.kgread import article_of

_DRAFT = "会议决定将关于接受林海燕辞去青山省人大常委会副主任职务请求的决定草案，提请大会全体会议表决。"


def _read(text: str):
    r = article_of(text, date="2017-02-23")
    posts = {(m.person.text, m.role): "former" if m.former else "current" for m in r.memberships}
    return posts, [e.type for e in r.events if e.type in ("Appointment", "Removal", "Resignation")]


def test_a_drafted_resignation_ends_no_post():
    posts, changes = _read(_DRAFT)
    assert posts[("林海燕", "副主任")] == "current"
    assert changes == []


def test_a_drafted_appointment_gives_no_post():
    posts, changes = _read("会议决定将关于任命周建国为青山省财政厅厅长的决定草案提请大会表决。")
    assert ("周建国", "厅长") not in posts
    assert changes == []


def test_a_passed_decision_is_a_removal():
    posts, changes = _read("会议通过了关于接受林海燕辞去青山省人大常委会副主任职务请求的决定。")
    assert posts[("林海燕", "副主任")] == "former"
    assert changes == ["Removal"]
