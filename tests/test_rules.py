"""Rule files: built-in rules load; malformed user files fail naming file, line and field."""
from __future__ import annotations

import json

import pytest

from kg.errors import RuleError
from kg.extract import Context, extract_mentions
from kg.nlp.normalize import View
from kg.rules import load_rules, read_lexicon


def test_builtin_rules_load_and_are_cached():
    rules = load_rules()
    assert rules is load_rules()
    assert "王" in rules.lexicon("people/surnames")
    assert rules.lexicon("titles/titles").get("书记") == "core"
    assert all(p.id for p in rules.patterns)


def _write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


@pytest.mark.parametrize(
    ("record", "message"),
    [
        ({"id": "x", "label": "PER", "regex": "甲", "colour": "red"}, "field 'colour': unknown key"),
        ({"label": "PER", "regex": "甲"}, "field 'id'"),
        ({"id": "x", "label": "PERSON", "regex": "甲"}, "field 'label'"),
        ({"id": "x", "label": "PER", "regex": "(甲"}, "field 'regex'"),
        ({"id": "x", "label": "PER", "regex": "甲", "priority": "high"}, "field 'priority'"),
        ({"id": "x", "label": "PER", "regex": "甲", "group": 2}, "field 'group'"),
        ({"id": "x", "label": "PER", "regex": "{people/nope}"}, "unknown lexicon"),
        ({"id": "per.byline", "label": "PER", "regex": "甲"}, "already used"),
    ],
)
def test_bad_pattern_file(tmp_path, record, message):
    path = _write(tmp_path, "mine.jsonl", "\n" + json.dumps(record, ensure_ascii=False) + "\n")
    with pytest.raises(RuleError) as err:
        load_rules((path,))
    assert message in str(err.value)
    if "already used" not in message:
        assert f"{path}:2:" in str(err.value)


def test_not_json(tmp_path):
    path = _write(tmp_path, "mine.jsonl", "{not json}\n")
    with pytest.raises(RuleError, match=r"mine.jsonl:1: not JSON"):
        load_rules((path,))


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("# lexicon: titles/titles\n首席科学家\n", "no '# source:'"),
        ("# source: me\n首席科学家\n", "'# lexicon: DIR/NAME'"),
        ("# source: me\n# lexicon: titles/titles\n首席 科学家\n", ":3: bad entry"),
        ("# source: me\n# lexicon: titles/titles\n首席科学家\tOCC\n", ":3: bad flag"),
        ("# source: me\n# lexicon: people/cues\n会见\tbefore\n说\tafter\n会见\tafter\n",
         ":5: '会见' is already an entry \\(line 3\\)"),
        ("# source: me\n# lexicon: titles/titles\n首席科学家\n首席科学家\n",
         ":4: '首席科学家' is already an entry"),
    ],
)
def test_bad_lexicon(tmp_path, text, message):
    path = _write(tmp_path, "mine.txt", text)
    with pytest.raises(RuleError, match=message.replace("'", "'")):
        read_lexicon(path)


def test_user_rules_extend_builtins(tmp_path):
    lex = _write(tmp_path, "titles.txt", "# source: test\n# lexicon: titles/titles\n首席科学家\tocc\n")
    record = {"id": "org.test-lab", "label": "ORG", "regex": "青山实验室", "priority": 5}
    pat = _write(tmp_path, "mine.jsonl", json.dumps(record, ensure_ascii=False) + "\n")
    rules = load_rules((lex, pat))
    mentions = extract_mentions(View.of("青山实验室首席科学家张三表示"), Context(rules=rules))
    got = {(m.type, m.text, m.rule) for m in mentions}
    assert ("ORG", "青山实验室", "org.test-lab") in got
    assert ("TITLE", "首席科学家", "title.lexicon") in got


def test_missing_rule_file():
    with pytest.raises(RuleError, match="no such rule file"):
        load_rules(("/nonexistent/rules.jsonl",))


def test_a_lexicon_word_may_carry_several_flags(tmp_path):
    text = "# source: me\n# lexicon: people/cues\n陪同\tbefore,after\n说\tafter\n"
    lex = read_lexicon(_write(tmp_path, "cues.txt", text))
    assert lex.with_flag("after") == {"陪同", "说"} and lex.with_flag("before") == {"陪同"}
    with pytest.raises(RuleError, match=":3: bad flag"):
        read_lexicon(_write(tmp_path, "bad.txt", "# source: me\n# lexicon: people/cues\n陪同\tbefore,\n"))
