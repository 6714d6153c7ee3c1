"""The typed settings wrapper and the window layout remembered between starts."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QByteArray, QRect, Qt

from hearing_desk.ui.main_window import MainWindow
from hearing_desk.ui.settings import DEFAULTS, Settings


def test_defaults_and_types(tmp_path, qapp):
    s = Settings(tmp_path / "s.ini")
    for key, default in DEFAULTS.items():
        value = s.get(key)
        assert type(value) is type(default), key
    s.set("window/last_hearing", 7)
    s.set("transcript/show_times", True)
    s.set("transcript/phrases", ("一", "二"))
    s.set("window/geometry", b"\x01\x02")
    s.sync()
    again = Settings(tmp_path / "s.ini")
    assert again.get("window/last_hearing") == 7
    assert again.get("transcript/show_times") is True
    assert again.get("transcript/phrases") == ["一", "二"]
    assert again.get("window/geometry") == QByteArray(b"\x01\x02")


def test_one_element_and_empty_lists_survive(tmp_path, qapp):
    s = Settings(tmp_path / "s.ini")
    s.set("responses/phrases", ["只有一条"])
    s.sync()
    assert Settings(tmp_path / "s.ini").get("responses/phrases") == ["只有一条"]


@pytest.mark.parametrize("key, value", [
    ("window/last_hearing", "7"), ("window/last_hearing", True), ("transcript/show_times", 1),
    ("ui/language", 3), ("window/geometry", "abc"),
])
def test_wrong_types_are_refused(tmp_path, qapp, key, value):
    with pytest.raises(TypeError):
        Settings(tmp_path / "s.ini").set(key, value)


def test_unknown_keys_are_refused(tmp_path, qapp):
    s = Settings(tmp_path / "s.ini")
    with pytest.raises(KeyError):
        s.set("no/such", 1)
    with pytest.raises(KeyError):
        s.get("no/such")


def test_garbage_in_the_file_falls_back_to_defaults(tmp_path, qapp):
    path = tmp_path / "s.ini"
    path.write_text("[window]\nlast_hearing=abc\nlast_tab=1\n", encoding="utf-8")
    s = Settings(path)
    assert s.get("window/last_hearing") == 0


def test_geometry_and_dock_are_restored(ctx, sample_id, qtbot):
    first = MainWindow(ctx)
    qtbot.addWidget(first)
    first.open_hearing(sample_id, "opinions")
    first.show()
    qtbot.waitExposed(first)
    initial = first.geometry()
    first.dock.hide()
    first.setGeometry(QRect(30, 40, 600, 500))      # inside the 800×800 offscreen screen
    qtbot.waitUntil(lambda: first.geometry() == QRect(30, 40, 600, 500) != initial)
    expected = first.geometry()
    first.close()
    assert not ctx.settings.get("window/geometry").isEmpty()
    assert not ctx.settings.get("window/state").isEmpty()

    second = MainWindow(ctx)
    qtbot.addWidget(second)
    second.show()
    qtbot.waitExposed(second)
    assert second.geometry() == expected
    assert second.dock.isHidden()
    assert second.dockWidgetArea(second.dock) == Qt.DockWidgetArea.LeftDockWidgetArea


def test_first_start_has_a_sensible_size(ctx, sample_id, qtbot):
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    assert win.width() >= 600 and win.height() >= 500
    assert not win.dock.isHidden()


def test_document_font_is_checked_before_it_is_kept(window, tmp_path, message_boxes):
    """Settings → 文书字体: a file that is not a Chinese TrueType font is refused with a
    message; a good one is stored for the exports; 恢复默认 clears it."""
    from pathlib import Path

    settings = window.ctx.settings
    not_a_font = tmp_path / "notes.ttf"
    not_a_font.write_text("这不是字体", encoding="utf-8")
    assert window.choose_document_font(str(not_a_font)) is False
    assert message_boxes.kinds() == ["warning"] and "不能使用这个字体" in message_boxes.texts()[0]
    assert settings.get("export/font_path") == ""

    hei = Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")
    assert hei.is_file(), "fonts-wqy-zenhei is not installed; ./hd test installs it"
    assert window.choose_document_font(str(hei)) is True
    assert settings.get("export/font_path") == str(hei)
    window.window_actions.default_font.trigger()
    assert settings.get("export/font_path") == ""
