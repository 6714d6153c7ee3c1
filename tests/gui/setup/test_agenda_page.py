"""议程与程序: the 713号令 第十七条 default, editing steps (turns follow), procedure settings."""
from __future__ import annotations

from PySide6.QtCore import Qt

from hearing_desk.domain import ProcedureSettings
from hearing_desk.ui.setup.models import AgendaColumn

DEFAULT = ["听证主持人宣布听证会开始，宣读听证纪律", "听证陈述人介绍决策草案、依据和有关情况",
           "听证参加人陈述意见，进行询问、质证和辩论", "听证参加人核对听证笔录并签字"]


def titles(page):
    return [page.model.item(r).title for r in range(page.model.rowCount())]


def test_new_hearing_gets_the_default_agenda(qtbot, ctx, messages):
    from hearing_desk.ui.setup import SetupTab
    hid = ctx.hearings.create("新听证会")
    tab = SetupTab(ctx)
    qtbot.addWidget(tab)
    tab.set_hearing(hid)
    assert [a.title for a in ctx.hearings.get(hid).agenda] == DEFAULT
    assert titles(tab.pages["agenda"]) == DEFAULT


def test_existing_agenda_is_kept(full_tab, stored, full_hid):
    assert titles(full_tab.pages["agenda"])[1] == "决策发言人介绍决策草案、依据和有关情况"
    assert len(stored(full_hid).agenda) == 4


def test_edit_add_move_delete_steps_with_undo(tab, ctx, stored, sample_hid, messages):
    page = tab.pages["agenda"]
    model = page.model
    assert model.setData(model.index(0, AgendaColumn.TITLE), "主持人宣布听证会开始", Qt.ItemDataRole.EditRole)
    assert stored(sample_hid).agenda[0].title == "主持人宣布听证会开始"
    page.ui.new_step.setText("主持人宣布听证会结束")
    page.ui.new_step.returnPressed.emit()
    assert titles(page)[-1] == "主持人宣布听证会结束" and page.ui.new_step.text() == ""
    page.ui.view.selectRow(4)
    page.ui.up_button.click()
    assert titles(page)[3:] == ["主持人宣布听证会结束", DEFAULT[3]]
    assert [a.seq for a in stored(sample_hid).agenda] == [1, 2, 3, 4, 5]
    page.ui.view.selectRow(3)
    page.ui.delete_button.click()
    assert len(stored(sample_hid).agenda) == 4
    for _ in range(4):
        ctx.undo_stack.undo()
    assert [a.title for a in stored(sample_hid).agenda] == DEFAULT
    model.setData(model.index(0, AgendaColumn.TITLE), " ", Qt.ItemDataRole.EditRole)
    assert "没有内容" in messages.last and stored(sample_hid).agenda[0].title == DEFAULT[0]


def test_turns_follow_their_step_and_used_steps_cannot_go(full_tab, stored, full_hid, messages):
    page = full_tab.pages["agenda"]
    page.ui.view.selectRow(2)
    page.ui.down_button.click()                      # steps 3 and 4 swap
    step_of = {t.seq: t.agenda_item for t in stored(full_hid).transcript}
    assert step_of[4] == 4 and step_of[10] == 3
    page.ui.view.selectRow(0)
    page.ui.delete_button.click()
    assert "不能删除" in messages.last and "2 段笔录" in messages.last
    assert len(stored(full_hid).agenda) == 4


def test_reset_default_agenda_uses_role_labels(full_tab, stored, full_hid, messages):
    page = full_tab.pages["agenda"]
    page.model.setData(page.model.index(1, AgendaColumn.TITLE), "发言人介绍", Qt.ItemDataRole.EditRole)
    page.ui.default_button.click()
    assert "替换现有的 4 个步骤" in messages.questions[-1]
    agenda = stored(full_hid).agenda
    assert agenda[1].title == "决策发言人介绍决策草案、依据和有关情况"
    assert agenda[3].title == "听证代表核对听证笔录并签字"


def test_settings_defaults_edit_merge_and_undo(tab, ctx, stored, sample_hid, messages):
    page = tab.pages["agenda"]
    assert (page.ui.speaking.value(), page.ui.numerator.value(), page.ui.denominator.value(),
            page.ui.materials.value(), page.ui.deadline.value()) == (5, 2, 3, 7, 10)
    assert "三分之二" in page.ui.quorum_text.text()
    page.ui.speaking.setValue(4)
    page.ui.speaking.setValue(3)                      # two clicks of the arrow: one undo step
    assert stored(sample_hid).settings.speaking_limit_minutes == 3
    page.ui.deadline.setValue(5)
    page.ui.show_times.setChecked(True)
    s = stored(sample_hid).settings
    assert (s.report_deadline_working_days, s.show_turn_times) == (5, True)
    assert not page.ui.count_decisions.isChecked()
    page.ui.count_decisions.setChecked(True)               # the report counts the decisions
    assert stored(sample_hid).settings.report_decision_counts
    ctx.undo_stack.undo()
    assert not stored(sample_hid).settings.report_decision_counts and not page.ui.count_decisions.isChecked()
    ctx.undo_stack.undo()
    ctx.undo_stack.undo()
    assert stored(sample_hid).settings.report_deadline_working_days == 10
    ctx.undo_stack.undo()
    assert stored(sample_hid).settings == ProcedureSettings()
    assert page.ui.speaking.value() == 5


def test_quorum_rule_settings(tab, stored, sample_hid, messages):
    page = tab.pages["agenda"]
    page.ui.numerator.setValue(0)
    assert stored(sample_hid).settings.quorum_numerator == 0
    assert "不作要求" in page.ui.quorum_text.text()
    assert "未设到会人数要求" in tab.pages["attendance"].ui.quorum.text()
    page.ui.numerator.setValue(1)
    page.ui.denominator.setValue(2)
    assert "二分之一" in page.ui.quorum_text.text()
    page.ui.numerator.setValue(3)
    assert "分子不能大于分母" in messages.last
    assert stored(sample_hid).settings.quorum_numerator == 1 and page.ui.numerator.value() == 1
    page.reset_settings()
    assert stored(sample_hid).settings == ProcedureSettings()


def test_settings_change_the_basic_page_hints(tab):
    tab.pages["agenda"].ui.deadline.setValue(5)
    assert "5 个工作日" in tab.pages["basic"].ui.deadline_hint.text()
    assert "2024年7月23日" in tab.pages["basic"].ui.deadline_hint.text()
