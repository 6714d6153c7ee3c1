"""Search across hearings: the terms a text is cut into, and a two-character word (数据)
found in every kind of text – on an SQLite file and on a real PostgreSQL server – kept
fresh when the text changes, forgotten when a hearing is deleted; counts across hearings."""
from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import text

from hearing_desk.domain import Decision, Hearing, Opinion, Person, Response, Role, Turn
from hearing_desk.domain.search import HitKind, contains, index_terms, query_terms, query_words, snippet
from hearing_desk.errors import BadInput
from hearing_desk.services.hearings import HearingService
from hearing_desk.services.search import SearchService
from hearing_desk.services.transcript import TranscriptService
from hearing_desk.storage.database import Database

AT = datetime.fromisoformat("2023-05-10T09:00:00+08:00")


def test_cjk_text_is_cut_into_characters_and_pairs():
    assert index_terms("公共数据") == ["公", "共", "数", "据", "公共", "共数", "数据"]
    assert index_terms("ＡＢ１２，Data安全_x𠮷𠮷") == ["ab12", "data", "安", "全", "安全", "x", "𠮷", "𠮷𠮷"]
    assert query_terms(query_words("公共数据")) == ["公共", "共数", "数据"]
    assert query_terms(query_words("数")) == ["数"]
    assert query_terms(query_words("  ")) == []


def test_contains_wants_the_words_as_written():
    assert contains("公共数据授权", ["数据"])
    assert not contains("数额据实", ["数据"])          # both characters, not the word
    assert contains("ＤＡＴＡ", query_words("data"))


def test_snippet_is_around_the_word():
    body = "一" * 60 + "数据" + "二" * 60
    cut = snippet(body, ["数据"], width=20)
    assert "数据" in cut and cut.startswith("…") and cut.endswith("…") and len(cut) == 22


def archive_hearing(title: str = "听证会甲") -> Hearing:
    """A hearing holding 数据 once in each kind of text, each in words of its own."""
    return Hearing(
        title=title, matter="关于停车收费的事项", starts_at=AT,
        people=[Person("h", Role.HOST, "杨成"),
                Person("p1", Role.PARTICIPANT, "王五", description="从事数据标注工作十年", category="公民"),
                Person("p2", Role.PARTICIPANT, "赵六", category="企业代表")],
        opinions=[Opinion("o1", "p1", "建议开放交通数据接口", response=Response(Decision.ADOPTED, "已在第五条写明")),
                  Opinion("o2", "p2", "收费标准过高", response=Response(Decision.EXPLAINED, "收费依据统计数据测算"))],
        transcript=[Turn(1, "现在宣布听证会开始", "h", at=AT), Turn(2, "我们掌握的数据显示车位紧张", "p2", at=AT)],
    )


@pytest.fixture
def archive(any_db_url):
    db = Database(any_db_url)
    yield db
    db.close()


def test_a_two_character_word_is_found_in_every_kind_of_text(archive):
    hearings, search = HearingService(archive), SearchService(archive)
    hid = hearings.add(archive_hearing())
    other = hearings.add(archive_hearing("公共数据授权运营听证会"))
    hits = search.search("数据")
    mine = {(h.kind, h.ref) for h in hits if h.hearing_id == hid}
    assert mine == {(HitKind.PERSON, "p1"), (HitKind.OPINION, "o1"), (HitKind.ANSWER, "o2"),
                    (HitKind.TRANSCRIPT, "2")}
    assert (HitKind.TITLE, "") in {(h.kind, h.ref) for h in hits if h.hearing_id == other}
    turn = next(h for h in hits if h.kind is HitKind.TRANSCRIPT and h.hearing_id == hid)
    assert turn.place == "笔录第 2 段 听证参加人（赵六）" and "数据显示" in turn.snippet
    assert [h.kind for h in search.search("数据 标注")] == [HitKind.PERSON] * 2
    assert search.search("数额") == []
    assert {h.ref for h in search.search("车") if h.hearing_id == hid} == {"", "2"}     # 停车, 车位
    with pytest.raises(BadInput):
        search.search("，。")


def test_the_index_follows_every_change_in_the_same_transaction(archive):
    hearings, search, transcript = HearingService(archive), SearchService(archive), TranscriptService(archive)
    hid = hearings.add(archive_hearing())
    assert search.search("紧张")
    transcript.correct_turn(hid, 2, text="我们掌握的情况显示车位充足")
    assert search.search("紧张") == []
    assert [h.ref for h in search.search("充足")] == ["2"]
    transcript.save_draft(hid, Turn(3, "正在输入的数据字样", "h"))   # the typing box: not searched, not indexed
    with archive.session() as s:
        assert s.execute(text("SELECT count(*) FROM search_stale")).scalar() == 0
    assert search.search("字样") == []
    hearings.delete(hid)
    assert search.search("数据") == []
    with archive.session() as s:
        assert s.execute(text("SELECT count(*) FROM search_entry")).scalar() == 0


def test_rebuild_indexes_every_hearing_again(archive):
    hearings, search = HearingService(archive), SearchService(archive)
    hearings.add(archive_hearing())
    hearings.add(archive_hearing("第二场"))
    assert search.rebuild() == 2
    assert len({h.hearing_id for h in search.search("数据")}) == 2


def test_read_only_search_reads_changed_hearings_whole(db_path):
    db = Database(str(db_path))
    hid = HearingService(db).add(archive_hearing())
    db.close()
    ro = Database(str(db_path), read_only=True)
    try:
        hits = SearchService(ro).search("数据")       # not indexed yet; nothing written
        assert {h.ref for h in hits if h.hearing_id == hid} == {"p1", "o1", "o2", "2"}
        with ro.session() as s:
            assert s.execute(text("SELECT count(*) FROM search_stale")).scalar() == 1
    finally:
        ro.close()


def test_counts_across_hearings(archive):
    hearings, search = HearingService(archive), SearchService(archive)
    hearings.add(archive_hearing())
    second = archive_hearing("第二场")
    second.starts_at = datetime.fromisoformat("2024-03-01T09:00:00+08:00")
    hearings.add(second)
    hearings.add(Hearing(title="未定日期的听证会"))
    tally = search.tally()
    assert tally.hearings_by_year == [("2023", 1), ("2024", 1), ("日期未定", 1)]
    assert tally.opinions_by_decision == [("采纳", 2), ("解释说明", 2)]
    assert tally.people_by_category == [("公民", 2), ("企业代表", 2)]
    assert tally.opinions_by_category == [("公民", 2), ("企业代表", 2)]


def test_pg_trgm_alone_misses_the_two_character_word(pg_cluster):
    """Why the PostgreSQL index is not pg_trgm: a trigram index has no trigram of a
    two-character word to look up, and similarity does not find 数据 in a sentence."""
    conn = pg_cluster.admin()
    conn.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    found = conn.execute("SELECT show_trgm('数据'), '我们掌握的数据显示车位紧张' % '数据', "
                         "'数据' <% '我们掌握的数据显示车位紧张'").fetchone()
    assert found == ([], False, False)


def test_migration_0006_indexes_the_hearings_already_there(any_db_url, full_hearing_path):
    """A database from before search (0003) with a hearing in it: after the upgrade the
    first search finds its words; a downgrade takes the index away again."""
    from alembic import command
    from alembic.config import Config

    from hearing_desk.paths import migrations_dir

    db = Database(any_db_url)
    hid = HearingService(db).import_file(full_hearing_path)
    db.close()
    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    db = Database(any_db_url, migrate=False)
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0003")
        assert not {"search_entry", "search_stale"} & set(db.engine.dialect.get_table_names(conn))
    db.close()
    db = Database(any_db_url)                       # upgrades to the head
    try:
        title = HearingService(db).get(hid).title
        hits = SearchService(db).search(title[:2])
        assert hid in {h.hearing_id for h in hits}
    finally:
        db.close()


def test_search_and_stats_on_the_command_line(any_db_url, capsys):
    from hearing_desk.cli import main

    db = Database(any_db_url)
    hid = HearingService(db).add(archive_hearing())
    db.close()
    assert main(["--db", any_db_url, "search", "数据", "--rebuild"]) == 0
    out, err = capsys.readouterr()
    lines = [line.split("\t") for line in out.splitlines()]
    assert {(int(f[0]), f[2]) for f in lines} == {(hid, "人员"), (hid, "意见"), (hid, "答复"), (hid, "笔录")}
    assert ["1", "听证会甲", "笔录", "笔录第 2 段 听证参加人（赵六）", "我们掌握的数据显示车位紧张"] in lines
    assert "找到 4 处，在 1 场听证会中" in err
    assert main(["--db", any_db_url, "search", "，"]) == 2
    assert "请输入要查找的字词" in capsys.readouterr().err
    assert main(["--db", any_db_url, "stats"]) == 0
    out = capsys.readouterr().out
    assert "意见（按处理结果）\n\t采纳\t1\n\t解释说明\t1\n\t合计\t2\n" in out
