"""The hearing's event log (``hearing_event``): who changed what, when.

Every change of a hearing's rows made through a session of :class:`Database` is
written to the log in the same transaction as the change (a ``after_flush`` hook of
the database's sessions, :func:`install`), so that no use case can forget it and a
rolled-back change leaves no entry: a person, an opinion or its answer, the
hearing's own fields, a turn of the transcript, a lock. The writers that bypass the
ORM for speed (a turn appended from the typing box, a whole hearing imported) write
their entry themselves (:func:`log`). Who: ``Session.info["actor"]`` (``Database.actor``:
the settings' name or user@host).
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import event, insert, inspect, select
from sqlalchemy.orm import Session, sessionmaker

from ...domain import Decision, Role
from ...domain.summary import HearingEvent
from ..models import (
    HearingEventRow,
    HearingRow,
    OpinionRow,
    PersonRow,
    RecordingRow,
    TranscriptLockRow,
    TurnRow,
)
from .common import now_iso

ACTOR = "actor"

#: column → what the log calls it (columns not named here are not worth an entry)
_HEARING = {"title": "名称", "matter": "事项", "organizer": "组织机关", "legal_bases": "法律依据",
            "purpose": "听证目的", "starts_at": "开始时间", "ends_at": "结束时间", "venue": "地点",
            "role_labels": "角色称谓", "milestones": "程序节点", "agenda": "议程", "disputes": "争议焦点",
            "other_notes": "其他事项", "report": "报告信息", "draft": "征求意见稿", "basic_info_override": "基本情况",
            "settings": "程序设置"}
_PERSON = {"name": "姓名", "role": "角色", "affiliation": "工作单位", "description": "基本情况",
           "selection": "产生方式", "category": "类别", "seq": "序号", "attended": "签到", "contact": "联系方式",
           "signature_status": "签字", "signature_note": "签字说明", "position": "顺序"}
_OPINION = {"text": "内容", "basis": "依据和理由", "articles": "条款", "topic": "议题", "transcript_refs": "笔录段落",
            "seq": "序号", "speaker": "提出人", "position": "顺序"}
_TURN = {"text": "内容", "speaker": "发言人", "speaker_label": "发言人称谓", "at": "时间", "kind": "类型",
         "agenda_item": "议程"}


def log(session: Session, hearing_id: int, kind: str, what: str) -> None:
    """One entry, in the session's transaction."""
    session.execute(insert(HearingEventRow), [_entry(session, hearing_id, kind, what)])


def events_of(session: Session, hearing_id: int) -> list[HearingEvent]:
    """The hearing's log, newest first."""
    rows = session.execute(select(HearingEventRow.at, HearingEventRow.who, HearingEventRow.kind,
                                  HearingEventRow.what).where(HearingEventRow.hearing_id == hearing_id)
                           .order_by(HearingEventRow.id.desc()))
    return [HearingEvent(at=at, who=who, kind=kind, what=what) for at, who, kind, what in rows]


def install(sessions: sessionmaker) -> None:
    """Log what each flush of these sessions changes."""
    event.listen(sessions, "after_flush", _after_flush)


def _entry(session: Session, hearing_id: int, kind: str, what: str, target: str | None = None) -> dict[str, Any]:
    return {"hearing_id": hearing_id, "at": now_iso(), "who": str(session.info.get(ACTOR) or "?"),
            "kind": kind, "what": what, "target": target}


def target_of(row: Any) -> str | None:
    """``person:p3``, ``opinion:a6-1``: the row an entry is about."""
    if isinstance(row, PersonRow):
        return f"person:{row.key}"
    if isinstance(row, OpinionRow):
        return f"opinion:{row.key}"
    return None


def last_change_of(session: Session, row: Any) -> HearingEvent | None:
    """The newest entry about this person's or opinion's row."""
    target = target_of(row)
    if target is None:
        return None
    found = session.execute(select(HearingEventRow.at, HearingEventRow.who, HearingEventRow.kind,
                                   HearingEventRow.what).where(
        HearingEventRow.hearing_id == row.hearing_id, HearingEventRow.target == target)
        .order_by(HearingEventRow.id.desc()).limit(1)).first()
    return None if found is None else HearingEvent(at=found[0], who=found[1], kind=found[2], what=found[3])


def _changed(obj: Any, names: dict[str, str]) -> list[str]:
    state = inspect(obj)
    return [label for key, label in names.items() if state.attrs[key].history.has_changes()]


def _old(obj: Any, key: str) -> Any:
    deleted = inspect(obj).attrs[key].history.deleted
    return deleted[0] if deleted else None


def _decision_text(value: str | None) -> str:
    return Decision(value).label if value else "未答复"


def _describe(obj: Any, kind_of_change: str) -> tuple[str, str] | None:
    """(kind, what) of one row's change, or None when it is not worth an entry."""
    if isinstance(obj, HearingRow):
        if kind_of_change == "new":
            return "hearing", f"新建听证会“{obj.title}”"
        fields = _changed(obj, _HEARING)
        return ("hearing", f"修改听证会信息：{'、'.join(fields)}") if fields else None
    if isinstance(obj, PersonRow):
        who = f"{Role(obj.role).usual_label}“{obj.name}”"
        if kind_of_change == "new":
            return "person", f"新增{who}"
        if kind_of_change == "deleted":
            return "person", f"删除{who}"
        fields = _changed(obj, _PERSON)
        return ("person", f"修改{who}：{'、'.join(fields)}") if fields else None
    if isinstance(obj, OpinionRow):
        name = f"意见 {obj.key}"
        if kind_of_change == "new":
            return "opinion", f"新增{name}：{short(obj.text)}"
        if kind_of_change == "deleted":
            return "opinion", f"删除{name}：{short(obj.text)}"
        state = inspect(obj)
        if state.attrs["decision"].history.has_changes() or state.attrs["analysis"].history.has_changes():
            before = _old(obj, "decision") if state.attrs["decision"].history.has_changes() else obj.decision
            return "answer", (f"答复{name}：{_decision_text(obj.decision)}（原为{_decision_text(before)}）"
                              + (f"，{short(obj.analysis)}" if obj.analysis else ""))
        fields = _changed(obj, _OPINION)
        return ("opinion", f"修改{name}：{'、'.join(fields)}") if fields else None
    if isinstance(obj, TurnRow):
        if obj.draft:
            return None                     # the typing box's unfinished turn
        if kind_of_change == "new":
            return "transcript", f"笔录新增第 {obj.seq} 段：{short(obj.text)}"
        if kind_of_change == "deleted":
            return "transcript", f"删除笔录第 {obj.seq} 段：{short(obj.text)}"
        fields = _changed(obj, _TURN)
        return ("transcript", f"修改笔录第 {obj.seq} 段：{'、'.join(fields)}") if fields else None
    if isinstance(obj, TranscriptLockRow):
        if kind_of_change == "new":
            return "record", f"锁定笔录待签字（第 {obj.number} 版）"
        if inspect(obj).attrs["unlocked_at"].history.has_changes() and obj.unlocked_at:
            return "record", f"解锁笔录（第 {obj.number} 版）"
        return None
    if isinstance(obj, RecordingRow):
        if kind_of_change == "new":
            return "recording", f"新增录音 {obj.key}"
        if kind_of_change == "deleted":
            return "recording", f"删除录音 {obj.key}"
    return None


def short(text: str | None, length: int = 30) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= length else text[:length] + "……"


def _changes(session: Session) -> Iterable[tuple[Any, str]]:
    for obj in session.new:
        yield obj, "new"
    for obj in session.dirty:
        if session.is_modified(obj, include_collections=False):
            yield obj, "dirty"
    for obj in session.deleted:
        yield obj, "deleted"


def _after_flush(session: Session, _context: Any) -> None:
    gone = {obj.id for obj in session.deleted if isinstance(obj, HearingRow)}
    entries = []
    for obj, change in _changes(session):
        hearing_id = obj.id if isinstance(obj, HearingRow) else getattr(obj, "hearing_id", None)
        if hearing_id is None or hearing_id in gone:
            continue
        found = _describe(obj, change)
        if found is not None:
            entries.append(_entry(session, hearing_id, *found, target=target_of(obj)))
    if entries:
        session.connection().execute(insert(HearingEventRow), entries)
