"""程序检查 panel: nothing on the complete sample, each problem on a hearing that has
it, and each line leads to the place to fix it."""
from __future__ import annotations

import copy
from datetime import date, datetime, timedelta, timezone

from PySide6.QtWidgets import QVBoxLayout, QWidget

from hearing_desk.domain import (
    Decision,
    Milestone,
    Response,
    Signature,
    SignatureStatus,
    TranscriptLock,
    fingerprint,
)
from hearing_desk.services import checks


def test_attendance_not_taken_is_the_only_check(make_tab, hearings, sample_hearing):
    for p in sample_hearing.people:
        p.attended = None                   # entered in the program, before 签到
    tab = make_tab(hearings.add(sample_hearing))
    tab.show_page("checks")
    assert [c.kind for c in tab.checks.checks] == [checks.ATTENDANCE_OPEN]
    assert tab.checks.deadline_label.text() == "听证报告期限：2024年7月30日（听证会后 10 个工作日，不计周末）"


def test_none_on_the_sample(tab):
    tab.show_page("checks")
    assert tab.checks.tree.topLevelItemCount() == 0
    assert "未发现程序问题" in tab.checks.summary.text()
    assert tab.pages.tabText(2) == "程序检查 ✔"
    assert tab.checks.deadline_label.text() == "听证报告期限：2024年7月30日（听证会后 10 个工作日，不计周末）"


class FakeWindow(QWidget):
    """Stands for the main window: ``show_tab`` and ``tab_widgets`` as it has them."""

    def __init__(self):
        super().__init__()
        self.shown: list[str] = []
        self.focused: list[dict] = []
        outer = self

        class Setup:
            def focus_target(self, **kwargs):
                outer.focused.append(kwargs)
        self.tab_widgets = {"setup": Setup(), "transcript": Setup()}
        QVBoxLayout(self)

    def show_tab(self, name):
        self.shown.append(name)


def problem_hearing(sample_hearing):
    h = copy.deepcopy(sample_hearing)
    h.title += "（有问题）"
    tz = timezone(timedelta(hours=8))
    h.opinions[2].response = None                                       # a6-1 unanswered
    h.opinions[1].response = Response(Decision.NOT_ADOPTED, "")         # a5-2 without a reason
    for p in h.people:
        p.attended = True
        p.signature = Signature(SignatureStatus.SIGNED, lock=1)
    h.person("a7").signature = None                                     # no signature state
    for pid in ("a1", "a2", "a3", "a4"):
        h.person(pid).attended = False                                  # 5 of 9: quorum not met
        h.person(pid).signature = None
    h.milestones = [Milestone(date(2024, 7, 12), "向听证参加人送达听证材料")]   # 4 days before
    h.locks = [TranscriptLock(1, fingerprint(h), datetime(2024, 7, 16, 17, 30, tzinfo=tz))]
    return h


def test_lists_each_problem_and_leads_to_it(make_tab, hearings, sample_hearing, ctx, qtbot):
    hid = hearings.add(problem_hearing(sample_hearing))
    window = FakeWindow()
    qtbot.addWidget(window)
    tab = make_tab(hid, parent=window)
    window.layout().addWidget(tab)
    tab.show_page("checks")
    panel = tab.checks
    kinds = [c.kind for c in panel.checks]
    assert kinds == [checks.MISSING_REASON, checks.UNANSWERED, checks.NO_SIGNATURE, checks.QUORUM,
                     checks.MATERIALS_LATE, checks.DEADLINE_PAST]
    assert panel.tree.topLevelItemCount() == 6
    assert "发现 6 个问题" in panel.summary.text() and tab.pages.tabText(2) == "程序检查（6）"
    item = panel.tree.topLevelItem(1)
    assert (item.text(0), item.text(2)) == ("意见未答复", "意见处理 →")
    assert "龚健的第1条意见尚未答复" in item.text(1)
    # an opinion: the answering page shows it
    with qtbot.waitSignal(ctx.events.answer_opinion):
        panel.open_row(1)
    assert tab.current_page() == "answer" and tab.answer.current_id == "a6-1"
    # the report deadline: the report page
    tab.show_page("checks")
    panel.open_row(5)
    assert tab.current_page() == "report"
    # signatures, attendance, materials: the other tabs, at the field
    panel.open_row(2)
    panel.open_row(3)
    panel.open_row(4)
    assert window.shown == ["transcript", "setup", "setup"]
    assert window.focused == [{"field": "signatures", "person_id": "a7"},
                              {"field": "attendance", "person_id": None},
                              {"field": "milestones", "person_id": None}]


def test_refreshes_after_answers(make_tab, hearings, sample_hearing, ctx, qtbot):
    h = copy.deepcopy(sample_hearing)
    h.opinions[0].response = None
    for p in h.people:
        p.attended = True
    hid = hearings.add(h)
    tab = make_tab(hid)
    tab.show_page("checks")
    # unfinished long after the hearing: the deadline is past too
    assert [c.kind for c in tab.checks.checks] == [checks.UNANSWERED, checks.DEADLINE_PAST]
    tab.answer.go_to("a5-1")
    tab.answer.set_decision(Decision.ADOPTED)
    tab.answer.analysis.insertPlainText("将根据所提意见在总则第四条内容中完善表述。")
    assert tab.answer.save()
    assert tab.checks.checks == [] and tab.pages.tabText(2) == "程序检查 ✔"
