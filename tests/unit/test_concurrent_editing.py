"""Two sessions on one archive (an SQLite file, and a real PostgreSQL server: both run,
see BOTH_DATABASES in tests/conftest.py): rows are updated in place, each update adds one
to the row's version, and a save of a row someone else changed since it was read is
refused, with nothing of either change lost."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from hearing_desk.domain import Decision, Role
from hearing_desk.errors import StaleEdit
from hearing_desk.services.opinions import OpinionService
from hearing_desk.services.people import PeopleService
from hearing_desk.services.responses import ResponseService
from hearing_desk.storage.database import Database
from hearing_desk.storage.models import HearingRow, OpinionRow, PersonRow


@pytest.fixture
def other(db_url):
    """A second window or program on the same database."""
    second = Database(db_url)
    yield second
    second.close()


def _row_ids(db, model, hid):
    with db.session() as s:
        return {r.key: (r.id, r.version) for r in s.scalars(select(model).where(model.hearing_id == hid))}


def test_rows_are_updated_in_place_and_counted(db, hearings, sample_id):
    people, opinions = PeopleService(db), OpinionService(db)
    person = next(p for p in people_of(db, sample_id) if p.role is Role.PARTICIPANT)
    before_people = _row_ids(db, PersonRow, sample_id)
    before_opinions = _row_ids(db, OpinionRow, sample_id)
    with db.session() as s:
        hearing_version = s.get(HearingRow, sample_id).version
    people.update_person(sample_id, person.id, seen=person.version, affiliation="光明区数据局")
    first = opinions.all(sample_id)[0]
    opinions.edit(sample_id, first.id, seen=first.version, topic="数据安全")
    after_people = _row_ids(db, PersonRow, sample_id)
    after_opinions = _row_ids(db, OpinionRow, sample_id)
    # the same rows (no delete and insert): only the edited ones have a new version
    assert {k: v[0] for k, v in after_people.items()} == {k: v[0] for k, v in before_people.items()}
    assert {k: v[0] for k, v in after_opinions.items()} == {k: v[0] for k, v in before_opinions.items()}
    assert after_people[person.id][1] == before_people[person.id][1] + 1
    assert {k for k in after_people if after_people[k] != before_people[k]} == {person.id}
    assert {k for k in after_opinions if after_opinions[k] != before_opinions[k]} == {first.id}
    with db.session() as s:
        assert s.get(HearingRow, sample_id).version == hearing_version + 2


def people_of(db, hid):
    from hearing_desk.services.hearings import HearingService
    return HearingService(db).get(hid).people


def test_a_stale_save_of_a_person_is_refused_and_nothing_is_lost(db, other, sample_id):
    other.actor = "李陈述@office-2"
    mine = next(p for p in people_of(db, sample_id) if p.role is Role.PARTICIPANT)
    theirs = next(p for p in people_of(other, sample_id) if p.id == mine.id)
    assert mine.version == theirs.version >= 1
    PeopleService(other).update_person(sample_id, theirs.id, seen=theirs.version, affiliation="对方改的单位")
    with pytest.raises(StaleEdit, match="已被另一个窗口或程序修改（最近一次由 李陈述@office-2 于 "
                                        r"\d\d:\d\d 修改）.*没有保存"):
        PeopleService(db).update_person(sample_id, mine.id, seen=mine.version, description="我改的基本情况")
    now = next(p for p in people_of(db, sample_id) if p.id == mine.id)
    assert now.affiliation == "对方改的单位" and now.description == mine.description
    # read again, the same change goes through: both edits are there
    PeopleService(db).update_person(sample_id, mine.id, seen=now.version, description="我改的基本情况")
    final = next(p for p in people_of(other, sample_id) if p.id == mine.id)
    assert (final.affiliation, final.description) == ("对方改的单位", "我改的基本情况")
    assert final.version == mine.version + 2


def test_a_stale_answer_is_refused_and_nothing_is_lost(db, other, sample_id):
    opinion = OpinionService(db).all(sample_id)[0]
    ResponseService(other).answer(sample_id, opinion.id, Decision.ADOPTED, "对方：采纳。",
                                  seen=opinion.version)
    with pytest.raises(StaleEdit, match="这条意见的答复"):
        ResponseService(db).answer(sample_id, opinion.id, Decision.NOT_ADOPTED, "我：不予采纳，理由……",
                                   seen=opinion.version)
    stored = OpinionService(db).get(sample_id, opinion.id)
    assert stored.response is not None and stored.response.analysis == "对方：采纳。"
    with pytest.raises(StaleEdit):
        OpinionService(db).edit(sample_id, opinion.id, seen=opinion.version, topic="我改的议题")
    assert OpinionService(db).get(sample_id, opinion.id).topic == opinion.topic


def test_a_change_between_reading_and_writing_in_one_transaction_is_refused(db, other, sample_id):
    """The version is checked by the UPDATE itself (``WHERE version = …``): a row another
    session committed after this transaction read it is not overwritten."""
    opinion = OpinionService(db).all(sample_id)[0]
    with pytest.raises(StaleEdit, match="刚刚被另一个窗口或程序修改"):
        with db.session() as s:
            row = s.scalar(select(OpinionRow).where(OpinionRow.hearing_id == sample_id,
                                                    OpinionRow.key == opinion.id))
            assert row is not None
            OpinionService(other).edit(sample_id, opinion.id, topic="对方先存的议题")
            row.topic = "我后存的议题"
    assert OpinionService(db).get(sample_id, opinion.id).topic == "对方先存的议题"


# ---------------------------------------------------------------- the editing lease

def test_one_window_edits_a_hearing_the_other_reads_it(db, other, sample_id):
    from hearing_desk.errors import HearingLeased
    from hearing_desk.services.leases import LeaseService

    db.actor, other.actor = "王记录@office-1", "李陈述@office-2"
    mine = LeaseService(db).take(sample_id)
    assert mine.mine and not mine.expired and mine.holder == "王记录@office-1"
    theirs = LeaseService(other).take(sample_id)
    assert not theirs.mine and theirs.blocks and theirs.holder == "王记录@office-1"
    assert theirs.taken_at == mine.taken_at
    person = people_of(other, sample_id)[0]
    with pytest.raises(HearingLeased, match="正由 王记录@office-1.*编辑.*本窗口只能查看"):
        PeopleService(other).update_person(sample_id, person.id, affiliation="不该存下")
    with pytest.raises(HearingLeased):
        OpinionService(other).edit(sample_id, OpinionService(other).all(sample_id)[0].id, topic="不该存下")
    assert people_of(db, sample_id)[0].affiliation == person.affiliation
    from hearing_desk.services.hearings import HearingService
    with pytest.raises(HearingLeased):              # nor delete the hearing another window edits
        HearingService(other).delete(sample_id)
    assert HearingService(db).get(sample_id).title
    PeopleService(db).update_person(sample_id, person.id, affiliation="持有者存下")     # the holder writes
    again = LeaseService(db).take(sample_id)                                         # a heartbeat
    assert again.mine and again.taken_at == mine.taken_at and again.expires_at >= mine.expires_at
    LeaseService(db).release(sample_id)
    assert LeaseService(other).take(sample_id).mine


def test_an_expired_lease_is_taken_over_and_the_old_holder_is_refused(db, other, sample_id):
    from hearing_desk.errors import HearingLeased
    from hearing_desk.services.leases import LeaseService

    db.actor = "王记录@office-1"
    # a holder whose heartbeats stopped (closed without giving it back, lost the network)
    stopped = LeaseService(db, seconds=-1).take(sample_id)
    assert stopped.mine and stopped.expired
    taken = LeaseService(other).take(sample_id)
    assert taken.mine and not taken.expired
    lost = LeaseService(db).take(sample_id)
    assert not lost.mine and lost.blocks and lost.holder == other.actor
    person = people_of(db, sample_id)[0]
    with pytest.raises(HearingLeased):
        PeopleService(db).update_person(sample_id, person.id, affiliation="过期者的修改")
    from hearing_desk.services.events import EventService
    newest = EventService(db).events(sample_id)[0]
    assert (newest.who, newest.kind) == (other.actor, "lease")
    assert newest.what.startswith("接管编辑：王记录@office-1") and "到期" in newest.what
    now = LeaseService(db).current(sample_id)
    assert now is not None and (now.holder, now.expires_at, now.mine) == (other.actor, taken.expires_at, False)


@pytest.mark.sqlite_only
def test_a_window_that_owns_its_sqlite_file_takes_over_a_killed_windows_lease(db_path):
    """On an SQLite file the one-window lock is the lease: a lease left by a window that
    was killed (it never gave it back) does not make the next window read-only, nor
    refuse the typing box's text that the killed window left in the side file."""
    from hearing_desk.domain import Turn
    from hearing_desk.services.hearings import HearingService
    from hearing_desk.services.leases import LeaseService
    from hearing_desk.services.transcript import TranscriptService

    killed = Database(str(db_path))
    hid = HearingService(killed).add_demo()
    killed.actor = "王记录@venue"
    assert LeaseService(killed).take(hid).mine                  # … and then kill -9: never released
    killed.close()
    window = Database(str(db_path))
    try:
        window.lock_exclusive()
        assert window.owns_file
        leases = LeaseService(window)                           # the window joins the leases at start
        TranscriptService(window).save_draft(hid, Turn(seq=1, speaker="host", text="杀掉前输入的"))
        lease = leases.take(hid)
        assert lease.mine and lease.holder == window.actor
        assert TranscriptService(window).draft(hid).text == "杀掉前输入的"
    finally:
        window.close()


def test_the_command_line_takes_no_lease_and_is_let_through(db, db_url, sample_id):
    """A program without leases (``hearing-desk --db URL …``) writes past a window's
    lease; the window's next stale save is refused by the row's version instead."""
    from hearing_desk.services.leases import LeaseService

    window = LeaseService(db).take(sample_id)
    assert window.mine
    person = people_of(db, sample_id)[0]
    cli = Database(db_url)
    try:
        assert cli.lease_token is None
        PeopleService(cli).update_person(sample_id, person.id, affiliation="命令行改的单位")
    finally:
        cli.close()
    with pytest.raises(StaleEdit):
        PeopleService(db).update_person(sample_id, person.id, seen=person.version, affiliation="窗口的旧视图")
    assert people_of(db, sample_id)[0].affiliation == "命令行改的单位"


# ---------------------------------------------------------------- the change log

def test_every_change_is_logged_with_who_and_when_in_its_transaction(db, other, sample_id):
    from hearing_desk.domain import Turn
    from hearing_desk.errors import BadInput
    from hearing_desk.services.events import EventService
    from hearing_desk.services.hearing_fields import HearingFieldsService
    from hearing_desk.services.transcript import TranscriptService

    db.actor, other.actor = "王记录@office-1", "李陈述@office-2"
    log = EventService(db)
    assert [e.what for e in log.events(sample_id)][-1].startswith("新建听证会“")
    person = next(p for p in people_of(db, sample_id) if p.role is Role.PARTICIPANT)
    PeopleService(db).update_person(sample_id, person.id, affiliation="光明区数据局", seq=person.seq)
    ResponseService(other).answer(sample_id, "a6-1", Decision.ADOPTED, "经研究，予以采纳。")
    HearingFieldsService(db).set_field(sample_id, "venue", "光明区政务服务中心")
    state = TranscriptService(db).load(sample_id)
    seq = max((t.seq for t in state.hearing.transcript), default=0) + 1
    TranscriptService(db).append_turn(sample_id, Turn(seq, "会议继续。", person.id), Turn(seq + 1, "", person.id))
    with pytest.raises(BadInput):       # refused: nothing changed, nothing logged
        PeopleService(db).update_person(sample_id, person.id, name="")
    newest = log.events(sample_id)[:4]
    assert [(e.who, e.kind) for e in newest] == [
        ("王记录@office-1", "transcript"), ("王记录@office-1", "hearing"),
        ("李陈述@office-2", "answer"), ("王记录@office-1", "person")]
    assert newest[0].what == f"笔录新增第 {seq} 段：会议继续。"
    assert newest[1].what == "修改听证会信息：地点"
    assert newest[2].what.startswith("答复意见 a6-1：采纳（原为") and "经研究，予以采纳。" in newest[2].what
    assert newest[3].what == f"修改听证参加人“{person.name}”：工作单位"      # seq unchanged: not named
    assert all(e.at[:4] == "20" + e.at[2:4] for e in newest)


def test_the_typing_box_of_a_read_only_window_writes_nothing(db, other, sample_id):
    from hearing_desk.domain import Turn
    from hearing_desk.errors import HearingLeased
    from hearing_desk.services.leases import LeaseService
    from hearing_desk.services.transcript import TranscriptService

    assert LeaseService(db).take(sample_id).mine
    TranscriptService(db).save_draft(sample_id, Turn(90, "持有者正在输入", None))
    assert not LeaseService(other).take(sample_id).mine
    with pytest.raises(HearingLeased):
        TranscriptService(other).save_draft(sample_id, Turn(90, "只读窗口的输入", None))
    draft = TranscriptService(db).draft(sample_id)
    assert draft is not None and draft.text == "持有者正在输入"
