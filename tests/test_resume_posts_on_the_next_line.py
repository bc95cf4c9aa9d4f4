"""A résumé opening its line (王五，1921年生于北京。…) goes on over the lines right after it that open
with the posts held (现任…, 曾任…): their posts are its person's. Made-up résumés."""
import pytest
from kgread import posts_of


@pytest.mark.parametrize("text, expected", [
    ("王建华，１９３１年９月生于北京。毕业于北京大学物理系。\n"
     "现任全国政协常委、希望工程组织委员会主任。\n会议开始。",
     [("王建华", "常委", "中国人民政治协商会议全国委员会"), ("王建华", "主任", "希望工程组织委员会")]),
    ("王建华，１９３１年９月生于北京。\n现任全国政协常委。\n曾任北京市副市长。",
     [("王建华", "常委", "中国人民政治协商会议全国委员会"), ("王建华", "副市长", "北京市人民政府")]),
    # a line that opens otherwise ends the résumé
    ("王建华，１９３１年９月生于北京。\n会议开始。现任北京市副市长的李明主持。",
     [("李明", "副市长", "北京市人民政府")]),
])
def test_resume_lines(text, expected):
    assert sorted(posts_of(text, date="1998-01-07", publisher="人民日报")) == sorted(expected)
