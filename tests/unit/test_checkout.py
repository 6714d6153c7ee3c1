"""Check-out and check-in between an archive (an SQLite file, then a real PostgreSQL
server) and a laptop's SQLite file: the round trip with offline edits, the archive's
refusal while the hearing is out, and a conflict reported with what differs – never
merged – then settled only with --force or --as-new."""
from __future__ import annotations

from datetime import datetime

import pytest

from hearing_desk.cli import main
from hearing_desk.domain import Turn
from hearing_desk.errors import BadInput, CheckedOut, CheckinConflict
from hearing_desk.formats.interchange import to_document
from hearing_desk.services.checkout import CheckoutService, differences
from hearing_desk.services.hearing_fields import HearingFieldsService
from hearing_desk.services.hearings import HearingService
from hearing_desk.services.search import SearchService
from hearing_desk.services.transcript import TranscriptService
from hearing_desk.storage.database import Database

AT = datetime.fromisoformat("2024-07-16T15:00:00+08:00")


@pytest.fixture
def archive(any_db_url):
    db = Database(any_db_url)
    yield db
    db.close()


@pytest.fixture
def lent_id(archive, full_hearing_path) -> int:
    return HearingService(archive).import_file(full_hearing_path)


def on_laptop(path, work):
    db = Database(str(path))
    try:
        return work(db)
    finally:
        db.close()


def offline_edits(db: Database, copy_id: int) -> None:
    """What the clerk does at the venue: a field, a turn corrected, a turn added."""
    HearingFieldsService(db).set_field(copy_id, "purpose", "现场补充：会场改在二楼")
    transcript = TranscriptService(db)
    hearing = transcript.load(copy_id).hearing
    transcript.correct_turn(copy_id, hearing.transcript[0].seq, text="现在宣布听证会开始（笔记本上更正）")


def test_round_trip_with_offline_edits(archive, lent_id, tmp_path):
    before = to_document(HearingService(archive).get(lent_id))
    laptop = tmp_path / "laptop.sqlite3"
    out = CheckoutService(archive).checkout(lent_id, laptop, by="刘麒麟@笔记本")
    copy = on_laptop(laptop, lambda db: HearingService(db).get(out.copy_id))
    assert to_document(copy) == before                          # the whole hearing went out
    assert [(x.hearing_id, x.by) for x in CheckoutService(archive).lent()] == [(lent_id, "刘麒麟@笔记本")]
    assert [(h.lent_by, h.borrowed) for h in HearingService(archive).list()] == [("刘麒麟@笔记本", False)]
    assert [(h.lent_by, h.borrowed) for h in on_laptop(laptop, lambda db: HearingService(db).list())] == [
        (None, True)]

    with pytest.raises(CheckedOut, match="已从档案库借出.*刘麒麟@笔记本.*laptop.sqlite3"):
        HearingFieldsService(archive).set_field(lent_id, "venue", "别处")
    with pytest.raises(CheckedOut):
        TranscriptService(archive).save_draft(lent_id, Turn(999, "档案库里打字", None))
    with pytest.raises(CheckedOut):
        HearingService(archive).delete(lent_id)
    assert to_document(HearingService(archive).get(lent_id)) == before      # nothing of it stored
    assert SearchService(archive).search("别处") == []

    on_laptop(laptop, lambda db: offline_edits(db, out.copy_id))
    expected = on_laptop(laptop, lambda db: to_document(HearingService(db).get(out.copy_id)))
    [done] = CheckoutService(archive).checkin(laptop)
    assert (done.hearing_id, done.how) == (lent_id, "returned")
    assert "听证目的已修改" in done.laptop_changes and any("笔录 seq" in c for c in done.laptop_changes)
    assert to_document(HearingService(archive).get(lent_id)) == expected     # the laptop's version, same id
    assert CheckoutService(archive).lent() == []
    HearingFieldsService(archive).set_field(lent_id, "venue", "档案库里又能改了")
    assert [h.ref for h in SearchService(archive).search("笔记本上更正")] != []
    with pytest.raises(BadInput, match="没有.*借出的听证会"):
        CheckoutService(archive).checkin(laptop)                # the copy's mark is gone too


def test_a_change_in_the_archive_meanwhile_is_a_conflict_never_merged(archive, lent_id, tmp_path):
    laptop = tmp_path / "laptop.sqlite3"
    service = CheckoutService(archive)
    out = service.checkout(lent_id, laptop)
    service.release(lent_id)                                    # the office gave up waiting …
    HearingFieldsService(archive).set_field(lent_id, "venue", "档案库改的地点")   # … and edited it
    on_laptop(laptop, lambda db: offline_edits(db, out.copy_id))
    archive_now = to_document(HearingService(archive).get(lent_id))

    with pytest.raises(CheckinConflict) as refused:
        service.checkin(laptop)
    message = str(refused.value)
    assert "借出期间档案库中的这场听证会被修改过（这次借出已被撤销）" in message
    assert "档案库中自借出后的改动：听证地点已修改" in message
    assert "笔记本上的改动：听证目的已修改；笔录 seq" in message and "--force" in message
    assert to_document(HearingService(archive).get(lent_id)) == archive_now  # nothing merged
    assert len(HearingService(archive).list()) == 1

    [new] = service.checkin(laptop, as_new=True)               # the user says: keep both
    assert new.how == "new" and new.hearing_id != lent_id
    assert HearingService(archive).get(new.hearing_id).purpose == "现场补充：会场改在二楼"
    assert HearingService(archive).get(lent_id).venue == "档案库改的地点"


def test_force_puts_the_laptops_version_in_place(archive, lent_id, tmp_path):
    laptop = tmp_path / "laptop.sqlite3"
    service = CheckoutService(archive)
    out = service.checkout(lent_id, laptop)
    service.release(lent_id)
    HearingFieldsService(archive).set_field(lent_id, "venue", "档案库改的地点")
    on_laptop(laptop, lambda db: offline_edits(db, out.copy_id))
    with pytest.raises(CheckinConflict):
        service.checkin(laptop)
    [done] = service.checkin(laptop, force=True)
    assert (done.hearing_id, done.how) == (lent_id, "forced")
    after = HearingService(archive).get(lent_id)
    assert after.purpose == "现场补充：会场改在二楼" and after.venue != "档案库改的地点"


def test_a_hearing_lent_cannot_be_lent_twice_and_its_file_is_not_the_archive(archive, lent_id, tmp_path):
    service = CheckoutService(archive)
    service.checkout(lent_id, tmp_path / "a.sqlite3", by="甲")
    with pytest.raises(BadInput, match="已于 .* 由 甲 借出到"):
        service.checkout(lent_id, tmp_path / "b.sqlite3")
    assert not (tmp_path / "b.sqlite3").exists() or on_laptop(
        tmp_path / "b.sqlite3", lambda db: HearingService(db).list()) == []
    if archive.path is not None:
        with pytest.raises(BadInput, match="档案库本身"):
            service.checkout(lent_id, archive.path)


def test_differences_name_what_changed():
    before = {"hearing": {"title": "甲", "venue": "一楼"}, "people": [{"id": "a", "name": "王五"}],
              "transcript": [{"seq": 1, "text": "开始"}], "opinions": []}
    after = {"hearing": {"title": "甲", "venue": "二楼"}, "people": [],
             "transcript": [{"seq": 1, "text": "开始了"}, {"seq": 2, "text": "新的一段"}], "opinions": []}
    assert differences(before, after) == ["听证地点已修改", "人员 王五：已删除", "笔录 seq 1（开始了）：已修改",
                                          "笔录 seq 2（新的一段）：新增"]


def test_checkout_and_checkin_on_the_command_line(any_db_url, full_hearing_path, tmp_path, capsys):
    laptop = str(tmp_path / "laptop.sqlite3")
    assert main(["--db", any_db_url, "import", str(full_hearing_path)]) == 0
    hid = capsys.readouterr().out.strip()
    assert main(["--db", any_db_url, "checkout", hid, "--to", laptop, "--by", "记录员"]) == 0
    copy_id = capsys.readouterr().out.strip()
    assert main(["--db", any_db_url, "lent"]) == 0
    assert capsys.readouterr().out.split("\t")[2] == "记录员"
    archive = Database(any_db_url)
    try:
        with pytest.raises(CheckedOut):
            HearingFieldsService(archive).set_field(int(hid), "venue", "别处")
    finally:
        archive.close()
    on_laptop(laptop, lambda db: offline_edits(db, int(copy_id)))
    assert main(["--db", any_db_url, "release", hid]) == 0
    archive = Database(any_db_url)
    try:
        HearingFieldsService(archive).set_field(int(hid), "venue", "别处")
    finally:
        archive.close()
    capsys.readouterr()
    assert main(["--db", any_db_url, "checkin", laptop]) == 1
    err = capsys.readouterr().err
    assert "未交回" in err and "听证地点已修改" in err
    with pytest.raises(SystemExit) as usage:
        main(["--db", any_db_url, "checkin", laptop, "--force", "--as-new"])
    assert usage.value.code == 2
    capsys.readouterr()
    assert main(["--db", any_db_url, "checkin", laptop, "--force"]) == 0
    assert "已交回（--force" in capsys.readouterr().err
