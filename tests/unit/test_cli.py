"""The command line as scripts call it: real processes, real files, a real database."""
from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

SAMPLE = json.loads((Path(__file__).resolve().parents[2] / "resources/sample/guangming-public-data.json")
                    .read_text(encoding="utf-8"))


def run(*args, db=None, check_status=None, stdin=None):
    """The command line in this process (``cli.main(argv)``): what a script sees, without
    starting an interpreter per call. ``run_process`` keeps a few real-process checks."""
    import contextlib
    import io

    from hearing_desk import cli

    argv = (["--db", str(db)] if db else []) + [str(a) for a in args]
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = cli.main(argv)
        except SystemExit as exc:           # argparse: usage errors, --help, --version
            code = exc.code if isinstance(exc.code, int) else 1
    proc = subprocess.CompletedProcess(["hearing-desk", *argv], code, out.getvalue(), err.getvalue())
    if check_status is not None:
        assert proc.returncode == check_status, proc.stderr
    return proc


def run_process(*args, db=None, check_status=None, stdin=None):
    """The command line as a real process (``python -m hearing_desk``)."""
    cmd = [sys.executable, "-m", "hearing_desk"] + (["--db", str(db)] if db else []) + [str(a) for a in args]
    proc = subprocess.run(cmd, capture_output=True, text=True, encoding="utf-8", input=stdin,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, timeout=60)
    if check_status is not None:
        assert proc.returncode == check_status, proc.stderr
    return proc


def test_demo_import_list_export(tmp_path, db_path):
    """Real processes, as a script calls them: ids alone on stdout, nothing on stderr."""
    first = run_process("demo", db=db_path, check_status=0)
    assert first.stdout.strip() == "1" and first.stderr == ""
    second = run_process("import", _write(tmp_path / "h.json", SAMPLE),
                         db=db_path, check_status=0)
    assert second.stdout.strip() == "2"
    listing = run_process("list", db=db_path, check_status=0).stdout.splitlines()
    assert listing == [f"1\t{SAMPLE['hearing']['title']}", f"2\t{SAMPLE['hearing']['title']}"]
    out = tmp_path / "out.json"
    run_process("export", "2", "--json", out, db=db_path, check_status=0)
    assert json.loads(out.read_text(encoding="utf-8")) == SAMPLE


def test_environment_variable_names_the_database(tmp_path, monkeypatch):
    monkeypatch.setenv("HEARING_DESK_DB", str(tmp_path / "env.sqlite3"))
    run("demo", check_status=0)
    assert (tmp_path / "env.sqlite3").exists()


def test_default_database_is_in_the_user_data_folder(tmp_path):
    run("demo", check_status=0)
    assert (tmp_path / "data" / "hearing-desk.sqlite3").exists()   # HEARING_DESK_DATA_DIR from conftest


def test_sqlalchemy_url_is_accepted(tmp_path):
    url = f"sqlite:///{tmp_path / 'url.sqlite3'}"
    run("demo", db=url, check_status=0)
    assert run("list", db=url, check_status=0).stdout.startswith("1\t")


def _write(path: Path, doc) -> Path:
    path.write_text(doc if isinstance(doc, str) else json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


def _mutate(fn):
    doc = copy.deepcopy(SAMPLE)
    fn(doc)
    return doc


def _set(path, value):
    def fn(doc):
        node = doc
        for key in path[:-1]:
            node = node[key]
        node[path[-1]] = value
    return fn


def _del(path):
    def fn(doc):
        node = doc
        for key in path[:-1]:
            node = node[key]
        del node[path[-1]]
    return fn


BAD_FILES = {
    # name: (content, words the message must contain)
    "not json": ("{ this is not json", ["不是合法的 JSON", "第 1 行"]),
    "empty file": ("", ["不是合法的 JSON"]),
    "top level is a list": ("[]", ["应为对象"]),
    "wrong format tag": (_mutate(_set(["format"], "hearing-desk/2")), ["format", "hearing-desk/1"]),
    "no hearing": (_mutate(_del(["hearing"])), ['缺少必填字段 "hearing"']),
    "empty title": (_mutate(_set(["hearing", "title"], "")), ["hearing.title", "不能为空"]),
    "unknown field": (_mutate(_set(["hearing", "chairman"], "杨成")), ["hearing", '"chairman"']),
    "unknown role": (_mutate(_set(["people", 3, "role"], "chairman")), ["people[3].role", "chairman"]),
    "person without name": (_mutate(_del(["people", 4, "name"])), ["people[4]", '"name"']),
    "duplicate person id": (_mutate(_set(["people", 4, "id"], "a1")), ["people[4].id", '"a1"', "重复"]),
    "opinion of unknown speaker": (_mutate(_set(["opinions", 3, "speaker"], "a99")),
                                   ['opinions[3].speaker：找不到 id 为 "a99" 的人员']),
    "duplicate opinion number": (_mutate(_set(["opinions", 1, "seq"], 1)), ["opinions[1].seq", "重复"]),
    "unknown decision": (_mutate(_set(["opinions", 0, "response", "decision"], "maybe")),
                         ["opinions[0].response.decision", "maybe"]),
    "time without offset": (_mutate(_set(["hearing", "starts_at"], "2024-07-16 15:00")),
                            ["hearing.starts_at", "时间格式"]),
    "impossible date": (_mutate(_set(["hearing", "starts_at"], "2024-02-30T15:00:00+08:00")),
                        ["hearing.starts_at", "时间不存在"]),
    "ends before it starts": (_mutate(_set(["hearing", "ends_at"], "2024-07-16T14:00:00+08:00")),
                              ["hearing.ends_at", "早于"]),
    "seq is text": (_mutate(_set(["people", 3, "seq"], "一")), ["people[3].seq", "应为整数"]),
    "negative seq": (_mutate(_set(["people", 3, "seq"], 0)), ["people[3].seq", "不小于 1"]),
    "transcript speaker unknown": (_mutate(_set(["transcript"], [{"seq": 1, "speaker": "zz", "text": "好"}])),
                                   ['transcript[0].speaker：找不到 id 为 "zz" 的人员']),
    "duplicate turn seq": (_mutate(_set(["transcript"], [{"seq": 1, "text": "a"}, {"seq": 1, "text": "b"}])),
                           ["transcript[1].seq", "重复"]),
    "opinion refers to missing turn": (_mutate(_set(["opinions", 0, "transcript_refs"], [7])),
                                       ["opinions[0].transcript_refs[0]", "7"]),
    "bad milestone date": (_mutate(_set(["hearing", "milestones"], [{"date": "2024/07/01", "event": "公告"}])),
                           ["hearing.milestones[0].date", "日期格式"]),
    "contact with unknown field": (_mutate(_set(["people", 3, "contact"], {"wechat": "x"})),
                                   ["people[3].contact", '"wechat"']),
}


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    """A database holding the sample hearing, made once; each test works on a copy."""
    path = tmp_path_factory.mktemp("template") / "demo.sqlite3"
    run("demo", db=path, check_status=0)
    return path


def _listing(path) -> list[tuple[int, str, int, int]]:
    from hearing_desk.services.hearings import HearingService
    from hearing_desk.storage.database import Database
    db = Database(str(path))
    try:
        return [(h.id, h.title, h.participants, h.opinions) for h in HearingService(db).list()]
    finally:
        db.close()


@pytest.mark.parametrize("name", list(BAD_FILES))
def test_bad_file_is_refused_whole(name, tmp_path, demo_db):
    content, words = BAD_FILES[name]
    db_path = tmp_path / "db.sqlite3"
    db_path.write_bytes(demo_db.read_bytes())
    before = _listing(db_path)
    proc = run("import", _write(tmp_path / "bad.json", content), db=db_path)
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert "Traceback" not in proc.stderr
    for word in words:
        assert word in proc.stderr
    assert _listing(db_path) == before == [(1, SAMPLE["hearing"]["title"], 9, 21)]


def test_file_that_is_not_utf8(tmp_path, db_path):
    path = tmp_path / "gbk.json"
    path.write_bytes(json.dumps(SAMPLE, ensure_ascii=False).encode("gb18030"))
    proc = run("import", path, db=db_path)
    assert proc.returncode == 2 and "UTF-8" in proc.stderr and "Traceback" not in proc.stderr


def test_missing_file_and_missing_hearing(tmp_path, db_path):
    proc = run("import", tmp_path / "nope.json", db=db_path)
    assert proc.returncode == 2 and "找不到文件" in proc.stderr
    proc = run("export", "42", "--json", tmp_path / "x.json", db=db_path)
    assert proc.returncode == 2 and "没有编号为 42 的听证会" in proc.stderr
    assert not (tmp_path / "x.json").exists()


def test_export_needs_something_to_write(db_path):
    run("demo", db=db_path, check_status=0)
    proc = run("export", "1", db=db_path)
    assert proc.returncode == 2 and "--json" in proc.stderr


def test_usage_errors_are_status_2_in_chinese(db_path):
    proc = run_process("frobnicate", db=db_path)
    assert proc.returncode == 2 and "参数错误" in proc.stderr
    proc = run("--tab", "kitchen", db=db_path)
    assert proc.returncode == 2


def test_export_to_unwritable_place_is_status_1(tmp_path, db_path, monkeypatch):
    run("demo", db=db_path, check_status=0)
    (tmp_path / "a-file").write_text("")
    proc = run("export", "1", "--json", tmp_path / "a-file" / "x.json", db=db_path)   # a path through a file
    assert proc.returncode == 2 and "a-file/x.json" in proc.stderr and "Traceback" not in proc.stderr
    import tempfile

    def denied(*args, **kwargs):
        raise PermissionError(13, "Permission denied", kwargs.get("dir"))

    monkeypatch.setattr(tempfile, "mkstemp", denied)       # a folder the user may not write (root may)
    target = tmp_path / "locked" / "x.json"
    proc = run("export", "1", "--json", target, db=db_path)
    assert proc.returncode == 1 and "无法读写文件" in proc.stderr and "Traceback" not in proc.stderr
    assert str(target) in proc.stderr


def test_export_font_option(tmp_path, db_path):
    """`--font` picks the PDFs' font; a font file that is not there is bad input."""
    run("demo", db=db_path, check_status=0)
    hei = next((p for p in (Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),) if p.is_file()), None)
    if hei is None:
        pytest.fail("fonts-wqy-zenhei is not installed; ./hd test installs it")
    mine = tmp_path / "myfont.ttc"
    mine.symlink_to(hei)
    out = tmp_path / "r.pdf"
    run("export", "1", "--report", out, "--font", mine, db=db_path, check_status=0)
    import pdfplumber
    with pdfplumber.open(str(out)) as pdf:
        body = {c["fontname"].split("+")[-1] for page in pdf.pages for c in page.chars
                if round(c["size"]) == 16}
    # by default the body is set in AR PL UMing (a Song/Ming face); the chosen font replaces it
    # (the page numbers stay in a 宋体 face, as GB/T 9704 7.5 wants)
    assert body and all("WenQuanYiZenHei" in name for name in body), body

    proc = run("export", "1", "--report", tmp_path / "x.pdf", "--font", tmp_path / "nope.ttf", db=db_path)
    assert proc.returncode == 2 and "找不到字体文件" in proc.stderr and "Traceback" not in proc.stderr
    assert not (tmp_path / "x.pdf").exists()


@pytest.mark.parametrize("name", list(BAD_FILES))
def test_fast_check_and_jsonschema_agree(name):
    """Good files pass the compiled check alone, so it must refuse whatever jsonschema refuses."""
    from hearing_desk.formats import interchange

    content, _words = BAD_FILES[name]
    if isinstance(content, str):
        try:
            content = json.loads(content)
        except json.JSONDecodeError:
            return                               # not JSON at all: refused before any schema
    if any(True for _ in interchange._validator().iter_errors(content)):
        assert not interchange._schema_ok(content)


def test_fast_check_passes_good_files():
    from hearing_desk.formats import interchange

    full = json.loads((Path(__file__).resolve().parents[1] / "data/full-hearing.json").read_text(encoding="utf-8"))
    for doc in (SAMPLE, full):
        assert interchange._schema_ok(doc)
        assert not list(interchange._validator().iter_errors(doc))


# ---------------------------------------------------------------- verify a printed transcript

def test_verify_a_printed_fingerprint_from_the_hearing_file(tmp_path, db_path):
    """The short form on every page and the whole digest on the last page are checked
    against the record in a hearing file: 0 when they match, 1 with a Chinese sentence
    when not (naming the lock a fingerprint of an older version belongs to), 2 for a
    fingerprint that cannot be one."""
    from hearing_desk.domain import short_fingerprint
    from hearing_desk.domain.fingerprint import grouped_fingerprint
    from hearing_desk.formats.interchange import read_file

    signed = Path(__file__).resolve().parents[1] / "data" / "signed-hearing.json"
    h = read_file(signed)
    now, old = h.locks[1].fingerprint, h.locks[0].fingerprint
    ok = run("verify", signed, short_fingerprint(now), check_status=0)
    assert ok.stdout.startswith("指纹一致") and "指纹前 16 位" in ok.stdout and ok.stderr == ""
    whole = run("verify", signed, grouped_fingerprint(now), check_status=0)
    assert "完整指纹" in whole.stdout
    stale = run("verify", signed, short_fingerprint(old), check_status=1)
    assert "指纹不符" in stale.stderr and "第 1 次锁定" in stale.stderr and "修改记录 2 处" in stale.stderr
    # the file edited by hand after printing: the paper no longer matches
    doc = json.loads(signed.read_text(encoding="utf-8"))
    doc["transcript"][0]["text"] = "现在宣布听证会开始了。"
    edited = _write(tmp_path / "edited.json", doc)
    bad = run("verify", edited, short_fingerprint(now), check_status=1)
    assert "没有修改记录：文件在锁定后被改动过" in bad.stderr and "Traceback" not in bad.stderr
    del doc["record"]                               # and a file of another tool: no record at all
    for p in doc["people"]:
        if "signature" in p:
            p["signature"].pop("lock", None)
    unknown = run("verify", _write(tmp_path / "bare.json", doc), short_fingerprint(now), check_status=1)
    assert "纸面上的笔录与文件中的记录不一致" in unknown.stderr
    # a hearing exported from the database verifies as well
    hid = run("import", signed, db=db_path, check_status=0).stdout.strip()
    out = tmp_path / "again.json"
    run("export", hid, "--json", out, db=db_path, check_status=0)
    run("verify", out, now, check_status=0)
    assert run("verify", signed, "12AB", check_status=2).stderr.startswith("hearing-desk：指纹“12AB”格式不对")
    assert run("verify", tmp_path / "none.json", now, check_status=2).stderr.startswith("hearing-desk：找不到文件")


def test_export_warns_that_an_unlocked_transcript_is_a_draft(tmp_path, db_path):
    run("demo", db=db_path, check_status=0)
    proc = run("export", "1", "--transcript", tmp_path / "t.pdf", db=db_path, check_status=0)
    assert "hearing-desk：注意：听证笔录中还没有任何发言记录，导出的是只有表头的草稿。" in proc.stderr
