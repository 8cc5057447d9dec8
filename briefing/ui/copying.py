"""Copying from any pane or the reader: the text is built from the store in a worker.

Panes and the reader post ``CopyClip`` with a function of the store that returns a
``briefing.clips.Clip``; the app runs it with ``copy_clip`` and puts the text on the
clipboard, warning about any copied figure a newer release contradicts.
"""

from __future__ import annotations

from collections.abc import Callable

from textual.app import App
from textual.message import Message
from textual.worker import Worker

from briefing.clips import Clip
from briefing.store import Store, StoreError
from briefing.ui.clipboard import Clipboard
from briefing.ui.library import Library
from briefing.ui.pinning import stale_warning


class CopyClip(Message):
    """The user asked to copy what ``build`` makes of the store."""

    def __init__(self, build: Callable[[Store], Clip]) -> None:
        super().__init__()
        self.build = build


def copy_clip(
    app: App, library: Library, copier: Clipboard, build: Callable[[Store], Clip]
) -> Worker:
    """Build the clip in a thread worker, then copy it and flag stale figures."""

    def run() -> None:
        try:
            clip = library.read(build)
        except StoreError as error:  # deleted meanwhile, an id no longer there
            app.call_from_thread(
                app.notify, f"Nothing copied: {error}", severity="error", markup=False
            )
            return
        app.call_from_thread(copier.copy, clip.text, clip.what)
        for stat, newer in clip.stale:
            app.call_from_thread(
                app.notify,
                stale_warning(stat, newer),
                title="A newer figure exists",
                severity="warning",
                timeout=12,
                markup=False,
            )

    return app.run_worker(run, thread=True, group="copy", name="copy")
