"""A list of posts written right after a leader's name, 带队 and a comma, or going along with the leader
(…随同考察: made-up texts), is the led group's members: their level-only bodies (市发改委, 市长) are of the
leader's place, a guest city's in the host city's paper; not when the sentence has them receive the group
(…陪同: the home city's)."""
from __future__ import annotations

from tests.kgread import posts_of


def test_members_after_a_guest_leader_are_of_the_leaders_city():
    text = ("黄山市党政代表团来我市考察。代表团由黄山市委书记周平带队，"
            "市发改委主任王立、市商务局局长陈东随同考察。")
    posts = posts_of(text, date="2023-05-10", place="鄂尔多斯市", publisher="鄂尔多斯日报")
    assert ("王立", "主任", "黄山市发展和改革委员会") in posts
    assert ("陈东", "局长", "黄山市商务局") in posts


def test_hosts_after_a_guest_leader_stay_home():
    text = "黄山市党政代表团来我市考察。黄山市委书记周平带队，市委书记王强、市长李明陪同。"
    posts = posts_of(text, date="2023-05-10", place="鄂尔多斯市", publisher="鄂尔多斯日报")
    assert ("王强", "书记", "中共鄂尔多斯市委员会") in posts
    assert ("李明", "市长", "鄂尔多斯市人民政府") in posts


def test_members_after_a_home_leader_stay_home():
    posts = posts_of("副市长李明带队，市发改委主任王立参加。", date="2023-05-10", place="鄂尔多斯市",
                     publisher="鄂尔多斯日报")
    assert ("王立", "主任", "鄂尔多斯市发展和改革委员会") in posts


def test_members_going_along_with_a_guest_leader():
    text = "黄山市委书记周平率领黄山市党政代表团来我市考察，市委副书记、市长孙勇，副市长王红随同考察。"
    posts = posts_of(text, date="2023-05-10", place="绍兴市", publisher="绍兴日报")
    assert ("孙勇", "市长", "黄山市人民政府") in posts
    assert ("王红", "副市长", "黄山市人民政府") in posts


def test_hosts_receiving_a_guest_leader_stay_home():
    text = "黄山市委书记周平率领黄山市党政代表团来我市考察，市委书记王强、市长孙勇陪同考察。"
    posts = posts_of(text, date="2023-05-10", place="绍兴市", publisher="绍兴日报")
    assert ("孙勇", "市长", "绍兴市人民政府") in posts
