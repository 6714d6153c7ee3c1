"""The main window's four tabs, each built the first time it is needed.

The window's form (forms/main_window.ui) has an empty page per tab; a tab is built
into its page when it is first shown or asked for (``tab_pages["opinions"]``), with
the hearing open at that moment. So the first window pays only for the tab it
shows, and a hearing opened reloads only the tabs that were built.

Tab contract: each tab is a QWidget built as ``Tab(ctx)`` with
``set_hearing(hearing_id | None)``. Optional: ``start_find()`` (the 编辑 → 查找
action calls it on the current tab); ``flush()`` (called when the window closes,
to store anything not yet written) and ``shutdown() -> bool`` (called once when
the window closes, after ``flush()``: stop threads and timers; False means
something could not be stored, and the user is told).
"""
from __future__ import annotations

import importlib
from collections.abc import Iterator, Mapping
from functools import partial

from PySide6.QtWidgets import QWidget

from .actions import TAB_NAMES
from .startup import after_first_paint

#: where each tab's class lives; its module is imported when the tab is first needed
TAB_CLASSES: dict[str, tuple[str, str]] = {
    "setup": ("hearing_desk.ui.setup", "SetupTab"),
    "transcript": ("hearing_desk.ui.transcript", "TranscriptTab"),
    "opinions": ("hearing_desk.ui.opinions", "OpinionsTab"),
    "responses": ("hearing_desk.ui.responses", "ResponsesTab"),
}

#: what the tabs' modules import that has no Qt in it and takes long (reportlab
#: and the documents behind the report page): loaded on a worker thread after the
#: first paint, before the tabs' modules are imported in the GUI thread
_WARM_IN_BACKGROUND = ("hearing_desk.export",)


class TabPages(Mapping[str, QWidget]):
    """``pages[name]`` is the tab (built now if it was not); iteration is in tab order."""

    def __init__(self, ctx, pages: dict[str, QWidget]):
        self._ctx = ctx
        self._pages = pages
        self._built: dict[str, QWidget] = {}
        #: the hearing every tab shows (a tab built later opens it)
        self.hearing_id: int | None = None

    # ---------------------------------------------------------------- Mapping
    def __getitem__(self, name: str) -> QWidget:
        tab = self._built.get(name)
        return tab if tab is not None else self._build(name)

    def __iter__(self) -> Iterator[str]:
        return iter(TAB_NAMES)

    def __len__(self) -> int:
        return len(TAB_NAMES)

    # ---------------------------------------------------------------- the pages
    def page(self, name: str) -> QWidget:
        """The page in the window's tab widget that holds tab ``name``."""
        return self._pages[name]

    def name_of(self, page: QWidget | None) -> str | None:
        return next((name for name, p in self._pages.items() if p is page), None)

    def is_built(self, name: str) -> bool:
        return name in self._built

    def built(self) -> dict[str, QWidget]:
        """The tabs built so far, in tab order."""
        return {name: self._built[name] for name in TAB_NAMES if name in self._built}

    def set_hearing(self, hearing_id: int | None) -> None:
        self.hearing_id = hearing_id
        for tab in self.built().values():
            tab.set_hearing(hearing_id)     # type: ignore[attr-defined]

    def warm_up(self) -> None:
        """After the first paint, load what the tabs not built yet will need, so
        that showing one costs only its own construction."""
        for module in _WARM_IN_BACKGROUND:
            after_first_paint(partial(importlib.import_module, module), background=True)
        for name, (module, _class_name) in TAB_CLASSES.items():
            if not self.is_built(name):
                after_first_paint(partial(importlib.import_module, module))

    # ---------------------------------------------------------------- building
    def _build(self, name: str) -> QWidget:
        module, class_name = TAB_CLASSES[name]      # KeyError for a name that is no tab
        tab = getattr(importlib.import_module(module), class_name)(self._ctx)
        page = self._pages[name]
        layout = page.layout()
        assert layout is not None           # forms/main_window.ui gives every page one
        layout.addWidget(tab)
        self._built[name] = tab
        if self.hearing_id is not None:
            tab.set_hearing(self.hearing_id)
        if page.isVisible():
            tab.show()
        return tab
