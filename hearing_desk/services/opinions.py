"""Use cases of the opinion register (意见登记): add, edit, delete, merge, split,
move to another participant, renumber (the disputed questions and other notes:
:mod:`.disputes`).

Every method owns its transaction and returns domain objects. Undo in the GUI
works with :meth:`OpinionService.snapshot` (the opinions an operation will touch,
with their places, and the disputes) taken before the operation, and
:meth:`OpinionService.restore`, which puts them back.

Numbering: ``seq`` numbers an opinion within its participant (the 1., 2., 3. of
the report). Two opinions of one participant never share a number (the
interchange format refuses that), so splitting shifts the later numbers; merging,
deleting and moving may leave gaps, which :meth:`OpinionService.renumber` closes.
"""
from __future__ import annotations

import copy
import itertools
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from ..domain import Decision, Dispute, Hearing, Opinion, Person, Response, Role, Turn
from ..domain.articles import find_article_labels
from ..domain.register import article_sort_key, join_texts, opinion_label, union
from ..domain.text import clean_text, stored_line, stored_text
from ..errors import BadInput
from ..storage.database import Database
from ..storage.models import OpinionRow
from ..storage.repository import hearings, opinions, people, turns
from ..storage.repository.common import check_seen


@dataclass
class RegisterSnapshot:
    """Opinions as they were, each with its place in the register, and the disputes."""
    opinions: list[tuple[int, Opinion]] = field(default_factory=list)
    disputes: list[Dispute] = field(default_factory=list)


class OpinionService:
    def __init__(self, db: Database):
        self.db = db

    # ================================================================ reading
    def load(self, hearing_id: int) -> Hearing:
        """The hearing with its people and opinions but without the transcript's turns
        (the register does not need 3,000 turns to redraw; see :meth:`turns`)."""
        with self.db.session() as s:
            h = hearings.load_with_people(s, hearing_id)
            h.opinions = opinions.load_opinions(s, hearing_id)
            return h

    def all(self, hearing_id: int) -> list[Opinion]:
        """Every opinion in register order."""
        with self.db.session() as s:
            hearings.require_hearing(s, hearing_id)
            return opinions.load_opinions(s, hearing_id)

    def ids(self, hearing_id: int) -> list[str]:
        """The opinions' ids in register order (cheap: no opinion objects are built)."""
        with self.db.session() as s:
            return opinions.opinion_ids(s, hearing_id)

    def get(self, hearing_id: int, opinion_id: str) -> Opinion:
        with self.db.session() as s:
            return opinions.row_to_opinion(opinions.opinion_row(s, hearing_id, opinion_id))

    def turn_numbers(self, hearing_id: int) -> dict[int, int]:
        """seq → the number printed in the transcript's margin (``domain.turns``)."""
        with self.db.session() as s:
            return turns.turn_numbers(s, hearing_id)

    def numbered_turns(self, hearing_id: int, seqs: list[int]) -> list[tuple[int, Turn]]:
        """(printed number, turn) of the committed turns with these seqs, in order."""
        with self.db.session() as s:
            return [(turns.number_of(s, hearing_id, t.seq), t) for t in turns.turns_with_seqs(s, hearing_id, seqs)]

    def turns(self, hearing_id: int, seqs: list[int]) -> list[Turn]:
        """The committed transcript turns with these seqs, in order."""
        with self.db.session() as s:
            return turns.turns_with_seqs(s, hearing_id, seqs)

    def snapshot(self, hearing_id: int, opinion_ids: list[str]) -> RegisterSnapshot:
        """What :meth:`restore` needs to undo an operation on these opinions."""
        with self.db.session() as s:
            wanted = set(opinion_ids)
            return RegisterSnapshot(
                opinions=[(i, opinions.row_to_opinion(r))
                          for i, r in enumerate(opinions.opinion_rows(s, hearing_id)) if r.key in wanted],
                disputes=copy.deepcopy(hearings.load_fields(s, hearing_id).disputes))

    # ================================================================ writing
    def add(self, hearing_id: int, speaker: str, text: str, *, basis: str | None = None,
            articles: list[str] | None = None, topic: str | None = None,
            transcript_refs: list[int] | None = None, seq: int | None = None,
            response: Response | None = None, opinion_id: str | None = None,
            position: int | None = None) -> Opinion:
        """Register a new opinion. Without ``articles`` they are read from the text
        (第二十三条); without ``seq`` it gets the next number of its participant and
        goes after that participant's last opinion."""
        text = clean_text(text or "").strip()
        if not text:
            raise BadInput("意见内容不能为空，请填写听证参加人提出的意见或建议。")
        with self.db.session() as s:
            hearings.require_hearing(s, hearing_id)
            _require_participant(s, hearing_id, speaker)
            rows = opinions.opinion_rows(s, hearing_id)
            mine = [r for r in rows if r.speaker == speaker]
            if seq is None:
                seq = max((r.seq or 0 for r in mine), default=0) + 1
            elif any(r.seq == seq for r in mine):
                raise BadInput(_seq_taken(s, hearing_id, speaker, seq))
            keys = {r.key for r in rows}
            if opinion_id is None:
                opinion_id = _new_id(keys, speaker)
            elif opinion_id in keys:
                raise BadInput(f"意见编号 {opinion_id} 已被使用。")
            opinion = Opinion(
                id=opinion_id, speaker=speaker, text=text, seq=seq, basis=stored_text(basis),
                articles=_clean_articles(articles) if articles is not None else find_article_labels(text),
                topic=stored_line(topic), transcript_refs=sorted(set(transcript_refs or [])),
                response=copy.deepcopy(response))
            if position is None:
                position = (rows.index(mine[-1]) + 1) if mine else len(rows)
            rows.insert(min(position, len(rows)), opinions.add_opinion_row(s, hearing_id, opinion, position))
            opinions.renumber_positions(rows)
            hearings.touch(s, hearing_id)
            return opinion

    def edit(self, hearing_id: int, opinion_id: str, *, seen: int | None = None, **changes: Any) -> Opinion:
        """Change some of ``text, basis, articles, topic, transcript_refs, seq`` in place.
        ``seen``: the opinion's version as the window read it (``StaleEdit`` when changed since)."""
        allowed = {"text", "basis", "articles", "topic", "transcript_refs", "seq"}
        unknown = set(changes) - allowed
        if unknown:
            raise TypeError(f"cannot edit {sorted(unknown)}")
        with self.db.session() as s:
            hearings.require_hearing(s, hearing_id)
            row = opinions.opinion_row(s, hearing_id, opinion_id)
            check_seen(s, row, seen, "这条意见")
            opinion = opinions.row_to_opinion(row)
            if "text" in changes:
                text = clean_text(changes["text"] or "").strip()
                if not text:
                    raise BadInput("意见内容不能为空，请填写听证参加人提出的意见或建议；"
                                   "如要去掉这条意见，请使用“删除”。")
                opinion.text = text
            if "basis" in changes:
                opinion.basis = stored_text(changes["basis"])
            if "topic" in changes:
                opinion.topic = stored_line(changes["topic"])
            if "articles" in changes:
                opinion.articles = _clean_articles(changes["articles"])
            if "transcript_refs" in changes:
                opinion.transcript_refs = sorted(set(changes["transcript_refs"] or []))
            if "seq" in changes and changes["seq"] != opinion.seq:
                seq = changes["seq"]
                if seq is not None and (seq < 1 or any(
                        r.seq == seq and r.key != opinion_id
                        for r in opinions.opinion_rows(s, hearing_id) if r.speaker == opinion.speaker)):
                    raise BadInput(_seq_taken(s, hearing_id, opinion.speaker, seq))
                opinion.seq = seq
            opinions.write_opinion(row, opinion)
            hearings.touch(s, hearing_id)
            return opinion

    def delete(self, hearing_id: int, opinion_id: str) -> None:
        """Remove an opinion; disputes no longer point to it."""
        with self.db.session() as s:
            hearings.require_hearing(s, hearing_id)
            rows = opinions.opinion_rows(s, hearing_id)
            row = opinions.row_in(rows, opinion_id)
            rows.remove(row)
            opinions.delete_opinion_row(s, row)
            opinions.renumber_positions(rows)
            _relink_disputes(s, hearing_id, {opinion_id: []})

    def merge(self, hearing_id: int, keep_id: str, other_id: str, decision: Decision | None = None) -> Opinion:
        """Two opinions of one participant become one (the first keeps its number):
        texts and reasons joined, articles and transcript references united, disputes
        pointing to either point to the merged opinion. When both are answered with
        different decisions, ``decision`` says which one stands (refused without it:
        no decision is dropped silently)."""
        if keep_id == other_id:
            raise BadInput("请选择两条不同的意见进行合并。")
        with self.db.session() as s:
            hearings.require_hearing(s, hearing_id)
            rows = opinions.opinion_rows(s, hearing_id)
            keep_row = opinions.row_in(rows, keep_id)
            other_row = opinions.row_in(rows, other_id)
            keep, other = opinions.row_to_opinion(keep_row), opinions.row_to_opinion(other_row)
            if keep.speaker != other.speaker:
                everyone = people.people_by_id(s, hearing_id)
                raise BadInput(
                    f"只能合并同一位听证参加人的意见：{opinion_label(keep, everyone)}与"
                    f"{opinion_label(other, everyone)}不是同一人提出的。如确需合并，请先用“移至其他参加人”"
                    "把其中一条移到同一人名下。")
            keep.text = join_texts(keep.text, other.text) or keep.text
            keep.basis = join_texts(keep.basis, other.basis)
            keep.articles = sorted(union(keep.articles, other.articles), key=article_sort_key)
            keep.transcript_refs = sorted(set(keep.transcript_refs) | set(other.transcript_refs))
            keep.topic = keep.topic or other.topic
            both = [o.decision for o in (keep, other) if o.decision.is_answered]
            if len(set(both)) > 1:
                if decision is None:
                    everyone = people.people_by_id(s, hearing_id)
                    raise BadInput(
                        f"{opinion_label(keep, everyone)}（{keep.decision.label}）与{opinion_label(other, everyone)}"
                        f"（{other.decision.label}）的处理意见不同：请选择合并后采用哪一个处理意见。")
                if Decision(decision) not in both:
                    raise BadInput(f"合并后的处理意见只能是两条意见之一：{'、'.join(d.label for d in both)}。")
            keep.response = _merge_responses(keep.response, other.response, decision)
            opinions.write_opinion(keep_row, keep)
            rows.remove(other_row)
            opinions.delete_opinion_row(s, other_row)
            opinions.renumber_positions(rows)
            _relink_disputes(s, hearing_id, {other_id: [keep_id]})
            return keep

    def split(self, hearing_id: int, opinion_id: str, first_text: str, second_text: str,
              *, new_id: str | None = None) -> tuple[Opinion, Opinion]:
        """One opinion becomes two: the first keeps its id, number, reasons and answer;
        the second follows it with the next number (later numbers move up by one),
        the same transcript references and topic, and no answer (it is not answered
        until the presenter answers it). Articles are read from
        each part's text; a part that names none keeps the original's."""
        first_text, second_text = clean_text(first_text or "").strip(), clean_text(second_text or "").strip()
        if not first_text or not second_text:
            raise BadInput("拆分后的两部分都不能为空：请把光标放在两条意见之间的位置再拆分。")
        with self.db.session() as s:
            fields = hearings.load_fields(s, hearing_id)
            rows = opinions.opinion_rows(s, hearing_id)
            row = opinions.row_in(rows, opinion_id)
            original = opinions.row_to_opinion(row)
            keys = {r.key for r in rows}
            if new_id is None:
                new_id = _new_id(keys, original.speaker)
            elif new_id in keys:
                raise BadInput(f"意见编号 {new_id} 已被使用。")
            if original.seq is not None:
                for other in rows:
                    if other.speaker == original.speaker and other.seq is not None and other.seq > original.seq:
                        other.seq += 1
            first = copy.deepcopy(original)
            first.text = first_text
            first.articles = find_article_labels(first_text) or list(original.articles)
            second = Opinion(
                id=new_id, speaker=original.speaker, text=second_text,
                seq=original.seq + 1 if original.seq is not None else None,
                articles=find_article_labels(second_text) or list(original.articles),
                topic=original.topic, transcript_refs=list(original.transcript_refs),
                response=None)      # the new part is answered on its own: no copied answer
            opinions.write_opinion(row, first)
            rows.insert(rows.index(row) + 1, opinions.add_opinion_row(s, hearing_id, second))
            opinions.renumber_positions(rows)
            for d in fields.disputes:
                if opinion_id in d.opinion_ids and new_id not in d.opinion_ids:
                    d.opinion_ids.insert(d.opinion_ids.index(opinion_id) + 1, new_id)
            hearings.save_fields(s, fields)
            return first, second

    def move(self, hearing_id: int, opinion_id: str, to_speaker: str) -> Opinion:
        """Give an opinion to another participant: it becomes their last one."""
        with self.db.session() as s:
            hearings.require_hearing(s, hearing_id)
            rows = opinions.opinion_rows(s, hearing_id)
            row = opinions.row_in(rows, opinion_id)
            _require_participant(s, hearing_id, to_speaker)
            opinion = opinions.row_to_opinion(row)
            if opinion.speaker == to_speaker:
                return opinion
            theirs = [r for r in rows if r.speaker == to_speaker]
            opinion.speaker = to_speaker
            opinion.seq = max((r.seq or 0 for r in theirs), default=0) + 1
            opinions.write_opinion(row, opinion)
            if theirs:
                rows.remove(row)
                rows.insert(rows.index(theirs[-1]) + 1, row)
                opinions.renumber_positions(rows)
            hearings.touch(s, hearing_id)
            return opinion

    def renumber(self, hearing_id: int, ordered_ids: list[str] | None = None) -> int:
        """Number each participant's opinions 1..n in the given order (the order the
        register shows them; opinions left out follow by their present number).
        Returns how many numbers changed."""
        with self.db.session() as s:
            rows = opinions.opinion_rows(s, hearing_id)
            rank = {oid: i for i, oid in enumerate(ordered_ids or [])}

            def key(item: tuple[int, OpinionRow]) -> tuple[bool, int, bool, int, int]:
                i, r = item
                return (r.key not in rank, rank.get(r.key, 0), r.seq is None, r.seq or 0, i)

            changed = 0
            by_speaker = sorted(enumerate(rows), key=lambda item: item[1].speaker)
            for _, group in itertools.groupby(by_speaker, key=lambda item: item[1].speaker):
                for n, (_, r) in enumerate(sorted(group, key=key), start=1):
                    if r.seq != n:
                        r.seq = n
                        changed += 1
            if changed:
                hearings.touch(s, hearing_id)
            return changed

    def restore(self, hearing_id: int, snapshot: RegisterSnapshot, remove_ids: Iterable[str] = ()) -> None:
        """Put back the opinions of ``snapshot`` at their places (overwriting what is
        there now), remove ``remove_ids`` (opinions the undone operation created), and
        put back the disputes."""
        with self.db.session() as s:
            fields = hearings.load_fields(s, hearing_id)
            rows = opinions.opinion_rows(s, hearing_id)
            by_key = {r.key: r for r in rows}
            back = {o.id for _, o in snapshot.opinions}
            for oid in remove_ids:
                if oid in by_key and oid not in back:
                    opinions.delete_opinion_row(s, by_key[oid])
                    rows.remove(by_key[oid])
            restored = []
            for position, opinion in sorted(snapshot.opinions, key=lambda item: item[0]):
                row = by_key.get(opinion.id)
                if row is None:
                    row = opinions.add_opinion_row(s, hearing_id, opinion, position)
                else:
                    opinions.write_opinion(row, opinion)
                    rows.remove(row)
                restored.append((position, row))
            for position, row in restored:
                rows.insert(min(position, len(rows)), row)
            opinions.renumber_positions(rows)
            fields.disputes = copy.deepcopy(snapshot.disputes)
            hearings.save_fields(s, fields)


def _require_participant(s: Session, hearing_id: int, person_id: str) -> Person:
    person = people.find_person(s, hearing_id, person_id)
    if person is None:
        raise BadInput(f"找不到提出意见的人（{person_id}），请先在“听证会设置”中添加该听证参加人。")
    if person.role is not Role.PARTICIPANT:
        raise BadInput(f"{person.name}不是听证参加人，只能登记听证参加人提出的意见。")
    return person


def _seq_taken(s: Session, hearing_id: int, speaker: str, seq: int) -> str:
    if seq < 1:
        return "意见序号应从 1 开始。"
    person = people.find_person(s, hearing_id, speaker)
    return f"{person.name if person else speaker}已有第 {seq} 条意见，请换一个序号，或使用“重新编号”。"


def _new_id(keys: set[str], speaker: str) -> str:
    n = 1
    while f"{speaker}-{n}" in keys:
        n += 1
    return f"{speaker}-{n}"


def _relink_disputes(s: Session, hearing_id: int, mapping: dict[str, list[str]]) -> None:
    """Disputes pointing to a key of ``mapping`` point to its values instead."""
    fields = hearings.load_fields(s, hearing_id)
    changed = False
    for d in fields.disputes:
        if any(oid in mapping for oid in d.opinion_ids):
            d.opinion_ids = union(*[mapping.get(oid, [oid]) for oid in d.opinion_ids])
            changed = True
    if changed:
        hearings.save_fields(s, fields)
    else:
        hearings.touch(s, hearing_id)


def _clean_articles(articles: list[str] | None) -> list[str]:
    return [a for a in (stored_line(a) for a in articles or []) if a]


def _merge_responses(a: Response | None, b: Response | None, chosen: Decision | None = None) -> Response | None:
    """The merged opinion takes ``chosen`` (when the two decisions differ), else the decision
    one of them has; analyses are joined."""
    if a is None or b is None:
        return copy.deepcopy(a or b)
    decision = Decision(chosen) if chosen is not None else (a.decision if a.decision.is_answered else b.decision)
    return Response(decision, join_texts(a.analysis, b.analysis))
