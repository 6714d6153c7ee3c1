"""意见登记: the opinion register tab.

A tree of opinions grouped by participant or by article of the draft, filtered by
decision, category and text; add, edit, delete, merge, split, move, renumber (each
undoable); the disputed questions and the other notes beside it.
"""
from __future__ import annotations

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, Qt, QUrl
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHeaderView, QMessageBox, QWidget

from ...domain import Hearing, Opinion
from ...errors import HearingDeskError, NotFound
from ...services.changes import Changes
from ...services.responses import DECISION_ORDER
from ..follow import ChangeFollower
from ..generated.ui_opinions_tab import Ui_OpinionsTab
from ..names import decision_text
from ..undo import Command, perform
from .commands import (
    AddOpinion,
    DeleteOpinions,
    EditOpinion,
    MergeOpinions,
    MoveOpinions,
    RenumberOpinions,
    SplitOpinion,
)
from .detail import detail_html, empty_html
from .dialogs import MergeDecisionDialog, MoveDialog, OpinionDialog, SplitDialog
from .disputes import DisputesPanel, OtherNotesEditor
from .model import Column, GroupBy, GroupingProxy, OpinionFilterProxy, OpinionTableModel

_WIDTHS = {Column.PARTICIPANT: 104, Column.NUMBER: 46, Column.TEXT: 430, Column.BASIS: 150,
           Column.ARTICLES: 110, Column.TOPIC: 80, Column.DISPUTED: 70, Column.DECISION: 76,
           Column.SOURCE: 80}
#: the grouping of each item of the form's group combo, in its order
_GROUPINGS = (GroupBy.PARTICIPANT, GroupBy.ARTICLE, GroupBy.NONE)
#: what the register shows (``Changes`` flags): it refreshes when one of them changes
SHOWS = ("opinions", "responses", "people", "transcript", "disputes")


class OpinionsTab(QWidget):
    """The register (forms/opinions_tab.ui) with the disputed questions and the other
    notes beside it; follows the changes of its hearing (``ui/follow.py``)."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ui = Ui_OpinionsTab()
        self.ui.setupUi(self)
        self.ctx = ctx
        self.hearing_id: int | None = None
        self.hearing: Hearing | None = None
        self._numbers: dict[int, int] = {}
        self._keep_selection: list[str] = []
        self._keep_current: str | None = None
        ui = self.ui
        self.view, self.search, self.detail, self.toolbar = ui.view, ui.search, ui.detail, ui.toolbar
        self.group_combo, self.decision_combo = ui.group_combo, ui.decision_combo
        self.category_combo = ui.category_combo
        self.count_label, self.numbering_label, self.side_tabs = ui.count_label, ui.numbering_label, ui.side_tabs
        ui.split.setSizes([520, 300])          # first proportions (a form cannot hold a splitter's sizes)
        ui.lower.setSizes([600, 500])

        # ---------------------------------------------------------- the register
        self.model = OpinionTableModel(self)
        self.filter = OpinionFilterProxy(self)
        self.filter.setSourceModel(self.model)
        self.groups = GroupingProxy(self)
        self.groups.setSourceModel(self.filter)
        self.view.setModel(self.groups)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        header = self.view.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col, width in _WIDTHS.items():
            self.view.setColumnWidth(col, width)
        header.setSectionResizeMode(Column.TEXT, QHeaderView.ResizeMode.Stretch)
        self.view.clicked.connect(self._clicked)
        self.view.doubleClicked.connect(self._double_clicked)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.groups.modelAboutToBeReset.connect(self._remember_selection)
        self.groups.modelReset.connect(self._after_reset)

        # ---------------------------------------------------------- filters: the items' data
        for i, mode in enumerate(_GROUPINGS):
            self.group_combo.setItemData(i, mode)
        self.decision_combo.setItemData(1, OpinionFilterProxy.UNANSWERED)
        for d in DECISION_ORDER:
            self.decision_combo.addItem(decision_text(d), d)
        self.group_combo.currentIndexChanged.connect(self._group_changed)
        self.decision_combo.currentIndexChanged.connect(self._filters_changed)
        self.category_combo.currentIndexChanged.connect(self._filters_changed)
        self.search.textChanged.connect(self._filters_changed)

        # ---------------------------------------------------------- actions
        self.actions_by_name = {"add": ui.action_add, "edit": ui.action_edit, "delete": ui.action_delete,
                                "merge": ui.action_merge, "split": ui.action_split, "move": ui.action_move,
                                "renumber": ui.action_renumber, "answer": ui.action_answer}
        ui.action_delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        for name, slot in (("add", self.add), ("edit", self.edit_selected), ("delete", self.delete_selected),
                           ("merge", self.merge_selected), ("split", self.split_selected),
                           ("move", self.move_selected), ("renumber", self.renumber),
                           ("answer", self.answer_selected)):
            action = self.actions_by_name[name]
            key = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{action.statusTip()}（{key}）")
            action.triggered.connect(slot)
            self.addAction(action)           # the keys work wherever the focus is in the tab

        # ---------------------------------------------------------- beside: disputes, other notes
        self.disputes = DisputesPanel(ctx, self.selected_ids)
        self.disputes.opinion_clicked.connect(self.select_opinion)
        self.notes = OtherNotesEditor(ctx)
        self.side_tabs.addTab(self.disputes, self.tr("争论的主要问题"))
        self.side_tabs.addTab(self.notes, self.tr("其他需要说明的情况"))
        self.detail.anchorClicked.connect(self._anchor_clicked)

        self.follower = ChangeFollower(ctx, self, SHOWS, self.refresh, lambda: self.hearing_id)
        ctx.events.show_opinion.connect(self.select_opinion)
        self._group_changed()
        self._update_actions()

    @property
    def _stale(self) -> bool:
        """Changes made while the tab was hidden wait for it to be shown."""
        return self.follower.pending is not None

    # ================================================================ loading
    def set_hearing(self, hearing_id: int | None) -> None:
        if hearing_id != self.hearing_id:
            self.flush()
        self.hearing_id = hearing_id
        self._keep_selection, self._keep_current = [], None
        self.reload()
        self.view.clearSelection()

    def reload(self) -> None:
        """Read the hearing whole and show all of it."""
        self.follower.clear()
        self._show(self._load(), Changes.everything(self.hearing_id))

    def refresh(self, changes: Changes) -> None:
        """Show again what ``changes`` touched (the follower calls this)."""
        self._show(self._load(), changes)

    def _load(self) -> Hearing | None:
        if self.hearing_id is None:
            return None
        try:
            return self.ctx.opinions.load(self.hearing_id)
        except NotFound:
            self.hearing_id = None
            return None

    def _show(self, hearing: Hearing | None, changes: Changes) -> None:
        self.hearing = hearing
        if hearing is None or self.hearing_id is None:
            self._numbers = {}
            changes = Changes.everything(None)
        elif changes.transcript:            # the turns' printed numbers (笔录出处)
            self._numbers = self.ctx.opinions.turn_numbers(self.hearing_id)
        disputed: dict[str, list[int]] = {}
        for i, d in enumerate(hearing.disputes if hearing else [], start=1):
            for oid in d.opinion_ids:
                disputed.setdefault(oid, []).append(i)
        self.model.set_contents(hearing.opinions if hearing else [], hearing.people_by_id() if hearing else {},
                                disputed, self._numbers)
        if changes.people:
            self._fill_categories()
        if changes.any("disputes", "opinions", "people"):
            self.disputes.set_contents(self.hearing_id, hearing)
        if changes.disputes:
            self.notes.set_contents(self.hearing_id, hearing.other_notes if hearing else None)
        self._update_counts()
        self._update_numbering_warning()
        self._selection_changed()

    def flush(self) -> None:
        """Store what is typed but not yet stored (the main window calls this on close)."""
        self.notes.commit()
        self.disputes.flush()

    def start_find(self) -> None:
        """Ctrl+F of the main window: search the register."""
        self.search.setFocus()
        self.search.selectAll()

    def _fill_categories(self) -> None:
        current = self.category_combo.currentData()
        cats = sorted({p.category for p in (self.hearing.participants() if self.hearing else []) if p.category})
        if [self.category_combo.itemData(i) for i in range(1, self.category_combo.count())] == cats:
            return
        self.category_combo.blockSignals(True)
        while self.category_combo.count() > 1:
            self.category_combo.removeItem(1)
        for c in cats:
            self.category_combo.addItem(c, c)
        i = self.category_combo.findData(current) if current else 0
        self.category_combo.setCurrentIndex(max(i, 0))
        self.category_combo.blockSignals(False)
        if current and i < 0:
            self._filters_changed()

    # ================================================================ view state
    def _group_changed(self) -> None:
        mode = self.group_combo.currentData()
        self.groups.set_mode(mode)
        self.view.setRootIsDecorated(mode != GroupBy.NONE)

    def _filters_changed(self) -> None:
        self.filter.set_filters(decision=self.decision_combo.currentData(),
                                category=self.category_combo.currentData(), text=self.search.text())
        self._update_counts()

    def set_group_by(self, mode: GroupBy) -> None:
        self.group_combo.setCurrentIndex(self.group_combo.findData(mode))

    def _remember_selection(self) -> None:
        if not self._keep_selection:
            self._keep_selection = self.selected_ids()
        current = self.groups.opinion(self.view.currentIndex())
        if current is not None:
            self._keep_current = current.id

    def _after_reset(self) -> None:
        self.view.expandAll()
        if self.groups.mode() != GroupBy.NONE:
            root = QModelIndex()
            for r in range(self.groups.rowCount()):
                self.view.setFirstColumnSpanned(r, root, True)
        keep, current = self._keep_selection, self._keep_current
        self._keep_selection, self._keep_current = [], None
        if keep:
            self._select_ids(keep, current)

    def _update_counts(self) -> None:
        total = self.model.rowCount()
        shown = self.filter.rowCount()
        answered = sum(1 for o in self.model.opinions() if o.decision.is_answered)
        text = self.tr("共 {0} 条意见，已答复 {1} 条").format(total, answered)
        if shown != total:
            text = self.tr("显示 {0} / {1} 条；").format(shown, total) + text
        self.count_label.setText(text)

    def _update_numbering_warning(self) -> None:
        if self.hearing is None:
            self.numbering_label.hide()
            return
        odd = []
        for p, ops in self.hearing.opinions_by_participant():
            seqs = [o.seq for o in ops]
            if seqs != list(range(1, len(ops) + 1)):
                odd.append(f"{p.name}（{'、'.join('?' if s is None else str(s) for s in seqs)}）")
        self.numbering_label.setText(
            self.tr("编号不连续：{0}。可用“重新编号”按当前显示顺序重排。").format("；".join(odd)) if odd else "")
        self.numbering_label.setVisible(bool(odd))

    # ================================================================ selection
    def selected_opinions(self) -> list[Opinion]:
        seen, out = set(), []
        rows = sorted(self.view.selectionModel().selectedRows(0), key=self._display_rank())
        for idx in rows:
            o = self.groups.opinion(idx)
            if o is not None and o.id not in seen:
                seen.add(o.id)
                out.append(o)
        return out

    def _display_rank(self):
        order = {}
        for i, idx in enumerate(self.groups.opinion_rows()):
            order[(idx.internalId(), idx.row())] = i
        return lambda idx: order.get((idx.internalId(), idx.row()), 10 ** 9)

    def selected_ids(self) -> list[str]:
        return [o.id for o in self.selected_opinions()]

    def current_opinion(self) -> Opinion | None:
        ops = self.selected_opinions()
        current = self.groups.opinion(self.view.currentIndex())
        if current is not None and current.id in {o.id for o in ops}:
            return current
        return ops[0] if ops else None

    def display_order(self) -> list[str]:
        seen, out = set(), []
        for idx in self.groups.opinion_rows():
            o = self.groups.opinion(idx)
            if o is not None and o.id not in seen:
                seen.add(o.id)
                out.append(o.id)
        return out

    def _proxy_indexes(self, opinion_id: str) -> list[QModelIndex]:
        return [idx for idx in self.groups.opinion_rows()
                if (o := self.groups.opinion(idx)) is not None and o.id == opinion_id]

    def _select_ids(self, ids: list[str], current: str | None = None) -> bool:
        wanted = set(ids)
        selection = QItemSelection()
        first = at_current = None
        for idx in self.groups.opinion_rows():
            o = self.groups.opinion(idx)
            if o is not None and o.id in wanted:
                selection.select(idx, idx.siblingAtColumn(self.groups.columnCount() - 1))
                if first is None:
                    first = idx
                if o.id == current and at_current is None:
                    at_current = idx
        if at_current is not None:
            first = at_current
        sm = self.view.selectionModel()
        sm.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        if first is not None:
            sm.setCurrentIndex(first, QItemSelectionModel.SelectionFlag.NoUpdate)
            self.view.scrollTo(first)
        return first is not None

    def select_opinion(self, opinion_id: str) -> None:
        """Select an opinion (``ctx.events.show_opinion``); filters that hide it are cleared."""
        self.follower.deliver()
        if self.hearing is None:
            self.reload()
        if self.model.row_of(opinion_id) is None:
            return
        if not self._proxy_indexes(opinion_id):
            self.search.clear()
            self.decision_combo.setCurrentIndex(0)
            self.category_combo.setCurrentIndex(0)
        self._select_ids([opinion_id], opinion_id)
        self.view.setFocus()

    def _selection_changed(self) -> None:
        self._update_actions()
        self._show_detail(self.current_opinion())

    def _update_actions(self) -> None:
        n = len(self.selected_opinions()) if self.view.selectionModel() else 0
        a = self.actions_by_name
        a["add"].setEnabled(self.hearing is not None and bool(self.hearing.participants()))
        a["edit"].setEnabled(n == 1)
        a["delete"].setEnabled(n >= 1)
        a["merge"].setEnabled(n == 2)
        a["split"].setEnabled(n == 1)
        a["move"].setEnabled(n >= 1)
        a["renumber"].setEnabled(self.hearing is not None and self.model.rowCount() > 0)
        a["answer"].setEnabled(n >= 1)

    # ================================================================ detail
    def _show_detail(self, o: Opinion | None) -> None:
        if o is None or self.hearing is None:
            self.detail.setHtml(empty_html())
        else:
            self.detail.setHtml(detail_html(self.hearing, o, self.model.numbers(), self.model.disputes_of(o.id)))

    def _anchor_clicked(self, url: QUrl) -> None:
        text = url.toString()
        if text.startswith("turn:"):
            self.ctx.events.show_turn.emit(int(text[5:]))
        elif text.startswith("answer:"):
            self.ctx.events.answer_opinion.emit(text[7:])

    def _clicked(self, index: QModelIndex) -> None:
        o = self.groups.opinion(index)
        if o is not None and index.column() == Column.SOURCE and o.transcript_refs:
            self.ctx.events.show_turn.emit(o.transcript_refs[0])

    def _double_clicked(self, index: QModelIndex) -> None:
        if self.groups.opinion(index) is not None and index.column() != Column.SOURCE:
            self.edit_selected()

    # ================================================================ edits
    def _run(self, command: Command, title: str) -> bool:
        try:
            perform(self.ctx, command)
        except HearingDeskError as exc:
            QMessageBox.warning(self, title, str(exc))
            return False
        self.follower.deliver()          # hidden (a dialog's parent): what follows needs the rows now
        return True

    def _opened(self) -> tuple[int, Hearing] | None:
        """The open hearing: its id and what was read of it (None: no hearing)."""
        if self.hearing_id is None or self.hearing is None:
            return None
        return self.hearing_id, self.hearing

    def add(self) -> None:
        if (opened := self._opened()) is None:
            return
        hearing_id, hearing = opened
        current = self.current_opinion()
        value = OpinionDialog.ask(self, hearing, None, current.speaker if current else None,
                                  numbers=self.model.numbers())
        if value is None:
            return
        command = AddOpinion(self.ctx, hearing_id, value.speaker, dict(
            text=value.text, basis=value.basis, articles=value.articles, topic=value.topic,
            transcript_refs=value.transcript_refs, seq=value.seq))
        if self._run(command, self.tr("无法新增意见")):
            self.select_opinion(command.created[0])

    def edit_selected(self) -> None:
        o = self.current_opinion()
        if o is None or (opened := self._opened()) is None:
            return
        hearing_id, hearing = opened
        value = OpinionDialog.ask(self, hearing, o, numbers=self.model.numbers())
        if value is None:
            return
        changes = {}
        for key in ("text", "basis", "articles", "topic", "transcript_refs"):
            if getattr(value, key) != getattr(o, key):
                changes[key] = getattr(value, key)
        if value.seq is not None and value.seq != o.seq:
            changes["seq"] = value.seq
        if changes:
            self._run(EditOpinion(self.ctx, hearing_id, o.id, changes, seen=o.version), self.tr("无法修改意见"))

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids or (opened := self._opened()) is None:
            return
        if self._run(DeleteOpinions(self.ctx, opened[0], ids), self.tr("无法删除意见")):
            self.ctx.events.status.emit(self.tr("已删除 {0} 条意见，可按 Ctrl+Z 撤销。").format(len(ids)))

    def merge_selected(self) -> None:
        ops = self.selected_opinions()
        if (opened := self._opened()) is None:
            return
        if len(ops) != 2:
            QMessageBox.information(self, self.tr("合并意见"),
                                    self.tr("请在登记表中选中同一位参加人的两条意见（按住 Ctrl 单击），再合并。"))
            return
        decision = None
        answered = [o.decision for o in ops if o.decision.is_answered]
        if len(set(answered)) > 1 and ops[0].speaker == ops[1].speaker:     # which decision stands: asked
            decision = MergeDecisionDialog.ask(self, answered)
            if decision is None:
                return
        if self._run(MergeOpinions(self.ctx, opened[0], ops[0].id, ops[1].id, decision), self.tr("无法合并意见")):
            self.select_opinion(ops[0].id)

    def split_selected(self) -> None:
        o = self.current_opinion()
        if o is None or (opened := self._opened()) is None:
            return
        hearing_id, hearing = opened
        parts = SplitDialog.ask(self, o)
        if parts is None:
            return
        same = [x.id for x in hearing.opinions if x.speaker == o.speaker]
        command = SplitOpinion(self.ctx, hearing_id, o.id, same, *parts)
        if self._run(command, self.tr("无法拆分意见")):
            self._select_ids([o.id] + command.created, o.id)

    def move_selected(self) -> None:
        ops = self.selected_opinions()
        if not ops or (opened := self._opened()) is None:
            return
        hearing_id, hearing = opened
        speakers = {o.speaker for o in ops}
        target = MoveDialog.ask(self, hearing, ops[0].speaker if len(speakers) == 1 else None)
        if target is None:
            return
        person = hearing.person(target)
        command = MoveOpinions(self.ctx, hearing_id, [o.id for o in ops], target, person.name if person else "")
        if self._run(command, self.tr("无法移动意见")):
            self._select_ids([o.id for o in ops])

    def renumber(self) -> None:
        if (opened := self._opened()) is None:
            return
        order = self.display_order()
        command = RenumberOpinions(self.ctx, opened[0], [o.id for o in self.model.opinions()], order)
        if self._run(command, self.tr("无法重新编号")):
            n = command.result or 0
            self.ctx.events.status.emit(self.tr("已重新编号，{0} 条意见的序号有变化。").format(n))

    def answer_selected(self) -> None:
        o = self.current_opinion()
        if o is not None:
            self.ctx.events.answer_opinion.emit(o.id)


__all__ = ["OpinionsTab"]
