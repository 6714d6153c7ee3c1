"""The record: what the transcript prints on the pages people sign.

:func:`printed_record` composes everything the signed pages show – the header fields,
the officials and participants with their labels and attendance, every turn's number,
speaker (as printed), time and text, the notes, the lines of the signature table. The
transcript PDF draws from it and nothing else, and the fingerprint is a SHA-256 over it
(:mod:`.fingerprint`): what is printed is covered, by construction. (A turn's time is
covered even where the hearing's settings leave times off the page.)

Changes made after a lock are found by comparing two records (:func:`differences`),
so whatever the printed pages show is also what the change annex can report.
"""
from __future__ import annotations

from dataclasses import dataclass

from .attendance import attendance, attendance_word
from .enums import Role
from .model import Hearing, Person
from .signing import signers
from .text import clean_text, format_span
from .turns import note_text, speech_lines, turn_numbers

TITLE = "听证笔录"
#: officials listed in the header, in this order
HEADER_ROLES = (Role.HOST, Role.HEARING_OFFICER, Role.RECORDER, Role.PRESENTER, Role.SUPERVISOR)


def matter_of(hearing: Hearing) -> str:
    """听证事项: the matter, else the title without its final 听证会."""
    if hearing.matter:
        return hearing.matter
    title = hearing.title.strip()
    return title[:-3] if title.endswith("听证会") else title


def describe(person: Person) -> str:
    """What the participant tables print under 基本情况."""
    return person.description or person.affiliation or person.category or ""


@dataclass(frozen=True)
class HeaderField:
    key: str        # stable, for comparing two records
    label: str      # 听证地点：
    value: str


@dataclass(frozen=True)
class ParticipantRow:
    person_id: str
    number: str     # 序号
    name: str
    info: str       # 基本情况或工作单位
    attendance: str  # 出席 / 缺席 / 未核对

    def text(self) -> str:
        return f"{self.number}．{self.name}（{self.info}）{self.attendance}" if self.info \
            else f"{self.number}．{self.name} {self.attendance}"


@dataclass(frozen=True)
class PrintedTurn:
    seq: int
    number: int
    at: str             # ISO time, "" when unknown (covered even when not printed)
    time: str           # HH:MM as printed, "" when times are not printed
    speaker: str        # 听证主持人（杨成）, "" for a note
    paragraphs: tuple[str, ...]   # the text as printed (a note: in parentheses)
    note: bool

    def line(self, *, with_time: bool = False) -> str:
        """The turn in one line, as the change annex quotes it."""
        head = f"〔{self.time or self.at[11:16]}〕" if with_time and (self.time or self.at) else ""
        body = "\n".join(self.paragraphs)
        return head + (body if self.note else (f"{self.speaker}：{body}" if self.speaker else body))

    def content(self) -> tuple:
        """What a change of this turn is judged by (its number is not: it follows deletions)."""
        return (self.at, self.speaker, self.paragraphs, self.note)


@dataclass(frozen=True)
class SignerLine:
    label: str
    name: str
    attended: bool | None


@dataclass(frozen=True)
class PrintedRecord:
    title: str
    matter: str                      # the running head of every page
    fields: tuple[HeaderField, ...]
    participants: tuple[ParticipantRow, ...]
    turns: tuple[PrintedTurn, ...]
    signers: tuple[SignerLine, ...]
    times_printed: bool

    def canonical(self) -> list:
        """The record as plain lists of strings: what the fingerprint hashes."""
        return [
            ["title", self.title], ["matter", self.matter], ["times", self.times_printed],
            ["fields", [[f.label, f.value] for f in self.fields]],
            ["participants", [[r.number, r.name, r.info, r.attendance] for r in self.participants]],
            ["turns", [[t.number, t.at, t.time, t.speaker, list(t.paragraphs), t.note] for t in self.turns]],
            ["signers", [[s.label, s.name, s.attended] for s in self.signers]],
        ]


def _official_text(p: Person) -> str:
    return p.name + (f"（{p.affiliation}）" if p.affiliation else "") + ("（缺席）" if p.attended is False else "")


def printed_record(hearing: Hearing) -> PrintedRecord:
    h = hearing
    fields = [HeaderField("matter", "听证事项：", matter_of(h)),
              HeaderField("time", "听证时间：", format_span(h.starts_at, h.ends_at)),
              HeaderField("venue", "听证地点：", clean_text(h.venue or "")),
              HeaderField("organizer", "组织机关：", clean_text(h.organizer or ""))]
    for role in HEADER_ROLES:
        people = h.people_in(role)
        if people:
            fields.append(HeaderField(f"role:{role}", f"{h.label(role)}：",
                                      "；".join(_official_text(p) for p in people)))
    participants = h.participants()
    fields.append(HeaderField("attendance", f"{h.label(Role.PARTICIPANT)}：", attendance(h).counts_text()))
    rows = tuple(ParticipantRow(p.id, str(p.seq if p.seq is not None else i), p.name, clean_text(describe(p)),
                                attendance_word(p))
                 for i, p in enumerate(participants, 1))
    show = h.settings.show_turn_times
    numbers = turn_numbers(h.transcript)
    turns = []
    for t in sorted(h.transcript, key=lambda t: t.seq):
        paragraphs: tuple[str, ...]
        if t.is_note:
            paragraphs, speaker = (note_text(t.text),), ""
        else:
            paragraphs, speaker = tuple(speech_lines(t.text)), clean_text(h.speaker_label(t))
        turns.append(PrintedTurn(t.seq, numbers[t.seq], t.at.isoformat() if t.at else "",
                                 f"{t.at:%H:%M}" if show and t.at else "", speaker, paragraphs, t.is_note))
    lines = tuple(SignerLine(s.label, s.name, s.attended) for s in signers(h))
    return PrintedRecord(TITLE, matter_of(h), tuple(f for f in fields if f.value), rows, tuple(turns),
                         lines, show)


# ---------------------------------------------------------------- changes

@dataclass(frozen=True)
class Difference:
    key: str
    what: str
    before: str
    after: str


def differences(old: PrintedRecord, new: PrintedRecord) -> list[Difference]:
    """What changed on the printed pages from ``old`` to ``new``: header fields,
    participant rows and turns (by their seq: renumbering after a deletion is not a
    change of the turns that follow)."""
    out: list[Difference] = []
    if old.times_printed != new.times_printed:
        out.append(Difference("setting:times", "发言时间", "不印" if not old.times_printed else "印出",
                              "印出" if new.times_printed else "不印"))
    before = {f.key: f for f in old.fields}
    after = {f.key: f for f in new.fields}
    for key in list(before) + [k for k in after if k not in before]:
        fa, fb = before.get(key), after.get(key)
        field = fb or fa
        assert field is not None                  # the key is in one of the two
        if fa is not None and fb is not None and fa.label != fb.label:    # a role's own name changed
            out.append(Difference(f"field:{key}", fb.label.rstrip("："), fa.label + fa.value, fb.label + fb.value))
        elif (fa.value if fa else "") != (fb.value if fb else ""):
            out.append(Difference(f"field:{key}", field.label.rstrip("："), fa.value if fa else "",
                                  fb.value if fb else ""))
    rows_a = {r.person_id: r for r in old.participants}
    rows_b = {r.person_id: r for r in new.participants}
    for pid in list(rows_a) + [k for k in rows_b if k not in rows_a]:
        ra, rb = rows_a.get(pid), rows_b.get(pid)
        row = rb or ra
        assert row is not None
        if ra != rb:
            out.append(Difference(f"person:{pid}", f"参加人{row.name}", ra.text() if ra else "",
                                  rb.text() if rb else ""))
    turns_a = {t.seq: t for t in old.turns}
    turns_b = {t.seq: t for t in new.turns}
    for seq in sorted(set(turns_a) | set(turns_b)):
        ta, tb = turns_a.get(seq), turns_b.get(seq)
        if ta is not None and tb is not None and ta.content() == tb.content():
            continue
        timed = ta is not None and tb is not None and ta.at != tb.at
        turn = tb or ta
        assert turn is not None
        out.append(Difference(f"turn:{seq}", f"第 {turn.number} 段",
                              ta.line(with_time=timed or old.times_printed) if ta else "",
                              tb.line(with_time=timed or new.times_printed) if tb else ""))
    if not out and old.signers != new.signers:
        out.append(Difference("signers", "签名栏", _signer_text(old), _signer_text(new)))
    if not out and old.canonical() != new.canonical():     # never silent: the fingerprint sees it
        out.append(Difference("record", "笔录内容", "", ""))
    return out


def _signer_text(record: PrintedRecord) -> str:
    return "；".join(f"{s.label}{s.name}" for s in record.signers)
