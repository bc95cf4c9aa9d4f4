"""A page's own school or hospital named by its word for itself (session 43, made-up sentences): in a list of
two bodies' officers, the posts written with no body after 我院党委书记A or 我校校长A (院长B, 党委副书记C,
副院长D) are the publisher's, not the guest body's named before it; 来我院 names the guests' visit, not the
page's body."""
import pytest
from kgread import posts_of


@pytest.mark.parametrize("text, publisher, expected", [
    ("1月5日,青山市第二人民医院组团来我院交流。青山市第二人民医院党委书记李建国,院长王志明,我院党委书记张文华,"
     "院长刘德明,党委副书记、纪委书记陈志刚,副院长赵文斌参加会议。", "河西市人民医院",
     [("李建国", "书记", "青山市第二人民医院党委"), ("王志明", "院长", "青山市第二人民医院"),
      ("张文华", "书记", "河西市人民医院党委"), ("刘德明", "院长", "河西市人民医院"),
      ("陈志刚", "副书记", "河西市人民医院党委"), ("陈志刚", "书记", "河西市人民医院纪委"),
      ("赵文斌", "副院长", "河西市人民医院")]),
    ("青山大学校长李明远、副校长王志强,我校党委书记张建华,副校长陈文刚出席签约仪式。", "河西大学",
     [("李明远", "校长", "青山大学"), ("王志强", "副校长", "青山大学"), ("张建华", "书记", "河西大学党委"),
      ("陈文刚", "副校长", "河西大学")]),
])
def test_posts_after_the_page_names_itself(text, publisher, expected):
    assert posts_of(text, date="2021-01-06", publisher=publisher) == expected
