"""Translations: Qt's own dialogs in Chinese, English from resources/i18n, catalogue up to date."""
from __future__ import annotations

import importlib.util
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from hearing_desk import app as app_module
from hearing_desk import paths

ROOT = Path(__file__).resolve().parents[3]
TS = ROOT / "resources" / "i18n" / "hearing_desk_en.ts"
QM = TS.with_suffix(".qm")

#: the translation contexts of the main-window shell (all translated)
SHELL_CONTEXTS = {"Actions", "HearingListModel", "HearingListPanel", "HearingOperations", "MainWindow",
                  "TitleDialog", "about", "app", "background", "dialogs", "hearing_list"}


@pytest.fixture
def translated(qapp):
    """install_translators(language) for the test, removed afterwards."""
    installed = []
    locale = QLocale()

    def install(language):
        installed.extend(app_module.install_translators(qapp, language))
        return installed

    yield install
    app_module.remove_translators(qapp, installed)
    QLocale.setDefault(locale)


@pytest.fixture(scope="module")
def i18n_tool():
    spec = importlib.util.spec_from_file_location("i18n_tool", ROOT / "tools" / "i18n.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_pyside_wheel_ships_qtbase_zh_cn():
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    assert (folder / "qtbase_zh_CN.qm").is_file()


def test_chinese_qt_dialogs(translated, qapp):
    assert len(translated("zh_CN")) == 1
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    assert [b.text() for b in box.buttons()] == ["确定", "取消"]
    message = QMessageBox()
    message.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    assert {b.text() for b in message.buttons()} == {"是(&Y)", "否(&N)"}
    assert QLocale().language() == QLocale.Language.Chinese


def test_english(translated, ctx, sample_id, qtbot):
    from hearing_desk.ui.main_window import MainWindow

    assert len(translated("en")) == 1
    assert QCoreApplication.translate("MainWindow", "听证会设置") == "Hearing setup"
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.open_hearing(sample_id)
    assert [win.tabs.tabText(i) for i in range(4)] == ["Hearing setup", "Live transcript", "Opinion register",
                                                       "Responses"]
    assert win.window_actions.new_hearing.text() == "New Hearing…"
    assert win.window_actions.undo.text() == "Undo"
    assert [a.text() for a in win.menuBar().actions()] == ["&File", "&Edit", "&View", "&Settings", "&Help"]
    assert "Opinions answered 21/21" in win.hearing_list.model.index(0, 2).data()
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.buttons()[0].text() == "Cancel"     # no Chinese Qt catalogue in English


def test_qm_is_compiled_from_the_ts(i18n_tool, tmp_path):
    compiled = tmp_path / "fresh.qm"
    i18n_tool.lrelease(TS, compiled)
    assert compiled.read_bytes() == QM.read_bytes(), "run: python tools/i18n.py"


def test_every_tr_string_has_an_entry(i18n_tool, tmp_path):
    """Fails when code gained strings since the last `python tools/i18n.py`."""
    fresh = tmp_path / TS.name
    shutil.copy(TS, fresh)
    i18n_tool.lupdate(fresh, no_obsolete=True)
    missing = i18n_tool.keys(fresh) - i18n_tool.keys(TS)
    assert not missing, f"run: python tools/i18n.py — not in the catalogue: {sorted(missing)[:10]}"


def test_the_shell_is_fully_translated(i18n_tool):
    todo = [(c, s) for c, s in i18n_tool.unfinished(TS) if c in SHELL_CONTEXTS]
    assert todo == []
    contexts = {c for c, _s in i18n_tool.keys(TS)}
    assert SHELL_CONTEXTS <= contexts


def test_placeholders_survive_translation(i18n_tool):
    """{0}-style fields of a source string reappear in its translation."""
    import re

    for context in ET.parse(TS).getroot().iter("context"):
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None or translation.get("type") is not None or message.get("numerus"):
                continue
            wanted = sorted(re.findall(r"\{\d*\}|%\d|%n", source))
            assert sorted(re.findall(r"\{\d*\}|%\d|%n", translation.text or "")) == wanted, source


def test_translations_are_found_in_the_bundle():
    assert paths.resource("i18n", "hearing_desk_en.qm").is_file()


def test_tool_is_idempotent_on_a_copy(i18n_tool, tmp_path):
    copy = tmp_path / TS.name
    shutil.copy(TS, copy)
    assert i18n_tool.fill_from_same_text(copy) == 0
    assert copy.read_bytes() == TS.read_bytes()


def test_apply_tsv_fills_and_keeps(i18n_tool, tmp_path):
    copy = tmp_path / TS.name
    shutil.copy(TS, copy)
    before = {(c, s): (t.text if t is not None else None) for c, s, t in i18n_tool.messages(copy)}
    tsv = tmp_path / "t.tsv"
    tsv.write_text("MainWindow\t听证会设置\tHearing set-up\nnope\t不存在\tNothing\n", encoding="utf-8")
    assert i18n_tool.apply_tsv(copy, tsv) == 1
    after = {(c, s): (t.text if t is not None else None) for c, s, t in i18n_tool.messages(copy)}
    assert after.pop(("MainWindow", "听证会设置")) == "Hearing set-up"
    before.pop(("MainWindow", "听证会设置"))
    assert after == before


def test_the_programs_file_dialog_is_chinese_in_the_chinese_interface(translated, qtbot, tmp_path):
    """Issue 11: Qt's own dialogs (non-native) speak Chinese: qtbase_zh_CN from PySide6's folder."""
    from PySide6.QtWidgets import QLabel

    from hearing_desk.ui.file_dialogs import make_file_dialog
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    assert (folder / "qtbase_zh_CN.qm").is_file()
    translated("zh_CN")
    dialog = make_file_dialog(None, "打开听证会文件", str(tmp_path), "听证会文件 (*.json)")
    qtbot.addWidget(dialog)
    labels = {w.objectName(): w.text() for w in dialog.findChildren(QLabel)}
    assert labels["lookInLabel"] == "查找范围："
    assert labels["fileTypeLabel"] == "文件类型："
