"""意见处理 follows what operations changed: the report page is composed again only for
what the report prints; an answer typed is shown in place, the hearing not read again
(test_autosave.py)."""
from __future__ import annotations

from hearing_desk.services.changes import Changes


def test_the_responses_tab_redraws_the_report_only_for_what_it_prints(make_tab, sample_id, ctx, monkeypatch):
    from hearing_desk.ui.report import view

    tab = make_tab(sample_id)
    composed = []
    original = view.composed_basic_info
    monkeypatch.setattr(view, "composed_basic_info", lambda h: composed.append(h.id) or original(h))
    ctx.events.changed.emit(Changes(sample_id, record=True))        # the checks look, the report does not
    assert composed == []
    assert tab.answer.hearing is tab.hearing and tab.report.hearing is tab.hearing   # one hearing read, shared
    ctx.events.changed.emit(Changes(sample_id, fields=True))
    assert composed == [sample_id]
