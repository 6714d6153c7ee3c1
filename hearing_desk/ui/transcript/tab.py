"""现场笔录: the live transcript tab and its sign-off panel.

The recorder's hands stay on the keyboard: the typing box has the focus whenever
the tab is shown, Enter records the turn, one key picks the speaker, and what is
typed reaches the database within a second without anyone saving.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QPoint, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView, QButtonGroup, QComboBox, QFrame, QHBoxLayout, QLabel, QListView, QMenu,
    QMessageBox, QPushButton, QScrollArea, QSizePolicy, QSplitter, QStackedWidget, QToolButton, QVBoxLayout,
    QWidget,
)

from ...domain import Role, Signature, SignatureStatus, TurnKind, short_fingerprint
from ...services.errors import HearingDeskError
from ...services.transcript import TranscriptLocked, find_turns
from .commands import CorrectTurn, DeleteTurn, MarkOpinion, SetSignature
from .delegate import TurnDelegate
from .dialogs import Confirm, PhrasesDialog, RefusalNote, SaveTranscriptPdf
from .document import SPEAKER_KEYS, STAFF_LABEL, TranscriptDocument
from .keymap import KeyMapPanel
from .model import Column, turn_at
from .picker import SpeakerPicker
from .signoff import SignOffPanel
from .widgets import KeyRouter, SearchBar, SpeakingTimer, TypingBox

#: milliseconds from the first unsaved keystroke to the save (it is not pushed back by
#: further keys, so a recorder who never pauses is still saved every half second)
SAVE_DELAY_MS = 400


class TranscriptTab(QWidget):
    def __init__(self, ctx, parent=None, *, clock: Callable[[], float] | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.hearing_id: int | None = None
        self.doc = TranscriptDocument(ctx, self)
        self.doc.ask_unlock = self._ask_unlock_for_undo
        self._matches: tuple[str, list[int]] = ("", [])
        self._picker_target: int | None = None      # None: the typing box; else a turn's seq
        self._build(clock)
        self._bind_keys()
        self._connect()
        self.set_hearing(None)

    # ================================================================ building
    def _build(self, clock) -> None:
        tr = self.tr
        # --- top bar: agenda step, lock state, buttons
        self.agenda = QComboBox()
        self.agenda.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.agenda.setMinimumWidth(260)
        self.agenda.setToolTip(tr("当前议程步骤，记入每段发言（F8 下一步，Shift+F8 上一步）"))
        self.next_step = self._button(tr("下一步 F8"), lambda: self.doc.step_agenda(1))
        self.lock_state = QLabel()
        self.lock_state.setObjectName("lockState")
        self.find_button = self._button(tr("查找 Ctrl+F"), self.start_find)
        self.phrases_button = self._button(tr("常用语…"), self.edit_phrases)
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("议程：")))
        top.addWidget(self.agenda, 1)
        top.addWidget(self.next_step)
        top.addSpacing(12)
        top.addWidget(self.lock_state)
        top.addStretch(0)
        top.addWidget(self.find_button)
        top.addWidget(self.phrases_button)

        self.banner = QLabel()
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.hide()

        # --- left: the turns, the speaker line and the typing box
        self.search = SearchBar()
        self.search.hide()
        self.turns = QListView()
        self.turns.setObjectName("turnList")
        self.turns.setModel(self.doc.model)
        self.turns.setModelColumn(Column.TEXT)
        self.delegate = TurnDelegate(self.turns)
        self.turns.setItemDelegate(self.delegate)
        self.turns.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.turns.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.turns.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked)
        self.turns.setAlternatingRowColors(False)
        self.turns.setResizeMode(QListView.ResizeMode.Adjust)
        self.turns.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.turns.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        font = self.turns.font()
        font.setPointSizeF(max(font.pointSizeF(), 10.5) + 1)
        self.turns.setFont(font)
        self.empty_hint = QLabel(tr("还没有发言记录。选定发言人（F1 主持人、F5 参加人…），在下方输入，按回车记入笔录。"))
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setStyleSheet("color: #6b7280; font-size: 15px; padding: 24px;")

        self.speaker_line = QLabel()
        self.speaker_line.setObjectName("speakerLine")
        self.speaker_line.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.save_state = QLabel()
        self.save_state.setObjectName("saveState")
        self.save_state.setStyleSheet("color: #6b7280;")
        speaker_row = QHBoxLayout()
        speaker_row.setContentsMargins(0, 4, 0, 0)
        speaker_row.addWidget(self.speaker_line, 1)
        speaker_row.addWidget(self.save_state)
        self.typing = TypingBox()
        self.typing.setObjectName("typingBox")
        typing_font = QFont(self.typing.font())
        typing_font.setPointSizeF(max(typing_font.pointSizeF(), 10.5) + 3)
        self.typing.setFont(typing_font)
        self.typing.setTabChangesFocus(True)
        self.typing.setMinimumHeight(90)

        turns_box = QWidget()
        turns_layout = QVBoxLayout(turns_box)
        turns_layout.setContentsMargins(0, 0, 0, 0)
        turns_layout.addWidget(self.search)
        turns_layout.addWidget(self.empty_hint)
        turns_layout.addWidget(self.turns, 1)
        typing_box = QWidget()
        typing_layout = QVBoxLayout(typing_box)
        typing_layout.setContentsMargins(0, 0, 0, 0)
        typing_layout.addLayout(speaker_row)
        typing_layout.addWidget(self.typing, 1)
        self.left = QSplitter(Qt.Orientation.Vertical)
        self.left.addWidget(turns_box)
        self.left.addWidget(typing_box)
        self.left.setStretchFactor(0, 3)
        self.left.setStretchFactor(1, 1)
        self.left.setChildrenCollapsible(False)
        self.left.setSizes([560, 170])

        # --- right: the timer and key map, or the sign-off panel
        self.timer = SpeakingTimer(clock)
        self.keymap = KeyMapPanel()
        keymap_scroll = QScrollArea()
        keymap_scroll.setWidget(self.keymap)
        keymap_scroll.setWidgetResizable(True)
        keymap_scroll.setFrameShape(QFrame.Shape.NoFrame)
        keymap_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        keymap_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        record_page = QWidget()
        record_layout = QVBoxLayout(record_page)
        record_layout.setContentsMargins(0, 0, 0, 0)
        record_layout.addWidget(self.timer)
        record_layout.addWidget(keymap_scroll, 1)
        self.signoff = SignOffPanel()
        self.pages = QStackedWidget()
        self.pages.addWidget(record_page)
        self.pages.addWidget(self.signoff)
        self.record_mode = QToolButton(text=tr("现场记录"), checkable=True, checked=True)
        self.signoff_mode = QToolButton(text=tr("核对签字"), checkable=True)
        modes = QButtonGroup(self)
        modes.setExclusive(True)
        mode_row = QHBoxLayout()
        mode_row.setSpacing(0)
        for i, b in enumerate((self.record_mode, self.signoff_mode)):
            b.setObjectName("modeButton")
            b.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            b.setMinimumHeight(30)
            modes.addButton(b, i)
            mode_row.addWidget(b, 1)
        modes.idClicked.connect(self.show_page)
        right = QWidget()
        right.setStyleSheet(
            "#modeButton { border: 1px solid #9aa5b1; padding: 5px; font-size: 14px; background: #f3f4f6; }"
            "#modeButton:checked { background: #1f4e8c; color: white; font-weight: bold; }")
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(mode_row)
        right_layout.addWidget(self.pages, 1)

        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.addWidget(self.left)
        self.split.addWidget(right)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 1)
        self.split.setChildrenCollapsible(False)
        self.split.setSizes([880, 360])

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(self.split, 1)

        self.picker = SpeakerPicker(self)
        self.note_menu = QMenu(self)
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)

    def _button(self, text: str, slot) -> QPushButton:
        b = QPushButton(text)
        b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        b.clicked.connect(slot)
        return b

    def _bind_keys(self) -> None:
        self.keys = KeyRouter(self)
        k = self.keys.bind
        for sk in SPEAKER_KEYS:
            k(sk.key, lambda sk=sk: self.pick_key(sk))
        k("F5", self.open_picker)
        k("Ctrl+K", self.open_picker)
        k("F7", self.open_note_menu)
        k("F8", lambda: self.doc.step_agenda(1))
        k("Shift+F8", lambda: self.doc.step_agenda(-1))
        k("Ctrl+M", self.mark_opinion)
        k("Ctrl+E", self.edit_current)
        k("Ctrl+F", self.start_find)
        k("Ctrl+T", self.timer.restart)
        k("Ctrl+Shift+L", self.lock_transcript)
        k("Alt+Up", lambda: self.move_current(-1))
        k("Alt+Down", lambda: self.move_current(1))
        for n in range(1, 10):
            k(f"Alt+{n}", lambda n=n: self.insert_phrase(n))
        self.keys.watch(self.typing, self.turns)

    def _connect(self) -> None:
        doc = self.doc
        doc.loaded.connect(self._on_loaded)
        doc.draft_changed.connect(self._on_draft_changed)
        doc.lock_changed.connect(self._show_lock)
        doc.signatures_changed.connect(self._on_signatures_changed)
        doc.saved.connect(self._on_saved)
        doc.save_failed.connect(self._on_save_failed)
        doc.model.rowsInserted.connect(self._update_empty)
        doc.model.rowsRemoved.connect(self._update_empty)
        self.typing.textChanged.connect(self._on_text_changed)
        self.typing.commit_requested.connect(self.commit)
        self.typing.focus_lost.connect(self.save_now)
        self._save_timer.timeout.connect(self.save_now)
        self.agenda.activated.connect(lambda i: self.doc.set_agenda(self.agenda.itemData(i)))
        self.picker.picked.connect(self._on_picked)
        self.picker.dismissed.connect(self.focus_typing)
        self.search.find.connect(self.find)
        self.search.closed.connect(self.focus_typing)
        self.delegate.text_edited.connect(self.correct_text)
        self.delegate.opinions_clicked.connect(self._show_opinions_of)
        self.delegate.closeEditor.connect(lambda *_: QTimer.singleShot(0, self, self.focus_typing))
        self.turns.customContextMenuRequested.connect(self._turn_menu)
        self.turns.installEventFilter(self)
        self.signoff.lock_requested.connect(self.lock_transcript)
        self.signoff.unlock_requested.connect(self.unlock_transcript)
        self.signoff.export_requested.connect(self.export_pdf)
        self.signoff.signature_requested.connect(self.record_signature)
        self.signoff.turn_requested.connect(self.show_turn)
        self.ctx.events.show_turn.connect(self.show_turn)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.doc.close)

    # ================================================================ the tab contract
    def set_hearing(self, hearing_id: int | None) -> None:
        if self.hearing_id is not None:
            self.save_now()
        self.picker.hide()
        self.search.hide()
        self.hearing_id = hearing_id
        self.doc.open(hearing_id)

    def flush(self) -> bool:
        """Store the typing box now and wait until it is in the database."""
        self.save_now()
        return self.doc.writer.flush()

    def shutdown(self) -> bool:
        """Store the typing box and stop the writer (the program is closing)."""
        self.save_now()
        return self.doc.close()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.doc.stale:
            self.doc.reload()
        QTimer.singleShot(0, self, self.focus_typing)

    def hideEvent(self, event) -> None:
        self.save_now()
        super().hideEvent(event)

    def focus_typing(self) -> None:
        if self.isVisible() and not self.picker.isVisible() and not self.search.edit.hasFocus() \
                and self.delegate.editor is None and not self.note_menu.isVisible():
            self.typing.setFocus(Qt.FocusReason.OtherFocusReason)

    # ================================================================ loading and showing
    def _on_loaded(self) -> None:
        doc = self.doc
        has = doc.hearing is not None
        self.delegate.clear_cache()
        self.typing.blockSignals(True)
        self.typing.setPlainText(doc.draft.text if doc.draft else "")
        self.typing.blockSignals(False)
        self.typing.moveCursor(self.typing.textCursor().MoveOperation.End)
        self.setEnabled(has)
        self._fill_agenda()
        self._fill_keymap()
        self._show_lock()
        self._on_signatures_changed()
        self._update_empty()
        self._on_draft_changed()
        if doc.draft and (doc.draft.speaker or doc.draft.speaker_label):
            self.timer.start(doc.speaker_text(), doc.speaking_limit_seconds())
        else:
            self.timer.stop()
        self.save_state.setText(self.tr("已恢复上次未提交的内容") if doc.draft and doc.draft.text else "")
        if doc.model.rowCount():
            self.turns.scrollToBottom()

    def _update_empty(self, *_) -> None:
        empty = self.doc.model.rowCount() == 0
        self.empty_hint.setVisible(empty and self.doc.hearing is not None)
        self.turns.setVisible(not empty)

    def _fill_agenda(self) -> None:
        self.agenda.clear()
        hearing = self.doc.hearing
        if hearing is None or not hearing.agenda:
            self.agenda.addItem(self.tr("（未设置议程，可在“听证会设置”中添加）"), None)
            self.agenda.setEnabled(False)
            self.next_step.setEnabled(False)
            return
        for a in hearing.agenda:
            self.agenda.addItem(f"{a.seq}. {a.title}", a.seq)
        self.agenda.setEnabled(True)
        self.next_step.setEnabled(True)

    def _fill_keymap(self) -> None:
        km, doc, tr = self.keymap, self.doc, self.tr
        km.clear()
        km.section(tr("发言人（一键选定）"))
        for sk in SPEAKER_KEYS:
            people = doc.people_for(sk)
            usable = bool(people) or sk.role is Role.STAFF
            km.add(sk.key, f"{tr(sk.title)}　{doc.key_target(sk)}".strip(), (lambda sk=sk: self.pick_key(sk)),
                   enabled=usable, name=sk.key)
        km.add("F5", tr("参加人…　序号/姓名/拼音首字母"), self.open_picker, name="F5")
        km.section(tr("记录"))
        km.add("Enter", tr("记入笔录"), self.commit)
        km.add("Shift+Enter", tr("换行（同一段内）"), None)
        km.add("F7", tr("程序记录…　休会、复会等"), self.open_note_menu)
        km.add("F8", tr("下一项议程（Shift+F8 上一项）"), lambda: self.doc.step_agenda(1))
        km.add("Ctrl+T", tr("重新计时"), self.timer.restart)
        km.section(tr("已记录的发言"))
        km.add("Alt+↑↓", tr("选择上一段 / 下一段"), None)
        km.add("Ctrl+E", tr("修改选中的一段"), self.edit_current)
        km.add("Ctrl+M", tr("选中的一段或文字标为意见"), self.mark_opinion)
        km.add("Ctrl+F", tr("查找"), self.start_find)
        km.add("Ctrl+Z", tr("撤销修改"), None)
        phrases = self.phrases()
        km.section(tr("常用语（Alt+数字 插入）"))
        for n, phrase in enumerate(phrases[:9], start=1):
            km.add(f"Alt+{n}", phrase, lambda n=n: self.insert_phrase(n))
        if not phrases:
            km.add("", tr("（没有常用语，点“常用语…”添加）"), None)
        km.finish()

    def _on_draft_changed(self) -> None:
        doc = self.doc
        draft = doc.draft
        if draft is None:
            self.speaker_line.setText("")
            return
        i = self.agenda.findData(draft.agenda_item)
        if i >= 0:
            self.agenda.setCurrentIndex(i)
        if draft.kind is TurnKind.NOTE:
            who, color = self.tr("程序记录（回车记入笔录）"), "#6b6b6b"
        elif draft.speaker or draft.speaker_label:
            person = doc.speaker_person()
            who = doc.speaker_text()
            color = "#1d6b3a" if person and person.role is Role.PARTICIPANT else "#1f4e8c"
        else:
            who, color = self.tr("未选定 —— 按 F1/F2… 或 F5 选择"), "#a15c00"
        began = self.tr("　开始于 {0}").format(draft.at.strftime("%H:%M:%S")) if draft.at else ""
        self.speaker_line.setText(
            f"<span style='font-size:17px'>{self.tr('发言人：')}<b style='color:{color}'>{who}</b></span>"
            f"<span style='color:#6b7280'>{began}</span>")
        self._schedule_save()

    def _show_lock(self) -> None:
        doc = self.doc
        hearing = doc.hearing
        locked, ever = doc.locked, doc.ever_locked
        self.typing.setReadOnly(locked)
        if locked:
            fp = short_fingerprint(hearing.transcript_fingerprint)
            self.lock_state.setText(self.tr("🔒 已锁定 · 指纹 {0}").format(fp))
            self.lock_state.setStyleSheet("color: #a15c00; font-weight: bold;")
            self.typing.setPlaceholderText(self.tr("笔录已锁定待签字，不能再记录。如需修改，请在“核对签字”中解锁。"))
            self._set_banner(self.tr("笔录已锁定待签字（指纹 {0}）。修改任何一段都需要先解锁，修改会被记录。").format(fp),
                             "#fff4d6", "#7a4a00")
        else:
            self.lock_state.setText(self.tr("● 记录中") if hearing else "")
            self.lock_state.setStyleSheet("color: #1d6b3a; font-weight: bold;")
            self.typing.setPlaceholderText(self.tr("在这里输入发言内容，回车记入笔录，Shift+回车换行。"))
            if ever:
                self._set_banner(self.tr("笔录锁定后已解锁修改（{0} 处修改已记录）。修改完成后请重新锁定并重新打印。").format(
                    len(hearing.turn_changes)), "#fde8e8", "#8a1c1c")
            else:
                self._set_banner("", "", "")
        self.signoff.show_lock(hearing)
        self.signoff.show_counts()

    def _set_banner(self, text: str, back: str, fore: str) -> None:
        self.banner.setVisible(bool(text))
        self.banner.setText(text)
        if text:
            self.banner.setStyleSheet(f"#banner {{ background: {back}; color: {fore}; padding: 6px 10px;"
                                      " border-radius: 4px; font-size: 14px; }")

    def _on_signatures_changed(self) -> None:
        self.signoff.show_hearing(self.doc.hearing, self.doc.signers())

    def show_page(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        (self.signoff_mode if page else self.record_mode).setChecked(True)
        self.split.setSizes([700, 560] if page else [880, 360])
        self.focus_typing()

    # ================================================================ typing and saving
    def _on_text_changed(self) -> None:
        if self.doc.draft is not None and self.doc.draft.at is None and not self.typing.document().isEmpty():
            self.doc.begin_if_needed()
            self._on_draft_changed()
        self._schedule_save()

    def _schedule_save(self) -> None:
        if not self._save_timer.isActive() and self.doc.draft is not None:
            self._save_timer.start()

    def save_now(self) -> None:
        """Queue the typing box for the database now (the write happens off this thread)."""
        self._save_timer.stop()
        if self.doc.draft is not None:
            self.doc.save_draft(self.typing.toPlainText())

    def _on_saved(self, when: str) -> None:
        self.save_state.setStyleSheet("color: #6b7280;")
        self.save_state.setText(self.tr("已自动保存 {0}").format(when))

    def _on_save_failed(self, reason: str) -> None:
        self.save_state.setStyleSheet("color: #c62828; font-weight: bold;")
        self.save_state.setText(self.tr("自动保存失败，正在重试：{0}").format(reason))
        self.ctx.events.status.emit(self.tr("笔录自动保存失败，正在重试：{0}").format(reason))

    def commit(self) -> None:
        text = self.typing.toPlainText()
        if not text.strip():
            return
        if self.doc.locked and not self._ask_unlock():
            return
        try:
            turn = self.doc.commit(text)
        except HearingDeskError as exc:
            self._error(self.tr("无法记入笔录"), exc)
            return
        if turn is None:
            return
        self._save_timer.stop()
        self.typing.blockSignals(True)
        self.typing.clear()
        self.typing.blockSignals(False)
        self._select_row(self.doc.model.rowCount() - 1, scroll_bottom=True)

    def pick_key(self, key) -> None:
        if self.doc.pick_key(key):
            self._speaker_picked()

    def _speaker_picked(self) -> None:
        if self.typing.document().isEmpty():
            self.doc.draft.at = None
            self.doc.begin_if_needed()
            self._on_draft_changed()
        self.timer.start(self.doc.speaker_text(), self.doc.speaking_limit_seconds())
        self.focus_typing()

    def open_picker(self, for_turn: int | None = None) -> None:
        if self.doc.hearing is None:
            return
        self._picker_target = for_turn
        title = None
        if for_turn is not None:
            title = self.tr("更改第 {0} 段的发言人：输入序号、姓名或拼音首字母，回车确定").format(for_turn)
        self.picker.open(self.doc.candidates(), self.typing if for_turn is None else self.turns, title)

    def _on_picked(self, candidate) -> None:
        target, self._picker_target = self._picker_target, None
        if target is None:
            if self.doc.set_speaker(candidate.person.id):
                self._speaker_picked()
            self.focus_typing()
        else:
            self.change_speaker(target, candidate.person.id, None)

    def open_note_menu(self) -> None:
        menu = self.note_menu
        menu.clear()
        for n, text in enumerate(self.ctx.settings.get("transcript/notes")[:9], start=1):
            action = menu.addAction(f"&{n}  {text}")
            action.triggered.connect(lambda _=False, t=text: self.add_note(t))
        menu.addSeparator()
        own = menu.addAction(self.tr("自行输入：输入框中的文字作为程序记录"))
        own.triggered.connect(self.doc.set_note_mode)
        menu.aboutToHide.connect(lambda: QTimer.singleShot(0, self, self.focus_typing))
        rect = self.typing.rect()
        menu.popup(self.typing.mapToGlobal(QPoint(rect.left() + 20, rect.top() - menu.sizeHint().height())))

    def add_note(self, text: str) -> None:
        if self.doc.locked and not self._ask_unlock():
            return
        try:
            note = self.doc.add_note(text, self.typing.toPlainText())
        except HearingDeskError as exc:
            self._error(self.tr("无法添加程序记录"), exc)
            return
        if note is not None:
            self._select_row(self.doc.model.row_of(note.seq), scroll_bottom=True)
            self.ctx.events.status.emit(self.tr("已记入程序记录：{0}").format(note.text))

    def phrases(self) -> list[str]:
        return self.ctx.settings.get("transcript/phrases")

    def insert_phrase(self, n: int) -> None:
        phrases = self.phrases()
        if not 1 <= n <= len(phrases):
            return
        target = self.delegate.editor if self.delegate.editor is not None and self.delegate.editor.hasFocus() \
            else self.typing
        if target.isReadOnly():
            return
        target.insertPlainText(phrases[n - 1])

    def edit_phrases(self) -> None:
        result = PhrasesDialog.ask(self, self.phrases(), self.ctx.settings.get("transcript/notes"))
        if result is not None:
            self.ctx.settings.set("transcript/phrases", result[0])
            self.ctx.settings.set("transcript/notes", result[1])
            self._fill_keymap()
        self.focus_typing()

    # ================================================================ earlier turns
    def current_turn(self):
        index = self.turns.currentIndex()
        if not index.isValid() and self.doc.model.rowCount():
            index = self.doc.model.index(self.doc.model.rowCount() - 1, Column.TEXT)
        return turn_at(index)

    def _select_row(self, row: int | None, *, scroll_bottom: bool = False) -> None:
        if row is None or row < 0:
            return
        index = self.doc.model.index(row, Column.TEXT)
        self.turns.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        if scroll_bottom and row == self.doc.model.rowCount() - 1:
            self.turns.scrollToBottom()
        else:
            self.turns.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)

    def move_current(self, step: int) -> None:
        count = self.doc.model.rowCount()
        if not count:
            return
        index = self.turns.currentIndex()
        row = (index.row() if index.isValid() else count) + step
        self._select_row(max(0, min(count - 1, row)))

    def show_turn(self, seq: int) -> None:
        """Select and show turn ``seq`` (the opinions tab jumps back here)."""
        row = self.doc.model.row_of(seq)
        if row is None:
            self.ctx.events.status.emit(self.tr("笔录中没有第 {0} 段，它可能已被删除。").format(seq))
            return
        self._select_row(row)

    def edit_current(self) -> None:
        turn = self.current_turn()
        if turn is None:
            return
        row = self.doc.model.row_of(turn.seq)
        self._select_row(row)
        self.turns.edit(self.doc.model.index(row, Column.TEXT))

    def correct_text(self, seq: int, text: str) -> None:
        if not text.strip():
            self._error(self.tr("无法修改"), HearingDeskError(
                self.tr("第 {0} 段的内容不能为空；如要去掉这段，请用“删除”。").format(seq)))
            return
        self._correct(seq, {"text": text}, self.tr("修改第 {0} 段的文字").format(seq))

    def change_speaker(self, seq: int, person_id: str | None, label: str | None,
                       kind: TurnKind | None = None) -> None:
        self._correct(seq, {"speaker": person_id, "speaker_label": label, "kind": kind},
                      self.tr("更改第 {0} 段的发言人").format(seq))

    def _correct(self, seq: int, after: dict, text: str) -> None:
        if self.doc.locked and not self._ask_unlock():
            return
        try:
            before, _ = self.doc.correct(self.hearing_id, seq, **after)
        except HearingDeskError as exc:
            self._error(self.tr("无法修改"), exc)
            return
        old = {k: getattr(before, k) for k in after}
        if old != after:
            self.ctx.undo_stack.push(CorrectTurn(self.doc, self.hearing_id, seq, old, after, text))
        self.focus_typing()

    def delete_turn(self, seq: int | None = None) -> None:
        turn = self.current_turn() if seq is None else self.doc.model.turns[self.doc.model.row_of(seq)]
        if turn is None:
            return
        if self.doc.locked and not self._ask_unlock():
            return
        row = self.doc.model.row_of(turn.seq)
        try:
            deleted = self.doc.delete(self.hearing_id, turn.seq)
        except HearingDeskError as exc:
            self._error(self.tr("无法删除"), exc)
            return
        self.ctx.undo_stack.push(DeleteTurn(self.doc, self.hearing_id, deleted))
        self.ctx.events.status.emit(self.tr("已删除第 {0} 段（Ctrl+Z 撤销）").format(turn.seq))
        self._select_row(min(row, self.doc.model.rowCount() - 1))

    def mark_opinion(self) -> None:
        """Ctrl+M: the selected text of the turn being edited, or the selected turn, becomes an opinion."""
        editor, seq, text = self.delegate.editor, None, None
        if editor is not None and editor.textCursor().hasSelection():
            seq = self.delegate.editing_seq
            text = editor.textCursor().selectedText().replace("\u2029", "\n")
        else:
            turn = self.current_turn()
            seq = turn.seq if turn else None
        if seq is None:
            self.ctx.events.status.emit(self.tr("请先在笔录中选中一段发言，再标为意见。"))
            return
        try:
            opinion = self.doc.mark_opinion(self.hearing_id, seq, text)
        except HearingDeskError as exc:
            self._error(self.tr("无法标为意见"), exc)
            return
        self.ctx.undo_stack.push(MarkOpinion(self.doc, self.hearing_id, seq, opinion, text))
        person = self.doc.hearing.person(opinion.speaker)
        articles = self.tr("，涉及{0}").format("、".join(opinion.articles)) if opinion.articles else ""
        self.ctx.events.status.emit(self.tr("已登记为{0}的第 {1} 条意见{2}").format(
            person.name if person else opinion.speaker, opinion.seq, articles))

    def _show_opinions_of(self, seq: int) -> None:
        row = self.doc.model.row_of(seq)
        ids = self.doc.model.data(self.doc.model.index(row, Column.TEXT), Qt.ItemDataRole.UserRole + 1) \
            if row is not None else []
        if ids:
            self.ctx.events.show_opinion.emit(ids[0])

    def _turn_menu(self, pos) -> None:
        index = self.turns.indexAt(pos)
        turn = turn_at(index)
        if turn is None:
            return
        self._select_row(index.row())
        menu = QMenu(self)
        menu.addAction(self.tr("修改文字\tCtrl+E"), self.edit_current)
        menu.addAction(self.tr("更改发言人…"), lambda: self.open_picker(turn.seq))
        menu.addAction(self.tr("改为工作人员发言"), lambda: self.change_speaker(turn.seq, None, STAFF_LABEL))
        if not turn.is_note:
            menu.addAction(self.tr("改为程序记录"),
                           lambda: self.change_speaker(turn.seq, None, None, TurnKind.NOTE))
        menu.addSeparator()
        menu.addAction(self.tr("标为意见\tCtrl+M"), self.mark_opinion)
        ids = index.data(Qt.ItemDataRole.UserRole + 1)
        if ids:
            menu.addAction(self.tr("查看关联的意见"), lambda: self.ctx.events.show_opinion.emit(ids[0]))
        menu.addSeparator()
        menu.addAction(self.tr("删除这一段\tDel"), lambda: self.delete_turn(turn.seq))
        menu.popup(self.turns.viewport().mapToGlobal(pos))

    def eventFilter(self, obj, event) -> bool:
        if obj is self.turns and event.type() == event.Type.KeyPress and self.delegate.editor is None:
            if event.key() == Qt.Key.Key_Delete:
                self.delete_turn()
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.edit_current()
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.focus_typing()
                return True
        return super().eventFilter(obj, event)

    # ================================================================ search
    def start_find(self) -> None:
        cursor = self.typing.textCursor()
        self.search.open_bar(cursor.selectedText() if cursor.hasSelection() else "")

    def find(self, text: str, backwards: bool = False) -> int | None:
        """Select the next (or previous) turn containing ``text``; returns its row."""
        if self.doc.hearing is None:
            return None
        if self._matches[0] != text:
            self._matches = (text, find_turns(self.doc.hearing, self.doc.model.turns, text))
        rows = self._matches[1]
        if not rows:
            self.search.count.setText(self.tr("无结果") if text.strip() else "")
            return None
        current = self.turns.currentIndex().row() if self.turns.currentIndex().isValid() else -1
        if backwards:
            before = [r for r in rows if r < current]
            row = before[-1] if before else rows[-1]
        else:
            after = [r for r in rows if r > current] if self.search.edit.text() == text and current >= 0 else rows
            row = after[0] if after else rows[0]
        self._select_row(row)
        self.search.count.setText(f"{rows.index(row) + 1}/{len(rows)}")
        return row

    # ================================================================ lock and sign-off
    def lock_transcript(self) -> None:
        if self.doc.hearing is None or self.doc.locked:
            return
        if self.typing.toPlainText().strip():
            QMessageBox.information(self, self.tr("锁定笔录"), self.tr(
                "输入框中还有未提交的发言。请先按回车把它记入笔录（或清空输入框），再锁定笔录。"))
            return
        if not Confirm.ask(self, self.tr("锁定笔录"), self.tr(
                "锁定后笔录内容固定，并生成指纹印在每一页上，供签字人核对。\n"
                "锁定后如需修改，必须先解锁，每一处修改都会被记录。\n\n现在锁定笔录吗？")):
            return
        self.save_now()
        try:
            self.doc.lock()
        except HearingDeskError as exc:
            self._error(self.tr("无法锁定笔录"), exc)
            return
        self.show_page(1)
        self.ctx.events.status.emit(self.tr("笔录已锁定，指纹 {0}").format(
            short_fingerprint(self.doc.hearing.transcript_fingerprint)))

    def _ask_unlock(self) -> bool:
        signed = sum(1 for p in self.doc.signers() if p.signature and
                     p.signature.status in (SignatureStatus.SIGNED, SignatureStatus.REFUSED))
        warning = self.tr("\n\n已有 {0} 人签字或拒签；修改后笔录需要重新打印、重新签字。").format(signed) if signed else ""
        if not Confirm.ask(self, self.tr("解锁笔录"), self.tr(
                "笔录已锁定待签字。要解锁并修改吗？\n解锁后的每一处修改（时间、修改前、修改后）都会被记录。") + warning):
            return False
        try:
            self.doc.unlock()
        except HearingDeskError as exc:
            self._error(self.tr("无法解锁"), exc)
            return False
        return True

    def _ask_unlock_for_undo(self, hearing_id: int) -> bool:
        return hearing_id == self.hearing_id and self._ask_unlock()

    def unlock_transcript(self) -> None:
        if self.doc.locked and self._ask_unlock():
            self.show_page(0)

    def record_signature(self, status: SignatureStatus) -> None:
        person = self.signoff.selected_person()
        if person is None or self.hearing_id is None:
            return
        if not self.doc.locked:
            QMessageBox.information(self, self.tr("登记签字"), self.tr("请先锁定笔录，再登记签字。"))
            return
        note = None
        if status is SignatureStatus.REFUSED:
            note = RefusalNote.ask(self, person.name, person.signature.note if person.signature else "")
            if note is None:
                return
        after = Signature(status, note)
        before = person.signature
        try:
            self.doc.set_signature(self.hearing_id, person.id, after)
        except HearingDeskError as exc:
            self._error(self.tr("无法登记签字"), exc)
            return
        self.ctx.undo_stack.push(SetSignature(self.doc, self.hearing_id, person.id, person.name, before, after))
        rows = self.signoff.signatures.people
        i = next((n for n, p in enumerate(rows) if p.id == person.id), -1)
        if 0 <= i + 1 < len(rows):
            self.signoff.table.selectRow(i + 1)

    def export_pdf(self) -> None:
        if self.hearing_id is None:
            return
        try:
            from ...export import export_documents
        except ImportError:
            QMessageBox.information(self, self.tr("导出笔录 PDF"), self.tr("这个版本还不能导出笔录 PDF。"))
            return
        from ..background import run_in_background
        from ..dialogs import safe_file_name

        path = SaveTranscriptPdf.ask(self, safe_file_name(self.doc.hearing.title + "听证笔录", ".pdf"))
        if not path:
            return
        self.save_now()
        hearings, hid = self.ctx.hearings, self.hearing_id
        font = self.ctx.settings.get("export/font_path") or None

        def work():
            self.doc.writer.flush()
            return export_documents(hearings.get(hid), transcript_pdf=path, font_path=font)

        def done(warnings):
            text = self.tr("听证笔录已导出：{0}").format(path)
            if warnings:
                QMessageBox.warning(self, self.tr("导出笔录 PDF"), text + "\n\n" + "\n".join(warnings))
            self.ctx.events.status.emit(text)

        self._export_task = run_in_background(self, work, on_done=done)

    # ================================================================ helpers
    def _error(self, title: str, exc: Exception) -> None:
        QMessageBox.warning(self, title, str(exc))
        self.focus_typing()
