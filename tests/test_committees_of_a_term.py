"""A CPPCC committee written with its term (区政协第十届委员会, 全国政协第十四届委员会) is the CPPCC
committee its short name names, not a committee of it; a district's CPPCC or party committee written
after its city (哈尔滨市平房区政协) is keyed with the city inside the full name; a body of the home place
written with its province is not given the province twice. Made-up sentences."""
from __future__ import annotations

import pytest
from kgread import posts_of

from kg.extract.orgs import org_rules
from kg.rules import load_rules


@pytest.mark.parametrize("text, place, expected", [
    ("会议决定增补王大明等5人为区政协第十届委员会委员。", "黑龙江省哈尔滨市平房区",
     ("王大明", "委员", "中国人民政治协商会议黑龙江省哈尔滨市平房区委员会")),
    ("全国政协第十四届委员会委员王大明出席。", None, ("王大明", "委员", "中国人民政治协商会议全国委员会")),
    ("青山区政协第九届委员会常委王大明发言。", None, ("王大明", "常委", "中国人民政治协商会议青山区委员会")),
    ("市政协第十三届委员会副主席王大明讲话。", "河南省洛阳市",
     ("王大明", "副主席", "中国人民政治协商会议洛阳市委员会")),
])
def test_a_committee_of_a_term_is_the_body(text, place, expected):
    assert expected in posts_of(text, date="2024-01-10", place=place)


@pytest.mark.parametrize("name, home, full", [
    ("哈尔滨市平房区政协", None, "中国人民政治协商会议哈尔滨市平房区委员会"),
    ("洛阳市西工区政协", None, "中国人民政治协商会议洛阳市西工区委员会"),
    ("洛阳市西工区委", None, "中共洛阳市西工区委员会"),  # as before
    ("平房区政协委员会", None, "中国人民政治协商会议平房区委员会"),
    ("龙岩市永定区委", "福建省龙岩市永定区", "中共福建省龙岩市永定区委员会"),
    ("龙岩市永定区委", "龙岩市永定区", "中共龙岩市永定区委员会"),  # as before
    ("中共哈尔滨市第十二届委员会", None, "中共哈尔滨市委员会"),  # as before
    # a committee of its own
    ("市政协提案委员会", "黑龙江省哈尔滨市", "中国人民政治协商会议哈尔滨市委员会提案委员会"),
])
def test_full_names_of_committees(name, home, full):
    assert org_rules(load_rules()).canonical(name, home) == full
