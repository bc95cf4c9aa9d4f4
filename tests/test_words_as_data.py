"""Words the post, appointment and organisation readers held in code are rule data a user's ``--rules`` file
extends: a résumé's words (``posts/appointments`` career, resume-item, since, period), the levels of places
abroad with councils and a page's word for its own state (``posts/words`` council-level, our-state), the
verbs of appointing jieba glues to a level or a name (``orgs/name-parts`` appointed-as)."""
from __future__ import annotations

from pathlib import Path

import pytest
from kgread import posts_of

from kg.extract.appointments import _resume
from kg.extract.orgs import org_rules
from kg.extract.posts.words import post_words
from kg.rules import load_rules

HEAD = "# source: a test\n"


def _rules(tmp_path: Path, table: str, row: str):
    path = tmp_path / "mine.tsv"
    path.write_text(HEAD + f"# table: {table}\n{row}\n", encoding="utf-8")
    return load_rules([str(path)])


@pytest.mark.parametrize("text, expected", [
    # a résumé's items, then its clause of posts held now
    ("王明，男，汉族，1960年出生，大学学历，现任青山市副市长。", [("王明", "副市长", "青山市人民政府")]),
    # a year a career list starts after (起), past a form of address
    ("李强同志1985年起历任青山县副县长、县长。",
     [("李强", "副县长", "青山县人民政府"), ("李强", "县长", "青山县人民政府")]),
    # a career said as a period ends before 期间
    ("张华在担任青山县县长期间，推动了改革。", [("张华", "县长", "青山县人民政府")]),
])
def test_resume_words(text, expected):
    assert posts_of(text, date="2020-01-01") == expected


def test_a_users_resume_words(tmp_path):
    """A user's rows of the résumé kinds reach the résumé's patterns."""
    assert _resume(_rules(tmp_path, "posts/appointments", "原任\tcareer")).career.match("原任")
    assert not _resume(load_rules()).career.match("原任")
    assert _resume(_rules(tmp_path, "posts/appointments", "阶段\tperiod")).period.search("担任县长阶段")
    assert _resume(_rules(tmp_path, "posts/appointments", "之后\tsince")).since.match("1985年之后").end() == 7
    opening = _resume(_rules(tmp_path, "posts/appointments", "属相\tresume-item")).opening
    assert opening.match("，属相，现任")
    assert not _resume(load_rules()).opening.match("，属相，现任")


def test_a_users_post_words(tmp_path):
    assert "郡" in post_words(_rules(tmp_path, "posts/words", "郡\tcouncil-level"))["council-level"]
    assert "本国" in post_words(_rules(tmp_path, "posts/words", "本国\tour-state"))["our-state"]
    assert post_words(load_rules())["our-state"] == ("我国",)


def test_a_users_appointing_word(tmp_path):
    assert "选" in org_rules(_rules(tmp_path, "orgs/name-parts", "appointed-as\t选")).appointed_as
    assert org_rules(load_rules()).appointed_as == {"为", "任", "由"}
