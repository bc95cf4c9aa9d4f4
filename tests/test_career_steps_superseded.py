"""A dated step of a career is a former post once the career goes on past it (kg/extract/facts.py
``_superseded``; every sentence made up): a later dated step of the same person, or an appointment the
article reports, ends it; a post the article says is still held (现任) stays current, and so does the last
step."""
import pytest

from tests.kgread import article_of


def _status(text: str, date: str = "2024-03-01") -> dict[tuple[str, str, str | None], str]:
    r = article_of(text, date=date)
    return {(m.person.text, m.role, m.organization): "former" if m.former else "current"
            for m in r.memberships}


@pytest.mark.parametrize("text, post, status", [
    # a later dated step ends the earlier one
    ("刘海平出生于1970年3月，江苏泰州人。2012年5月，刘海平调任常州市副市长。2019年8月，他调任镇江市委常委、"
     "常务副市长。", ("刘海平", "副市长", "常州市人民政府"), "former"),
    ("刘海平出生于1970年3月，江苏泰州人。2012年5月，刘海平调任常州市副市长。2019年8月，他调任镇江市委常委、"
     "常务副市长。", ("刘海平", "常务副市长", "镇江市人民政府"), "current"),
    # an appointment the article reports ends every step of the career before it
    ("2月27日，南京市人大常委会决定任命赵文涛为南京市副市长。赵文涛出生于1975年6月，2016年3月，赵文涛任无锡市"
     "副市长。2020年4月，他调任苏州市委常委。", ("赵文涛", "常委", "中共苏州市委员会"), "former"),
    ("2月27日，南京市人大常委会决定任命赵文涛为南京市副市长。赵文涛出生于1975年6月，2016年3月，赵文涛任无锡市"
     "副市长。2020年4月，他调任苏州市委常委。", ("赵文涛", "副市长", "无锡市人民政府"), "former"),
    ("2月27日，南京市人大常委会决定任命赵文涛为南京市副市长。赵文涛出生于1975年6月，2016年3月，赵文涛任无锡市"
     "副市长。2020年4月，他调任苏州市委常委。", ("赵文涛", "副市长", "南京市人民政府"), "current"),
])
def test_a_step_the_career_went_past_is_former(text, post, status):
    assert _status(text)[post] == status


def test_a_step_told_again_as_held_now_stays_current():
    text = ("孙建国出生于1966年2月。2015年6月，孙建国任扬州市委常委。2021年1月，孙建国任南通市委副书记。"
            "现任南通市委副书记。")
    got = _status(text)
    assert got[("孙建国", "常委", "中共扬州市委员会")] == "former"
    assert got[("孙建国", "副书记", "中共南通市委员会")] == "current"


def test_steps_of_one_year_both_stay():
    # 2021年1月 and 同年 (2021): neither is later at the precision both write
    text = "周晓东出生于1972年5月。2021年1月，周晓东任盐城市副市长，2021年任盐城市委常委。"
    got = _status(text)
    assert got[("周晓东", "副市长", "盐城市人民政府")] == "current"


@pytest.mark.parametrize("text, post, status", [
    # a provincial secretary elected chairman of the province's congress standing committee stays secretary
    ("1月27日，河南省人大会议选举李明为河南省人大常委会主任。李明1963年生，2020年11月任吉林省省长，2023年3月任河南省委书记。",
     ("李明", "书记", "中共河南省委员会"), "current"),
    ("1月27日，河南省人大会议选举李明为河南省人大常委会主任。李明1963年生，2020年11月任吉林省省长，2023年3月任河南省委书记。",
     ("李明", "省长", "吉林省人民政府"), "former"),
    ("1月20日，洛阳市人大会议选举王强为洛阳市人大常委会主任。王强1968年生，2021年6月任洛阳市委书记。",
     ("王强", "书记", "中共洛阳市委员会"), "current"),
    # the congress of another place is no post held besides: the secretary moved on
    ("1月27日，湖北省人大会议选举赵刚为湖北省人大常委会主任。赵刚1962年生，2019年5月任江西省委书记。",
     ("赵刚", "书记", "中共江西省委员会"), "former"),
])
def test_a_secretary_chairing_his_places_congress_stays_secretary(text, post, status):
    assert _status(text, date="2024-01-28")[post] == status
