"""A body's organ written after a school's or a company's own word for itself (学校办公室主任, 公司工会主席:
``school-ref``, ``company-ref`` and an ``orgs/suffixes`` head word) is that organ of the school or company,
as 学校党委 is the school's, and the chain goes on before it (校长助理、学校办公室主任X keeps 校长助理).
Made-up names and sentences."""
import pytest
from kgread import posts_of


@pytest.mark.parametrize("text, publisher, expected", [
    ("校长助理、学校办公室主任赵立新出席会议。", "青禾大学",
     [("赵立新", "校长助理", "青禾大学"), ("赵立新", "主任", "青禾大学办公室")]),
    ("青禾大学校长助理、学校办公室主任赵立新出席会议。", "新华网",
     [("赵立新", "校长助理", "青禾大学"), ("赵立新", "主任", "青禾大学办公室")]),
    ("学校办公室主任赵立新主持会议。", "青禾大学", [("赵立新", "主任", "青禾大学办公室")]),
    ("青禾集团总经理助理、公司办公室主任钱文斌出席。", "新华网",
     [("钱文斌", "总经理助理", "青禾集团"), ("钱文斌", "主任", "青禾集团办公室")]),
    # ... and a post that implies its organ (工会主席: ``posts/roles`` {上级}工会)
    ("副校长、学校工会主席赵立新出席会议。", "青禾大学",
     [("赵立新", "副校长", "青禾大学"), ("赵立新", "主席", "青禾大学工会")]),
    ("青禾集团召开会议，公司工会主席钱文斌出席。", "新华网", [("钱文斌", "主席", "青禾集团工会")]),
    # a hospital's word for itself (医院: ``school-ref``)
    ("医院工会主席孙丽出席。", "青禾市中心医院", [("孙丽", "主席", "青禾市中心医院工会")]),
    # an organ with no such word before it: as written
    ("校长助理、办公室主任赵立新出席会议。", "青禾大学",
     [("赵立新", "校长助理", "青禾大学"), ("赵立新", "主任", "办公室")]),
])
def test_organ_of_own_word(text, publisher, expected):
    assert posts_of(text, date="2023-05-10", publisher=publisher) == expected
