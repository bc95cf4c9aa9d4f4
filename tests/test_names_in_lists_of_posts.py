"""A name between a post's title and the mark ending its item of a list of posts and holders (people
rule ``per.list-item``): the item before or after it is a title and a name read, so the characters are a
name whatever the tagger reads them as, a place (高阳, 关中), a conjunction (何为) or a word it does not
know (高翌, 高轶); the name holds its post. Not where no item next to it is a titled name
(会长单位、副会长单位: no names) (made-up)."""
import pytest
from kgread import article_of


@pytest.mark.parametrize("text, name", [
    ("省外办美洲处副处长高阳、市委副秘书长王立新出席。", "高阳"),
    ("省书法家协会会长关中，省文联副主席周晓明出席开幕式。", "关中"),
    ("市湖北商会会长何为、副会长林国强出席了活动。", "何为"),
    ("秘书长高翌、副秘书长陈立平参加座谈。", "高翌"),
    ("集团董事长王伟民、总经理高轶、副总经理吴海涛陪同调研。", "高轶"),
    ("市台办副主任李建国、主任吴奕、副主任张丽华出席。", "吴奕"),
])
def test_name_in_a_list_of_posts(text, name):
    r = article_of(text, date="2024-01-05")
    assert name in [m.text for m in r.mentions if m.type == "PER"]
    assert any(p.person.text == name for p in r.memberships)


@pytest.mark.parametrize("text, not_names", [
    ("会长单位、副会长单位、理事单位出席。", ["单位"]),
    ("会长王立新出席，副会长单位代表参加。", ["单位"]),
])
def test_no_name_without_a_titled_neighbour(text, not_names):
    r = article_of(text, date="2024-01-05")
    assert not set(not_names) & {m.text for m in r.mentions if m.type == "PER"}
