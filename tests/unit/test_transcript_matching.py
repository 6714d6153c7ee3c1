"""The quick picker's matching: 序号, name, pinyin initials (with heteronyms), full pinyin."""
from __future__ import annotations

from hearing_desk.domain import Hearing, Person, Role, Turn
from hearing_desk.domain.turns import find_turns, next_seq
from hearing_desk.services.speakers import candidates, initials, match


def _hearing() -> Hearing:
    names = ["蔡鼎", "陈德福", "曾磊", "单雄信", "赵𠮷", "刘䶮", "Anna 李"]
    h = Hearing(title="t", people=[Person("host", Role.HOST, "杨成"), Person("pr", Role.PRESENTER, "李奇翰")])
    h.people += [Person(f"a{i}", Role.PARTICIPANT, n, seq=i) for i, n in enumerate(names, start=1)]
    h.people.append(Person("a12", Role.PARTICIPANT, "高朝阳", seq=12))
    return h


def test_initials_cover_heteronyms_and_characters_without_pinyin():
    assert initials("蔡鼎")[0] == "cd"                 # the usual reading first
    assert set(initials("曾磊")) >= {"cl", "zl"}
    assert {"dxx", "sxx"} <= set(initials("单雄信"))
    assert initials("赵𠮷")[0] == "z𠮷"
    assert len(initials("重重重重重重重重")) <= 32


def test_match_by_number_name_initials_and_pinyin():
    cands = candidates(_hearing())
    assert [c.person.id for c in cands][:2] == ["a1", "a2"]          # participants first
    assert match(cands, "cd")[0].person.name == "蔡鼎"
    assert [c.person.name for c in match(cands, "cd")][:2] == ["蔡鼎", "陈德福"]
    assert match(cands, "zl")[0].person.name == "曾磊"
    assert match(cands, "cl")[0].person.name == "曾磊"
    assert match(cands, "1")[0].person.seq == 1
    assert [c.person.seq for c in match(cands, "1")][1:] == [12]      # 1 exactly, then 12
    assert match(cands, "12")[0].person.name == "高朝阳"
    assert match(cands, "蔡")[0].person.name == "蔡鼎"
    assert match(cands, "鼎")[0].person.name == "蔡鼎"                 # part of a name
    assert match(cands, "caid")[0].person.name == "蔡鼎"
    assert match(cands, "CD")[0].person.name == "蔡鼎"
    assert match(cands, "yc")[0].person.id == "host"                   # officials can be found too
    assert match(cands, "anna")[0].person.name == "Anna 李"
    assert match(cands, "annali")[0].person.name == "Anna 李"
    assert match(cands, "sxx")[0].person.name == "单雄信"         # another reading of 单
    assert match(cands, "xyz") == []
    assert len(match(cands, "")) == len(cands)


def test_find_turns_in_text_and_speakers():
    h = _hearing()
    turns = [Turn(1, "数据安全很重要", "a1"), Turn(2, "好的", "host"), Turn(3, "DATA 安全", "a2")]
    assert find_turns(h, turns, "安全") == [0, 2]
    assert find_turns(h, turns, "data") == [2]
    assert find_turns(h, turns, "主持人") == [1]
    assert find_turns(h, turns, "  ") == []


def test_next_seq_follows_the_committed_turns_and_the_draft():
    h = _hearing()
    assert next_seq(h) == 1
    h.transcript = [Turn(1, "a"), Turn(4, "b")]
    assert next_seq(h) == 5
    assert next_seq(h, Turn(7, "")) == 7
    assert next_seq(h, Turn(3, "")) == 5          # a stale draft number is moved on
