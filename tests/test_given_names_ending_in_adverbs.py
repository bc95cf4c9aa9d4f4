"""Made-up texts: a given name of three whose last character is an adverb too (刚, 才, 同:
people/next_word_chars ``given``) after a post's title, before a verb that follows a name, a preposition of
two, a list's conjunction or a delimiter, is read whole; before another verb the adverb stays a word
(市长王强 + 刚 + 到任)."""
from __future__ import annotations

import pytest

from tests.kgread import article_of


def people(text: str) -> list[str]:
    return [m.text for m in article_of(text, date="2024-05-01").mentions if m.type == "PER"]


@pytest.mark.parametrize("text, name", [
    ("全国政协常务副秘书长王立刚出席会议。", "王立刚"),
    ("州委副书记、州长李友才主持会议。", "李友才"),
    ("会议听取了副秘书长张立刚关于工作报告的说明。", "张立刚"),
    ("副县长赵俊才和副县长钱志刚出席。", "赵俊才"),
    ("州长孙友才表示，全州将加快发展。", "孙友才"),
    ("青山集团股份有限公司董事长陆大同主持会议并致辞。", "陆大同"),
    ("会长李炳同表示，商会将继续支持。", "李炳同"),
])
def test_read_whole(text, name):
    assert name in people(text)


@pytest.mark.parametrize("text, name", [
    ("市长王强刚到任就调研了农业。", "王强"),
    ("市长王明同来访客人座谈。", "王明"),
    ("局长李明才开始讲话。", "李明"),
])
def test_the_adverb_stays_a_word(text, name):
    assert name in people(text)
