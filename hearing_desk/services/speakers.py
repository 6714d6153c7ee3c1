"""Finding a speaker by a few keys (F5 in the transcript): a participant's 序号, a name
or part of it, pinyin initials (``cd`` → 蔡鼎, heteronyms such as 曾 included) or pinyin.

pypinyin's dictionaries take about half a second to load: :func:`preload_pinyin`
loads them in a thread at start-up, never on a keystroke.
"""
from __future__ import annotations

import itertools
import threading
from dataclasses import dataclass
from typing import Any

from ..domain import Hearing, Person, Role

_MAX_READINGS = 32
_preloading: threading.Thread | None = None


def preload_pinyin() -> None:
    """Import pypinyin in a thread, once. Its dictionaries take about half a second
    to load and hold Python's lock while they do: call this once the first window is
    painted (``ui/startup.py``), not when the recorder first presses F5."""
    global _preloading
    if _preloading is None:
        _preloading = threading.Thread(target=lambda: __import__("pypinyin"), name="pinyin-preload",
                                       daemon=True)
        _preloading.start()


def _each_char(chars: str) -> Any:
    """pypinyin's ``errors``: a character without pinyin stands for itself."""
    return list(chars)


def _each_char_alone(chars: str) -> Any:
    """The same for ``pinyin()``, which wants one list of readings per character."""
    return [[c] for c in chars]


def initials(name: str) -> list[str]:
    """A name's pinyin initials, the usual reading first: 蔡鼎 → ['cd', …], 曾磊 →
    ['zl', 'cl'] or ['cl', 'zl'] as pypinyin reads 曾 by itself.

    Heteronyms (曾 ceng/zeng, 单 dan/shan, 乐 le/yue) add the other combinations (at
    most 32); characters without pinyin (𠮷) stand for themselves."""
    from pypinyin import Style, lazy_pinyin, pinyin

    usual = "".join(r[:1] or ch for ch, r in zip(name, lazy_pinyin(
        name, style=Style.FIRST_LETTER, errors=_each_char))).lower()
    letters = [sorted({(r[:1] or ch).lower() for r in readings})
               for ch, readings in zip(name, pinyin(name, style=Style.FIRST_LETTER, heteronym=True,
                                                    errors=_each_char_alone))]
    others = ("".join(combo) for combo in itertools.product(*letters))
    return [usual] + [i for i in itertools.islice(others, _MAX_READINGS) if i != usual]


def full_pinyin(name: str) -> str:
    from pypinyin import lazy_pinyin

    return "".join(lazy_pinyin(name)).lower()


@dataclass
class Candidate:
    """A person the quick picker can offer, with what a query may match (lower case)."""
    person: Person
    label: str
    name: str
    initials: str                 # the usual reading: 蔡鼎 → cd
    pinyin: str                   # caiding
    other_initials: list[str]     # other readings of heteronyms
    role_label: str = ""          # the hearing's name of the person's role (``label`` holds it too)

    @classmethod
    def of(cls, hearing: Hearing, person: Person) -> Candidate:
        usual, *others = initials(person.name)
        def bare(text: str) -> str:
            return text.lower().replace(" ", "")
        return cls(person, f"{hearing.label(person.role)}（{person.name}）", bare(person.name), bare(usual),
                   bare(full_pinyin(person.name)), [bare(i) for i in others], hearing.label(person.role))

    def score(self, q: str) -> int | None:
        """How well ``q`` matches (0 best), or None."""
        if q.isdigit():
            seq = str(self.person.seq) if self.person.role is Role.PARTICIPANT and self.person.seq else ""
            return 0 if seq == q else 1 if seq.startswith(q) else None
        if q in (self.name, self.initials):
            return 0
        if q in self.other_initials:
            return 1
        if self.name.startswith(q) or self.initials.startswith(q) or self.pinyin.startswith(q):
            return 2
        if any(i.startswith(q) for i in self.other_initials):
            return 3
        return 4 if q in self.name else None


def candidates(hearing: Hearing) -> list[Candidate]:
    """Participants first (by 序号), then the officials and the others."""
    order = [Role.PARTICIPANT, Role.HOST, Role.PRESENTER, Role.HEARING_OFFICER, Role.RECORDER,
             Role.SUPERVISOR, Role.STAFF, Role.OBSERVER]
    return [Candidate.of(hearing, p) for role in order for p in hearing.people_in(role)]


def match(cands: list[Candidate], query: str) -> list[Candidate]:
    """Candidates for ``query``: a 序号 (``5``), a name or part of it (``蔡``), pinyin
    initials (``cd``) or pinyin (``caid``). Best matches first, then in list order."""
    q = query.strip().lower().replace(" ", "")
    if not q:
        return list(cands)
    scored = [(score, i, c) for i, c in enumerate(cands) if (score := c.score(q)) is not None]
    return [c for _, _, c in sorted(scored, key=lambda x: (x[0], x[1]))]


