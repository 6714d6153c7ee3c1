"""征求意见稿: import a generated .docx, see the articles, edit the title, undo; bad files refused."""
from __future__ import annotations

import docx
import pytest

from hearing_desk.ui.setup.draft_page import DraftPage
from hearing_desk.ui.setup.models import ArticleColumn

LINES = ["光明区公共数据授权运营暂行管理办法", "（征求意见稿）", "第一章　总则",
         "第一条　为了规范公共数据授权运营，根据有关规定，制定本办法。",
         "第二条　本办法适用于光明区行政区域内的公共数据授权运营活动。",
         "第二章　授权运营", "第三条　授权运营单位应当具备下列条件：", "（一）依法设立；", "（二）具备安全能力。",
         "第四条　区政务服务和数据管理局负责统筹。"]


def finish(task) -> None:
    """The file is read off the GUI thread: wait for it, and for what follows in the GUI thread."""
    from hearing_desk.ui.background import wait_for_all

    assert task is not None
    assert wait_for_all(30000)


@pytest.fixture
def docx_path(tmp_path):
    document = docx.Document()
    for line in LINES:
        document.add_paragraph(line)
    path = tmp_path / "征求意见稿.docx"
    document.save(path)
    return path


def test_import_docx_shows_articles_and_undo(tab, ctx, stored, sample_hid, docx_path, monkeypatch):
    page = tab.pages["draft"]
    assert page.ui.summary.text() == "尚未导入征求意见稿。" and not page.ui.title.isEnabled()
    monkeypatch.setattr(DraftPage, "ask_file", classmethod(lambda cls, parent, folder="": str(docx_path)))
    page.ui.import_button.click()
    from hearing_desk.ui.background import wait_for_all
    assert wait_for_all(30000)                  # the file is read off the GUI thread
    draft = stored(sample_hid).draft
    assert draft.title == "光明区公共数据授权运营暂行管理办法"
    assert [a.label for a in draft.articles] == ["第一条", "第二条", "第三条", "第四条"]
    assert page.model.rowCount() == 4
    assert page.model.index(2, ArticleColumn.CHAPTER).data() == "第二章　授权运营"
    assert page.model.index(2, ArticleColumn.TEXT).data().endswith("（二）具备安全能力。")
    assert page.ui.summary.text() == "共 4 条，分 2 章"
    page.ui.title.setText("光明区公共数据授权运营暂行管理办法（征求意见稿）")
    page.ui.title.editingFinished.emit()
    assert stored(sample_hid).draft.title.endswith("（征求意见稿）")
    ctx.undo_stack.undo()
    assert stored(sample_hid).draft.title == "光明区公共数据授权运营暂行管理办法"
    ctx.undo_stack.undo()
    assert stored(sample_hid).draft is None and page.model.rowCount() == 0


def test_replacing_and_clearing_ask_first(full_tab, stored, full_hid, docx_path, monkeypatch, messages):
    page = full_tab.pages["draft"]
    assert page.model.rowCount() == 4
    monkeypatch.setattr(DraftPage, "ask_file", classmethod(lambda cls, parent, folder="": str(docx_path)))
    messages.answer = messages.answer.No
    finish(page.import_file())
    assert "替换现有的 4 条" in messages.questions[-1]
    assert stored(full_hid).draft.title == "临江市城市停车收费管理办法（草案）"
    messages.answer = messages.answer.Yes
    page.clear()
    assert stored(full_hid).draft is None


@pytest.mark.parametrize("name, content, message", [
    ("坏.docx", b"not a zip", "不是有效的 Word 文档"),
    ("旧.doc", b"\xd0\xcf\x11\xe0", "旧版 Word"),
    ("说明.txt", "只有一段说明，没有条文。".encode("gb18030"), "没有找到"),
])
def test_bad_file_refused_with_message(tab, ctx, stored, sample_hid, tmp_path, monkeypatch, messages,
                                       name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    monkeypatch.setattr(DraftPage, "ask_file", classmethod(lambda cls, parent, folder="": str(path)))
    finish(tab.pages["draft"].import_file())
    assert message in messages.last
    assert stored(sample_hid).draft is None and ctx.undo_stack.count() == 0


def test_gb18030_text_file(tab, stored, sample_hid, tmp_path, monkeypatch):
    path = tmp_path / "草案.txt"
    path.write_bytes("\n".join(LINES).encode("gb18030"))
    monkeypatch.setattr(DraftPage, "ask_file", classmethod(lambda cls, parent, folder="": str(path)))
    finish(tab.pages["draft"].import_file())
    assert len(stored(sample_hid).draft.articles) == 4


def test_file_dialog_starts_in_the_last_import_folder(tab, ctx, docx_path, monkeypatch):
    folders = []

    def ask(cls, parent, folder=""):
        folders.append(folder)
        return str(docx_path)
    monkeypatch.setattr(DraftPage, "ask_file", classmethod(ask))
    finish(tab.pages["draft"].import_file())
    tab.pages["draft"].clear()
    finish(tab.pages["draft"].import_file())
    assert folders == ["", str(docx_path.parent)]
    assert ctx.settings.get("setup/import_folder") == str(docx_path.parent)


def test_the_draft_is_read_off_the_gui_thread(tab, ctx, stored, sample_hid, docx_path, monkeypatch):
    """Issue 16: a large or hostile draft never freezes the window."""
    import threading

    seen: list[int] = []
    real = ctx.agenda.read_draft
    monkeypatch.setattr(ctx.agenda, "read_draft", lambda path: seen.append(threading.get_ident()) or real(path))
    monkeypatch.setattr(DraftPage, "ask_file", classmethod(lambda cls, parent, folder="": str(docx_path)))
    finish(tab.pages["draft"].import_file())
    assert seen and seen[0] != threading.get_ident()
    assert stored(sample_hid).draft is not None
