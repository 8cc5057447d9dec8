"""Import files or a folder from a path typed in the app, with a per-file report."""

from __future__ import annotations

import os
import shlex
from pathlib import Path

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.screen import ModalScreen
from textual.suggester import Suggester
from textual.widgets import Input, ProgressBar, Static

from briefing.ingest import shown_path
from briefing.store import ImportReport, StoreError
from briefing.ui import display
from briefing.ui.locked_store import LockedStore

INTRO = "Import releases (.txt, .md, .html): a file or a folder. → accepts the suggested path."


class PathSuggester(Suggester):
    """Completes the last part of a path from what is on disk."""

    def __init__(self) -> None:
        super().__init__(use_cache=False, case_sensitive=True)

    async def get_suggestion(self, value: str) -> str | None:
        folder, _, start = value.rpartition(os.sep)
        base = (
            Path(os.path.expanduser(folder or "."))
            if folder or not value.startswith(os.sep)
            else Path(os.sep)
        )
        try:
            names = sorted(entry.name for entry in os.scandir(base) if entry.name.startswith(start))
        except OSError:
            return None
        names = [name for name in names if not name.startswith(".") or start.startswith(".")]
        if not names:
            return None
        suffix = os.sep if (base / names[0]).is_dir() else ""
        return f"{folder}{os.sep if folder or value.startswith(os.sep) else ''}{names[0]}{suffix}"


def paths_from(typed: str) -> list[str]:
    """One path as typed, or several separated by spaces (quoted if they hold spaces)."""
    typed = typed.strip()
    if not typed or Path(os.path.expanduser(typed)).exists():
        return [os.path.expanduser(typed)] if typed else []
    try:
        parts = shlex.split(typed)
    except ValueError:
        parts = [typed]
    return [os.path.expanduser(part) for part in parts]


class ImportScreen(ModalScreen[bool]):
    """Dismisses with True if anything was imported or updated."""

    BINDINGS = [
        Binding("escape", "close", "Close"),
    ]

    class Progress(Message):
        """``done`` of ``total`` files read."""

        def __init__(self, done: int, total: int) -> None:
            super().__init__()
            self.done = done
            self.total = total

        def can_replace(self, message: Message) -> bool:
            return isinstance(message, ImportScreen.Progress)

    class Finished(Message):
        def __init__(self, report: ImportReport | None, error: str | None) -> None:
            super().__init__()
            self.report = report
            self.error = error

    def __init__(self, locked_store: LockedStore) -> None:
        super().__init__()
        self.locked_store = locked_store
        self.changed = False

    def compose(self) -> ComposeResult:
        with Vertical(id="import-dialog", classes="dialog"):
            yield Static(INTRO, markup=False)
            yield Input(
                placeholder="~/Downloads/releases", id="import-path", suggester=PathSuggester()
            )
            yield ProgressBar(id="import-progress", show_eta=False)
            with VerticalScroll(id="import-report-scroll"):
                yield Static("", id="import-report", markup=False)
            yield Static("Enter imports · Escape closes", classes="hint", markup=False)

    def on_mount(self) -> None:
        self.query_one("#import-progress", ProgressBar).display = False
        self.query_one("#import-path", Input).focus()

    @on(Input.Submitted, "#import-path")
    def _submitted(self, event: Input.Submitted) -> None:
        paths = paths_from(event.value)
        if not paths:
            self.notify("Type the path of a file or folder first.", markup=False)
            return
        event.input.disabled = True
        bar = self.query_one("#import-progress", ProgressBar)
        bar.display = True
        bar.update(total=None, progress=0)
        self._show(Content(f"Importing {', '.join(paths)} …"))
        self._import(paths)

    @work(thread=True, exclusive=True, group="import")
    def _import(self, paths: list[str]) -> None:
        def progress(done: int, total: int) -> None:
            self.post_message(self.Progress(done, total))

        try:
            report = self.locked_store.write(
                lambda store: store.import_paths(paths, progress=progress)
            )
        except StoreError as error:
            self.post_message(self.Finished(None, str(error)))
            return
        self.post_message(self.Finished(report, None))

    @on(Progress)
    def _progress(self, message: Progress) -> None:
        self.query_one("#import-progress", ProgressBar).update(
            total=message.total, progress=message.done
        )

    @on(Finished)
    def _finished(self, message: Finished) -> None:
        self.query_one("#import-progress", ProgressBar).display = False
        box = self.query_one("#import-path", Input)
        box.disabled = False
        box.focus()
        if message.report is None:
            self._show(display.literal(f"Nothing imported: {message.error}", "bold"))
            return
        report = message.report
        self.changed = self.changed or bool(report.count("imported") or report.count("updated"))
        self._show(report_content(report))
        box.value = ""

    def _show(self, content: Content) -> None:
        self.query_one("#import-report", Static).update(content)

    def action_close(self) -> None:
        self.dismiss(self.changed)


def report_content(report: ImportReport) -> Content:
    """One line per file, as ``briefing import`` prints them, then the totals."""
    lines = []
    for result in report.results:
        if result.status in ("failed", "skipped"):
            lines.append(
                display.join(
                    [
                        Content(result.status).stylize("bold"),
                        display.literal(f"{shown_path(result.path)}: {result.error}"),
                    ],
                    ": ",
                )
            )
        else:
            detail = f"{shown_path(result.path)} ({result.release_id}) {result.title}"
            lines.append(
                display.join(
                    [Content(result.status).stylize("bold"), display.literal(detail)], ": "
                )
            )
    lines.append(Content(report.summary()).stylize("bold"))
    return Content("\n").join(lines)
