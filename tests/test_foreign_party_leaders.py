"""Made-up texts: a party leader's post (总书记) written with no body, held by a foreign name, is of the
foreign party its sentence names, the one nearest the title, not China's party nor no body at all: as the
People's Daily gold writes a foreign party's leader (the party, or the central committee orgs/national names
for it)."""
from __future__ import annotations

import pytest

from tests.kgread import posts_of

CASES = [
    ("老挝人民革命党中央委员会举行会议，总书记坎代·西潘敦主持会议。",
     ("坎代·西潘敦", "总书记", "老挝人民革命党中央委员会")),
    ("西班牙工人社会党代表团由总书记阿尔穆尼亚率领。", ("阿尔穆尼亚", "总书记", "西班牙工人社会党")),
    ("葡萄牙共产党代表团今天抵京，总书记卡洛斯·卡瓦利亚斯率团。",
     ("卡洛斯·卡瓦利亚斯", "总书记", "葡萄牙共产党")),
]


@pytest.mark.parametrize("text,post", CASES)
def test_leader_of_the_party_named(text, post):
    assert post in posts_of(text, date="1998-01-10", publisher="人民日报")


KEPT = [
    # China's party's leader: its own
    ("中共中央举行座谈会，总书记江泽民发表讲话。", ("江泽民", "总书记", "中国共产党中央委员会")),
    # no party named in the sentence: no body
    ("总书记阿尔穆尼亚今天会见了记者。", ("阿尔穆尼亚", "总书记", None)),
]


@pytest.mark.parametrize("text,post", KEPT)
def test_kept(text, post):
    assert post in posts_of(text, date="1998-01-10", publisher="人民日报")
