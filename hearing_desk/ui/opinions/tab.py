"""意见登记: the opinion register tab.

A tree of opinions grouped by participant or by article of the draft, filtered by
decision, category and text; add, edit, delete, merge, split, move, renumber (each
undoable); the disputed questions and the other notes beside it.
"""
from __future__ import annotations

import html

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, Qt, QUrl
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ...domain import Hearing, Opinion
from ...errors import HearingDeskError, NotFound
from ...services.responses import DECISION_ORDER
from ..stale import ReloadsWhenShown
from .commands import (
    AddOpinion,
    DeleteOpinions,
    EditOpinion,
    MergeOpinions,
    MoveOpinions,
    RenumberOpinions,
    SplitOpinion,
    push,
)
from .dialogs import MoveDialog, OpinionDialog, SplitDialog
from .disputes import DisputesPanel, OtherNotesEditor
from .model import Column, GroupBy, GroupingProxy, OpinionFilterProxy, OpinionTableModel

_WIDTHS = {Column.PARTICIPANT: 104, Column.NUMBER: 46, Column.TEXT: 430, Column.BASIS: 150,
           Column.ARTICLES: 110, Column.TOPIC: 80, Column.DISPUTED: 70, Column.DECISION: 76,
           Column.SOURCE: 80}


class OpinionsTab(ReloadsWhenShown, QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.hearing_id: int | None = None
        self.hearing: Hearing | None = None
        self._stale = False
        self._keep_selection: list[str] = []
        self._keep_current: str | None = None

        self.model = OpinionTableModel(self)
        self.filter = OpinionFilterProxy(self)
        self.filter.setSourceModel(self.model)
        self.groups = GroupingProxy(self)
        self.groups.setSourceModel(self.filter)
        self.view = QTreeView()
        self.view.setModel(self.groups)
        self.view.setUniformRowHeights(True)
        self.view.setIndentation(14)
        self.view.setAlternatingRowColors(True)
        self.view.setAllColumnsShowFocus(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.view.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.header().setStretchLastSection(False)
        for col, width in _WIDTHS.items():
            self.view.setColumnWidth(col, width)
        self.view.header().setSectionResizeMode(Column.TEXT, QHeaderView.ResizeMode.Stretch)
        self.view.clicked.connect(self._clicked)
        self.view.doubleClicked.connect(self._double_clicked)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.groups.modelAboutToBeReset.connect(self._remember_selection)
        self.groups.modelReset.connect(self._after_reset)

        # ---------------------------------------------------------- filter bar
        self.group_combo = QComboBox()
        for text, mode in ((self.tr("按听证参加人分组"), GroupBy.PARTICIPANT),
                           (self.tr("按条款分组"), GroupBy.ARTICLE), (self.tr("不分组"), GroupBy.NONE)):
            self.group_combo.addItem(text, mode)
        self.group_combo.currentIndexChanged.connect(self._group_changed)
        self.decision_combo = QComboBox()
        self.decision_combo.addItem(self.tr("全部处理情况"), None)
        self.decision_combo.addItem(self.tr("未答复"), OpinionFilterProxy.UNANSWERED)
        for d in DECISION_ORDER:
            self.decision_combo.addItem(d.label, d)
        self.decision_combo.currentIndexChanged.connect(self._filters_changed)
        self.category_combo = QComboBox()
        self.category_combo.addItem(self.tr("全部类别"), None)
        self.category_combo.currentIndexChanged.connect(self._filters_changed)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("搜索意见、理由、条款、姓名……"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filters_changed)
        self.count_label = QLabel()
        self.numbering_label = QLabel()
        self.numbering_label.setStyleSheet("color: #9a6700;")
        self.numbering_label.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(self.group_combo)
        bar.addWidget(self.decision_combo)
        bar.addWidget(self.category_combo)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.count_label)

        # ---------------------------------------------------------- actions
        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.actions_by_name: dict[str, QAction] = {}
        for name, text, key, tip, slot in (
            ("add", self.tr("新增"), QKeySequence(Qt.Key.Key_Insert), self.tr("为所选参加人登记一条新意见"), self.add),
            ("edit", self.tr("修改"), QKeySequence(Qt.Key.Key_F2), self.tr("修改所选意见"), self.edit_selected),
            ("delete", self.tr("删除"), QKeySequence(QKeySequence.StandardKey.Delete), self.tr("删除所选意见（可撤销）"),
             self.delete_selected),
            ("merge", self.tr("合并"), QKeySequence("Ctrl+M"), self.tr("把同一参加人的两条意见合并为一条"), self.merge_selected),
            ("split", self.tr("拆分"), QKeySequence("Ctrl+T"), self.tr("把一条意见在光标处拆成两条"), self.split_selected),
            ("move", self.tr("移至其他参加人…"), QKeySequence("Ctrl+Shift+M"), self.tr("把所选意见移到另一位参加人名下"),
             self.move_selected),
            ("renumber", self.tr("重新编号"), QKeySequence("Ctrl+Shift+R"),
             self.tr("按登记表当前显示顺序，为每位参加人的意见重新编号 1、2、3……"), self.renumber),
            ("answer", self.tr("去答复 →"), QKeySequence("Ctrl+Return"), self.tr("在“意见处理”中答复所选意见"),
             self.answer_selected),
        ):
            action = QAction(text, self)
            action.setShortcut(key)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.setToolTip(f"{tip}（{key.toString(QKeySequence.SequenceFormat.NativeText)}）")
            action.setStatusTip(tip)
            action.triggered.connect(slot)
            self.addAction(action)
            self.toolbar.addAction(action)
            self.actions_by_name[name] = action
            if name in ("delete", "renumber"):
                self.toolbar.addSeparator()

        # ---------------------------------------------------------- detail, disputes, notes
        self.detail = QTextBrowser()
        self.detail.setOpenLinks(False)
        self.detail.anchorClicked.connect(self._anchor_clicked)
        self.disputes = DisputesPanel(ctx, self.selected_ids)
        self.disputes.opinion_clicked.connect(self.select_opinion)
        self.notes = OtherNotesEditor(ctx)
        lower = QSplitter(Qt.Orientation.Horizontal)
        detail_box = QWidget()
        dl = QVBoxLayout(detail_box)
        dl.setContentsMargins(0, 0, 0, 0)
        dl.addWidget(QLabel(self.tr("<b>所选意见</b>")))
        dl.addWidget(self.detail)
        lower.addWidget(detail_box)
        side = QTabWidget()
        side.addTab(self.disputes, self.tr("争论的主要问题"))
        side.addTab(self.notes, self.tr("其他需要说明的情况"))
        self.side_tabs = side
        lower.addWidget(side)
        lower.setSizes([600, 500])

        top = QWidget()
        tl = QVBoxLayout(top)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.addLayout(bar)
        tl.addWidget(self.toolbar)
        tl.addWidget(self.numbering_label)
        tl.addWidget(self.view, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(lower)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([520, 300])
        layout = QVBoxLayout(self)
        layout.addWidget(split)

        ctx.events.hearing_changed.connect(self._on_hearing_changed)
        ctx.events.show_opinion.connect(self.select_opinion)
        self.groups.set_mode(GroupBy.PARTICIPANT)
        self._group_changed()
        self._update_actions()

    # ================================================================ loading
    def set_hearing(self, hearing_id: int | None) -> None:
        if hearing_id != self.hearing_id:
            self.flush()
        self.hearing_id = hearing_id
        self._keep_selection, self._keep_current = [], None
        self.reload()
        self.view.clearSelection()

    def reload(self) -> None:
        self._stale = False
        hearing = None
        if self.hearing_id is not None:
            try:
                hearing = self.ctx.opinions.load(self.hearing_id)
            except NotFound:
                self.hearing_id = None
        self.hearing = hearing
        opinions = hearing.opinions if hearing else []
        people = hearing.people_by_id() if hearing else {}
        disputed: dict[str, list[int]] = {}
        for i, d in enumerate(hearing.disputes if hearing else [], start=1):
            for oid in d.opinion_ids:
                disputed.setdefault(oid, []).append(i)
        numbers = self.ctx.opinions.turn_numbers(self.hearing_id) if hearing else {}
        self.model.set_contents(opinions, people, disputed, numbers)
        self._fill_categories()
        self.disputes.set_contents(self.hearing_id, hearing)
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
        return [idx for idx in self.groups.opinion_rows() if self.groups.opinion(idx).id == opinion_id]

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
        if self.hearing is None or self._stale:
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
        has_hearing = self.hearing is not None
        a = self.actions_by_name
        a["add"].setEnabled(has_hearing and bool(self.hearing.participants()))
        a["edit"].setEnabled(n == 1)
        a["delete"].setEnabled(n >= 1)
        a["merge"].setEnabled(n == 2)
        a["split"].setEnabled(n == 1)
        a["move"].setEnabled(n >= 1)
        a["renumber"].setEnabled(has_hearing and self.model.rowCount() > 0)
        a["answer"].setEnabled(n >= 1)

    # ================================================================ detail
    def _show_detail(self, o: Opinion | None) -> None:
        if o is None or self.hearing is None:
            self.detail.setHtml(f"<p style='color:#666'>{self.tr('在上方登记表中选择一条意见，这里显示它的全文、依据和答复。')}</p>")
            return
        e = html.escape
        p = self.hearing.person(o.speaker)
        name = p.name if p else o.speaker
        parts = [f"<h3 style='margin:0'>{e(name)} · {self.tr('第 {0} 条意见').format(o.seq if o.seq is not None else '?')}</h3>"]
        if p and p.description:
            parts.append(f"<p style='color:#555;margin-top:2px'>{e(p.description)}</p>")
        parts.append(f"<p><b>{self.tr('意见或建议')}：</b>{e(o.text)}</p>")
        if o.basis:
            parts.append(f"<p><b>{self.tr('依据、理由')}：</b>{e(o.basis)}</p>")
        meta = []
        if o.articles:
            meta.append(f"<b>{self.tr('涉及条款')}：</b>{e('、'.join(o.articles))}")
        if o.topic:
            meta.append(f"<b>{self.tr('主题')}：</b>{e(o.topic)}")
        if o.transcript_refs:
            links = "、".join(f"<a href='turn:{r}'>{self.tr('第 {0} 段').format(self.model.turn_number(r) or '?')}</a>"
                              for r in o.transcript_refs)
            meta.append(f"<b>{self.tr('笔录出处')}：</b>{links}")
        disputes = self.model.disputes_of(o.id)
        if disputes:
            meta.append(f"<b>{self.tr('争论问题')}：</b>" + "、".join(self.tr("问题{0}").format(n) for n in disputes))
        if meta:
            parts.append("<p>" + "　".join(meta) + "</p>")
        colour = "#1b7f3b" if o.decision.is_answered else "#b3261e"
        answer = f"<b>{self.tr('处理情况')}：</b><span style='color:{colour}'>{e(o.decision.label)}</span>"
        if o.response and o.response.analysis:
            answer += f"<br>{e(o.response.analysis)}"
        parts.append(f"<p>{answer}</p>")
        parts.append(f"<p><a href='answer:{e(o.id)}'>{self.tr('到“意见处理”中答复 →')}</a></p>")
        self.detail.setHtml("".join(parts))

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
    def _run(self, command, title: str) -> bool:
        try:
            push(self.ctx, command)
        except HearingDeskError as exc:
            QMessageBox.warning(self, title, str(exc))
            return False
        if self._stale or not self.isVisible():
            self.reload()
        return True

    def add(self) -> None:
        if self.hearing is None:
            return
        current = self.current_opinion()
        value = OpinionDialog.ask(self, self.hearing, None, current.speaker if current else None,
                                  numbers=self.model.numbers())
        if value is None:
            return
        command = AddOpinion(self.ctx, self.hearing_id, value.speaker, dict(
            text=value.text, basis=value.basis, articles=value.articles, topic=value.topic,
            transcript_refs=value.transcript_refs, seq=value.seq))
        if self._run(command, self.tr("无法新增意见")):
            self.select_opinion(command.created[0])

    def edit_selected(self) -> None:
        o = self.current_opinion()
        if o is None or self.hearing is None:
            return
        value = OpinionDialog.ask(self, self.hearing, o, numbers=self.model.numbers())
        if value is None:
            return
        changes = {}
        for key in ("text", "basis", "articles", "topic", "transcript_refs"):
            if getattr(value, key) != getattr(o, key):
                changes[key] = getattr(value, key)
        if value.seq is not None and value.seq != o.seq:
            changes["seq"] = value.seq
        if changes:
            self._run(EditOpinion(self.ctx, self.hearing_id, o.id, changes), self.tr("无法修改意见"))

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        if self._run(DeleteOpinions(self.ctx, self.hearing_id, ids), self.tr("无法删除意见")):
            self.ctx.events.status.emit(self.tr("已删除 {0} 条意见，可按 Ctrl+Z 撤销。").format(len(ids)))

    def merge_selected(self) -> None:
        ops = self.selected_opinions()
        if len(ops) != 2:
            QMessageBox.information(self, self.tr("合并意见"), self.tr("请在登记表中选中同一位参加人的两条意见（按住 Ctrl 单击），再合并。"))
            return
        if self._run(MergeOpinions(self.ctx, self.hearing_id, ops[0].id, ops[1].id), self.tr("无法合并意见")):
            self.select_opinion(ops[0].id)

    def split_selected(self) -> None:
        o = self.current_opinion()
        if o is None or self.hearing is None:
            return
        parts = SplitDialog.ask(self, o)
        if parts is None:
            return
        same = [x.id for x in self.hearing.opinions if x.speaker == o.speaker]
        command = SplitOpinion(self.ctx, self.hearing_id, o.id, same, *parts)
        if self._run(command, self.tr("无法拆分意见")):
            self._select_ids([o.id] + command.created, o.id)

    def move_selected(self) -> None:
        ops = self.selected_opinions()
        if not ops or self.hearing is None:
            return
        speakers = {o.speaker for o in ops}
        target = MoveDialog.ask(self, self.hearing, ops[0].speaker if len(speakers) == 1 else None)
        if target is None:
            return
        person = self.hearing.person(target)
        command = MoveOpinions(self.ctx, self.hearing_id, [o.id for o in ops], target, person.name if person else "")
        if self._run(command, self.tr("无法移动意见")):
            self._select_ids([o.id for o in ops])

    def renumber(self) -> None:
        if self.hearing is None:
            return
        order = self.display_order()
        command = RenumberOpinions(self.ctx, self.hearing_id, [o.id for o in self.model.opinions()], order)
        if self._run(command, self.tr("无法重新编号")):
            n = command.result or 0
            self.ctx.events.status.emit(self.tr("已重新编号，{0} 条意见的序号有变化。").format(n))

    def answer_selected(self) -> None:
        o = self.current_opinion()
        if o is not None:
            self.ctx.events.answer_opinion.emit(o.id)


__all__ = ["OpinionsTab"]
