"""Copying from any pane or the reader: the text is built from the store in a worker.

Panes and the reader post ``CopyClip`` with a function of the store that returns a
``briefing.clips.Clip``; the app runs it through a ``ClipQueue`` and puts the text on the
clipboard, warning about any copied figure a newer release contradicts.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable

from textual.app import App
from textual.message import Message

from briefing.clips import Clip
from briefing.store import Store, StoreError
from briefing.ui.clipboard import Clipboard
from briefing.ui.locked_store import LockedStore
from briefing.ui.pack_workers import stale_warning


class CopyClip(Message):
    """The user asked to copy what ``build`` makes of the store."""

    def __init__(self, build: Callable[[Store], Clip]) -> None:
        super().__init__()
        self.build = build


class ClipQueue:
    """Builds clips in a thread worker, one at a time and in the order asked, so three
    quick keys (c, a, m) reach the clipboard in that order."""

    def __init__(self, app: App, locked_store: LockedStore, copier: Clipboard) -> None:
        self._app = app
        self._locked_store = locked_store
        self._copier = copier
        self._pending: deque[Callable[[Store], Clip]] = deque()
        self._lock = threading.Lock()
        self._running = False

    def put(self, build: Callable[[Store], Clip]) -> None:
        with self._lock:
            self._pending.append(build)
            if self._running:
                return
            self._running = True
        self._app.run_worker(self._drain, thread=True, group="copy", name="copy")

    def _drain(self) -> None:
        while True:
            with self._lock:
                if not self._pending:
                    self._running = False
                    return
                build = self._pending.popleft()
            self._copy(build)

    def _copy(self, build: Callable[[Store], Clip]) -> None:
        app = self._app
        try:
            clip = self._locked_store.read(build)
        except StoreError as error:  # deleted meanwhile, an id no longer there
            app.call_from_thread(
                app.notify, f"Nothing copied: {error}", severity="error", markup=False
            )
            return
        app.call_from_thread(self._copier.copy, clip.text, clip.what)
        for stat, newer in clip.stale:
            app.call_from_thread(
                app.notify,
                stale_warning(stat, newer),
                title="A newer figure exists",
                severity="warning",
                timeout=12,
                markup=False,
            )
