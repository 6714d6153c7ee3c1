"""The 关于 box: version, where the data, settings and log live."""
from __future__ import annotations

import html
import sys

import PySide6
from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

from .. import __version__, paths
from .context import AppContext

translate = QCoreApplication.translate


def about_html(ctx: AppContext) -> str:
    rows = [
        (translate("about", "版本"), __version__),
        (translate("about", "数据库"), ctx.db.describe()),
        (translate("about", "设置文件"), ctx.settings.file_name),
        (translate("about", "日志文件"), str(paths.user_log_dir() / "hearing-desk.log")),
        (translate("about", "运行环境"),
         f"Python {sys.version.split()[0]} · Qt {qVersion()} · PySide6 {PySide6.__version__}"),
    ]
    table = "".join(f"<tr><td style='padding-right:12px'><b>{html.escape(k)}</b></td><td>{html.escape(v)}</td></tr>"
                    for k, v in rows)
    what = translate("about", "重大行政决策听证会的记录、意见处理与听证报告工具。")
    how = translate("about", "程序完全离线工作；所有修改即时存入数据库。")
    return (f"<h3>Hearing Desk {html.escape(__version__)}</h3>"
            f"<p>{html.escape(what)}</p><p>{html.escape(how)}</p><table>{table}</table>")


def show_about(parent: QWidget | None, ctx: AppContext) -> None:
    QMessageBox.about(parent, translate("about", "关于 Hearing Desk"), about_html(ctx))
