"""Posts a text says were held before the news are former (every sentence made up): a chain after 时任
(kg/extract/posts/chain.py ``marked_former``: 时任唐山市长李某); a chain before a name whose holder moved on
(``moved_on``, posts/words moved-on: 南昌市委书记X调任…, 副市长Y已于3月升任市长); a clause opened by a
time before the news (posts/appointments earlier: 此前，张三为A、B; 此番履新前，李四任C). A chain before a
name that takes a post besides (兼任) stays current."""
import pytest

from tests.kgread import article_of


def _status(text: str) -> dict[tuple[str, str, str | None], str]:
    r = article_of(text, date="2023-05-20")
    return {(m.person.text, m.role, m.organization): "former" if m.former else "current"
            for m in r.memberships}


@pytest.mark.parametrize("text, post, status", [
    ("2016年6月，时任邯郸市长刘建华调任河北省交通运输厅党组书记。",
      ("刘建华", "市长", "邯郸市人民政府"), "former"),
    ("江西九江市委书记余国平调任青海省委副书记。",
      ("余国平", "书记", "中共九江市委员会"), "former"),
    ("江西九江市委书记余国平调任青海省委副书记。",
      ("余国平", "副书记", "中共青海省委员会"), "current"),
    ("记者注意到，此前，孔德明为湖南省委常委、政法委书记。",
      ("孔德明", "常委", "中共湖南省委员会"), "former"),
    ("此番履新前，郑立群任上海市闵行区委常委、副区长。",
      ("郑立群", "副区长", "上海市闵行区人民政府"), "former"),
    # ... not the article's first sentence
    ("5月24日，市委组织部发布公示。此番履新前，郑立群任上海市闵行区委常委、副区长。",
     ("郑立群", "常委", "中共上海市闵行区委员会"), "former"),
    # a chain before a name that takes a post besides, or does something else, stays current
    ("湖南省委常委、宣传部长彭志明兼任长沙市委书记。",
      ("彭志明", "部长", "中共湖南省委员会宣传部"), "current"),
    ("九江市委书记余国平出席会议并讲话。",
      ("余国平", "书记", "中共九江市委员会"), "current"),
])
def test_posts_left_before_the_news(text, post, status):
    assert _status(text)[post] == status
