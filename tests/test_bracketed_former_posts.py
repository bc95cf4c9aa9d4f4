"""A post in brackets after a name marked former (李华（原北京市政协副主席）) is the name's former post, as a
chain so marked before a name is (made-up texts)."""
from __future__ import annotations

from tests.kgread import article_of


def test_a_former_post_in_brackets():
    r = article_of("周小梅（原天津市政协副主席）将奖金捐出。", date="1998-01-07", publisher="人民日报")
    assert [(m.person.text, m.role, m.organization, m.former) for m in r.memberships] == [
        ("周小梅", "副主席", "中国人民政治协商会议天津市委员会", True)]


def test_a_photo_note_in_brackets_is_no_post():
    r = article_of("周小梅（前排左二）将奖金捐出。", date="1998-01-07", publisher="人民日报")
    assert r.memberships == []
