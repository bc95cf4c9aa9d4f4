"""A county's or city's body written after its province's short name (河北高邑县委, 山东曲阜市委) is keyed
with the province in full, as when the province is written in full (河北省高邑县委): one key for one body."""
import pytest
from kgread import posts_of

from kg.extract.orgs import canonical_org


@pytest.mark.parametrize("name, expected", [
    ("河北高邑县委", "中共河北省高邑县委员会"),
    ("河北省高邑县委", "中共河北省高邑县委员会"),
    ("山东曲阜市委", "中共山东省曲阜市委员会"),
    ("河北高邑县政府", "河北省高邑县人民政府"),
    ("内蒙古鄂尔多斯市委", "中共内蒙古自治区鄂尔多斯市委员会"),
])
def test_province_written_short_before_a_body(name, expected):
    assert canonical_org(name) == expected


def test_a_chain_after_a_province_written_short():
    text = "河北高邑县委常委、组织部长张三出席。"
    got = posts_of(text, date="1998-01-13", publisher="人民日报")
    assert got == [("张三", "常委", "中共河北省高邑县委员会"),
                   ("张三", "部长", "中共河北省高邑县委员会组织部")]
