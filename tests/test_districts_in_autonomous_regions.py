"""A district's government posts chained after its party committee, on the page of a district inside an
autonomous region (kg/extract/posts/resolve.py _place_of_level; every sentence made up): 区长 and 区政府 are
the district's, never the autonomous region's its full name opens with (an autonomous region has a 主席, no
区长); the region's own bodies written 自治区 stay the region's."""
import pytest

from tests.kgread import posts_of

XJ, GX = "新疆维吾尔自治区哈密市伊州区", "广西壮族自治区南宁市青秀区"


@pytest.mark.parametrize("place, text, post", [
    (XJ, "区委副书记、区长张立平主持会议。", ("张立平", "区长", "新疆维吾尔自治区哈密市伊州区人民政府")),
    (XJ, "区委副书记、区政府党组副书记、常务副区长李文华出席。",
     ("李文华", "常务副区长", "新疆维吾尔自治区哈密市伊州区人民政府")),
    (XJ, "区委副书记、区政府党组书记、区长张立平讲话。",
     ("张立平", "书记", "新疆维吾尔自治区哈密市伊州区人民政府党组")),
    (GX, "区委副书记、区长王海涛主持会议。", ("王海涛", "区长", "广西壮族自治区南宁市青秀区人民政府")),
])
def test_a_district_s_government_after_its_party_committee(place, text, post):
    assert post in posts_of(text, date="2024-05-01", place=place, publisher="区融媒体中心")


def test_the_region_s_own_bodies_stay_the_region_s():
    text = "广西壮族自治区党委书记、自治区人大常委会主任陈立刚讲话。"
    assert ("陈立刚", "主任", "广西壮族自治区人民代表大会常务委员会") in posts_of(
        text, date="2024-05-01", place=GX, publisher="区融媒体中心")
