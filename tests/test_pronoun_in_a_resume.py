"""他 or 她 inside a résumé's life is its person (kg/extract/appointments.py ``_life_of``; every text
made up): an article of two new chairmen, the first named more often, tells the second's career after
his résumé (李俊出生于1963年11月，…。他曾任A，B等职): A and B are his, not the first's."""
from tests.kgread import posts_of

_TWO = ("大会选举王明为湖南省人大常委会主任。王明1963年5月生，浙江人。王明在上海工作多年。\n"
        "安徽省人大选举李俊为安徽省人大常委会主任。\n"
        "李俊出生于1963年11月，山东人。他曾任国务院发展研究中心副主任，中央农村工作领导小组办公室主任等职。")


def test_the_career_after_a_resume_is_its_person():
    posts = posts_of(_TWO, date="2024-01-28")
    assert ("李俊", "副主任", "国务院发展研究中心") in posts
    assert ("王明", "副主任", "国务院发展研究中心") not in posts


def test_a_pronoun_outside_a_resume_is_the_most_named():
    text = "新任市长赵建平是河北人。赵建平在保定工作多年。他早年在保定工作，2015年任沧州市副市长。"
    assert ("赵建平", "副市长", "沧州市人民政府") in posts_of(text, date="2023-03-20")
