"""Issue 11: the procedure checks said in the window's language. In the Chinese interface the
panel's sentence is word for word the check's own (``message_zh``, which the command line
prints); in English no Chinese is left but the hearing's own words (names, a milestone)."""
from __future__ import annotations

import copy
import re
from datetime import date, datetime, timedelta, timezone
from typing import Any

import pytest
from PySide6.QtCore import QLocale

from hearing_desk import app as app_module
from hearing_desk.domain import (
    Decision,
    Milestone,
    ReportMeta,
    Response,
    Signature,
    SignatureStatus,
    TranscriptLock,
    Turn,
    fingerprint,
)
from hearing_desk.services import checks
from hearing_desk.services.checks import run_checks
from hearing_desk.ui.checks.messages import _PLACES, LABELS, MESSAGES, check_label, check_text

CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")
TZ = timezone(timedelta(hours=8))
TODAY = date(2026, 5, 11)


def _locked(h):
    h.locks = [TranscriptLock(1, fingerprint(h), datetime(2024, 7, 16, 17, 30, tzinfo=TZ))]
    return h


def every_kind_of_check(sample_hearing) -> list[checks.Check]:
    """Hearings (variations of the sample) that together raise every message the window knows."""
    def fresh():
        h = copy.deepcopy(sample_hearing)
        for p in h.people:
            p.attended = True
        return h
    found: list[checks.Check] = []
    h = fresh()                                   # unanswered, no reason, empty analysis, quorum, materials
    h.opinions[0].response = None
    h.opinions[1].response = Response(Decision.NOT_ADOPTED, "")
    h.opinions[2].response = Response(Decision.ADOPTED, "")
    for pid in ("a2", "a3", "a4", "a5"):
        h.person(pid).attended = False
    h.milestones = [Milestone(date(2024, 7, 15), "送达听证材料")]
    found += run_checks(h, date(2024, 8, 30))     # … and the report overdue
    found += run_checks(h, date(2024, 7, 26))     # due in two working days
    found += run_checks(h, date(2024, 7, 30))     # due today
    h = fresh()                                   # absent, yet signed and speaking
    h.person("a9").attended = False
    h.person("a9").signature = Signature(SignatureStatus.SIGNED)
    h.transcript = [Turn(1, "我有意见。", "a9")]
    found += run_checks(h, TODAY)
    h = _locked(fresh())                          # a refusal without a note, a signature not recorded
    for p in h.people:
        p.signature = Signature(SignatureStatus.SIGNED, lock=1)
    h.person("a7").signature = None
    h.person("a8").signature = Signature(SignatureStatus.REFUSED, "拒绝签字", lock=1)
    found += run_checks(h, TODAY)
    h.locks[0].unlocked_at = datetime(2024, 7, 16, 17, 40, tzinfo=TZ)   # a new version to sign
    h.locks.append(TranscriptLock(2, fingerprint(h), datetime(2024, 7, 16, 17, 45, tzinfo=TZ)))
    h.venue = "改过的地点"                        # … changed behind the lock's back
    found += run_checks(h, TODAY)
    h = fresh()                                   # attendance not finished
    for pid in ("a1", "a2", "a3", "a4"):
        h.person(pid).attended = None
    found += run_checks(h, TODAY)
    h = fresh()                                   # a report dated after the deadline
    h.report = ReportMeta(issuer="x", date=date(2024, 8, 2))
    h.opinions[0].response = None
    found += run_checks(h, TODAY)
    h = fresh()                                   # past the deadline, but no working day late (a Saturday)
    h.opinions[0].response = None
    h.settings.report_deadline_working_days = 3   # Tuesday 16 → Friday 19 July
    found += run_checks(h, date(2024, 7, 20))
    found += run_checks(with_personal_data(fresh()), TODAY)
    return found


PHONE = "13812341234"


def with_personal_data(h):
    """A phone number in every kind of free text a hearing has."""
    from hearing_desk.domain import Dispute
    h.basic_info_override = f"联系电话{PHONE}"
    h.other_notes = f"联系电话{PHONE}"
    h.person("a1").description = f"电话{PHONE}"
    h.transcript = [Turn(1, f"我的电话是{PHONE}。", "a1")]
    o = h.opinions[0]
    o.text, o.basis = f"电话{PHONE}", f"电话{PHONE}"
    assert o.response is not None
    o.response.analysis = f"经电话{PHONE}核实，予以采纳。"
    h.disputes = [Dispute(f"电话{PHONE}")]
    return h


@pytest.fixture
def language(qapp):
    installed: list = []
    locale = QLocale()

    def use(name):
        app_module.remove_translators(qapp, installed)
        installed[:] = app_module.install_translators(qapp, name)
    yield use
    app_module.remove_translators(qapp, installed)
    QLocale.setDefault(locale)


def test_every_message_of_the_window_is_raised_by_some_hearing(sample_hearing):
    codes = {c.code for c in every_kind_of_check(sample_hearing)}
    assert set(MESSAGES) <= codes, set(MESSAGES) - codes
    assert set(LABELS) == set(checks.KIND_LABELS)
    places = {c.params["place"] for c in every_kind_of_check(sample_hearing) if c.kind == checks.PERSONAL_DATA}
    assert places == set(_PLACES)


def test_in_chinese_the_window_says_what_the_check_says(sample_hearing, language):
    language("zh_CN")
    found = every_kind_of_check(sample_hearing)
    for check in found:
        assert check_text(check) == check.message_zh, check.code
        assert check_label(check) == check.label


def test_in_english_the_checks_are_english(sample_hearing, language):
    found = every_kind_of_check(sample_hearing)
    words = {p.name for p in sample_hearing.people} | {"送达听证材料"}
    language("en")
    for check in found:
        text = check_text(check)
        left = [run for run in CJK.findall(text) if run not in words]
        assert left == [], (check.code, text)
        assert not CJK.search(check_label(check)), check.kind
    overdue = next(c for c in found if c.code == checks.DEADLINE_PAST + ".overdue")
    assert "July 30, 2024" in check_text(overdue)


def test_dates_are_written_in_the_window_language(language):
    from hearing_desk.ui.names import date_text
    language("zh_CN")
    assert date_text(date(2024, 7, 30)) == "2024年7月30日"
    language("en")
    assert date_text(date(2024, 7, 30)) == "July 30, 2024"


def test_the_checks_panel_in_english(ctx, hearings, sample_hearing, qtbot, language):
    from hearing_desk.ui.checks.panel import ChecksPanel
    h = copy.deepcopy(sample_hearing)
    h.opinions[0].response = None
    hid = hearings.add(h)
    language("en")
    panel = ChecksPanel(ctx, today=lambda: date(2024, 7, 31))
    qtbot.addWidget(panel)
    panel.set_hearing(ctx.hearing_fields.load(hid))
    rows = [[panel.tree.topLevelItem(r).text(c) for c in range(3)] for r in range(panel.tree.topLevelItemCount())]
    assert [r[0] for r in rows] == ["Opinion unanswered", "Report overdue"]
    assert rows[0][1].startswith("Opinion 1 of 蔡鼎 is not answered yet")
    assert "July 30, 2024" in rows[1][1] and "1 working days late" in rows[1][1]
    assert panel.deadline_label.text().startswith("Hearing report deadline: July 30, 2024"), panel.deadline_label.text()
    assert not CJK.search(panel.deadline_label.text() + panel.summary.text())


def test_setup_hints_write_dates_in_english(ctx, sample_id, qtbot, language):
    from hearing_desk.ui.setup.tab import SetupTab
    language("en")
    tab = SetupTab(ctx)
    qtbot.addWidget(tab)
    tab.set_hearing(sample_id)
    page: Any = tab.pages["basic"]
    assert "July 9, 2024" in page.ui.materials_hint.text(), page.ui.materials_hint.text()
    assert "July 30, 2024" in page.ui.deadline_hint.text(), page.ui.deadline_hint.text()
