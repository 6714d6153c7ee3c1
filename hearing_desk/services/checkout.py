"""Check-out and check-in between the office archive and a venue laptop.

``checkout``: the hearing, as a hearing file carries it, is stored in the laptop's
SQLite file (a new one or one already used), with a ``checkout`` row saying where it
came from; then the archive marks it lent (who, when, where to), and from then on the
archive's database refuses every change of it (``storage/guards.py``). ``checkin``
brings it back: when the archive's hearing is still as it was checked out (its
fingerprint, the SHA-256 of its hearing-file document, is unchanged) and still lent to
this copy, the laptop's hearing takes its place (same id) and the mark is lifted, in
one transaction. Otherwise – the check-out was cancelled (``release``) and the hearing
edited in the archive, lent again, or deleted – nothing is merged: the conflict is
reported with what changed on each side since the check-out, and only ``force`` (the
laptop's version replaces the archive's) or ``as_new`` (the laptop's version becomes a
new hearing beside it) goes further, when the user says so.

The laptop's file keeps its hearing after check-in (without the copy's mark). Sound
files are not copied (the recordings' list is; the files stay in the recordings folder
of the computer that recorded them).
"""
from __future__ import annotations

import getpass
import hashlib
import json
import socket
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import BadInput, CheckinConflict, NotFound
from ..formats import interchange
from ..storage.database import Database
from ..storage.locks import window_state
from ..storage.repository import checkout as rows
from ..storage.repository import hearings
from ..storage.repository.common import now_iso
from .hearings import HearingService

#: how the hearing file's fields are named in a report of differences
_FIELDS = {
    "title": "听证会名称", "matter": "听证事项", "organizer": "组织机关", "legal_bases": "法律依据",
    "purpose": "听证目的", "starts_at": "开始时间", "ends_at": "结束时间", "venue": "听证地点",
    "role_labels": "称谓", "milestones": "程序节点", "agenda": "议程", "disputes": "争议焦点",
    "other_notes": "其他事项", "report": "报告信息", "draft": "草案", "record": "笔录的锁定与修改记录",
    "settings": "程序设置", "recordings": "录音",
}
_SHOWN = 12


def who() -> str:
    try:
        user = getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name (a service account): the host alone
        user = "?"
    return f"{user}@{socket.gethostname()}"


def document_of(db: Database, hearing_id: int) -> dict[str, Any]:
    """The hearing as its hearing file holds it (the typing box's turn included)."""
    return interchange.to_document(HearingService(db).get_for_export(hearing_id))


def fingerprint_of(doc: dict[str, Any]) -> str:
    return hashlib.sha256(json.dumps(doc, sort_keys=True, ensure_ascii=False).encode("utf-8")).hexdigest()


def differences(before: dict[str, Any], after: dict[str, Any]) -> list[str]:
    """What differs between two hearing documents, in words: fields, people, turns and
    opinions added, removed or changed."""
    out: list[str] = []
    b_h, a_h = before.get("hearing", {}), after.get("hearing", {})
    order = list(_FIELDS)
    for key in sorted(set(b_h) | set(a_h), key=lambda k: (order.index(k) if k in order else len(order), k)):
        if b_h.get(key) != a_h.get(key):
            out.append(f"{_FIELDS.get(key, key)}已修改")

    def keyed(name: str, key: str, label) -> None:
        old = {str(x.get(key)): x for x in before.get(name, [])}
        new = {str(x.get(key)): x for x in after.get(name, [])}
        for k in new:
            if k not in old:
                out.append(f"{label(new[k])}：新增")
            elif old[k] != new[k]:
                out.append(f"{label(new[k])}：已修改")
        for k in old:
            if k not in new:
                out.append(f"{label(old[k])}：已删除")

    names = {p.get("id"): p.get("name") for p in after.get("people", []) + before.get("people", [])}
    keyed("people", "id", lambda p: f"人员 {p.get('name')}")
    keyed("transcript", "seq", lambda t: f"笔录 seq {t.get('seq')}（{_short(t.get('text', ''))}）")
    keyed("opinions", "id",
          lambda o: f"意见 {o.get('id')}（{names.get(o.get('speaker'), '')}：{_short(o.get('text', ''))}）")
    for key in ("agenda", "disputes", "other_notes", "report", "draft", "record", "settings", "recordings"):
        if before.get(key) != after.get(key):
            out.append(f"{_FIELDS[key]}已修改")
    return out


def _short(text: str, width: int = 16) -> str:
    flat = " ".join(str(text).split())
    return flat if len(flat) <= width else flat[:width] + "…"


def _listed(items: list[str]) -> str:
    if not items:
        return "无"
    shown = "；".join(items[:_SHOWN])
    return shown + (f"；等共 {len(items)} 处" if len(items) > _SHOWN else "")


@dataclass
class CheckedOutCopy:
    hearing_id: int          # in the archive
    title: str
    copy_id: int             # in the laptop's file
    file: Path
    by: str
    at: str


@dataclass
class CheckedIn:
    hearing_id: int          # in the archive (the new hearing's with ``as_new``)
    title: str
    how: str                 # returned | forced | new | already
    laptop_changes: list[str] = field(default_factory=list)


@dataclass
class Lent:
    hearing_id: int
    title: str
    by: str
    at: str
    where: str


class CheckoutService:
    def __init__(self, archive: Database):
        self.archive = archive

    # ------------------------------------------------------------ out
    def checkout(self, hearing_id: int, to: str | Path, *, by: str | None = None) -> CheckedOutCopy:
        """Copy the hearing into the laptop's file ``to`` and mark it lent in the archive."""
        path = Path(to).expanduser().resolve()
        by = (by or who()).strip() or who()
        self._check_laptop_file(path)
        with self.archive.session() as s:
            title = hearings.require_hearing(s, hearing_id).title
            mark = rows.lent(s, hearing_id)
            if mark is not None:
                raise BadInput(f"听证会“{title}”已于 {mark.checked_out_at[:16].replace('T', ' ')} 由 "
                               f"{mark.checked_out_by} 借出到 {mark.counterpart}，不能再次借出。"
                               "请先交回（checkin），或撤销那次借出（release）。")
        doc = document_of(self.archive, hearing_id)
        fingerprint, snapshot, token, at = fingerprint_of(doc), json.dumps(doc, ensure_ascii=False), \
            uuid.uuid4().hex, now_iso()
        laptop = Database(str(path))
        try:
            with laptop.session() as s:
                copy_id = hearings.add_hearing(s, interchange.from_document(doc))
                rows.add(s, hearing_id=copy_id, side=rows.COPY, token=token,
                         counterpart=self.archive.describe(), counterpart_id=hearing_id, checked_out_by=by,
                         checked_out_at=at, fingerprint=fingerprint, snapshot=snapshot)
            try:
                with self.archive.session() as s:
                    if fingerprint_of(document_of(self.archive, hearing_id)) != fingerprint:
                        raise BadInput("听证会在复制期间被修改，未借出；请重试。")
                    rows.add(s, hearing_id=hearing_id, side=rows.ARCHIVE, token=token,
                             counterpart=f"{path}（{socket.gethostname()}）", counterpart_id=copy_id,
                             checked_out_by=by, checked_out_at=at, fingerprint=fingerprint, snapshot=snapshot)
            except BaseException:
                with laptop.session() as s:         # the archive did not lend it: no copy either
                    hearings.delete_hearing(s, copy_id)
                raise
        finally:
            laptop.close()
        return CheckedOutCopy(hearing_id, title, copy_id, path, by, at)

    def _check_laptop_file(self, path: Path) -> None:
        if self.archive.owns(path):
            raise BadInput("借出的目标文件就是档案库本身（或它旁边的文件），请另选一个文件。")
        if path.exists() and window_state(path).open:
            raise BadInput(f"文件 {path} 正在 Hearing Desk 窗口中打开；请先关闭那个窗口再借出或交回。")

    # ------------------------------------------------------------ cancel
    def release(self, hearing_id: int) -> Lent:
        """Cancel the check-out in the archive (the laptop is lost, or the copy is not
        coming back): the hearing may be changed in the archive again. A copy checked
        in later is then a conflict."""
        with self.archive.session() as s:
            title = hearings.require_hearing(s, hearing_id).title
            mark = rows.lent(s, hearing_id)
            if mark is None:
                raise BadInput(f"听证会“{title}”没有借出。")
            info = Lent(hearing_id, title, mark.checked_out_by, mark.checked_out_at, mark.counterpart)
            rows.remove(s, mark.id)
        return info

    def lent(self) -> list[Lent]:
        """Every hearing this archive has lent."""
        with self.archive.session() as s:
            return [Lent(m.hearing_id, hearings.require_hearing(s, m.hearing_id).title, m.checked_out_by,
                         m.checked_out_at, m.counterpart) for m in rows.all_lent(s)]

    def lent_one(self, hearing_id: int) -> Lent | None:
        with self.archive.session() as s:
            m = rows.lent(s, hearing_id)
            if m is None:
                return None
            return Lent(hearing_id, hearings.require_hearing(s, hearing_id).title, m.checked_out_by,
                        m.checked_out_at, m.counterpart)

    # ------------------------------------------------------------ in
    def checkin(self, file: str | Path, *, hearing_id: int | None = None, force: bool = False,
                as_new: bool = False) -> list[CheckedIn]:
        """Bring the laptop file's copies (or the copy ``hearing_id`` of the file) back.
        A conflict raises :class:`CheckinConflict` and changes nothing, unless ``force``
        or ``as_new``."""
        if force and as_new:
            raise BadInput("--force 与 --as-new 只能选一个。")
        path = Path(file).expanduser().resolve()
        if not path.is_file():
            raise BadInput(f"文件 {path} 不存在。")
        self._check_laptop_file(path)
        laptop = Database(str(path))
        try:
            with laptop.session() as s:
                found = [(c.id, c.hearing_id, c.token, c.counterpart_id, c.fingerprint, c.snapshot)
                         for c in rows.copies(s) if hearing_id is None or c.hearing_id == hearing_id]
            if not found:
                raise BadInput(f"文件 {path} 中没有" + (f"编号为 {hearing_id} 的" if hearing_id else "")
                               + "从档案库借出的听证会。")
            return [self._checkin_one(laptop, *c, force=force, as_new=as_new) for c in found]
        finally:
            laptop.close()

    def _checkin_one(self, laptop: Database, row_id: int, copy_id: int, token: str, archive_id: int | None,
                     fingerprint: str, snapshot: str, *, force: bool, as_new: bool) -> CheckedIn:
        mine = document_of(laptop, copy_id)
        then = json.loads(snapshot)
        laptop_changes = differences(then, mine)
        with self.archive.session() as s:
            mark = rows.by_token(s, token)
            try:
                title = hearings.require_hearing(s, archive_id).title if archive_id is not None else None
            except NotFound:
                title = None
            theirs = document_of(self.archive, archive_id) if title is not None and archive_id is not None else None
            other = rows.lent(s, archive_id) if title is not None and archive_id is not None else None
        problem = None
        if theirs is None:
            problem = "档案库中这场听证会已被删除"
        elif mark is None and other is not None:
            problem = (f"这次借出已被撤销，这场听证会又借给了 {other.checked_out_by}"
                       f"（{other.checked_out_at[:16].replace('T', ' ')}，{other.counterpart}）")
        elif fingerprint_of(theirs) != fingerprint:
            problem = "借出期间档案库中的这场听证会被修改过" + ("（这次借出已被撤销）" if mark is None else "")
        elif mark is None and fingerprint_of(mine) == fingerprint:
            with laptop.session() as s:                 # brought back before (the laptop's mark was left)
                rows.remove(s, row_id)
            return CheckedIn(archive_id or 0, title or "", "already", [])
        name = then.get("hearing", {}).get("title", "")
        if problem is not None and not (force or as_new):
            archive_changes = differences(then, theirs) if theirs is not None else []
            raise CheckinConflict(
                f"听证会“{name}”未交回：{problem}。没有合并任何内容，档案库和笔记本文件都未改动。\n"
                f"  档案库中自借出后的改动：{_listed(archive_changes) if theirs is not None else '整场听证会已删除'}\n"
                f"  笔记本上的改动：{_listed(laptop_changes)}\n"
                "  处理办法：核对后，用 --force 以笔记本上的内容替换档案库中的这场听证会，"
                "或用 --as-new 把笔记本上的内容作为一场新的听证会存入档案库（原来的保持不变）。")
        if problem is not None and force and (theirs is None or (mark is None and other is not None)):
            raise BadInput(f"听证会“{name}”不能用 --force 交回：{problem}。请用 --as-new 作为新的听证会存入。")
        hearing = interchange.from_document(mine)
        with self.archive.session() as s:
            if as_new:
                if mark is not None:
                    rows.remove(s, mark.id)
                hearing.id = None
                new_id = hearings.add_hearing(s, hearing)
                result = CheckedIn(new_id, hearing.title, "new", laptop_changes)
            else:
                assert archive_id is not None
                if mark is not None:
                    rows.remove(s, mark.id)
                    s.flush()
                rows.replace_contents(s, archive_id, hearing)
                result = CheckedIn(archive_id, hearing.title, "forced" if problem else "returned", laptop_changes)
        with laptop.session() as s:
            rows.remove(s, row_id)
        return result

