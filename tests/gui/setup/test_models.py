"""Every table model of the setup tab passes qtmodeltester, empty and filled."""
from __future__ import annotations

from typing import Any

from hearing_desk.domain import Role
from hearing_desk.domain.signup import ERROR, Problem, SignupRow
from hearing_desk.ui.setup.attendance_model import AttendanceModel
from hearing_desk.ui.setup.models import AgendaModel, ArticlesModel, MilestoneModel, PeopleModel
from hearing_desk.ui.setup.signup_dialog import SignupRowsModel


def test_people_model(qtmodeltester, sample_hearing):
    model = PeopleModel()
    qtmodeltester.check(model)
    model.set_items(sample_hearing.participants())
    qtmodeltester.check(model)
    model.set_items(sample_hearing.people_in(Role.HOST))
    qtmodeltester.check(model)


def test_attendance_model(qtmodeltester, sample_hearing):
    model = AttendanceModel()
    qtmodeltester.check(model)
    model.set_people(sample_hearing.participants(), sample_hearing.label)
    qtmodeltester.check(model)


def test_agenda_milestone_article_models(qtmodeltester, full_hearing_path):
    from hearing_desk.formats.interchange import read_file
    h = read_file(full_hearing_path)
    assert h.milestones is not None and h.draft is not None
    cases: list[tuple[Any, list[Any]]] = [(AgendaModel(), h.agenda), (MilestoneModel(), h.milestones),
                                          (ArticlesModel(), h.draft.articles)]
    for model, items in cases:
        qtmodeltester.check(model)
        model.set_items(items)
        qtmodeltester.check(model)


def test_signup_rows_model(qtmodeltester):
    rows = [SignupRow(row=2, name="甲", phone="13800001111"),
            SignupRow(row=3, name=None, problems=[Problem(ERROR, "name", "姓名为空")])]
    model = SignupRowsModel(rows)
    qtmodeltester.check(model)
    assert [r.row for r in model.chosen_rows()] == [2]
