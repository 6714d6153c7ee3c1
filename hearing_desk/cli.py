"""The command line. These words are an interface: scripts and other programs call them.

    hearing-desk [--db URL] [--hearing ID] [--tab setup|transcript|opinions|responses]
    hearing-desk [--db URL] import FILE.json
    hearing-desk [--db URL] list
    hearing-desk [--db URL] export ID [--json F] [--report F.pdf] [--report-docx F.docx]
                                      [--transcript F.pdf] [--summary F.xlsx] [--font F.ttf]
                                      [--no-personal-data] [--mask-personal-data]
    hearing-desk [--db URL] demo
    hearing-desk [--db URL] search WORDS… [--rebuild] [--limit N]
    hearing-desk [--db URL] stats
    hearing-desk [--db URL] checkout ID --to FILE [--by NAME]
    hearing-desk [--db URL] checkin FILE [--hearing ID] [--force | --as-new]
    hearing-desk [--db URL] release ID
    hearing-desk [--db URL] lent
    hearing-desk [--db URL] backup [--to FILE]
    hearing-desk [--db URL] backups
    hearing-desk [--db URL] restore FILE
    hearing-desk verify FILE.json FINGERPRINT

Exit status 0 on success, 2 for bad input, 1 for anything else (``verify``: 1 when
the fingerprint does not match). Messages go to stderr in Chinese; ``import`` and
``demo`` print only the new id on stdout, ``backup`` only the backup's path,
``verify`` its verdict.

A file marked read-only is opened read-only by ``list``, ``export`` and ``backup``
and refused by the others. Beside an open window (its lock file ``x.db.lock`` is
held) the command line first checks that the window still holds SQLite's locks on
the file; if it does not, every command refuses (exit 1) rather than risk the file.
``list``, ``export`` and ``backup`` then open the file read-only; ``import`` and
``demo`` write through SQLite's locks; ``restore`` refuses (the window restores from
its own menu).
"""
from __future__ import annotations

import argparse
import errno
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from . import __version__
from .errors import BadInput, DatabaseDamaged, DatabaseInUse, HearingDeskError

#: commands that only read the database: read-only beside an open window
#: (``search`` then reads the hearings changed since their last indexing whole)
READING = {"list", "export", "backup", "search", "stats", "lent"}

TABS = ("setup", "transcript", "opinions", "responses")


class _Parser(argparse.ArgumentParser):
    """argparse that reports usage errors in Chinese with exit status 2."""

    def error(self, message: str):  # noqa: D401 - argparse API
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}：参数错误：{message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="hearing-desk", description="Hearing Desk —— 重大行政决策听证会记录与报告工具")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--db", metavar="URL", help="数据库：SQLite 文件路径或 SQLAlchemy 地址"
                                                    "（默认：用户数据目录中的文件，或环境变量 HEARING_DESK_DB）")
    parser.add_argument("--hearing", type=int, metavar="ID", help="打开窗口时直接打开这场听证会")
    parser.add_argument("--tab", choices=TABS, help="打开窗口时显示的标签页")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    p = sub.add_parser("import", help="导入听证会文件（hearing-desk/1 格式），在标准输出打印新编号")
    p.add_argument("file", metavar="FILE.json")

    sub.add_parser("list", help="列出听证会：每行 编号<TAB>名称")

    p = sub.add_parser("export", help="导出听证会文件和文书")
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument("--json", metavar="F", help="听证会文件（hearing-desk/1 格式）")
    p.add_argument("--report", metavar="F.pdf", help="听证报告 PDF")
    p.add_argument("--report-docx", metavar="F.docx", help="听证报告 Word")
    p.add_argument("--transcript", metavar="F.pdf", help="听证笔录 PDF（供签字）")
    p.add_argument("--summary", metavar="F.xlsx", help="听证意见汇总表 Excel")
    p.add_argument("--font", metavar="F.ttf", help="PDF 文书使用的字体文件（TrueType：.ttf 或 .ttc；"
                                                   "默认按环境变量 HEARING_DESK_FONT、再按系统字体选择）")
    p.add_argument("--no-personal-data", action="store_true", help="听证会文件中不含联系电话、身份证号等个人信息")
    p.add_argument("--mask-personal-data", action="store_true",
                   help="听证报告和意见汇总表中遮盖自由文本里的手机号、身份证号、邮箱（如 138****1234）")

    sub.add_parser("demo", help="添加示例听证会（光明区公共数据授权运营听证会），打印其编号")

    p = sub.add_parser("search", help="在所有听证会中查找字词（名称、人员、意见、答复、笔录）："
                                      "每行 编号<TAB>听证会<TAB>类别<TAB>位置<TAB>摘录")
    p.add_argument("words", nargs="+", metavar="WORDS", help="要查找的字词；多个字词须出现在同一处")
    p.add_argument("--rebuild", action="store_true", help="先重建所有听证会的检索索引")
    p.add_argument("--limit", type=int, default=500, metavar="N", help="最多列出的结果数（默认 500）")

    p = sub.add_parser("checkout", help="把听证会从档案库借出到笔记本的 SQLite 文件（档案库中标记为已借出，"
                                        "交回前不能修改），在标准输出打印它在文件中的编号")
    p.add_argument("id", type=int, metavar="ID", help="档案库中听证会的编号")
    p.add_argument("--to", required=True, metavar="FILE", help="笔记本上的数据库文件（不存在则新建）")
    p.add_argument("--by", metavar="NAME", help="借出人（默认：登录名@计算机名）")

    p = sub.add_parser("checkin", help="把笔记本文件中借出的听证会交回档案库；期间档案库中若有改动则报告冲突，不合并")
    p.add_argument("file", metavar="FILE", help="笔记本上的数据库文件")
    p.add_argument("--hearing", dest="copy_id", type=int, metavar="ID", help="只交回文件中编号为 ID 的听证会")
    way = p.add_mutually_exclusive_group()
    way.add_argument("--force", action="store_true", help="冲突时以笔记本上的内容替换档案库中的这场听证会")
    way.add_argument("--as-new", action="store_true", help="冲突时把笔记本上的内容作为一场新的听证会存入档案库")

    p = sub.add_parser("release", help="撤销借出（笔记本丢失或不再交回）：档案库中的这场听证会又可以修改")
    p.add_argument("id", type=int, metavar="ID")

    sub.add_parser("lent", help="列出档案库借出的听证会：每行 编号<TAB>名称<TAB>借出人<TAB>时间<TAB>借到哪里")

    sub.add_parser("stats", help="所有听证会的统计：按年份的听证会、按处理结果的意见、按类别的参加人及其意见")

    p = sub.add_parser("backup", help="备份数据库（SQLite 在线备份），打印备份文件的路径")
    p.add_argument("--to", metavar="FILE", help="写入这个文件（默认：用户数据目录中该数据库的备份文件夹，按设置轮换）")

    sub.add_parser("backups", help="列出数据库的备份：每行 路径<TAB>时间<TAB>内容")

    p = sub.add_parser("restore", help="用备份文件恢复数据库（被替换的内容先备份或改名保留）")
    p.add_argument("file", metavar="FILE")

    p = sub.add_parser("verify", help="核对打印的听证笔录：由听证会文件重新计算笔录指纹，与纸面上的指纹比较"
                                      "（一致退出码 0，不一致 1）")
    p.add_argument("file", metavar="FILE.json", help="听证会文件（hearing-desk/1 格式，export --json 导出）")
    p.add_argument("fingerprint", metavar="FINGERPRINT",
                   help="笔录上印的指纹：每页的 16 位（如 140B-2C9A-77D1-0F3E）或末页的完整 64 位")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command is None:
            from .app import run_gui
            return run_gui(db=args.db, hearing_id=args.hearing, tab=args.tab)
        return _run_command(args)
    except DatabaseDamaged as exc:
        from .services.backups import offer_text
        print(f"hearing-desk：{exc}\n{offer_text(exc.path)}", file=sys.stderr)
        return exc.exit_status
    except HearingDeskError as exc:
        print(f"hearing-desk：{exc}", file=sys.stderr)
        return exc.exit_status
    except OSError as exc:
        where = f"：{exc.filename}" if exc.filename else ""
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            print(f"hearing-desk：磁盘已满，无法写入文件{where}。请腾出磁盘空间后重试。", file=sys.stderr)
            return 1
        print(f"hearing-desk：无法读写文件{where}（{exc.strerror or exc}）", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # noqa: BLE001 - the user gets a sentence, the log gets the traceback
        known = _database_failure(exc)
        if known is not None:
            print(f"hearing-desk：{known[0]}", file=sys.stderr)
            return known[1]
        log = _log_exception()
        print(f"hearing-desk：程序内部错误，操作未完成。详细信息已写入 {log}", file=sys.stderr)
        return 1


def printable(text: str) -> str:
    """``text`` safe for a terminal and for ``id<TAB>title`` lines: control, format and
    direction characters (an escape sequence, U+202E) written as ``\\x1b``, ``\\u202e``."""
    import unicodedata

    out = []
    for c in text:
        if c.isprintable() or unicodedata.category(c) == "Zs":     # 　 (U+3000) is a space too
            out.append(c)
        elif c in "\t\n\r":
            out.append(" ")
        else:
            code = ord(c)
            out.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}")
    return "".join(out)


def _database_failure(exc: Exception) -> tuple[str, int] | None:
    """SQLite's refusals that are the environment's, not the program's: exit status 1."""
    text = str(getattr(exc, "orig", "") or "")
    if "locked" in text or "busy" in text:
        return ("数据库正被另一个程序写入（已等待 5 秒仍被锁定），命令未执行，数据库未作任何改动。请稍后再试。", 1)
    if "full" in text:
        return ("磁盘已满，数据库无法写入，命令未执行，数据库未作任何改动。请腾出磁盘空间后重试。", 1)
    if "readonly" in text or "read-only" in text:
        return ("数据库文件或其所在的文件夹不可写入，命令未执行。请检查文件权限。", 1)
    if "disk I/O" in text or "unable to open" in text:
        return (f"无法读写数据库文件（{text[:80]}），命令未执行。请检查磁盘和文件权限。", 1)
    return None


def _log_exception() -> str:
    import traceback

    from .paths import user_log_dir
    try:
        path = user_log_dir() / "hearing-desk.log"
        with open(path, "a", encoding="utf-8", opener=lambda name, flags: os.open(name, flags, 0o600)) as fh:
            traceback.print_exc(file=fh)
        return str(path)
    except OSError:
        traceback.print_exc()
        return "标准错误输出"


def _sqlite_path(db: str | None) -> Path | None:
    from .storage.database import resolve_url

    url = resolve_url(db)
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        return Path(url.database)
    return None


def _open_database(args):
    """The database, opened as is safe beside a window that may have it open."""
    from .storage.database import Database
    from .storage.health import is_marked_read_only
    from .storage.locks import window_state

    path = _sqlite_path(args.db)
    if path is None:
        return Database(args.db)
    state = window_state(path)
    if state.other_name:
        raise DatabaseInUse(
            f"数据库 {path} 正在 Hearing Desk 窗口中打开，那个窗口是通过另一个路径（硬链接）打开的同一个文件。"
            "通过两个名字同时读写同一个数据库会损坏它：命令未执行，数据库未作任何改动。"
            "请关闭那个窗口，或用那个窗口打开的路径运行此命令。")
    if state.locks_lost:
        raise DatabaseInUse(
            f"数据库 {path} 正在 Hearing Desk 窗口中打开"
            + (f"（进程 {state.pid}）" if state.pid else "")
            + "，但那个窗口对数据库文件的锁定已经失效，此时从命令行读写可能损坏数据库。"
            "命令未执行，数据库未作任何改动。请先关闭那个窗口（关闭时它会把内容正常写回），再运行此命令。")
    if args.command in READING and (state.open or is_marked_read_only(path)):
        return Database(args.db, read_only=True)      # a read-only file may be read, and only read
    return Database(args.db)


def _run_command(args: argparse.Namespace) -> int:
    if args.command == "verify":
        return _verify(args)
    from .services.hearings import HearingService

    if args.command in ("restore", "backups"):
        return _backups(args)
    if args.command == "backup":
        path = _sqlite_path(args.db)
        if path is not None and not path.exists():
            raise BadInput(f"数据库 {path} 不存在，没有可备份的内容。")
    db = _open_database(args)
    try:
        service = HearingService(db)
        if args.command == "import":
            told: list[str] = []
            print(service.import_file(args.file, told))
            for warning in told:
                print(f"hearing-desk：注意：{warning}", file=sys.stderr)
        elif args.command == "demo":
            print(service.add_demo())
        elif args.command == "list":
            for h in service.list():
                print(f"{h.id}\t{printable(h.title)}")
        elif args.command == "export":
            return _export(db, args)
        elif args.command == "backup":
            return _backup(db, args)
        elif args.command == "search":
            return _search(db, args)
        elif args.command == "stats":
            return _stats(db)
        elif args.command in ("checkout", "checkin", "release", "lent"):
            return _checkout(db, args)
        return 0
    finally:
        db.close()


def _one_line(text: str) -> str:
    return " ".join(text.replace("\t", " ").split())


def _search(db, args) -> int:
    from .services.search import SearchService

    if args.limit < 1:
        raise BadInput("--limit 应为正整数。")
    service = SearchService(db)
    if args.rebuild:
        if db.read_only:
            raise BadInput("数据库正在窗口中打开（或为只读文件），不能重建检索索引；查找仍可进行。")
        service.rebuild()
    hits = service.search(args.words, limit=args.limit)
    for h in hits:
        print(f"{h.hearing_id}\t{_one_line(h.hearing_title)}\t{h.kind.label}\t{_one_line(h.place)}\t"
              f"{_one_line(h.snippet)}")
    shown = "（已达上限，可用 --limit 调整）" if len(hits) >= args.limit else ""
    print(f"hearing-desk：找到 {len(hits)} 处，在 {len({h.hearing_id for h in hits})} 场听证会中{shown}。",
          file=sys.stderr)
    return 0


def _stats(db) -> int:
    from .services.search import SearchService

    tally = SearchService(db).tally()
    for heading, rows in (("听证会（按年份）", tally.hearings_by_year),
                          ("意见（按处理结果）", tally.opinions_by_decision),
                          ("听证参加人（按类别）", tally.people_by_category),
                          ("意见（按提出人类别）", tally.opinions_by_category)):
        print(heading)
        for label, n in rows:
            print(f"\t{label}\t{n}")
        print(f"\t合计\t{sum(n for _, n in rows)}")
    return 0


def _checkout(db, args) -> int:
    from .services.checkout import CheckoutService

    service = CheckoutService(db)
    if args.command == "checkout":
        out = service.checkout(args.id, args.to, by=args.by)
        print(out.copy_id)
        print(f"hearing-desk：已借出听证会“{out.title}”（档案库编号 {out.hearing_id}）到 {out.file}"
              f"（文件中的编号 {out.copy_id}），借出人 {out.by}。交回前档案库中不能修改它；"
              f"交回：hearing-desk --db {db.describe()} checkin {out.file}", file=sys.stderr)
    elif args.command == "checkin":
        words = {"returned": "已交回", "forced": "已交回（--force：笔记本上的内容替换了档案库中的）",
                 "new": "已作为新的听证会存入档案库", "already": "此前已交回"}
        for done in service.checkin(args.file, hearing_id=args.copy_id, force=args.force, as_new=args.as_new):
            print(done.hearing_id)
            changed = "；".join(done.laptop_changes[:12]) + ("……" if len(done.laptop_changes) > 12 else "")
            print(f"hearing-desk：听证会“{done.title}”{words[done.how]}（档案库编号 {done.hearing_id}）"
                  + (f"，笔记本上的改动：{changed}" if changed else "，笔记本上没有改动") + "。", file=sys.stderr)
    elif args.command == "release":
        info = service.release(args.id)
        print(f"hearing-desk：已撤销听证会“{info.title}”的借出（{info.by} 借到 {info.where}）；"
              "档案库中它又可以修改了。那份副本以后交回时会作为冲突报告。", file=sys.stderr)
    else:
        for lent in service.lent():
            print(f"{lent.hearing_id}\t{_one_line(lent.title)}\t{lent.by}\t{lent.at}\t{lent.where}")
    return 0


def _backup(db, args) -> int:
    from .services.backups import BackupPolicy, make_backup

    if db.path is None:
        raise BadInput("backup 只适用于 SQLite 数据库文件；服务器数据库请用其自带的备份工具（如 pg_dump）。")
    reason = "command-line"
    info = make_backup(db.path, reason=reason, to=args.to, policy=BackupPolicy.from_settings_file())
    print(info.path)
    print(f"hearing-desk：已备份 {db.path}：{info.summary()}", file=sys.stderr)
    return 0


def _backups(args) -> int:
    from .services import backups

    path = _sqlite_path(args.db)
    if path is None:
        raise BadInput(f"{args.command} 只适用于 SQLite 数据库文件。")
    if args.command == "backups":
        for info in backups.list_backups(path):
            backups.describe(info)
            print(f"{info.path}\t{info.summary()}")
        return 0
    result = backups.restore(path, args.file, policy=backups.BackupPolicy.from_settings_file())
    kept = ""
    if result.kept is not None:
        kept = ("；恢复前的内容已备份为 " if result.kept_is_backup else "；原来的文件已改名保留为 ") + str(result.kept)
    print(f"已用备份恢复数据库 {path}：{result.restored.summary()}{kept}")
    return 0


def _export(db, args) -> int:
    from .services.documents import DocumentService, Target

    targets = {Target.HEARING_FILE: args.json, Target.REPORT_PDF: args.report, Target.REPORT_DOCX: args.report_docx,
               Target.TRANSCRIPT_PDF: args.transcript, Target.SUMMARY_XLSX: args.summary}
    if not any(targets.values()):
        raise BadInput("请至少指定一种导出内容：--json、--report、--report-docx、--transcript 或 --summary。")
    warnings = DocumentService(db).export(args.id, targets, font_path=args.font,
                                          personal_data=not args.no_personal_data,
                                          mask_personal_data=args.mask_personal_data)
    for warning in warnings:
        print(f"hearing-desk：注意：{warning}", file=sys.stderr)
    return 0


def _verify(args) -> int:
    """``verify FILE.json FINGERPRINT``: does the record in the file print this fingerprint?"""
    from .domain.fingerprint import short_fingerprint, verify
    from .formats.interchange import read_file

    hearing = read_file(args.file)
    try:
        result = verify(hearing, args.fingerprint)
    except ValueError:
        raise BadInput(f"指纹“{args.fingerprint}”格式不对：应为笔录每页所印的 16 位（如 140B-2C9A-77D1-0F3E）"
                       "或末页所印的完整 64 位十六进制数字。") from None
    name = Path(args.file).name
    if result.matches:
        older = "（旧版指纹，只覆盖发言内容）" if result.scheme == 1 else ""
        part = "完整指纹" if result.whole else "指纹前 16 位"
        print(f"指纹一致{older}：{name} 中的听证笔录与纸面{part}相符（{short_fingerprint(result.digest)}）。")
        return 0
    later = sum(1 for c in hearing.changes if result.lock is not None and c.lock >= result.lock)
    if result.lock is not None and later:
        print(f"hearing-desk：指纹不符：{args.fingerprint} 是第 {result.lock} 次锁定时的笔录指纹，"
              f"{name} 中的笔录此后已修改（修改记录 {later} 处），现在的指纹是 {short_fingerprint(result.digest)}。",
              file=sys.stderr)
    elif result.lock is not None:
        print(f"hearing-desk：指纹不符：{args.fingerprint} 是第 {result.lock} 次锁定时的笔录指纹，但 {name} "
              "中的笔录与之不同，又没有修改记录：文件在锁定后被改动过。"
              f"现在的指纹是 {short_fingerprint(result.digest)}。", file=sys.stderr)
    else:
        print(f"hearing-desk：指纹不符：{name} 中的听证笔录的指纹是 {short_fingerprint(result.digest)}，"
              f"与 {args.fingerprint} 不同：纸面上的笔录与文件中的记录不一致，或文件不是这场听证会。",
              file=sys.stderr)
    return 1
