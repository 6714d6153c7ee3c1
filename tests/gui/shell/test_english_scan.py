"""Issue 11: in English mode no widget shows Chinese that is not the hearing's own data.
Each tab (and the answering page's helpers) is rendered on the sample hearing and every
visible text is scanned: labels, buttons, tab titles, group boxes, headers and the model
data of views, tooltips. A run of Chinese characters passes only when the hearing's data
holds it (a name, an opinion's words)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QWidget

from hearing_desk import app as app_module
from tests.gui.english import CJK, chinese_not_from_data, data_blob, foreign, texts_of


@pytest.fixture
def english(qapp):
    locale = QLocale()
    installed = app_module.install_translators(qapp, "en")
    yield
    app_module.remove_translators(qapp, installed)
    QLocale.setDefault(locale)


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


def _window_on_sample(ctx, sample_id, qtbot):
    from hearing_desk.ui.main_window import MainWindow
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.resize(1440, 900)
    win.show()
    win.open_hearing(sample_id)
    return win


def _shown(win, name, qtbot):
    """Tab ``name`` built (not its lazy placeholder) and shown in the window."""
    win.show_tab(name)
    qtbot.waitUntil(lambda: win.tab_widgets.is_built(name) and win.tab_widgets[name].isVisible(), timeout=3000)
    return win.tab_widgets[name]


@pytest.mark.real_tabs
def test_the_setup_tab_in_english_shows_no_chinese_of_its_own(english, ctx, sample_id, qtbot, sample_path):
    from hearing_desk.ui.setup.tab import PAGES
    win = _window_on_sample(ctx, sample_id, qtbot)
    tab = _shown(win, "setup", qtbot)
    qtbot.waitUntil(lambda: tab.hearing is not None, timeout=3000)
    blob = data_blob(sample_path)
    found = []
    for name in PAGES:
        tab.show_page(name)
        qtbot.waitUntil(lambda name=name: tab.current_page() == name, timeout=1000)
        found += [f"{name}: {line}" for line in chinese_not_from_data(tab.ui.stack.currentWidget(), blob)]
    found += chinese_not_from_data(tab, blob)
    assert found == [], "\n".join(sorted(set(found)))


@pytest.mark.real_tabs
def test_the_transcript_tab_in_english_shows_no_chinese_of_its_own(english, ctx, hearings, sample_hearing, qtbot,
                                                                   sample_path):
    from hearing_desk.domain import Turn
    spoken = ("现在宣布听证会开始。", "我建议第二十三条删去。")
    sample_hearing.transcript = [Turn(1, spoken[0], "host"), Turn(2, spoken[1], "a1")]
    sample_id = hearings.add(sample_hearing)
    win = _window_on_sample(ctx, sample_id, qtbot)
    tab = _shown(win, "transcript", qtbot)
    qtbot.waitUntil(lambda: tab.hearing_id == sample_id, timeout=3000)
    # the hearing's data and the user's phrases (settings; typed into the Chinese transcript)
    blob = data_blob(sample_path) + "\n".join(
        ctx.settings.get("transcript/phrases") + ctx.settings.get("transcript/notes") + list(spoken))
    qtbot.waitUntil(lambda: tab.doc.model.rowCount() >= 2, timeout=3000)
    found = []
    for page, label in ((0, "typing"), (1, "sign-off")):
        tab.show_page(page)
        qtbot.waitUntil(lambda page=page: tab.ui.pages.currentIndex() == page, timeout=1000)
        found += [f"{label}: {line}" for line in chinese_not_from_data(tab, blob)]
    tab.show_page(0)
    qtbot.keyClick(tab.typing, Qt.Key.Key_F5)          # the speaker picker
    qtbot.waitUntil(lambda: tab.picker.isVisible() and tab.picker.list.count() > 0, timeout=1000)
    found += [f"picker: {line}" for line in chinese_not_from_data(tab.picker, blob)]
    tab.picker.hide()
    assert found == [], "\n".join(sorted(set(found)))


@pytest.mark.real_tabs
def test_the_main_window_and_hearing_list_in_english_show_no_chinese_of_their_own(
        english, ctx, sample_id, qtbot, sample_path):
    win = _window_on_sample(ctx, sample_id, qtbot)
    _shown(win, "setup", qtbot)
    blob = data_blob(sample_path)
    pages = {win.tab_widgets.page(name) for name in win.tab_widgets}
    # the window without its tabs' contents (scanned above): the list, the bars, the tab titles
    outside = [w for w in [win, *win.findChildren(QWidget)] if not any(p is w or p.isAncestorOf(w) for p in pages)]
    found = []
    for w in outside:
        for where, text in texts_of(w):
            found += [f"{where}: {run!r} in {text[:60]!r}" for run in CJK.findall(text or "") if foreign(run, blob)]
    for menu_action in win.menuBar().actions():
        for action in [menu_action, *(menu_action.menu().actions() if menu_action.menu() else [])]:
            for text in (action.text(), action.toolTip(), action.statusTip()):
                found += [f"action {action.objectName()}: {run!r} in {text!r}" for run in CJK.findall(text or "")]
    assert found == [], "\n".join(sorted(set(found)))


@pytest.mark.real_tabs
def test_the_quorum_sentence_is_the_domains_in_chinese_and_english_in_english(ctx, sample_id, qtbot, qapp):
    """The 签到 page says the quorum in the window's language; in Chinese it is word for word the
    sentence of domain/attendance.py that the checks use (one rule, two languages)."""
    from hearing_desk.domain.attendance import attendance
    win = _window_on_sample(ctx, sample_id, qtbot)
    tab = _shown(win, "setup", qtbot)
    page = tab.pages["attendance"]
    hearing = ctx.hearing_fields.load(sample_id)
    a = attendance(hearing)
    locale = QLocale()
    try:
        installed = app_module.install_translators(qapp, "zh_CN")
        chinese_text = page.quorum_message(a, hearing)
        app_module.remove_translators(qapp, installed)
        installed = app_module.install_translators(qapp, "en")
        english_text = page.quorum_message(a, hearing)
    finally:
        app_module.remove_translators(qapp, installed)
        QLocale.setDefault(locale)
    assert chinese_text == a.message
    assert "三分之二" in chinese_text
    assert not CJK.search(english_text), english_text
    assert "2/3" in english_text and f"at least {a.needed}" in english_text


@pytest.mark.real_tabs
def test_the_setup_page_names_are_not_cut_in_english(english, ctx, sample_id, qtbot):
    """A page name longer than the list (English) wraps within it, whole; the window still fits 1440 px."""
    from PySide6.QtCore import QRect
    win = _window_on_sample(ctx, sample_id, qtbot)
    tab = _shown(win, "setup", qtbot)
    nav = tab.ui.nav
    for row in range(nav.count()):
        item = nav.item(row)
        rect = nav.visualItemRect(item)
        assert rect.right() <= nav.viewport().width(), item.text()
        inner = rect.adjusted(10, 0, -10, 0)        # the style sheet's padding
        wrapped = nav.fontMetrics().boundingRect(QRect(0, 0, inner.width(), 10_000),
                                                 Qt.TextFlag.TextWordWrap, item.text())
        assert wrapped.width() <= inner.width() and wrapped.height() <= rect.height(), item.text()
    assert win.minimumSizeHint().width() <= 1440


@pytest.mark.real_tabs
def test_the_responses_tab_in_english_shows_no_chinese_of_its_own(english, ctx, sample_id, qtbot, sample_path):
    win = _window_on_sample(ctx, sample_id, qtbot)
    tab = _shown(win, "responses", qtbot)
    qtbot.waitUntil(lambda: tab.hearing_id == sample_id, timeout=3000)
    blob = data_blob(sample_path) + "\n".join(tab.answer.phrase_texts())
    found = []
    for i in range(tab.pages.count()):
        tab.pages.setCurrentIndex(i)
        qtbot.waitUntil(lambda i=i: tab.pages.currentIndex() == i, timeout=1000)
        found += [f"page {i}: {line}" for line in chinese_not_from_data(tab, blob)]
    assert found == [], "\n".join(sorted(set(found)))
