"""Issue 11: in English mode no widget shows Chinese that is not the hearing's own data.
Each tab (and the answering page's helpers) is rendered on the sample hearing and every
visible text is scanned: labels, buttons, tab titles, group boxes, headers and the model
data of views, tooltips. A run of Chinese characters passes only when the hearing's data
holds it (a name, an opinion's words)."""
from __future__ import annotations

import json
import re

import pytest
from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabWidget,
    QWidget,
)

from hearing_desk import app as app_module

CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")


@pytest.fixture
def english(qapp):
    installed = app_module.install_translators(qapp, "en")
    yield
    app_module.remove_translators(qapp, installed)
    app_module.install_translators  # noqa: B018 - the Chinese default is the QLocale of the next test's fixture


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


def chinese_not_from_data(root: QWidget, blob: str) -> list[str]:
    bad = []
    for where, text in visible_texts(root):
        for run in CJK.findall(text or ""):
            if run not in blob:
                bad.append(f"{where}: {run!r} in {text[:60]!r}")
    return bad


def test_the_answering_page_in_english_shows_no_chinese_of_its_own(english, ctx, sample_id, qtbot, sample_path):
    from hearing_desk.ui.responses.answer import AnswerPage
    page = AnswerPage(ctx)
    qtbot.addWidget(page)
    page.resize(1250, 800)
    page.set_contents(sample_id, ctx.opinions.load(sample_id))
    page.go_to("a6-1")
    # the hearing's data and the user's answer phrases (typed by the user, inserted into Chinese answers)
    blob = data_blob(sample_path) + "\n".join(page.phrase_texts())
    found = chinese_not_from_data(page, blob)
    assert found == [], "\n".join(found)


def test_the_register_in_english_shows_no_chinese_of_its_own(english, ctx, sample_id, qtbot, sample_path):
    from hearing_desk.ui.opinions import OpinionsTab
    tab = OpinionsTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1250, 800)
    tab.set_hearing(sample_id)
    found = chinese_not_from_data(tab, data_blob(sample_path))
    assert found == [], "\n".join(found)


def test_answer_list_headers_are_not_cut_in_english(english, ctx, sample_id, qtbot):
    from hearing_desk.ui.opinions.model import Column
    from hearing_desk.ui.responses.answer import AnswerPage
    page = AnswerPage(ctx)
    qtbot.addWidget(page)
    metrics = page.list.horizontalHeader().fontMetrics()
    for col in (Column.PARTICIPANT, Column.NUMBER, Column.DECISION):
        title = str(page.proxy.headerData(col, Qt.Orientation.Horizontal))
        assert title and not CJK.search(title)
        assert page.list.columnWidth(col) >= metrics.horizontalAdvance(title) + 8, title
