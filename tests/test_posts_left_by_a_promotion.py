"""A post's lower form and the post itself, of one body, given one person (kg/extract/facts.py _promoted,
posts/words lower-form; every sentence made up): the person was promoted, the lower post (副书记, 代理市长,
常务副市长) is former, the post itself as it was."""
import pytest

from tests.kgread import article_of


def _held(text: str) -> dict[tuple[str, str, str | None], bool]:
    return {(m.person.text, m.role, m.organization): m.former
            for m in article_of(text, date="2023-03-20").memberships}


@pytest.mark.parametrize("text, post, former", [
    ("孙立军出生于1968年5月。2020年7月，他出任常州市委副书记、代市长。2023年3月，孙立军任常州市委书记。",
     ("孙立军", "副书记", "中共常州市委员会"), True),
    ("孙立军出生于1968年5月。2020年7月，他出任常州市委副书记、代市长。2023年3月，孙立军任常州市委书记。",
     ("孙立军", "书记", "中共常州市委员会"), False),
    ("李建华，1970年3月出生，曾任青阳县副县长，2019年任青阳县县长。",
     ("李建华", "副县长", "青阳县人民政府"), True),
    ("王海涛，1972年生，2021年任镇江市常务副市长，2022年1月任镇江市代市长，2023年任镇江市市长。",
     ("王海涛", "常务副市长", "镇江市人民政府"), True),
])
def test_lower_post_of_a_promotion(text, post, former):
    assert _held(text).get(post) is former


def test_deputy_of_another_body_stays():
    held = _held("李建华，1970年3月出生，现任镇江市副市长，曾任青阳县县长。")
    assert held.get(("李建华", "副市长", "镇江市人民政府")) is False


def test_acting_post_made_full():
    held = _held("王海涛，1972年生，2021年任镇江市常务副市长，2022年1月任镇江市代市长，2023年任镇江市市长。")
    assert held.get(("王海涛", "代理市长", "镇江市人民政府")) is True
