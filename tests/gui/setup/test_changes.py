"""Each setup command says what it changed, and the tab shows the stored hearing again
only on the pages that show that – once per change, and for a hidden tab when it is
shown again."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from hearing_desk.services.changes import Changes
from hearing_desk.ui.setup.attendance_model import AttendanceColumn


def watch(tab, monkeypatch) -> dict[str, list]:
    """What ``tab`` does on a change: the pages shown again, the hearings loaded."""
    seen: dict[str, list] = {"pages": [], "loads": []}
    for name, page in tab.pages.items():
        def show(hearing, name=name, original=page.show_hearing):
            seen["pages"].append(name)
            original(hearing)
        monkeypatch.setattr(page, "show_hearing", show)
    load = tab.ctx.hearing_fields.load

    def counted_load(hearing_id):
        seen["loads"].append(hearing_id)
        return load(hearing_id)
    monkeypatch.setattr(tab.ctx.hearing_fields, "load", counted_load)
    return seen


@pytest.fixture
def spy(tab, monkeypatch):
    return watch(tab, monkeypatch)


@pytest.fixture
def announced(ctx):
    changes: list[Changes] = []
    ctx.events.changed.connect(changes.append)
    return changes


def test_a_toggle_at_signin_refreshes_the_signin_page_alone(tab, ctx, sample_hid, spy, announced):
    tab.show_page("attendance")
    page = tab.pages["attendance"]
    page.ui.view.setCurrentIndex(page.proxy.index(0, AttendanceColumn.NAME))
    page.toggle(page._current_person())
    assert [c.touched for c in announced] == [{"attendance", "record", "listing"}]
    assert spy["pages"] == ["attendance"] and spy["loads"] == [sample_hid]      # once, not twice
    ctx.undo_stack.undo()
    assert spy["pages"] == ["attendance"] * 2 and len(spy["loads"]) == 2


def test_a_field_refreshes_what_shows_fields_and_not_the_draft(tab, sample_hid, spy, announced):
    page = tab.pages["basic"]
    page.ui.venue.setText("别处")
    page.ui.venue.editingFinished.emit()
    assert announced[-1].touched == {"fields", "record"}                  # the list shows no venue
    assert "draft" not in spy["pages"] and "basic" in spy["pages"] and spy["loads"] == [sample_hid]
    page.ui.title.setText("新的名称")
    page.ui.title.editingFinished.emit()
    assert announced[-1].listing                                          # the list shows the title


def test_the_draft_title_refreshes_the_draft_page_alone(full_tab, monkeypatch, announced):
    spy = watch(full_tab, monkeypatch)
    draft = full_tab.pages["draft"]
    draft.ui.title.setText("新标题")
    draft.ui.title.editingFinished.emit()
    assert [c.touched for c in announced] == [{"draft"}] and spy["pages"] == ["draft"]


def test_changes_elsewhere_that_the_tab_does_not_show_load_nothing(tab, ctx, sample_hid, spy):
    ctx.events.changed.emit(Changes(sample_hid, opinions=True, responses=True, transcript=True))
    ctx.events.changed.emit(Changes(sample_hid + 1, people=True))              # another hearing
    assert spy == {"pages": [], "loads": []}


def test_a_hidden_tab_shows_what_changed_meanwhile_once(tab, ctx, sample_hid, spy, qtbot):
    tab.hide()
    ctx.events.changed.emit(Changes(sample_hid, people=True))
    ctx.events.changed.emit(Changes(sample_hid, draft=True))
    assert spy["loads"] == []
    tab.show()
    qtbot.waitUntil(lambda: spy["loads"] == [sample_hid])
    assert sorted(spy["pages"]) == ["attendance", "draft", "people"]


def test_a_cell_typed_while_hidden_is_shown_when_stored(tab, ctx, stored, sample_hid, spy):
    """Our own change reaches the pages even when the tab is not shown (a store on hide)."""
    people = tab.pages["people"]
    tab.hide()
    model = people.model
    assert model.setData(model.index(0, 2), "新名字", Qt.ItemDataRole.EditRole)
    assert stored(sample_hid).participants()[0].name == "新名字"
    assert model.index(0, 2).data() == "新名字" and "people" in spy["pages"]
