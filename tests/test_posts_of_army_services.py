"""Army services as 1990s news writes them (made-up sentences): the People's Liberation Army's services
and general departments and the armed police written alone before their heads' posts (海军司令员,
二炮政委, 总后勤部部长, 武警部队司令员) are China's, by their full names (posts/orgs.tsv); a state's army
named by its kind (越南人民军, 以色列国防军, 泰国武装部队: orgs/suffixes.tsv) is a body of its own, whose
heads' posts are its."""
import pytest
from kgread import posts_of


def posts(text: str) -> list[tuple[str, str, str | None]]:
    return sorted(p for p in posts_of(text, date="1998-01-09", publisher="人民日报") if p[2])


@pytest.mark.parametrize("text, expected", [
    ("海军司令员石志刚中将和政委杨国庆中将出席了大会。",
     [("石志刚", "司令员", "中国人民解放军海军"), ("杨国庆", "政委", "中国人民解放军海军")]),
    ("空军司令员刘建华中将到部队视察。", [("刘建华", "司令员", "中国人民解放军空军")]),
    ("第二炮兵司令员杨立国上将讲话。", [("杨立国", "司令员", "中国人民解放军第二炮兵")]),
    ("二炮政委隋国强中将在会上讲话。", [("隋国强", "政委", "中国人民解放军第二炮兵")]),
    ("武警部队司令员赵振邦上将出席了大会。", [("赵振邦", "司令员", "中国人民武装警察部队")]),
    ("总后勤部部长王立军上将和总政治部副主任周建华中将出席。",
     [("周建华", "副主任", "中国人民解放军总政治部"), ("王立军", "部长", "中国人民解放军总后勤部")]),
    # another state's service keeps its state
    ("美国海军司令约翰逊上将说，舰队将返回基地。", [("约翰逊", "司令", "美国海军")]),
])
def test_china_services_written_alone(text, expected):
    assert posts(text) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("越南人民军总参谋长陶文明少将会见了中国客人。", [("陶文明", "总参谋长", "越南人民军")]),
    ("朝鲜人民军总政治局局长赵明浩次帅出席。", [("赵明浩", "局长", "朝鲜人民军总政治局")]),
    ("以色列国防军总参谋长沙哈尔说，部队已经撤出。", [("沙哈尔", "总参谋长", "以色列国防军")]),
])
def test_armies_named_by_their_kind(text, expected):
    assert posts(text) == sorted(expected)
