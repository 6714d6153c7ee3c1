"""The answering page of 意见处理 (forms/answer_page.ui): the list of opinions, the
opinion at hand with its context (text, basis, the draft's articles, the transcript
passage) beside the decision and the analysis, the phrases, the similar opinions and
the charts.

Which opinion is being answered is said in one place, :class:`AtHand`: the list's
current row follows it, the context and the editor show it, and the stores go to it
(or to the opinions the answer was typed for, captured at its first key)."""
from __future__ import annotations

import copy
from dataclasses import dataclass

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QButtonGroup, QHeaderView, QListWidgetItem, QRadioButton, QWidget

from ...domain import Decision, Hearing, Opinion, Response
from ...domain.register import opinion_label
from ...domain.text import clean_text
from ...errors import HearingDeskError
from ...services.changes import Changes
from ...services.responses import (
    DECISION_ORDER,
    NO_ARTICLE,
    counts_by_article,
    counts_by_decision,
    next_unanswered,
    reason_problem,
    similar_opinions,
)
from ..autosave import AutoSave, Cause, Edit
from ..generated.ui_answer_page import Ui_AnswerPage
from ..names import decision_text
from ..opinions.model import Column, OpinionFilterProxy, OpinionTableModel
from ..phrases import PhrasesDialog
from ..undo import perform
from ..undo_keys import route_undo_keys
from .by_participant import ParticipantAnswers
from .chart import DECISION_COLORS
from .commands import AnswerOpinions
from .opinion_context import context_html
from .overwrite import OverwriteDialog
from .phrases import SETTINGS_KEY

#: bars of the by-article chart before the rest are summed up as 其他条款
ARTICLE_BARS = 8
#: what the answering page shows (``Changes`` flags)
SHOWS = ("opinions", "responses", "people", "draft", "transcript")

#: a decision and an analysis, as the editor holds them
Answer = tuple[Decision, str]
NO_ANSWER: Answer = (Decision.PENDING, "")


@dataclass
class AtHand:
    """The opinion the editor is for, and its answer as stored (what "unsaved" is
    measured against). ``AnswerPage._show`` is the only place that sets it."""

    hearing_id: int | None = None
    opinion_id: str | None = None
    stored: Answer = NO_ANSWER

    @property
    def target(self) -> tuple[int, str] | None:
        """What the editor's AutoSave shows: the hearing and the opinion."""
        if self.hearing_id is None or self.opinion_id is None:
            return None
        return self.hearing_id, self.opinion_id


class AnswerPage(QWidget):
    """Decision and analysis for the opinion at hand; one answer for several."""

    #: an answer being typed was stored and shown here without reloading the hearing (opinion ids)
    answered_in_place = Signal(list)

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_AnswerPage()
        self.ui.setupUi(self)
        self.ctx = ctx
        self.hearing_id: int | None = None
        self.hearing: Hearing | None = None
        #: which opinion is being answered (the one place that says it)
        self.at_hand = AtHand()
        self._filling = False
        self._reloading = False
        self._similar_for: str | None = None
        #: True while an answer being typed is stored: the tab does not reload for it
        self.storing_quietly = False
        ui = self.ui
        self.list, self.unanswered_only, self.search, self.context = ui.list, ui.unanswered_only, ui.search, ui.context
        self.analysis, self.reason_hint, self.error_label = ui.analysis, ui.reason_hint, ui.error_label
        self.scope_label, self.state_label, self.save_button = ui.scope_label, ui.state_label, ui.save_button
        self.prev_button, self.next_button, self.helpers = ui.prev_button, ui.next_button, ui.helpers
        self.phrases, self.edit_phrases_button = ui.phrases, ui.edit_phrases_button
        self.similar, self.similar_title = ui.similar, ui.similar_title
        self.decision_chart, self.article_chart = ui.decision_chart, ui.article_chart
        # 按参加人: one participant's answers as the report prints them, and the numbering
        self.by_participant = ParticipantAnswers(ctx, self)
        self.helpers.addTab(self.by_participant, self.tr("按参加人"))
        self.by_participant.numbering_changed.connect(lambda _s: self.answered_in_place.emit([]))
        ui.split.setSizes([300, 400, 420])     # first proportions (a form cannot hold a splitter's sizes)
        ui.vsplit.setSizes([580, 150])

        # ---------------------------------------------------------- the list of opinions
        self.model = OpinionTableModel(self)
        self.proxy = OpinionFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.list.setModel(self.proxy)
        for col in Column:
            self.list.setColumnHidden(col, col not in (Column.PARTICIPANT, Column.NUMBER, Column.DECISION, Column.TEXT))
        header = self.list.horizontalHeader()
        header.moveSection(header.visualIndex(Column.DECISION), header.visualIndex(Column.TEXT))
        self.list.setColumnWidth(Column.PARTICIPANT, 64)
        self.list.setColumnWidth(Column.NUMBER, 36)
        self.list.setColumnWidth(Column.DECISION, 66)
        # a header is never cut (English headers are longer than the Chinese ones)
        metrics = header.fontMetrics()
        for col in (Column.PARTICIPANT, Column.NUMBER, Column.DECISION):
            title = str(self.proxy.headerData(col, Qt.Orientation.Horizontal) or "")
            self.list.setColumnWidth(col, max(self.list.columnWidth(col), metrics.horizontalAdvance(title) + 18))
        header.setSectionResizeMode(Column.TEXT, QHeaderView.ResizeMode.Stretch)
        self.list.selectionModel().currentRowChanged.connect(self._current_row_changed)
        self.list.selectionModel().selectionChanged.connect(self._selection_changed)
        self.unanswered_only.toggled.connect(self._filter_changed)
        self.search.textChanged.connect(self._filter_changed)
        self.context.anchorClicked.connect(self._anchor_clicked)

        # ---------------------------------------------------------- the answer
        self.decision_group = QButtonGroup(self)
        self.decision_group.setExclusive(True)
        self.decision_buttons: dict[Decision, QRadioButton] = {}
        for i, d in enumerate(DECISION_ORDER):
            b = QRadioButton(decision_text(d), ui.decision_box)
            b.setToolTip(self.tr("Alt+{0}").format(i + 1))
            self.decision_group.addButton(b, i)
            self.decision_buttons[d] = b
            ui.decision_grid.addWidget(b, i // 4, i % 4)
        self.decision_group.idToggled.connect(self._decision_toggled)
        self.analysis.textChanged.connect(self._editor_changed)
        # the answer (decision and analysis) is stored as it is typed, for the opinions
        # it was typed for; an answer the rules refuse waits for the explicit save
        self.saver = AutoSave(self.analysis, self._autosave, edits=ctx.edits, read=self._editor_value,
                              write=lambda value: self._set_editor(*value), capture=self._capture,
                              revert_refused=False)
        # Ctrl+Z / Ctrl+Shift+Z in the analysis box are the window's undo and redo (one
        # step per save), never the box's own undo of the typing (ui/undo_keys.py)
        route_undo_keys(self.analysis, ctx.undo_stack)
        self.error_label.hide()
        # its text comes and goes with every move: a height that does not follow it keeps
        # the page from being laid out (and repainted) again each time
        self.state_label.setFixedHeight(self.state_label.fontMetrics().height() + 4)
        self.save_button.clicked.connect(self.save)
        self.prev_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.phrases.itemDoubleClicked.connect(lambda item: self.insert_phrase(self.phrases.row(item)))
        self.edit_phrases_button.clicked.connect(self.edit_phrases)
        self.similar.itemChanged.connect(lambda _: self._update_scope())

        # ---------------------------------------------------------- keys
        self._add_action(self.tr("保存答复"), [QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")], self.save)
        self._add_action(self.tr("上一条"), [QKeySequence("Alt+Up")], lambda: self.step(-1))
        self._add_action(self.tr("下一条"), [QKeySequence("Alt+Down")], lambda: self.step(1))
        for i, d in enumerate(DECISION_ORDER):
            self._add_action(decision_text(d), [QKeySequence(f"Alt+{i + 1}")],
                             lambda _=False, d=d: self.set_decision(d))
        for i in range(9):
            self._add_action(self.tr("插入常用语 {0}").format(i + 1), [QKeySequence(f"Ctrl+Alt+{i + 1}")],
                             lambda _=False, i=i: self.insert_phrase(i))
        self.load_phrases()
        self._show(None)

    def _add_action(self, text: str, keys: list[QKeySequence], slot) -> QAction:
        action = QAction(text, self)
        action.setShortcuts(keys)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    @property
    def current_id(self) -> str | None:
        """The opinion at hand (``at_hand.opinion_id``)."""
        return self.at_hand.opinion_id

    # ================================================================ contents
    def set_contents(self, hearing_id: int | None, hearing: Hearing | None, changes: Changes | None = None) -> None:
        """New stored state (``changes``: what changed; None: everything): the list and
        the charts are redrawn, the opinion at hand shown again; the editor keeps
        unsaved text."""
        same_hearing = hearing_id == self.hearing_id
        self.hearing_id, self.hearing = hearing_id, hearing
        self._reloading = True
        try:      # the rows take the new objects; only rows that differ are redrawn
            opinions = hearing.opinions if hearing else []
            self.model.set_contents(opinions, hearing.people_by_id() if hearing else {}, {})
        finally:
            self._reloading = False
        self.by_participant.set_contents(hearing_id, hearing)
        if changes is not None and same_hearing and not changes.any(*SHOWS):
            return
        self._update_charts()
        ids = {o.id for o in (hearing.opinions if hearing else [])}
        if not same_hearing or self.current_id not in ids:
            self.at_hand = AtHand()              # its opinion is gone (or another hearing)
            first = self.proxy.index(0, 0)
            self._show(self._opinion_at(first))
            if first.isValid():
                self._select_row(first)
            return
        self._show(self.opinion(self.current_id), keep_editor=self.is_dirty())
        self._reselect_current()

    def opinion(self, opinion_id: str | None) -> Opinion | None:
        row = self.model.row_of(opinion_id) if opinion_id else None
        return self.model.opinion_at(row) if row is not None else None

    def _opinion_at(self, proxy_index: QModelIndex) -> Opinion | None:
        if not proxy_index.isValid():
            return None
        return self.model.opinion_at(self.proxy.mapToSource(proxy_index).row())

    def ordered_opinions(self) -> list[Opinion]:
        """The opinions in the order the list shows them (all of them, also when filtered)."""
        # the list is never sorted, and a filtered list is not the whole order: the model's order
        return self.model.opinions()

    def _select_row(self, proxy_index: QModelIndex) -> None:
        sm = self.list.selectionModel()
        self._reloading = True
        try:
            sm.setCurrentIndex(proxy_index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                               | QItemSelectionModel.SelectionFlag.Rows)
        finally:
            self._reloading = False
        self.list.scrollTo(proxy_index)

    def _reselect_current(self) -> None:
        if self.current_id is None:
            return
        row = self.model.row_of(self.current_id)
        idx = self.proxy.mapFromSource(self.model.index(row, 0)) if row is not None else QModelIndex()
        current = self._opinion_at(self.list.currentIndex())
        if idx.isValid() and (current is None or current.id != self.current_id):
            self._select_row(idx)

    def _filter_changed(self) -> None:
        self.proxy.keep = frozenset()
        self._reloading = True
        try:
            self.proxy.set_filters(decision=OpinionFilterProxy.UNANSWERED if self.unanswered_only.isChecked() else None,
                                   text=self.search.text())
        finally:
            self._reloading = False
        self._reselect_current()

    # ================================================================ navigation
    def _current_row_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        """The editor always shows the opinion whose row is current: a click (after a
        multi-selection too), Shift+click, the arrow keys."""
        if self._reloading or self._filling:
            return
        self._follow_current(current)

    def _selection_changed(self, *_args) -> None:
        # a click on one row of a multi-selection: the view moves the current row first
        # (while the others are still selected) and narrows the selection after; the
        # editor checks again that it shows the current row's opinion
        if not (self._reloading or self._filling):
            self._follow_current(self.list.currentIndex())
        self._update_scope()

    def _follow_current(self, current: QModelIndex) -> None:
        o = self._opinion_at(current)
        if o is not None and o.id != self.current_id:
            if not self.go_to(o.id):
                self._reselect_current()

    def go_to(self, opinion_id: str) -> bool:
        """Show this opinion; unsaved changes of the one at hand are saved first (when
        they cannot be saved, the message says why and the page stays)."""
        if opinion_id == self.current_id:
            return True
        if self.is_dirty() and not self.save():
            return False
        o, row = self.opinion(opinion_id), self.model.row_of(opinion_id)
        if o is None or row is None:
            return False
        if not self.proxy.mapFromSource(self.model.index(row, 0)).isValid():      # filtered out
            self.unanswered_only.setChecked(False)
            self.search.clear()
        self._show(o)
        self._reselect_current()
        return True

    def next_unanswered(self) -> bool:
        target = next_unanswered(self.ordered_opinions(), self.current_id)
        if target is None:
            if self.is_dirty():
                self.save()
            still = next_unanswered(self.ordered_opinions(), self.current_id)
            if still is None:
                self.ctx.events.status.emit(self.tr("全部意见均已答复。"))
                self.state_label.setText(self.tr("全部意见均已答复。"))
                return False
            target = still
        return self.go_to(target)

    def step(self, delta: int) -> None:
        rows = self.proxy.rowCount()
        if not rows:
            return
        current = self.list.currentIndex()
        row = (current.row() + delta) if current.isValid() else 0
        row = max(0, min(rows - 1, row))
        o = self._opinion_at(self.proxy.index(row, 0))
        if o is not None:
            self.go_to(o.id)

    # ================================================================ showing
    def _show(self, o: Opinion | None, keep_editor: bool = False) -> None:
        """Make ``o`` the opinion at hand and show it (``keep_editor``: the typed answer
        stays, newer than the stored one)."""
        self._filling = True
        try:
            if o is None or self.hearing is None or self.hearing_id is None:
                self.at_hand = AtHand()
                nothing = self.tr("没有需要答复的意见。")
                self.context.setHtml(f"<p style='color:#666'>{nothing}</p>")
                if not keep_editor:
                    self.saver.show(None, NO_ANSWER)
                self.similar.clear()
                self._set_enabled(False)
                return
            self._set_enabled(True)
            if o.id not in self.proxy.keep:
                self.proxy.keep = frozenset()
            turns = self.ctx.opinions.numbered_turns(self.hearing_id, o.transcript_refs) \
                if o.transcript_refs else []
            self.context.setHtml(context_html(self.hearing, o, turns))
            stored = (o.decision, ((o.response.analysis or "") if o.response else "").strip())
            if not keep_editor:
                self.error_label.hide()
            self.at_hand = AtHand(self.hearing_id, o.id)
            self.by_participant.show_participant(o.speaker)
            self.saver.show(self.at_hand.target, stored)    # what was typed for another one is stored first
            self.at_hand.stored = stored
            self._fill_similar(o)
        finally:
            self._filling = False
        self._update_state()
        self._update_scope()

    def _set_enabled(self, on: bool) -> None:
        for w in (self.analysis, self.save_button, self.phrases, self.similar):
            w.setEnabled(on)
        for b in self.decision_buttons.values():
            b.setEnabled(on)

    def _set_editor(self, decision: Decision, analysis: str) -> None:
        self.decision_buttons[decision].setChecked(True)
        if self.analysis.toPlainText() != analysis:
            self.analysis.setPlainText(analysis)
        self._update_reason_hint()

    def _fill_similar(self, o: Opinion) -> None:
        # the same opinion shown again (after a save): the ticks stay
        ticked = set()
        if self._similar_for == o.id:
            ticked = {self.similar.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.similar.count())
                      if self.similar.item(i).checkState() == Qt.CheckState.Checked}
        self._similar_for = o.id
        self.similar.blockSignals(True)
        self.similar.clear()
        people = self.hearing.people_by_id() if self.hearing else {}
        for other, score in similar_opinions(self.model.opinions(), o.id):
            item = QListWidgetItem(self.tr("{0}（{1}，相似 {2}）：{3}").format(
                opinion_label(other, people), decision_text(other.decision), f"{score:.0%}",
                " ".join(other.text.split())[:50]))
            item.setToolTip(other.text)
            item.setData(Qt.ItemDataRole.UserRole, other.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if other.id in ticked else Qt.CheckState.Unchecked)
            self.similar.addItem(item)
        self.similar.blockSignals(False)
        n = self.similar.count()
        title = self.tr("相同或相近的意见（{0}）").format(n) if n else self.tr("相同或相近的意见")
        if self.helpers.tabText(1) != title:
            self.helpers.setTabText(1, title)

    def _anchor_clicked(self, url: QUrl) -> None:
        text = url.toString()
        if text.startswith("turn:"):
            self.ctx.events.show_turn.emit(int(text[5:]))

    # ================================================================ editing
    def decision(self) -> Decision:
        i = self.decision_group.checkedId()
        return DECISION_ORDER[i] if i >= 0 else Decision.PENDING

    def set_decision(self, decision: Decision) -> None:
        if self.decision_buttons[decision].isEnabled():
            self.decision_buttons[decision].setChecked(True)

    def is_dirty(self) -> bool:
        if self.current_id is None:
            return False
        stored = self.at_hand.stored
        return (self.decision(), self.analysis.toPlainText().strip()) != (stored[0], stored[1].strip())

    def _decision_toggled(self, _id: int, checked: bool) -> None:
        if checked:
            self._update_reason_hint()
            self._editor_changed()
            if not self._filling:
                self.saver.touch()

    def _update_reason_hint(self) -> None:
        d = self.decision()
        self.reason_hint.setText(self.tr("“{0}”须写明理由").format(decision_text(d)) if d.needs_reason else "")

    def _editor_changed(self) -> None:
        if self._filling:
            return
        if self.error_label.isVisible() and not reason_problem(self.decision(), self.analysis.toPlainText(),
                                                               phrases=self.phrase_texts()):
            self.error_label.hide()
        self._update_state()

    def _update_state(self) -> None:
        if self.current_id is None:
            self.state_label.setText("")
        elif self.is_dirty():
            missing = reason_problem(*self._editor_value(), phrases=self.phrase_texts())
            self.state_label.setText(self.tr("● 未保存") if not missing else self.tr("● 未保存：须写明理由"))
        else:
            stored = self.at_hand.stored
            self.state_label.setText(self.tr("已保存") if stored[0].is_answered or stored[1] else "")

    def target_ids(self) -> list[str]:
        """The opinions the next save answers: the selected ones (or the one at hand)
        and the similar ones ticked below."""
        ids: list[str] = []
        rows = self.list.selectionModel().selectedRows()
        if len(rows) > 1:
            ids = [o.id for r in sorted(rows, key=lambda r: r.row()) if (o := self._opinion_at(r)) is not None]
        if self.current_id and self.current_id not in ids:
            ids.insert(0, self.current_id)
        for i in range(self.similar.count()):
            item = self.similar.item(i)
            if item.checkState() == Qt.CheckState.Checked and item.data(Qt.ItemDataRole.UserRole) not in ids:
                ids.append(item.data(Qt.ItemDataRole.UserRole))
        return ids

    def _update_scope(self) -> None:
        n = len(self.target_ids()) if self.current_id else 0
        self.scope_label.setText(self.tr("本次答复将同时应用于 {0} 条意见。").format(n) if n > 1 else "")
        self.scope_label.setVisible(n > 1)

    # ================================================================ storing
    def _editor_value(self) -> Answer:
        return self.decision(), self.analysis.toPlainText().strip()

    def _capture(self) -> tuple[int | None, tuple[str, ...]]:
        """What an answer being typed is for: the hearing and the opinions it answers."""
        return self.hearing_id, tuple(self.target_ids()) if self.current_id else ()

    def _differing(self, hearing_id: int | None, ids: list[str] | tuple[str, ...], value: Answer) -> list[Opinion]:
        """The target opinions other than the one at hand that already have an answer
        different from the one at hand's stored answer and from ``value``: one answer
        for several would replace them."""
        if hearing_id != self.hearing_id:
            return []
        base = self.at_hand.stored
        out = []
        for oid in ids:
            o = self.opinion(oid)
            if o is None or oid == self.current_id:
                continue
            theirs = (o.decision, ((o.response.analysis or "") if o.response else "").strip())
            if (theirs[0].is_answered or theirs[1]) and theirs != base and theirs != value:
                out.append(o)
        return out

    def _may_replace(self, others: list[Opinion]) -> bool:
        """Ask before replacing ``others``' different answers (True: go on)."""
        if not others:
            return True
        people = self.hearing.people_by_id() if self.hearing else {}
        rows = [(opinion_label(o, people), decision_text(o.decision),
                 (o.response.analysis or "") if o.response else "") for o in others]
        return OverwriteDialog.ask(self, rows)

    def _autosave(self, target: tuple[int | None, tuple[str, ...]], value: Answer, edit: Edit) -> bool:
        """The answer as typed, stored for the opinions it was typed for. A decision that
        needs a reason waits (quietly) until there is one."""
        hearing_id, ids = target
        decision, analysis = value
        if hearing_id is None or not ids:
            return True
        if reason_problem(decision, analysis, phrases=self.phrase_texts()):
            return False
        if len(ids) > 1 and self._differing(hearing_id, ids, value):
            # different answers would be replaced: only after the question (an explicit
            # save or leaving asks it; a pause in typing waits)
            if edit.quiet or not self._may_replace(self._differing(hearing_id, ids, value)):
                return False
        if ids == (self.current_id,) and hearing_id == self.hearing_id and value == self.at_hand.stored:
            return True
        # a pause in typing: the answered rows are updated here, not the whole hearing
        # read again (that takes a tenth of a second on a full-day hearing, under the keys)
        in_place = edit.quiet and hearing_id == self.hearing_id and all(self.opinion(i) for i in ids)
        self.storing_quietly = in_place
        command = AnswerOpinions(self.ctx, hearing_id, list(ids), decision, analysis,
                                 seen=self._versions(ids) if hearing_id == self.hearing_id else None)
        try:
            perform(self.ctx, command.merging(edit, target))
        except HearingDeskError as exc:
            if not edit.quiet:
                self._show_error(str(exc))
            return False
        finally:
            self.storing_quietly = False
        if in_place:
            self.proxy.keep = frozenset(ids) | frozenset([self.current_id] if self.current_id else [])
            stored = clean_text(analysis).strip() or None
            answer = None if decision is Decision.PENDING and stored is None else Response(decision, stored)
            for o in filter(None, map(self.opinion, ids)):
                o.response = copy.deepcopy(answer)
                o.version = command.versions.get(o.id, o.version)
                self.model.update_opinion(o)
            self._update_charts()
            self.answered_in_place.emit(list(ids))
        if hearing_id == self.hearing_id and self.current_id in ids:
            self.at_hand.stored = value
            self._update_state()
            if edit.quiet:
                self.state_label.setText(self.tr("已自动保存"))
        return True

    def _versions(self, ids) -> dict[str, int]:
        """The versions of these opinions as this page shows them (a stale save is refused)."""
        return {o.id: o.version for o in filter(None, map(self.opinion, ids)) if o.version}

    def save(self) -> bool:
        """Store the answer (for every target opinion); False when refused."""
        if self.current_id is None or self.hearing_id is None:
            return False
        ids = self.target_ids()
        decision, analysis = self._editor_value()
        problem = reason_problem(decision, analysis, phrases=self.phrase_texts())
        if problem:
            self._show_error(problem)
            self.analysis.setFocus()
            return False
        if len(ids) > 1 and not self._may_replace(self._differing(self.hearing_id, ids, (decision, analysis))):
            self.ctx.events.status.emit(self.tr("未保存：其他意见的不同答复保持不变。"))
            return False
        edit = self.saver.take_session(Cause.COMMIT)
        try:
            command = AnswerOpinions(self.ctx, self.hearing_id, ids, decision, analysis, seen=self._versions(ids))
            perform(self.ctx, command.merging(edit, (self.hearing_id, tuple(ids))))
        except HearingDeskError as exc:
            self._show_error(str(exc))
            return False
        self.saver.mark_stored((decision, analysis))
        self.saver.end_session(Cause.COMMIT)
        self.error_label.hide()
        self.at_hand.stored = (decision, analysis)
        self._update_state()
        if len(ids) > 1:
            self.ctx.events.status.emit(self.tr("已将同一答复应用于 {0} 条意见。").format(len(ids)))
        return True

    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()
        self.ctx.events.status.emit(message)

    # ================================================================ phrases
    def load_phrases(self) -> None:
        self.phrases.clear()
        for i, text in enumerate(self.ctx.settings.get(SETTINGS_KEY)):
            item = QListWidgetItem(f"Ctrl+Alt+{i + 1}　{text}" if i < 9 else f"　　　　　　{text}")
            item.setData(Qt.ItemDataRole.UserRole, text)
            item.setToolTip(text)
            self.phrases.addItem(item)

    def phrase_texts(self) -> list[str]:
        return [self.phrases.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.phrases.count())]

    def insert_phrase(self, index: int) -> None:
        texts = self.phrase_texts()
        if 0 <= index < len(texts) and self.analysis.isEnabled():
            self.analysis.insertPlainText(texts[index])
            self.analysis.setFocus()

    def edit_phrases(self) -> None:
        edited = PhrasesDialog.ask(self, self.tr("编辑常用答复语"), [(
            self.tr("每行一条常用答复语；前九条可用 Ctrl+Alt+1 … 9 插入到“分析及处理建议”中。"),
            self.phrase_texts())])
        if edited is not None:
            self.ctx.settings.set(SETTINGS_KEY, edited[0])
            self.load_phrases()

    # ================================================================ charts
    def _update_charts(self) -> None:
        opinions = self.hearing.opinions if self.hearing else []
        self.decision_chart.set_data([(decision_text(d), n, DECISION_COLORS[d])
                                      for d, n in counts_by_decision(opinions).items()])
        by_article = counts_by_article(opinions)
        named = [(label, n) for label, n in by_article if label != NO_ARTICLE]
        none = [(label, n) for label, n in by_article if label == NO_ARTICLE]
        top = sorted(named, key=lambda kv: -kv[1])[:ARTICLE_BARS]
        keep = {label for label, _ in top}
        rest = sum(n for label, n in named if label not in keep)
        bars = [(label, n, None) for label, n in named if label in keep]
        if rest:
            bars.append((self.tr("其他条款"), rest, None))
        bars += [(self.tr("未涉及具体条款"), n, None) for _label, n in none]
        self.article_chart.set_data(bars)
