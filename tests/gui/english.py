"""Scanning a widget for Chinese that is not the hearing's own data (issue 11's English-mode
tests: tests/gui/shell/test_english_scan.py, tests/gui/test_english_dialogs.py)."""
from __future__ import annotations

import json
import re

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabBar,
    QTabWidget,
    QWidget,
)

CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")


def data_blob(sample_path) -> str:
    def strings(node):
        if isinstance(node, str):
            yield node
        elif isinstance(node, dict):
            for v in node.values():
                yield from strings(v)
        elif isinstance(node, list):
            for v in node:
                yield from strings(v)
    return "\n".join(strings(json.loads(sample_path.read_text(encoding="utf-8"))))


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for w in [root, *root.findChildren(QWidget)]:
        out += texts_of(w)
    return out


def texts_of(w: QWidget) -> list[tuple[str, str]]:
    """The texts one widget shows (not its children's)."""
    out: list[tuple[str, str]] = []
    where = f"{type(w).__name__}:{w.objectName()}"
    if w.toolTip():
        out.append((where + ".toolTip", w.toolTip()))
    if isinstance(w, (QLabel, QAbstractButton, QLineEdit)) and not isinstance(w, QLineEdit):
        out.append((where, w.text()))
    if isinstance(w, QLineEdit):
        out.append((where + ".placeholder", w.placeholderText()))
    if isinstance(w, QGroupBox):
        out.append((where, w.title()))
    if isinstance(w, QTabWidget):
        out += [(where + f".tab{i}", w.tabText(i)) for i in range(w.count())]
        out += [(where + f".tabToolTip{i}", w.tabToolTip(i)) for i in range(w.count())]
    if isinstance(w, QTabBar):
        out += [(where + f".tab{i}", w.tabText(i)) for i in range(w.count())]
        out += [(where + f".tabToolTip{i}", w.tabToolTip(i)) for i in range(w.count())]
    if isinstance(w, QComboBox):
        out += [(where + f".item{i}", w.itemText(i)) for i in range(w.count())]
    if isinstance(w, QAbstractItemView) and isinstance(w.model(), QAbstractItemModel):
        m = w.model()
        cols = max(1, sum(1 for c in range(64) if m.index(0, c).isValid()) or 1)
        for c in range(cols):
            out.append((where + f".header{c}", str(m.headerData(c, Qt.Orientation.Horizontal) or "")))
        for r in range(min(m.rowCount(), 40)):
            for c in range(cols):
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = m.index(r, c).data(role)
                    if isinstance(value, str):
                        out.append((where + f"[{r},{c}]", value))
    return out


def program_words() -> set[str]:
    """The program's own names (decisions, roles, signature states): never the hearing's data when
    shown alone, even if an opinion's text happens to hold the word."""
    from hearing_desk.ui import names
    return {*names.DECISIONS.values(), *names.ROLES.values(), *names.SIGNATURES.values()}


def foreign(run: str, blob: str) -> bool:
    return run not in blob or run in program_words()


def chinese_not_from_data(root: QWidget, blob: str) -> list[str]:
    bad = []
    for where, text in visible_texts(root):
        for run in CJK.findall(text or ""):
            if foreign(run, blob):
                bad.append(f"{where}: {run!r} in {text[:60]!r}")
    return bad
