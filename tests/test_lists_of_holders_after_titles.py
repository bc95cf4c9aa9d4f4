"""A title before a list of names gives its post to every name (kg/extract/people.py per.appointed; every
sentence made up): the list right after a chain of titles whose 、 the list's pattern took (市委常委、副市长
+ A、B、C), names that are common words too (周密, 高峰); a list after the dotted name of its first holder
(副主席 + 热合曼·阿不都拉、B、C); Uyghur names whose openings the tagger cuts into function words (阿不都)."""
from tests.kgread import posts_of

DATE = "1998-01-07"


def test_a_list_after_a_chain_of_titles_holds_them():
    posts = posts_of("市委常委、副市长刘国华、周密、高峰出席了开幕式。", date=DATE, publisher="人民日报")
    assert ("高峰", "副市长", "市政府") in posts and ("周密", "副市长", "市政府") in posts


def test_a_list_after_a_dotted_first_holder():
    posts = posts_of("自治区人大常委会副主任热合曼·阿不都拉、巴岱、刘光怡出席会议。", date=DATE,
                     publisher="人民日报")
    people = {p for p, role, _ in posts if role == "副主任"}
    assert people >= {"热合曼·阿不都拉", "巴岱", "刘光怡"}


def test_an_elected_uyghur_name_of_two_openings():
    posts = posts_of("会议选举阿不来提·阿不都热西提为自治区主席。", date=DATE, publisher="人民日报")
    assert ("阿不来提·阿不都热西提", "主席", "自治区政府") in posts


def test_a_name_elected_at_a_session_named_before_the_verb():
    # 任 is a weak surname and the tagger cuts the name (任殿/nr + 喜/v): the session is written between the
    # name and 当选
    posts = posts_of("任殿军在政协青州市十一届一次会议上当选为市政协主席。", date=DATE, publisher="人民日报")
    assert any(p == "任殿军" and role == "主席" for p, role, _ in posts)
