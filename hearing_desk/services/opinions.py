"""Use cases of the opinion register (意见登记): add, edit, delete, merge, split,
move to another participant, renumber; the disputed questions (争论的主要问题)
and the other notes (其他需要说明的情况).

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
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain import Dispute, Hearing, Opinion, Response, Role, Turn
from ..domain.articles import cn_to_int, find_article_labels
from ..domain.text import clean_line, clean_text
from ..domain.turns import numbering
from ..storage import repository as repo
from ..storage.database import Database
from ..storage.models import HearingRow, OpinionRow, PersonRow, TurnRow
from .errors import BadInput, NotFound

#: punctuation after which two texts are joined without an extra mark
_END_MARKS = "。！？；;.!?…\n"


@dataclass
class RegisterSnapshot:
    """Opinions as they were, each with its place in the register, and the disputes."""
    opinions: list[tuple[int, Opinion]] = field(default_factory=list)
    disputes: list[Dispute] = field(default_factory=list)


def join_texts(first: str | None, second: str | None) -> str | None:
    """Two passages as one: ``甲。`` + ``乙`` → ``甲。乙``; ``甲`` + ``乙`` → ``甲；乙``."""
    a, b = (first or "").strip(), (second or "").strip()
    if not a or not b:
        return (a or b) or None
    if a == b:
        return a
    return a + ("" if a[-1] in _END_MARKS else "；") + b


def article_sort_key(label: str) -> tuple[int, int, str]:
    """第三条 before 第二十三条; labels that are not 第X条 go last, by text."""
    if label.startswith("第") and label.endswith("条"):
        try:
            return (0, cn_to_int(label[1:-1]), label)
        except ValueError:
            pass
    return (1, 0, label)


def union(*lists: list) -> list:
    out: list = []
    for items in lists:
        for item in items:
            if item not in out:
                out.append(item)
    return out


def opinion_label(opinion: Opinion, people: dict) -> str:
    """``高朝阳的第2条意见`` — how messages name an opinion."""
    person = people.get(opinion.speaker)
    name = person.name if person is not None else opinion.speaker
    return f"{name}的第{opinion.seq}条意见" if opinion.seq is not None else f"{name}的意见"


class OpinionService:
    def __init__(self, db: Database):
        self.db = db

    # ================================================================ reading
    def load(self, hearing_id: int) -> Hearing:
        """The hearing with its people and opinions but without the transcript's turns
        (the register does not need 3,000 turns to redraw; see :meth:`turns`)."""
        with self.db.session() as s:
            row = self._hearing_row(s, hearing_id)
            h = repo.load_hearing_fields(row)
            h.people = [repo.row_to_person(r) for r in s.scalars(
                select(PersonRow).where(PersonRow.hearing_id == hearing_id).order_by(PersonRow.position))]
            h.opinions = [repo.row_to_opinion(r) for r in self._rows(s, hearing_id)]
            return h

    def list(self, hearing_id: int) -> list[Opinion]:
        with self.db.session() as s:
            self._hearing_row(s, hearing_id)
            return [repo.row_to_opinion(r) for r in self._rows(s, hearing_id)]

    def ids(self, hearing_id: int) -> list[str]:
        """The opinions' ids in register order (cheap: no opinion objects are built)."""
        with self.db.session() as s:
            return list(s.scalars(select(OpinionRow.key).where(OpinionRow.hearing_id == hearing_id)
                                  .order_by(OpinionRow.position, OpinionRow.id)))

    def get(self, hearing_id: int, opinion_id: str) -> Opinion:
        with self.db.session() as s:
            return repo.row_to_opinion(self._row(s, hearing_id, opinion_id))

    def turn_numbers(self, hearing_id: int) -> dict[int, int]:
        """seq → the number printed in the transcript's margin (``domain.turns``)."""
        with self.db.session() as s:
            return numbering(s.scalars(select(TurnRow.seq).where(
                TurnRow.hearing_id == hearing_id, TurnRow.draft.is_(False))))

    def numbered_turns(self, hearing_id: int, seqs: list[int]) -> list[tuple[int, Turn]]:
        """(printed number, turn) of the committed turns with these seqs, in order."""
        turns = self.turns(hearing_id, seqs)
        if not turns:
            return []
        with self.db.session() as s:
            return [(s.scalar(select(func.count()).select_from(TurnRow).where(
                TurnRow.hearing_id == hearing_id, TurnRow.draft.is_(False), TurnRow.seq <= t.seq)), t)
                for t in turns]

    def turns(self, hearing_id: int, seqs: list[int]) -> list[Turn]:
        """The committed transcript turns with these numbers, in order."""
        if not seqs:
            return []
        with self.db.session() as s:
            rows = s.scalars(select(TurnRow).where(
                TurnRow.hearing_id == hearing_id, TurnRow.draft.is_(False),
                TurnRow.seq.in_(list(seqs))).order_by(TurnRow.seq))
            return [repo.row_to_turn(r) for r in rows]

    def snapshot(self, hearing_id: int, opinion_ids: list[str]) -> RegisterSnapshot:
        """What :meth:`restore` needs to undo an operation on these opinions."""
        with self.db.session() as s:
            rows = self._rows(s, hearing_id)
            wanted = set(opinion_ids)
            return RegisterSnapshot(
                opinions=[(i, repo.row_to_opinion(r)) for i, r in enumerate(rows) if r.key in wanted],
                disputes=copy.deepcopy(self._fields(s, hearing_id).disputes))

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
            self._hearing_row(s, hearing_id)
            self._speaker(s, hearing_id, speaker)
            rows = self._rows(s, hearing_id)
            mine = [r for r in rows if r.speaker == speaker]
            if seq is None:
                seq = max((r.seq or 0 for r in mine), default=0) + 1
            elif any(r.seq == seq for r in mine):
                raise BadInput(self._seq_taken(s, hearing_id, speaker, seq))
            keys = {r.key for r in rows}
            if opinion_id is None:
                opinion_id = self._new_id(keys, speaker)
            elif opinion_id in keys:
                raise BadInput(f"意见编号 {opinion_id} 已被使用。")
            opinion = Opinion(
                id=opinion_id, speaker=speaker, text=text, seq=seq, basis=_clean(basis),
                articles=_clean_articles(articles) if articles is not None else find_article_labels(text),
                topic=_clean_line(topic), transcript_refs=sorted(set(transcript_refs or [])),
                response=copy.deepcopy(response))
            if position is None:
                position = (rows.index(mine[-1]) + 1) if mine else len(rows)
            row = repo.opinion_to_row(opinion, position)
            row.hearing_id = hearing_id
            s.add(row)
            rows.insert(min(position, len(rows)), row)
            self._renumber_positions(rows)
            repo.touch(s, hearing_id)
            return opinion

    def edit(self, hearing_id: int, opinion_id: str, **changes) -> Opinion:
        """Change some of ``text, basis, articles, topic, transcript_refs, seq``."""
        allowed = {"text", "basis", "articles", "topic", "transcript_refs", "seq"}
        unknown = set(changes) - allowed
        if unknown:
            raise TypeError(f"cannot edit {sorted(unknown)}")
        with self.db.session() as s:
            row = self._row(s, hearing_id, opinion_id)
            opinion = repo.row_to_opinion(row)
            if "text" in changes:
                text = clean_text(changes["text"] or "").strip()
                if not text:
                    raise BadInput("意见内容不能为空，请填写听证参加人提出的意见或建议；"
                                   "如要去掉这条意见，请使用“删除”。")
                opinion.text = text
            if "basis" in changes:
                opinion.basis = _clean(changes["basis"])
            if "topic" in changes:
                opinion.topic = _clean_line(changes["topic"])
            if "articles" in changes:
                opinion.articles = _clean_articles(changes["articles"])
            if "transcript_refs" in changes:
                opinion.transcript_refs = sorted(set(changes["transcript_refs"] or []))
            if "seq" in changes and changes["seq"] != opinion.seq:
                seq = changes["seq"]
                if seq is not None and (seq < 1 or any(
                        r.seq == seq and r.key != opinion_id
                        for r in self._rows(s, hearing_id) if r.speaker == opinion.speaker)):
                    raise BadInput(self._seq_taken(s, hearing_id, opinion.speaker, seq))
                opinion.seq = seq
            repo.write_opinion(row, opinion)
            repo.touch(s, hearing_id)
            return opinion

    def delete(self, hearing_id: int, opinion_id: str) -> None:
        """Remove an opinion; disputes no longer point to it."""
        with self.db.session() as s:
            rows = self._rows(s, hearing_id)
            row = self._find(rows, hearing_id, opinion_id, s)
            rows.remove(row)
            s.delete(row)
            self._renumber_positions(rows)
            self._relink_disputes(s, hearing_id, {opinion_id: []})

    def merge(self, hearing_id: int, keep_id: str, other_id: str) -> Opinion:
        """Two opinions of one participant become one (the first keeps its number):
        texts and reasons joined, articles and transcript references united, disputes
        pointing to either point to the merged opinion."""
        if keep_id == other_id:
            raise BadInput("请选择两条不同的意见进行合并。")
        with self.db.session() as s:
            rows = self._rows(s, hearing_id)
            keep_row = self._find(rows, hearing_id, keep_id, s)
            other_row = self._find(rows, hearing_id, other_id, s)
            keep, other = repo.row_to_opinion(keep_row), repo.row_to_opinion(other_row)
            if keep.speaker != other.speaker:
                people = self._people(s, hearing_id)
                raise BadInput(
                    f"只能合并同一位听证参加人的意见：{opinion_label(keep, people)}与"
                    f"{opinion_label(other, people)}不是同一人提出的。如确需合并，请先用“移至其他参加人”"
                    "把其中一条移到同一人名下。")
            keep.text = join_texts(keep.text, other.text) or keep.text
            keep.basis = join_texts(keep.basis, other.basis)
            keep.articles = sorted(union(keep.articles, other.articles), key=article_sort_key)
            keep.transcript_refs = sorted(set(keep.transcript_refs) | set(other.transcript_refs))
            keep.topic = keep.topic or other.topic
            keep.response = _merge_responses(keep.response, other.response)
            repo.write_opinion(keep_row, keep)
            rows.remove(other_row)
            s.delete(other_row)
            self._renumber_positions(rows)
            self._relink_disputes(s, hearing_id, {other_id: [keep_id]})
            return keep

    def split(self, hearing_id: int, opinion_id: str, first_text: str, second_text: str,
              *, new_id: str | None = None) -> tuple[Opinion, Opinion]:
        """One opinion becomes two: the first keeps its id, number, reasons and answer;
        the second follows it with the next number (later numbers move up by one),
        the same transcript references, topic and answer. Articles are read from
        each part's text; a part that names none keeps the original's."""
        first_text, second_text = clean_text(first_text or "").strip(), clean_text(second_text or "").strip()
        if not first_text or not second_text:
            raise BadInput("拆分后的两部分都不能为空：请把光标放在两条意见之间的位置再拆分。")
        with self.db.session() as s:
            rows = self._rows(s, hearing_id)
            row = self._find(rows, hearing_id, opinion_id, s)
            original = repo.row_to_opinion(row)
            keys = {r.key for r in rows}
            if new_id is None:
                new_id = self._new_id(keys, original.speaker)
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
                response=copy.deepcopy(original.response))
            repo.write_opinion(row, first)
            new_row = repo.opinion_to_row(second, 0)
            new_row.hearing_id = hearing_id
            s.add(new_row)
            rows.insert(rows.index(row) + 1, new_row)
            self._renumber_positions(rows)
            fields = self._fields(s, hearing_id)
            for d in fields.disputes:
                if opinion_id in d.opinion_ids and new_id not in d.opinion_ids:
                    d.opinion_ids.insert(d.opinion_ids.index(opinion_id) + 1, new_id)
            self._save_fields(s, hearing_id, fields)
            return first, second

    def move(self, hearing_id: int, opinion_id: str, to_speaker: str) -> Opinion:
        """Give an opinion to another participant: it becomes their last one."""
        with self.db.session() as s:
            rows = self._rows(s, hearing_id)
            row = self._find(rows, hearing_id, opinion_id, s)
            self._speaker(s, hearing_id, to_speaker)
            opinion = repo.row_to_opinion(row)
            if opinion.speaker == to_speaker:
                return opinion
            theirs = [r for r in rows if r.speaker == to_speaker]
            opinion.speaker = to_speaker
            opinion.seq = max((r.seq or 0 for r in theirs), default=0) + 1
            repo.write_opinion(row, opinion)
            if theirs:
                rows.remove(row)
                rows.insert(rows.index(theirs[-1]) + 1, row)
                self._renumber_positions(rows)
            repo.touch(s, hearing_id)
            return opinion

    def renumber(self, hearing_id: int, ordered_ids: list[str] | None = None) -> int:
        """Number each participant's opinions 1..n in the given order (the order the
        register shows them; opinions left out follow by their present number).
        Returns how many numbers changed."""
        with self.db.session() as s:
            rows = self._rows(s, hearing_id)
            rank = {oid: i for i, oid in enumerate(ordered_ids or [])}

            def key(item):
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
                repo.touch(s, hearing_id)
            return changed

    def restore(self, hearing_id: int, snapshot: RegisterSnapshot, remove_ids: list[str] = ()) -> None:
        """Put back the opinions of ``snapshot`` at their places (overwriting what is
        there now), remove ``remove_ids`` (opinions the undone operation created), and
        put back the disputes."""
        with self.db.session() as s:
            self._hearing_row(s, hearing_id)
            rows = self._rows(s, hearing_id)
            by_key = {r.key: r for r in rows}
            back = {o.id for _, o in snapshot.opinions}
            for oid in remove_ids:
                if oid in by_key and oid not in back:
                    s.delete(by_key[oid])
                    rows.remove(by_key[oid])
            restored = []
            for position, opinion in sorted(snapshot.opinions, key=lambda item: item[0]):
                row = by_key.get(opinion.id)
                if row is None:
                    row = repo.opinion_to_row(opinion, position)
                    row.hearing_id = hearing_id
                    s.add(row)
                else:
                    repo.write_opinion(row, opinion)
                    rows.remove(row)
                restored.append((position, row))
            for position, row in restored:
                rows.insert(min(position, len(rows)), row)
            self._renumber_positions(rows)
            fields = self._fields(s, hearing_id)
            fields.disputes = copy.deepcopy(snapshot.disputes)
            self._save_fields(s, hearing_id, fields)

    # ================================================================ disputes, notes
    def disputes(self, hearing_id: int) -> list[Dispute]:
        with self.db.session() as s:
            return self._fields(s, hearing_id).disputes

    def set_disputes(self, hearing_id: int, disputes: list[Dispute]) -> list[Dispute]:
        """Store the disputed questions (争论的主要问题) whole; returns the previous ones.
        Links to opinions that do not exist are refused."""
        cleaned = []
        for i, d in enumerate(disputes, start=1):
            text = clean_text(d.text or "").strip()
            if not text:
                raise BadInput(f"第 {i} 个争论的主要问题没有内容，请填写或删除它。")
            cleaned.append(Dispute(text, union(d.opinion_ids)))
        with self.db.session() as s:
            keys = {r.key for r in self._rows(s, hearing_id)}
            for i, d in enumerate(cleaned, start=1):
                missing = [oid for oid in d.opinion_ids if oid not in keys]
                if missing:
                    raise BadInput(f"第 {i} 个争论的主要问题关联的意见不存在（{'、'.join(missing)}），"
                                   "可能已被删除，请重新关联。")
            fields = self._fields(s, hearing_id)
            previous = fields.disputes
            fields.disputes = cleaned
            self._save_fields(s, hearing_id, fields)
            return previous

    def set_other_notes(self, hearing_id: int, text: str | None) -> str | None:
        """Store 其他需要说明的情况; returns the previous text."""
        with self.db.session() as s:
            fields = self._fields(s, hearing_id)
            previous = fields.other_notes
            fields.other_notes = _clean(text)
            self._save_fields(s, hearing_id, fields)
            return previous

    # ================================================================ helpers
    @staticmethod
    def _hearing_row(s: Session, hearing_id: int) -> HearingRow:
        row = repo.get_row(s, hearing_id)
        if row is None:
            raise NotFound(f"数据库中没有编号为 {hearing_id} 的听证会，它可能已被删除。")
        return row

    def _fields(self, s: Session, hearing_id: int) -> Hearing:
        return repo.load_hearing_fields(self._hearing_row(s, hearing_id))

    def _save_fields(self, s: Session, hearing_id: int, fields: Hearing) -> None:
        repo.write_hearing_fields(self._hearing_row(s, hearing_id), fields)

    @staticmethod
    def _rows(s: Session, hearing_id: int) -> list[OpinionRow]:
        return list(s.scalars(select(OpinionRow).where(OpinionRow.hearing_id == hearing_id)
                              .order_by(OpinionRow.position, OpinionRow.id)))

    def _row(self, s: Session, hearing_id: int, opinion_id: str) -> OpinionRow:
        row = s.scalar(select(OpinionRow).where(OpinionRow.hearing_id == hearing_id,
                                                OpinionRow.key == opinion_id))
        if row is None:
            self._hearing_row(s, hearing_id)
            raise NotFound(f"找不到这条意见（{opinion_id}），它可能已被删除或合并。")
        return row

    def _find(self, rows: list[OpinionRow], hearing_id: int, opinion_id: str, s: Session) -> OpinionRow:
        for r in rows:
            if r.key == opinion_id:
                return r
        self._hearing_row(s, hearing_id)
        raise NotFound(f"找不到这条意见（{opinion_id}），它可能已被删除或合并。")

    @staticmethod
    def _people(s: Session, hearing_id: int) -> dict:
        return {r.key: repo.row_to_person(r) for r in s.scalars(
            select(PersonRow).where(PersonRow.hearing_id == hearing_id))}

    def _speaker(self, s: Session, hearing_id: int, person_id: str) -> None:
        person = self._people(s, hearing_id).get(person_id)
        if person is None:
            raise BadInput(f"找不到提出意见的人（{person_id}），请先在“听证会设置”中添加该听证参加人。")
        if person.role is not Role.PARTICIPANT:
            raise BadInput(f"{person.name}不是听证参加人，只能登记听证参加人提出的意见。")

    def _seq_taken(self, s: Session, hearing_id: int, speaker: str, seq: int) -> str:
        person = self._people(s, hearing_id).get(speaker)
        name = person.name if person else speaker
        if seq is not None and seq < 1:
            return "意见序号应从 1 开始。"
        return f"{name}已有第 {seq} 条意见，请换一个序号，或使用“重新编号”。"

    @staticmethod
    def _new_id(keys: set[str], speaker: str) -> str:
        n = 1
        while f"{speaker}-{n}" in keys:
            n += 1
        return f"{speaker}-{n}"

    @staticmethod
    def _renumber_positions(rows: list[OpinionRow]) -> None:
        for i, r in enumerate(rows):
            if r.position != i:
                r.position = i

    def _relink_disputes(self, s: Session, hearing_id: int, mapping: dict[str, list[str]]) -> None:
        """Disputes pointing to a key of ``mapping`` point to its values instead."""
        fields = self._fields(s, hearing_id)
        changed = False
        for d in fields.disputes:
            if any(oid in mapping for oid in d.opinion_ids):
                d.opinion_ids = union(*[mapping.get(oid, [oid]) for oid in d.opinion_ids])
                changed = True
        if changed:
            self._save_fields(s, hearing_id, fields)
        else:
            repo.touch(s, hearing_id)


def _clean(text: str | None) -> str | None:
    """A text of several lines as stored (``domain.text.clean_text``), trimmed; None when empty."""
    text = clean_text(text or "").strip()
    return text or None


def _clean_line(text: str | None) -> str | None:
    text = clean_line(text or "").strip()
    return text or None


def _clean_articles(articles: list[str] | None) -> list[str]:
    return [a for a in (_clean_line(a) for a in articles or []) if a]


def _merge_responses(a: Response | None, b: Response | None) -> Response | None:
    """The merged opinion keeps the first answer's decision when it has one; analyses are joined."""
    if a is None or b is None:
        return copy.deepcopy(a or b)
    decision = a.decision if a.decision.is_answered else b.decision
    return Response(decision, join_texts(a.analysis, b.analysis))
