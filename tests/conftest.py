"""Shared fixtures. Every test runs headless with its own data, config and database
folders under tmp_path, so nothing touches the user's real files."""
from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"


def pytest_collection_modifyitems(items):
    """Tests that need a QApplication are marked ``gui`` so the fast set runs alone (-m 'not gui')."""
    for item in items:
        if {"qtbot", "qapp", "ctx"} & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path, monkeypatch):
    monkeypatch.setenv("HEARING_DESK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("HEARING_DESK_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("HEARING_DESK_LOG_DIR", str(tmp_path / "log"))
    monkeypatch.delenv("HEARING_DESK_DB", raising=False)


#: The team's reference material (the seed report, the reference hearing, the schema
#: it was written against), copied word for word from ``../shared`` so that the suite
#: runs in a clone with nothing beside it; ``tools/reference.py`` copies them again.
REFERENCE = DATA / "shared"


@pytest.fixture
def shared_dir() -> Path:
    return REFERENCE


@pytest.fixture
def sample_path() -> Path:
    from hearing_desk.paths import sample_hearing_path
    return sample_hearing_path()


@pytest.fixture
def sample_hearing(sample_path):
    from hearing_desk.formats.interchange import read_file
    return read_file(sample_path)


@pytest.fixture
def full_hearing_path() -> Path:
    """A hearing that uses every field of the format (panel, supervisors, labels ...)."""
    return DATA / "full-hearing.json"


@pytest.fixture
def signed_hearing_path() -> Path:
    """full-hearing.json as the program leaves it after signing: attendance checked, two
    locks with a change of a turn and of the venue between them, signatures of both
    versions, turn times printed (written by the services, then given fixed times)."""
    return DATA / "signed-hearing.json"


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "hearings.sqlite3"


#: Test modules whose tests on ``db`` run twice: on an SQLite file and on a real
#: PostgreSQL server (tests/postgres.py). A test that names ``db_path`` itself, or is
#: marked ``sqlite_only``, is about the SQLite file and runs once.
BOTH_DATABASES = frozenset({
    "test_storage", "test_interchange", "test_opinions_service", "test_responses_service",
    "test_setup_service", "test_setup_signup", "test_setup_draft", "test_transcript_service",
    "test_checks", "test_clean_input", "test_concurrent_editing", "test_office_archive", "test_documents",
})


def pytest_generate_tests(metafunc):
    if "database_kind" not in metafunc.fixturenames:
        return
    if metafunc.module.__name__.rsplit(".", 1)[-1] not in BOTH_DATABASES:
        return
    import inspect
    if metafunc.definition.get_closest_marker("sqlite_only") is not None:
        return
    if "db_path" in inspect.signature(metafunc.function).parameters:
        return
    metafunc.parametrize("database_kind", ["sqlite", "postgresql"], indirect=True)


@pytest.fixture
def database_kind(request) -> str:
    """``sqlite`` or ``postgresql`` (see BOTH_DATABASES)."""
    return getattr(request, "param", "sqlite")


@pytest.fixture(scope="session")
def pg_cluster(tmp_path_factory):
    """One throwaway PostgreSQL server per test worker, on 127.0.0.1, stopped at the end.
    Without the server installed the PostgreSQL tests are skipped, but under CI (CI=true)
    they fail: CI must test both databases."""
    from tests.postgres import Cluster, server_bin

    bin_dir = server_bin()
    if bin_dir is None:
        message = "PostgreSQL 服务器程序未安装（Debian: apt-get install postgresql；./hd test 以 root 运行时自动安装）"
        if os.environ.get("CI", "").lower() in ("true", "1", "yes"):
            pytest.fail(message)
        pytest.skip(message)
    cluster = Cluster(bin_dir, tmp_path_factory.mktemp("postgresql"))
    try:
        cluster.start()
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture
def db_url(database_kind, db_path, request):
    """The test's database: the SQLite file ``db_path``, or an empty schema of its own on
    the session's PostgreSQL server."""
    if database_kind == "sqlite":
        yield str(db_path)
        return
    cluster = request.getfixturevalue("pg_cluster")
    url = cluster.fresh_url()
    yield url
    cluster.drop(url)


@pytest.fixture
def db(db_url):
    from hearing_desk.storage.database import Database
    database = Database(db_url)
    yield database
    database.close()


@pytest.fixture
def hearings(db):
    from hearing_desk.services.hearings import HearingService
    return HearingService(db)


def setup_services(db):
    """What the setup tab calls: its four services (hearing fields, people, attendance, agenda)."""
    from types import SimpleNamespace

    from hearing_desk.services.agenda import AgendaService
    from hearing_desk.services.attendance import AttendanceService
    from hearing_desk.services.hearing_fields import HearingFieldsService
    from hearing_desk.services.people import PeopleService
    return SimpleNamespace(fields=HearingFieldsService(db), people=PeopleService(db),
                           attendance=AttendanceService(db), agenda=AgendaService(db))


@pytest.fixture
def setup(db):
    return setup_services(db)


@pytest.fixture
def store_fields(db):
    """Write a hearing's own fields (title, agenda …) straight to the database, past the
    services' rules – as another program or an older version might have left them."""
    def store(hearing) -> None:
        from hearing_desk.storage.repository import hearings as hearing_rows
        with db.session() as s:
            hearing_rows.save_fields(s, hearing)
    return store


@pytest.fixture
def sample_id(hearings) -> int:
    return hearings.add_demo()


@pytest.fixture
def unchecked_sample_id(hearings, sample_hearing) -> int:
    """The sample as it stands when entered in the program, before 签到: nobody checked
    (the reference file says nothing of attendance, which the format reads as present)."""
    for p in sample_hearing.people:
        p.attended = None
    return hearings.add(sample_hearing)


@pytest.fixture
def ctx(qapp, db, tmp_path):
    """What the main window and every tab are given, on a fresh database and settings file."""
    from hearing_desk.ui.context import AppContext
    from hearing_desk.ui.settings import Settings
    return AppContext(db=db, settings=Settings(tmp_path / "config" / "settings.ini"))


@pytest.fixture(autouse=True, scope="session")
def _garbage_collected_in_the_main_thread():
    """As in the program (hearing_desk/ui/garbage.py): no automatic collection, which
    could free a finished test's Qt objects inside some later test's worker thread."""
    import gc

    was = gc.isenabled()
    gc.disable()
    yield
    if was:
        gc.enable()


@pytest.fixture(autouse=True)
def _collect_after_each_test():
    yield
    from hearing_desk.ui.garbage import collect_if_due
    collect_if_due()


@pytest.fixture(params=["sqlite", "postgresql"])
def any_db_url(request, tmp_path):
    """A database on an SQLite file, then on an empty schema of the PostgreSQL server."""
    if request.param == "sqlite":
        yield str(tmp_path / "archive.sqlite3")
        return
    cluster = request.getfixturevalue("pg_cluster")
    url = cluster.fresh_url()
    yield url
    cluster.drop(url)
