"""Drives the inbox (``briefing.inbox``) from the app: a timer, a thread worker, notices.

Nothing to see: the widget is hidden and only owns the timer and the worker. The
poll itself (scan, read, import) runs off the UI thread; the store is written under
the app's ``LockedStore`` write lock, like every other import.
"""

from __future__ import annotations

from pathlib import Path

from textual import on, work
from textual.message import Message
from textual.widget import Widget
from textual.worker import Worker, WorkerState

from briefing.inbox import POLL_SECONDS, Inbox, InboxReport
from briefing.parse.text import strip_controls
from briefing.store import StoreError
from briefing.ui.locked_store import LockedStore

MAX_NOTICES = 3  # per poll; more files refused at once are counted in one notice


class InboxWatcher(Widget):
    """Polls the inbox every ``POLL_SECONDS`` once ``start`` is called."""

    DEFAULT_CSS = "InboxWatcher { display: none; }"

    class Imported(Message):
        """Releases came in from the inbox: everything that reads the store must reload."""

    class Checked(Message):
        def __init__(self, report: InboxReport | None, error: str | None) -> None:
            super().__init__()
            self.report = report
            self.error = error

    def __init__(self, locked_store: LockedStore, inbox: Inbox) -> None:
        super().__init__()
        self.locked_store = locked_store
        self.inbox = inbox
        self._last_error: str | None = None

    def start(self) -> None:
        self.set_interval(POLL_SECONDS, self.poll)
        self.poll()

    def poll(self) -> Worker[None] | None:
        """Look at the inbox now (unless a look is under way); the worker, to wait on."""
        if any(w.group == "inbox" and w.state is WorkerState.RUNNING for w in self.workers):
            return None
        return self._check()

    @work(thread=True, group="inbox")
    def _check(self) -> None:
        def import_sources(sources):
            return self.locked_store.write(lambda store: store.import_sources(sources))

        try:
            report = self.inbox.poll(import_sources)
        except StoreError as error:  # e.g. locked by another process: the next poll retries
            self.post_message(self.Checked(None, str(error)))
            return
        self.post_message(self.Checked(report, None))

    @on(Checked)
    def _checked(self, message: Checked) -> None:
        if message.error:
            if message.error != self._last_error:  # said once, not every poll
                self.notify(message.error, title="Inbox", severity="error", markup=False)
            self._last_error = message.error
            return
        self._last_error = None
        report = message.report
        if report is None:
            return
        if report.problem:
            self.notify(report.problem, title="Inbox", severity="warning", markup=False)
        added = [r for r in report.results if r.status in ("imported", "updated")]
        failed = [r for r in report.results if r.status == "failed"]
        for result in added[:MAX_NOTICES]:
            self.notify(
                strip_controls(result.title or ""),
                title=f"Inbox: release {result.status}",
                markup=False,
            )
        if len(added) > MAX_NOTICES:
            self.notify(f"and {len(added) - MAX_NOTICES} more releases", title="Inbox")
        for result in failed[:MAX_NOTICES]:
            name = strip_controls(Path(result.path).name)
            self.notify(
                f"{name}: {strip_controls(result.error or '')}",
                title="Inbox: not a release",
                severity="warning",
                timeout=10,
                markup=False,
            )
        if len(failed) > MAX_NOTICES:
            self.notify(
                f"and {len(failed) - MAX_NOTICES} more files that are not releases",
                title="Inbox",
                severity="warning",
                markup=False,
            )
        if added:
            self.post_message(self.Imported())
