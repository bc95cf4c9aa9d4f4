"""A career told in a résumé's paragraph is no news (kg/extract/appointments.py; every text made up):
李强出生于1970年5月，…。2021年7月，他出任X市委副书记、代市长: the posts, no Appointment (the annotators'
convention: career moves no events); a news appointment outside a résumé keeps its event."""
from tests.kgread import article_of

_CAREER = ("近日，镇江市召开领导干部大会。\n李强出生于1970年5月，江苏南京人，2015年任南京市副市长。"
           "2021年7月，他出任镇江市委副书记、代市长。")


def test_steps_of_a_career_are_posts():
    r = article_of(_CAREER, date="2023-03-20")
    held = [(m.person.text, m.role, m.organization) for m in r.memberships]
    assert ("李强", "副市长", "南京市人民政府") in held
    assert ("李强", "副书记", "中共镇江市委员会") in held


def test_steps_of_a_career_are_no_appointments():
    r = article_of(_CAREER, date="2023-03-20")
    assert not [e for e in r.events if e.type == "Appointment"]


def test_a_news_appointment_is_one():
    r = article_of("3月16日，李强任镇江市委书记。", date="2023-03-20")
    assert [e for e in r.events if e.type == "Appointment"]
