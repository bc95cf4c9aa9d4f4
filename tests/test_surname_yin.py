"""银 is a surname read in context only (people/surnames ``context``, as 但 and 别): after a title, in a list
of names, in a list of units, titles and names run together with no punctuation (every sentence made up)."""
from tests.kgread import posts_of


def test_yin_after_a_title_in_a_run_on_list():
    posts = posts_of("青州市文化馆副馆长刘志明青州市人民医院儿科主任医师银春生青州市农业局局长王德才",
                     date="1998-01-07", publisher="人民日报")
    assert ("银春生", "主任医师", "青州市人民医院儿科") in posts


def test_yin_is_no_name_alone():
    posts = posts_of("银行行长张立新说，今年存款增加。", date="1998-01-07", publisher="人民日报")
    assert all(not p.startswith("银") for p, _, _ in posts)


def test_a_numeral_ends_a_name_before_the_next_unit_of_a_run_on_list():
    # 黄精/nr + 一/m + 青州市…: the numeral the tagger cut off is the name's last character
    posts = posts_of("青州市话剧团演员黄国一青州市人民医院副院长赖嘉第青州市农业局局长王德才",
                     date="1998-01-07", publisher="人民日报")
    assert ("黄国一", "演员", "青州市话剧团") in posts
