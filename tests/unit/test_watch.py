"""storage/watch.py: another program's commits are seen, this program's are not, from
any of its threads; the open hearing's changes and deletion are told apart."""
from __future__ import annotations

import threading

import pytest

from hearing_desk.domain import Turn
from hearing_desk.services.hearing_fields import HearingFieldsService
from hearing_desk.services.hearings import HearingService
from hearing_desk.services.transcript import TranscriptService
from hearing_desk.storage.database import Database
from hearing_desk.storage.watch import ExternalChange


@pytest.fixture
def other(db_path, db):
    database = Database(str(db_path))
    yield database
    database.close()


def test_only_other_programs_commits_count(db, other, sample_id):
    watcher = db.watcher()
    assert db.watcher() is watcher
    watcher.watch_hearing(sample_id)
    assert watcher.poll() is None
    HearingFieldsService(db).set_field(sample_id, "venue", "本程序")               # this program, GUI thread
    worker = threading.Thread(target=lambda: TranscriptService(db).save_draft(sample_id, Turn(1, "打字")))
    worker.start()
    worker.join()                                                       # this program, another thread
    assert watcher.poll() is None
    new_id = HearingService(other).add_demo()                           # the command line: an import
    assert watcher.poll() == ExternalChange()
    assert watcher.poll() is None                                       # told once
    HearingFieldsService(other).set_field(new_id, "title", "改名")             # another hearing than the open one
    assert watcher.poll() == ExternalChange()
    HearingFieldsService(other).set_field(sample_id, "venue", "另一个程序")      # the open hearing
    assert watcher.poll() == ExternalChange(open_hearing_changed=True)
    HearingFieldsService(db).set_field(sample_id, "venue", "本程序二")
    HearingFieldsService(other).set_field(sample_id, "matter", "另一个程序的事项")
    HearingFieldsService(db).set_field(sample_id, "venue", "本程序三")        # ours after theirs: still seen
    assert watcher.poll() == ExternalChange(open_hearing_changed=True)
    HearingService(other).delete(sample_id)
    assert watcher.poll() == ExternalChange(open_hearing_changed=True, open_hearing_deleted=True)


def test_asking_holds_no_snapshot(db, other, sample_id):
    """The watcher's connection keeps no read transaction open: a checkpoint can finish."""
    watcher = db.watcher()
    watcher.watch_hearing(sample_id)
    HearingService(other).add_demo()
    watcher.poll()
    with other.engine.connect() as conn:
        busy, _log, _done = conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").one()
    assert busy == 0


def test_no_watcher_for_a_database_in_memory():
    database = Database("sqlite://")
    try:
        assert database.watcher() is None
    finally:
        database.close()
