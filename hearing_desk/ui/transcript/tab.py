"""现场笔录: the live transcript tab and its sign-off page.

The recorder's hands stay on the keyboard: the typing box has the focus whenever
the tab is shown, Enter records the turn, one key picks the speaker, and what is
typed reaches the database within a second without anyone saving.

The tab puts together (``forms/transcript_tab.ui`` for the layout):

- :class:`~.document.TranscriptDocument` – what is shown, read again where an
  operation's :class:`~hearing_desk.services.changes.Changes` say it changed;
- :class:`~.lock.LockKeeper` – lock, unlock and the questions before changing what
  a locked transcript prints;
- :class:`~.typing_box.TypingController` – the typing box, its keys and focus;
- :class:`~.editing.TurnEditor` – corrections of recorded turns, opinions, search;
- :class:`~.signoff.SignOffController` – the sign-off page (signatures, the PDF);
- :class:`~hearing_desk.ui.audio.bar.AudioBar` – the recording below the typing box and
  listening to a turn (it sees the tab through ``ui/audio/hook.TranscriptHost``).
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QWidget

from ...services.changes import Changes
from ..audio.bar import AudioBar
from ..generated.ui_transcript_tab import Ui_TranscriptTab
from .document import TranscriptDocument
from .editing import TurnEditor
from .lock import LockKeeper
from .picker import SpeakerPicker
from .signoff import SignOffController
from .typing_box import KeyRouter, TypingController, tab_keys

#: the splitter between the turns and the right-hand page: typing, and signing off
_SPLIT = {0: [880, 360], 1: [700, 560]}


class TranscriptTab(QWidget):
    def __init__(self, ctx, parent=None, *, clock: Callable[[], float] | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = ui = Ui_TranscriptTab()
        ui.setupUi(self)
        ui.split.setStretchFactor(0, 3)
        ui.split.setStretchFactor(1, 1)
        ui.split.setSizes(_SPLIT[0])
        ui.left.setStretchFactor(0, 3)
        ui.left.setStretchFactor(1, 1)
        ui.left.setSizes([560, 170])
        if clock is not None:
            ui.timer.use_clock(clock)
        # the widgets other code and the tests reach for
        self.typing, self.turns, self.delegate = ui.typing, ui.turns, ui.turns.delegate
        self.search, self.agenda, self.next_step, self.phrases_button = \
            ui.search, ui.agenda, ui.next_step, ui.phrases_button
        self.lock_state, self.banner, self.empty_hint = ui.lock_state, ui.banner, ui.empty_hint
        self.speaker_line, self.timer, self.keymap = ui.speaker_line, ui.timer, ui.keymap
        self.pages, self.record_mode, self.signoff_mode, self.signoff = \
            ui.pages, ui.record_mode, ui.signoff_mode, ui.signoff

        self.doc = TranscriptDocument(ctx, self)
        ui.turns.show_turns(self.doc.model)
        self.picker = SpeakerPicker(self)
        self.keeper = LockKeeper(ctx, self.doc, self)
        self.recording = TypingController(ctx, self.doc, self.keeper, self, ui, self.picker)
        self.editing = TurnEditor(ctx, self.doc, self.keeper, self, ui, self.picker,
                                  focus_typing=self.recording.focus, box_selection=self.recording.selected_text)
        self.signing = SignOffController(ctx, self.doc, self.keeper, self, panel=ui.signoff,
                                         lock_state=ui.lock_state, banner=ui.banner, typing=self.recording,
                                         show_page=self.show_page, show_turn=self.editing.show_turn)
        self.note_menu = self.recording.note_menu
        self.audio = AudioBar(ctx, self)            # recording bar and listening controls
        ui.typing_layout.addWidget(self.audio)

        keys = tab_keys(self.recording, self.editing, self.signing)
        keys["Ctrl+E"] = self._edit_and_listen      # the turn being corrected plays
        # every key (and its line in the key map) first commits the input method's composition
        keys = {key: self.recording.composed(action) for key, action in keys.items()}
        self.keys = KeyRouter(self)
        for key, action in keys.items():
            self.keys.bind(key, action)
        self.keys.watch(ui.typing, ui.turns)
        ui.keymap.bind({**keys, "Enter": self.recording.composed(self.recording.commit)})
        self.audio.attach(self)                     # offsets of typed turns, F9–F12, 核对签字
        ui.find_button.clicked.connect(self.editing.start_find)
        ui.record_mode.clicked.connect(lambda: self.show_page(0))
        ui.signoff_mode.clicked.connect(lambda: self.show_page(1))

        self.doc.opened.connect(self._on_opened)
        self.doc.model.rowsInserted.connect(self._update_empty)
        self.doc.model.rowsRemoved.connect(self._update_empty)
        self.doc.model.modelReset.connect(self._update_empty)
        ctx.events.changed.connect(self._on_changed)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.doc.close)
        self.set_hearing(None)

    # ================================================================ the tab contract
    @property
    def hearing_id(self) -> int | None:
        return self.doc.hearing_id

    def set_hearing(self, hearing_id: int | None) -> None:
        if self.doc.hearing_id is not None:
            self.recording.save_now()
        self.picker.hide()
        self.ui.search.hide()
        self.doc.open(hearing_id)
        self.audio.set_hearing(hearing_id)

    def start_find(self) -> None:
        """编辑 → 查找 (Ctrl+F)."""
        self.editing.start_find()

    def flush(self) -> bool:
        """Store the typing box now and wait until it is in the database."""
        self.recording.save_now()
        return self.doc.writer.flush()

    def shutdown(self) -> bool:
        """Store the typing box, finish a recording and stop the writer (the program is closing)."""
        self.recording.save_now()
        self.audio.shutdown()
        return self.doc.close()

    # ================================================================ for the audio bar (TranscriptHost)
    def current_turn(self):
        return self.editing.current_turn()

    def show_turn(self, seq: int) -> None:
        self.editing.show_turn(seq)

    def _edit_and_listen(self) -> None:
        self.editing.edit_current()
        self.audio.listen_to_current()

    # ================================================================ showing
    def _on_changed(self, changes: Changes) -> None:
        """An operation (here or in another tab) changed the stored hearing: what it
        changed is read now while the tab is shown, else when it is shown again."""
        if not self.doc.concerns(changes):
            return
        if self.isVisible():
            self.recording.save_now()
            self.doc.refresh(changes)
        else:
            self.doc.defer(changes)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.doc.refresh_pending()
        self.recording.watch_menu_bar()
        QTimer.singleShot(0, self, self.recording.focus)

    def hideEvent(self, event) -> None:
        self.recording.save_now()
        super().hideEvent(event)

    def _on_opened(self) -> None:
        self.setEnabled(self.doc.hearing is not None)
        self._update_empty()
        if self.doc.model.rowCount():
            self.ui.turns.scrollToBottom()

    def _update_empty(self, *_) -> None:
        self.ui.empty_hint.setVisible(self.doc.model.rowCount() == 0 and self.doc.hearing is not None)

    def show_page(self, page: int) -> None:
        """0: typing (the timer and the key map), 1: signing off."""
        self.ui.pages.setCurrentIndex(page)
        (self.ui.signoff_mode if page else self.ui.record_mode).setChecked(True)
        self.ui.split.setSizes(_SPLIT[1 if page else 0])
        self.recording.focus()
