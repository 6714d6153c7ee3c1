"""The answering page of 意见处理: the opinion at hand with its context (text, basis,
the draft's articles, the transcript passage) beside the decision and the analysis."""
from __future__ import annotations

import copy
import html

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...domain import Decision, Hearing, Opinion, Response, Turn
from ...domain.register import opinion_label
from ...domain.text import clean_text
from ...errors import HearingDeskError
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
from ..opinions.model import Column, OpinionFilterProxy, OpinionTableModel
from .chart import DECISION_COLORS, BarChart
from .commands import AnswerOpinions, push
from .phrases import SETTINGS_KEY, PhrasesDialog

#: bars of the by-article chart before the rest are summed up as 其他条款
ARTICLE_BARS = 8


def context_html(hearing: Hearing, o: Opinion, turns: list[tuple[int, Turn]]) -> str:
    """The opinion, its basis, the articles' text from the draft, the transcript passage
    (``turns``: each with its printed number)."""
    words = {
        "seq": QCoreApplication.translate("AnswerPage", "第 {0} 条意见"),
        "text": QCoreApplication.translate("AnswerPage", "意见或建议"),
        "basis": QCoreApplication.translate("AnswerPage", "依据、理由"),
        "articles": QCoreApplication.translate("AnswerPage", "涉及条款（征求意见稿原文）"),
        "missing": QCoreApplication.translate("AnswerPage", "征求意见稿中没有这一条"),
        "no_draft": QCoreApplication.translate("AnswerPage", "尚未导入征求意见稿，可在“听证会设置”中导入"),
        "passage": QCoreApplication.translate("AnswerPage", "笔录原文"),
        "no_refs": QCoreApplication.translate("AnswerPage", "这条意见没有标注笔录出处。"),
        "lost": QCoreApplication.translate("AnswerPage", "笔录中找不到这条意见出处的段落（可能已被删除）。"),
        "note": QCoreApplication.translate("AnswerPage", "（程序记录）"),
    }
    e = html.escape
    p = hearing.person(o.speaker)
    name = p.name if p else o.speaker
    out = [f"<h3 style='margin:0'>{e(name)} · {e(words['seq'].format(o.seq if o.seq is not None else '?'))}</h3>"]
    if p and p.description:
        out.append(f"<p style='color:#555;margin-top:2px'>{e(p.description)}</p>")
    out.append(f"<p><b>{words['text']}：</b>{e(o.text)}</p>")
    if o.basis:
        out.append(f"<p><b>{words['basis']}：</b>{e(o.basis)}</p>")
    if o.articles:
        out.append(f"<h4 style='margin-bottom:2px'>{words['articles']}</h4>")
        articles = {a.label: a for a in (hearing.draft.articles if hearing.draft else [])}
        for label in o.articles:
            a = articles.get(label)
            if a is None:
                hint = (words['missing'] if hearing.draft and hearing.draft.articles
                        else words['no_draft'])
                out.append(f"<p><b>{e(label)}</b>　<span style='color:#777'>（{hint}）</span></p>")
            else:
                chapter = f"<span style='color:#777'>（{e(a.chapter)}）</span>" if a.chapter else ""
                text = "<br>".join(e(line) for line in a.text.splitlines())
                out.append(f"<p style='background:#f6f8fa;padding:4px'><b>{e(a.label)}</b>{chapter}　{text}</p>")
    out.append(f"<h4 style='margin-bottom:2px'>{words['passage']}</h4>")
    if not o.transcript_refs:
        out.append(f"<p style='color:#777'>{words['no_refs']}</p>")
    elif not turns:
        out.append(f"<p style='color:#777'>{words['lost']}</p>")
    for number, t in turns:
        who = hearing.speaker_label(t) if not t.is_note else words['note']
        out.append(f"<p><a href='turn:{t.seq}'>#{number}</a>　<b>{e(who)}：</b>{e(t.text)}</p>")
    return "".join(out)


class AnswerPage(QWidget):
    """Decision and analysis for the opinion at hand; one answer for several."""

    #: emitted after an answer was stored (opinion ids)
    saved = Signal(list)
    #: an answer being typed was stored and shown here without reloading the hearing (opinion ids)
    answered_in_place = Signal(list)

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.hearing_id: int | None = None
        self.hearing: Hearing | None = None
        self.current_id: str | None = None
        self._loaded: tuple[Decision, str] = (Decision.PENDING, "")
        self._filling = False
        self._reloading = False
        self._similar_for: str | None = None
        #: True while an answer being typed is stored: the tab does not reload for it
        self.storing_quietly = False

        # ---------------------------------------------------------- list of opinions
        self.model = OpinionTableModel(self)
        self.proxy = OpinionFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.list = QTableView()
        self.list.setModel(self.proxy)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.verticalHeader().hide()
        self.list.verticalHeader().setDefaultSectionSize(22)
        self.list.setAlternatingRowColors(True)
        self.list.setWordWrap(False)
        for col in Column:
            self.list.setColumnHidden(col, col not in (Column.PARTICIPANT, Column.NUMBER, Column.DECISION, Column.TEXT))
        header = self.list.horizontalHeader()
        header.moveSection(header.visualIndex(Column.DECISION), header.visualIndex(Column.TEXT))
        self.list.setColumnWidth(Column.PARTICIPANT, 64)
        self.list.setColumnWidth(Column.NUMBER, 36)
        self.list.setColumnWidth(Column.DECISION, 66)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(Column.TEXT, QHeaderView.ResizeMode.Stretch)
        self.list.selectionModel().currentRowChanged.connect(self._current_row_changed)
        self.list.selectionModel().selectionChanged.connect(lambda *_: self._update_scope())
        self.unanswered_only = QCheckBox(self.tr("只显示未答复"))
        self.unanswered_only.toggled.connect(self._filter_changed)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("搜索……"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter_changed)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        fl = QHBoxLayout()
        fl.addWidget(self.unanswered_only)
        fl.addWidget(self.search, 1)
        ll.addLayout(fl)
        ll.addWidget(self.list, 1)

        # ---------------------------------------------------------- context
        self.context = QTextBrowser()
        self.context.setOpenLinks(False)
        self.context.anchorClicked.connect(self._anchor_clicked)

        # ---------------------------------------------------------- answer
        self.decision_group = QButtonGroup(self)
        self.decision_group.setExclusive(True)
        grid = QGridLayout()
        grid.setSpacing(2)
        self.decision_buttons: dict[Decision, QRadioButton] = {}
        for i, d in enumerate(DECISION_ORDER):
            b = QRadioButton(d.label)
            b.setToolTip(self.tr("Alt+{0}").format(i + 1))
            self.decision_group.addButton(b, i)
            self.decision_buttons[d] = b
            grid.addWidget(b, i // 4, i % 4)
        self.decision_group.idToggled.connect(self._decision_toggled)
        decision_box = QGroupBox(self.tr("处理情况（Alt+1…8）"))
        decision_box.setLayout(grid)
        self.analysis = QPlainTextEdit()
        self.analysis.setObjectName("analysis")
        self.analysis.setPlaceholderText(self.tr("分析及处理建议"))
        self.analysis.textChanged.connect(self._editor_changed)
        # the answer (decision and analysis) is stored as it is typed, for the opinions
        # it was typed for; an answer the rules refuse waits for the explicit save
        self.saver = AutoSave(self.analysis, self._autosave, edits=ctx.edits, read=self._editor_value,
                              write=lambda value: self._set_editor(*value), capture=self._capture,
                              revert_refused=False)
        self.reason_hint = QLabel()
        self.reason_hint.setStyleSheet("color: #9a6700;")
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b3261e; font-weight: bold;")
        self.error_label.hide()
        self.scope_label = QLabel()
        self.scope_label.setWordWrap(True)
        self.scope_label.setStyleSheet("color: #1a5fb4;")
        self.save_button = QPushButton(self.tr("保存答复（Ctrl+Enter）"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.state_label = QLabel()
        self.state_label.setStyleSheet("color: #666;")
        # its text comes and goes with every move: a size that does not follow it keeps
        # the page from being laid out (and repainted) again each time
        self.state_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.state_label.setFixedHeight(self.state_label.fontMetrics().height() + 4)
        self.prev_button = QPushButton(self.tr("↑ 上一条"))
        self.next_button = QPushButton(self.tr("↓ 下一条"))
        self.prev_button.setToolTip("Alt+↑")
        self.next_button.setToolTip("Alt+↓")
        self.prev_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.phrases = QListWidget()
        self.phrases.itemDoubleClicked.connect(lambda item: self.insert_phrase(self.phrases.row(item)))
        self.phrases.setToolTip(self.tr("双击或按 Ctrl+Alt+数字 插入到光标处"))
        self.edit_phrases_button = QPushButton(self.tr("编辑常用语…"))
        self.edit_phrases_button.clicked.connect(self.edit_phrases)
        self.similar = QListWidget()
        self.similar.setToolTip(self.tr("勾选的意见在保存时得到同样的答复"))
        self.similar.itemChanged.connect(lambda _: self._update_scope())
        self.similar_title = QLabel(self.tr("勾选的意见在保存时得到同样的答复"))

        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(decision_box)
        al = QHBoxLayout()
        al.addWidget(QLabel(self.tr("<b>分析及处理建议</b>")))
        al.addWidget(self.reason_hint, 1)
        rl.addLayout(al)
        rl.addWidget(self.analysis, 2)
        rl.addWidget(self.error_label)
        rl.addWidget(self.scope_label)
        sl = QHBoxLayout()
        sl.addWidget(self.save_button)
        sl.addWidget(self.state_label, 1)
        sl.addWidget(self.prev_button)
        sl.addWidget(self.next_button)
        rl.addLayout(sl)
        phrases_page = QWidget()
        pl = QVBoxLayout(phrases_page)
        pl.setContentsMargins(2, 2, 2, 2)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Ctrl+Alt+数字或双击，插入到光标处")))
        row.addStretch(1)
        row.addWidget(self.edit_phrases_button)
        pl.addLayout(row)
        pl.addWidget(self.phrases)
        similar_page = QWidget()
        sl2 = QVBoxLayout(similar_page)
        sl2.setContentsMargins(2, 2, 2, 2)
        sl2.addWidget(self.similar_title)
        sl2.addWidget(self.similar)
        self.helpers = QTabWidget()
        self.helpers.addTab(phrases_page, self.tr("常用答复语"))
        self.helpers.addTab(similar_page, self.tr("相同或相近的意见"))
        self.helpers.setMaximumHeight(170)
        rl.addWidget(self.helpers)

        # ---------------------------------------------------------- charts
        self.decision_chart = BarChart(self.tr("按处理情况"))
        self.article_chart = BarChart(self.tr("按条款（意见条数）"))
        charts = QWidget()
        cl = QHBoxLayout(charts)
        cl.setContentsMargins(0, 0, 0, 0)
        cl.addWidget(self.decision_chart)
        cl.addWidget(self.article_chart)
        charts.setMinimumHeight(130)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(self.context)
        split.addWidget(right)
        split.setSizes([300, 400, 420])
        split.setStretchFactor(1, 1)
        split.setStretchFactor(2, 1)
        vsplit = QSplitter(Qt.Orientation.Vertical)
        vsplit.addWidget(split)
        vsplit.addWidget(charts)
        vsplit.setSizes([580, 150])
        vsplit.setStretchFactor(0, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(vsplit)

        # ---------------------------------------------------------- keys
        self._add_action(self.tr("保存答复"), [QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")], self.save)
        self._add_action(self.tr("上一条"), [QKeySequence("Alt+Up")], lambda: self.step(-1))
        self._add_action(self.tr("下一条"), [QKeySequence("Alt+Down")], lambda: self.step(1))
        for i, d in enumerate(DECISION_ORDER):
            self._add_action(d.label, [QKeySequence(f"Alt+{i + 1}")], lambda _=False, d=d: self.set_decision(d))
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

    # ================================================================ contents
    def set_contents(self, hearing_id: int | None, hearing: Hearing | None) -> None:
        """New stored state: redraw the list and charts; the editor keeps unsaved text."""
        same_hearing = hearing_id == self.hearing_id
        self.hearing_id, self.hearing = hearing_id, hearing
        self._reloading = True
        try:
            opinions = hearing.opinions if hearing else []
            self.model.set_contents(opinions, hearing.people_by_id() if hearing else {}, {})
        finally:
            self._reloading = False
        self._update_charts()
        ids = {o.id for o in (hearing.opinions if hearing else [])}
        if not same_hearing or self.current_id not in ids:
            self.current_id = None
            self._loaded = (Decision.PENDING, "")
            first = self.proxy.index(0, 0)
            self._show(self._opinion_at(first))
            if first.isValid():
                self._select_row(first)
            return
        if not self.is_dirty():
            self._show(self.opinion(self.current_id), keep_editor=False)
        else:
            self._show(self.opinion(self.current_id), keep_editor=True)
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
        if self._reloading or self._filling:
            return
        if len(self.list.selectionModel().selectedRows()) > 1:
            return     # several selected: one answer for all of them, the editor stays
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
        o = self.opinion(opinion_id)
        if o is None:
            return False
        if self.proxy.mapFromSource(self.model.index(self.model.row_of(opinion_id), 0)).isValid() is False:
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
        self._filling = True
        try:
            self.current_id = o.id if o else None
            if o is None or self.hearing is None:
                self.context.setHtml(f"<p style='color:#666'>{self.tr('没有需要答复的意见。')}</p>")
                if not keep_editor:
                    self.saver.show(None, (Decision.PENDING, ""))
                    self._loaded = (Decision.PENDING, "")
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
            self.saver.show((self.hearing_id, o.id), stored)
            self._loaded = stored
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
        people = self.hearing.people_by_id()
        for other, score in similar_opinions(self.model.opinions(), o.id):
            item = QListWidgetItem(self.tr("{0}（{1}，相似 {2}）：{3}").format(
                opinion_label(other, people), other.decision.label, f"{score:.0%}", " ".join(other.text.split())[:50]))
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
        return (self.decision(), self.analysis.toPlainText().strip()) != (self._loaded[0], self._loaded[1].strip())

    def _decision_toggled(self, _id: int, checked: bool) -> None:
        if checked:
            self._update_reason_hint()
            self._editor_changed()
            if not self._filling:
                self.saver.touch()

    def _update_reason_hint(self) -> None:
        d = self.decision()
        self.reason_hint.setText(self.tr("“{0}”须写明理由").format(d.label) if d.needs_reason else "")

    def _editor_changed(self) -> None:
        if self._filling:
            return
        if self.error_label.isVisible() and not reason_problem(self.decision(), self.analysis.toPlainText()):
            self.error_label.hide()
        self._update_state()

    def _update_state(self) -> None:
        if self.current_id is None:
            self.state_label.setText("")
        elif self.is_dirty():
            self.state_label.setText(self.tr("● 未保存") if not reason_problem(*self._editor_value())
                                     else self.tr("● 未保存：须写明理由"))
        else:
            self.state_label.setText(self.tr("已保存") if self._loaded[0].is_answered or self._loaded[1] else "")

    def target_ids(self) -> list[str]:
        """The opinions the next save answers: the selected ones (or the one at hand)
        and the similar ones ticked below."""
        ids: list[str] = []
        rows = self.list.selectionModel().selectedRows()
        if len(rows) > 1:
            ids = [self._opinion_at(r).id for r in sorted(rows, key=lambda r: r.row())]
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
    def _editor_value(self) -> tuple[Decision, str]:
        return self.decision(), self.analysis.toPlainText().strip()

    def _capture(self) -> tuple[int | None, tuple[str, ...]]:
        """What an answer being typed is for: the hearing and the opinions it answers."""
        return self.hearing_id, tuple(self.target_ids()) if self.current_id else ()

    def _autosave(self, target: tuple[int, tuple[str, ...]], value: tuple[Decision, str], edit: Edit) -> bool:
        """The answer as typed, stored for the opinions it was typed for. A decision that
        needs a reason waits (quietly) until there is one."""
        hearing_id, ids = target
        decision, analysis = value
        if hearing_id is None or not ids:
            return True
        if reason_problem(decision, analysis):
            return False
        if ids == (self.current_id,) and hearing_id == self.hearing_id and value == self._loaded:
            return True
        # a pause in typing: the answered rows are updated here, not the whole hearing
        # read again (that takes a tenth of a second on a full-day hearing, under the keys)
        in_place = edit.quiet and hearing_id == self.hearing_id and all(self.opinion(i) for i in ids)
        self.storing_quietly = in_place
        try:
            push(self.ctx, AnswerOpinions(self.ctx, hearing_id, list(ids), decision, analysis)
                 .merging(edit, target))
        except HearingDeskError as exc:
            if not edit.quiet:
                self._show_error(str(exc))
            return False
        finally:
            self.storing_quietly = False
        if in_place:
            self.proxy.keep = frozenset(ids) | {self.current_id}
            stored = clean_text(analysis).strip() or None
            answer = None if decision is Decision.PENDING and stored is None else Response(decision, stored)
            for i in ids:
                o = self.opinion(i)
                o.response = copy.deepcopy(answer)
                self.model.update_opinion(o)
            self._update_charts()
            self.answered_in_place.emit(list(ids))
        if hearing_id == self.hearing_id and self.current_id in ids:
            self._loaded = value
            self._update_state()
            if edit.quiet:
                self.state_label.setText(self.tr("已自动保存"))
        return True

    def save(self) -> bool:
        """Store the answer (for every target opinion); False when refused."""
        if self.current_id is None or self.hearing_id is None:
            return False
        ids = self.target_ids()
        decision, analysis = self._editor_value()
        problem = reason_problem(decision, analysis)
        if problem:
            self._show_error(problem)
            self.analysis.setFocus()
            return False
        edit = self.saver.take_session(Cause.COMMIT)
        try:
            push(self.ctx, AnswerOpinions(self.ctx, self.hearing_id, ids, decision, analysis)
                 .merging(edit, (self.hearing_id, tuple(ids))))
        except HearingDeskError as exc:
            self._show_error(str(exc))
            return False
        self.saver.mark_stored((decision, analysis))
        self.saver.end_session(Cause.COMMIT)
        self.error_label.hide()
        self._loaded = (decision, analysis)
        self._update_state()
        if len(ids) > 1:
            self.ctx.events.status.emit(self.tr("已将同一答复应用于 {0} 条意见。").format(len(ids)))
        self.saved.emit(ids)
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
        phrases = PhrasesDialog.ask(self, self.phrase_texts())
        if phrases is not None:
            self.ctx.settings.set(SETTINGS_KEY, phrases)
            self.load_phrases()

    # ================================================================ charts
    def _update_charts(self) -> None:
        opinions = self.hearing.opinions if self.hearing else []
        self.decision_chart.set_data([(d.label, n, DECISION_COLORS[d])
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
        bars += [(label, n, None) for label, n in none]
        self.article_chart.set_data(bars)
