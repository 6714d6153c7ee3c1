"""现场笔录: the live transcript tab and its sign-off panel.

The recorder's hands stay on the keyboard: the typing box has the focus whenever
the tab is shown, Enter records the turn, one key picks the speaker, and what is
typed reaches the database within a second without anyone saving.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QPoint, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...domain import Role, TurnKind
from ...domain.attendance import marked_absent
from ...errors import HearingDeskError
from ..cleaninput import keep_clean
from .dialogs import Confirm, PhrasesDialog
from .document import SPEAKER_KEYS, TranscriptDocument
from .editing import TurnEditing
from .keymap import KeyMapPanel
from .picker import SpeakerPicker
from .signing import SignOff
from .signoff import SignOffPanel
from .view import TurnView
from .widgets import KeyRouter, SearchBar, SpeakingTimer, StatusLine, TypingBox

#: milliseconds from the first unsaved keystroke to the save (it is not pushed back by
#: further keys, so a recorder who never pauses is still saved every half second)
SAVE_DELAY_MS = 400


class TranscriptTab(TurnEditing, SignOff, QWidget):
    def __init__(self, ctx, parent=None, *, clock: Callable[[], float] | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.hearing_id: int | None = None
        self.doc = TranscriptDocument(ctx, self)
        self.doc.ask_unlock = self._ask_unlock_for_undo
        self._picker_target: int | None = None      # None: the typing box; else a turn's seq
        self._build(clock)
        self._bind_keys()
        self._connect()
        self.set_hearing(None)

    # ================================================================ building
    def _build(self, clock) -> None:
        # --- top bar: agenda step, lock state, buttons
        self.agenda = QComboBox()
        self.agenda.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.agenda.setMinimumWidth(260)
        self.agenda.setToolTip(self.tr("当前议程步骤，记入每段发言（F8 下一步，Shift+F8 上一步）"))
        self.next_step = self._button(self.tr("下一步 F8"), lambda: self.doc.step_agenda(1))
        self.lock_state = QLabel()
        self.lock_state.setObjectName("lockState")
        self.find_button = self._button(self.tr("查找 Ctrl+F"), self.start_find)
        self.phrases_button = self._button(self.tr("常用语…"), self.edit_phrases)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("议程：")))
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
        self.turns = TurnView(self.doc.model)
        self.delegate = self.turns.delegate
        font = self.turns.font()
        font.setPointSizeF(max(font.pointSizeF(), 10.5) + 1)
        self.turns.setFont(font)
        self.empty_hint = QLabel(self.tr("还没有发言记录。选定发言人（F1 主持人、F5 参加人…），在下方输入，按回车记入笔录。"))
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setStyleSheet("color: #6b7280; font-size: 15px; padding: 24px;")

        self.speaker_line = StatusLine()
        self.typing = TypingBox()
        self.typing.setObjectName("typingBox")
        typing_font = QFont(self.typing.font())
        typing_font.setPointSizeF(max(typing_font.pointSizeF(), 10.5) + 3)
        self.typing.setFont(typing_font)
        self.typing.setTabChangesFocus(True)
        self.typing.setMinimumHeight(90)
        keep_clean(self.typing)             # pasted control and direction characters go at once

        turns_box = QWidget()
        turns_layout = QVBoxLayout(turns_box)
        turns_layout.setContentsMargins(0, 0, 0, 0)
        turns_layout.addWidget(self.search)
        turns_layout.addWidget(self.empty_hint)
        turns_layout.addWidget(self.turns, 1)
        typing_box = QWidget()
        typing_layout = QVBoxLayout(typing_box)
        typing_layout.setContentsMargins(0, 0, 0, 0)
        typing_layout.addWidget(self.speaker_line)
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
        self.keymap = KeyMapPanel(
            {**{sk.key: (lambda sk=sk: self.pick_key(sk)) for sk in SPEAKER_KEYS},
             "F5": self.open_picker, "Enter": self.commit, "F7": self.open_note_menu,
             "F8": lambda: self.doc.step_agenda(1), "Ctrl+T": self.timer.restart,
             "Ctrl+E": self.edit_current, "Ctrl+M": self.mark_opinion, "Ctrl+F": self.start_find},
            self.insert_phrase, [sk.key for sk in SPEAKER_KEYS])
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
        self.record_mode = QToolButton(text=self.tr("现场记录"), checkable=True, checked=True)
        self.signoff_mode = QToolButton(text=self.tr("核对签字"), checkable=True)
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
        self.note_menu.aboutToHide.connect(lambda: QTimer.singleShot(0, self, self.focus_typing))
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
        self.typing.blockSignals(True)
        self.typing.setPlainText(doc.draft.text if doc.draft else "")
        self.typing.blockSignals(False)
        self.typing.moveCursor(self.typing.textCursor().MoveOperation.End)
        self.setEnabled(has)
        self._fill_agenda()
        self._show_keymap()
        self._show_lock()
        self._on_signatures_changed()
        self._update_empty()
        self._on_draft_changed()
        if doc.draft and (doc.draft.speaker or doc.draft.speaker_label):
            self.timer.start(doc.speaker_text(), doc.speaking_limit_seconds())
        else:
            self.timer.stop()
        self.speaker_line.set_state(self.tr("已恢复上次未提交的内容") if doc.draft and doc.draft.text else "")
        if doc.model.rowCount():
            self.turns.scrollToBottom()

    def _update_empty(self, *_) -> None:
        self.empty_hint.setVisible(self.doc.model.rowCount() == 0 and self.doc.hearing is not None)

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

    def _show_keymap(self) -> None:
        doc = self.doc
        for sk in SPEAKER_KEYS:
            usable = bool(doc.people_for(sk)) or sk.role is Role.STAFF
            self.keymap.set_line(sk.key, f"{self.tr(sk.title)}　{doc.key_target(sk)}".strip(), usable)
        self.keymap.show_phrases(self.phrases())

    def _on_draft_changed(self) -> None:
        doc = self.doc
        draft = doc.draft
        if draft is None:
            self.speaker_line.set_speaker([])
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
        self.speaker_line.set_speaker([(self.tr("发言人："), "#374151", False), (who, color, True),
                                       (began, "#6b7280", False)])
        self._schedule_save()

    def _on_signatures_changed(self) -> None:
        self.signoff.show_hearing(self.doc.hearing, self.doc.signers())

    def show_page(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        (self.signoff_mode if page else self.record_mode).setChecked(True)
        self.split.setSizes([700, 560] if page else [880, 360])
        self.focus_typing()

    # ================================================================ typing and saving
    def _on_text_changed(self) -> None:
        if self.doc.text_changed(self.typing.document().isEmpty()):
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
        self.speaker_line.set_state(self.tr("已自动保存 {0}").format(when))

    def _on_save_failed(self, reason: str) -> None:
        self.speaker_line.set_state(self.tr("自动保存失败，正在重试：{0}").format(reason), "#c62828", True)
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
        self.turns.selectionModel().clear()     # Ctrl+M, Ctrl+E now act on the newest turn

    def pick_key(self, key) -> None:
        choice = self.doc.key_choice(key)
        if choice is None or (choice[0] and not self.confirm_present(choice[0])):
            return
        if self.doc.set_speaker(*choice):
            self._speaker_picked()

    def _speaker_picked(self) -> None:
        self.timer.start(self.doc.speaker_text(), self.doc.speaking_limit_seconds())
        self.focus_typing()

    def confirm_present(self, person_id: str) -> bool:
        """Someone marked absent at 签到 speaks (or signs) only when the recorder confirms a
        correction of the attendance; the correction is an undoable change of 签到."""
        person = self.doc.hearing.person(person_id) if self.doc.hearing else None
        if person is None or not marked_absent(person):
            return True
        if not Confirm.ask(self, self.tr("更正签到"), self.tr(
                "{0}在签到中记为未到。\n如其实际到会，请更正为已到：笔录表头的实到人数、出席情况"
                "和签名栏随之改变。\n\n把{0}更正为已到吗？").format(person.name)):
            return False
        if self.doc.locked and not self._ask_unlock():
            return False
        from ..setup.commands import AttendanceCommand

        command = AttendanceCommand(self.ctx, self.hearing_id, {person_id: True},
                                    self.tr("更正签到：{0} 已到").format(person.name))
        try:
            self.doc.writer.flush()
            command.apply()
        except HearingDeskError as exc:
            self._error(self.tr("无法更正签到"), exc)
            return False
        self.ctx.undo_stack.push(command)
        self.doc.reload()
        self.ctx.events.status.emit(self.tr("已更正签到：{0} 已到").format(person.name))
        return True

    def open_picker(self, for_turn: int | None = None) -> None:
        if self.doc.hearing is None:
            return
        self._picker_target = for_turn
        title = None
        if for_turn is not None:
            title = self.tr("更改第 {0} 段的发言人：输入序号、姓名或拼音首字母，回车确定").format(
                self.doc.model.number_of(for_turn))
        self.picker.open(self.doc.candidates(), self.typing if for_turn is None else self.turns, title)

    def _on_picked(self, candidate) -> None:
        target, self._picker_target = self._picker_target, None
        if not self.confirm_present(candidate.person.id):
            self.focus_typing()
            return
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
            self.turns.selectionModel().clear()
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
            self._show_keymap()
        self.focus_typing()

    # ================================================================ helpers
    def _error(self, title: str, exc: Exception) -> None:
        QMessageBox.warning(self, title, str(exc))
        self.focus_typing()
