"""The Briefing app: five numbered panes over the store, a reader, help and a palette."""

from __future__ import annotations

import gc
import os
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from textual import on, work
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.lazy import Lazy
from textual.message import Message
from textual.reactive import var
from textual.widget import Widget
from textual.widgets import Footer, Header, TabbedContent, TabPane
from textual.worker import WorkerState

from briefing.format import display_date
from briefing.inbox import Inbox
from briefing.paths import data_dir, export_dir, inbox_dir
from briefing.resources import stylesheet
from briefing.store import Store, StoreError
from briefing.store.files import atomic_write_bytes
from briefing.ui.clipboard import Clipboard, CopyFunction
from briefing.ui.commands import BriefingCommands
from briefing.ui.copying import ClipQueue, CopyClip
from briefing.ui.locked_store import LockedStore
from briefing.ui.pack_workers import PacksChanged, Pin, check_figures, toggle_pin
from briefing.ui.panes.compare_pane import ComparePane
from briefing.ui.panes.pack_pane import PackPane
from briefing.ui.panes.pane import Pane
from briefing.ui.panes.quotes_pane import QuotesPane
from briefing.ui.panes.releases_pane import ReleasesPane
from briefing.ui.panes.search_pane import SearchPane
from briefing.ui.screens.reader import ReaderScreen
from briefing.ui.widgets.inbox_watcher import InboxWatcher

if TYPE_CHECKING:
    from briefing.search.service import SearchService

# The numbered panes, in key order; a pane added here gets its key, tab and palette entries.
PANES: list[type[Pane]] = [SearchPane, QuotesPane, ComparePane, ReleasesPane, PackPane]
POLL_SECONDS = 2.0


class LazyPane(Lazy):
    """Textual's ``Lazy``, except that a pane whose tab is already gone is not mounted.

    ``Lazy`` mounts after the first refresh; an app quitting before then (``ctrl+q``
    pressed about 0.6 s after launch) has taken the tab away, and ``Lazy`` raised
    ``MountError``: a traceback and exit code 1 instead of a quiet exit.
    """

    async def mount_composed_widgets(self, widgets: list[Widget]) -> None:
        tab = self.parent
        if not isinstance(tab, Widget):
            return

        async def mount() -> None:
            if tab.is_attached:
                await tab.mount(self._replace_widget, after=self)
                await self.remove()

        self.call_after_refresh(mount)


class BriefingApp(App[None]):
    """Search, quotes, compare, releases and the user's packs over one store."""

    CSS_PATH = str(stylesheet())
    TITLE = "Briefing"
    SUB_TITLE = "opening the store…"
    COMMANDS = App.COMMANDS | {BriefingCommands}
    BINDINGS = [
        *(
            Binding(
                str(number),
                f"show_pane({number})",
                pane.TITLE,
                show=False,
                tooltip=f"Go to {pane.TITLE}",
            )
            for number, pane in enumerate(PANES, start=1)
        ),
        # One binding, so help and the palette list it once; F1 works in a text box too.
        Binding("question_mark,f1", "help", "Help", tooltip="Every key and the search syntax"),
        Binding(
            "ctrl+s",
            "save_copy",
            "Save copy",
            show=False,
            tooltip="Save the last copy to a file (when the clipboard could not be reached)",
        ),
    ]

    store_version: var[int] = var(0, init=False)
    """Bumped whenever the store's contents changed (0: not open yet)."""
    search_service: var[SearchService | None] = var(None)
    """Search over the store, once it is open."""
    index_progress: var[tuple[int, int] | None] = var(None)
    """(done, total) while the search cache is being rebuilt (a first start, a deleted cache)."""
    packs_version: var[int] = var(0, init=False)
    """Bumped whenever a pack changed (a pin, a note, a new pack…)."""
    inbox_folder: var[str] = var("")
    """The folder watched for new release files, as shown to the user."""

    class StoreOpened(Message):
        def __init__(self, warnings: list[str], service: SearchService) -> None:
            super().__init__()
            self.warnings = warnings
            self.service = service

    class StoreFailed(Message):
        def __init__(self, error: str) -> None:
            super().__init__()
            self.error = error

    class StoreRefreshed(Message):
        """Another process changed the store on disk; it has been re-read."""

    class Summarised(Message):
        def __init__(self, summary: str) -> None:
            super().__init__()
            self.summary = summary

    class IndexProgress(Message):
        def __init__(self, done: int, total: int) -> None:
            super().__init__()
            self.done = done
            self.total = total

        def can_replace(self, message: Message) -> bool:
            return isinstance(message, BriefingApp.IndexProgress)

    def __init__(
        self,
        locked_store: LockedStore,
        clipboard: CopyFunction | None = None,
        inbox: Inbox | None = None,
    ) -> None:
        super().__init__()
        self.locked_store = locked_store
        self.copier = Clipboard(self, clipboard)
        self.clips = ClipQueue(self, locked_store, self.copier)
        self.inbox = inbox
        if inbox is not None:
            self.set_reactive(BriefingApp.inbox_folder, str(inbox.folder))

    def compose(self) -> ComposeResult:
        yield Header()
        with TabbedContent(id="panes"):
            for number, pane_class in enumerate(PANES, start=1):
                with TabPane(f"{number} {pane_class.TITLE}", id=f"pane-{number}"):
                    pane = pane_class(self.locked_store, number).data_bind(
                        BriefingApp.store_version
                    )
                    if pane_class.FOLLOWS:
                        follows = {
                            name: getattr(BriefingApp, app_name)
                            for name, app_name in pane_class.FOLLOWS.items()
                        }
                        pane.data_bind(**follows)
                    # Only the first pane is needed for the first paint; the others are
                    # mounted right after it, while the user reads the screen.
                    yield pane if number == 1 else LazyPane(pane)
        if self.inbox is not None:
            yield InboxWatcher(self.locked_store, self.inbox)
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(SearchPane).action_focus_box()
        self._open_store()

    # -------------------------------------------------------------------- store

    @work(thread=True, group="store")
    def _open_store(self) -> None:
        from briefing.search.service import SearchService

        def report(done: int, total: int) -> None:
            self.post_message(self.IndexProgress(done, total))

        try:
            warnings = self.locked_store.open(report)
            service = self.locked_store.read(SearchService)
        except StoreError as error:
            self.post_message(self.StoreFailed(str(error)))
            return
        self.post_message(self.StoreOpened(warnings, service))

    @on(StoreFailed)
    def _store_failed(self, message: StoreFailed) -> None:
        self.exit(return_code=1, message=f"briefing: {message.error}")

    @on(StoreOpened)
    def _store_opened(self, message: StoreOpened) -> None:
        # What start-up built (modules, widgets, the vocabulary) lives as long as the app:
        # kept out of the collector's full passes, which otherwise stall a keystroke now
        # and then (about 130 ms every few dozen keys, measured on the Releases filter).
        gc.freeze()
        for warning in message.warnings:
            self.notify(warning, title="Store", severity="warning", timeout=20, markup=False)
        self.index_progress = None
        self.search_service = message.service
        self._store_changed()
        self.set_interval(POLL_SECONDS, self._poll)
        for watcher in self.query(InboxWatcher):
            watcher.start()

    def _store_changed(self) -> None:
        """Everything that reads the store reads it again (search included)."""
        self.store_version += 1
        self._summarise()
        if self.search_service is not None:
            self.mutate_reactive(BriefingApp.search_service)

    @on(Pane.StoreChanged)
    @on(InboxWatcher.Imported)
    def _pane_changed_store(self) -> None:
        self._store_changed()

    def _poll(self) -> None:
        if not any(w.group == "poll" and w.state is WorkerState.RUNNING for w in self.workers):
            self._refresh()

    @work(thread=True, group="poll")
    def _refresh(self) -> None:
        try:
            if not self.locked_store.read(lambda store: store.changed_elsewhere()):
                return  # nothing to take in: no need to hold the panes' reads back
            changed = self.locked_store.write(lambda store: store.refresh())
        except StoreError as error:
            self.call_from_thread(self.notify, str(error), severity="error", markup=False)
            return
        if changed:
            self.post_message(self.StoreRefreshed())

    @on(StoreRefreshed)
    def _refreshed(self) -> None:
        self.notify(
            "The store changed in another window; Briefing now shows the new contents.",
            markup=False,
        )
        self._store_changed()

    @work(thread=True, exclusive=True, group="summary")
    def _summarise(self) -> None:
        self.post_message(self.Summarised(self.locked_store.read(store_summary)))

    @on(Summarised)
    def _summarised(self, message: Summarised) -> None:
        self.sub_title = message.summary

    # -------------------------------------------------------------------- search

    @property
    def search_ready(self) -> bool:
        """Whether a typed query is answered (the store is open); the benchmark waits on it."""
        return self.search_service is not None

    @on(IndexProgress)
    def _index_progress(self, message: IndexProgress) -> None:
        self.index_progress = (message.done, message.total)

    # ------------------------------------------------------------------ actions

    def action_show_pane(self, number: int) -> None:
        self.query_one("#panes", TabbedContent).active = f"pane-{number}"
        self._focus_pane(number)

    def _focus_pane(self, number: int, *, unless_focused: bool = False) -> None:
        """Focus a pane's list; a pane still being mounted (see ``compose``) once it is."""
        pane = next(iter(self.query(f"#pane-{number} > Pane").results(Pane)), None)
        if pane is None or not pane.is_mounted:
            self.call_after_refresh(self._focus_pane, number, unless_focused=unless_focused)
        elif not (unless_focused and pane.has_focus_within):
            pane.focus_list()

    @on(TabbedContent.TabActivated, "#panes")
    def _tab_clicked(self, event: TabbedContent.TabActivated) -> None:
        number = int((event.pane.id or "").removeprefix("pane-"))
        self._focus_pane(number, unless_focused=True)

    def action_help(self) -> None:
        # Loaded on first use: rendering Markdown costs start-up time nobody should wait for.
        from briefing.ui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def action_save_copy(self) -> None:
        """The last copy the clipboard could not confirm, as a text file in Documents."""
        text = self.copier.unconfirmed
        if text is None:
            self.notify("Nothing to save: the last copy reached the clipboard.", markup=False)
            return
        self._save_copy(text)

    @work(thread=True, group="save-copy")
    def _save_copy(self, text: str) -> None:
        folder = export_dir()
        path = folder / f"briefing-copy-{datetime.now():%Y%m%d-%H%M%S}.txt"
        try:
            folder.mkdir(parents=True, exist_ok=True)
            atomic_write_bytes(path, text.encode("utf-8"))
        except OSError as error:
            self.call_from_thread(
                self.notify,
                f"Could not save {path}: {error.strerror}",
                severity="error",
                markup=False,
            )
            return
        self.call_from_thread(self.notify, f"Saved to {path}", title="Copy saved", markup=False)

    @on(Pane.OpenRelease)
    def _open_release(self, message: Pane.OpenRelease) -> None:
        self.push_screen(
            ReaderScreen(
                self.locked_store,
                message.release_id,
                message.block,
                message.paragraph,
                message.marks,
            )
        )

    @on(Pane.Copy)
    def _copy(self, message: Pane.Copy) -> None:
        self.copier.copy(message.text, message.what)
        if message.figures:
            check_figures(self, self.locked_store, message.figures)

    @on(CopyClip)
    def _copy_clip(self, message: CopyClip) -> None:
        self.clips.put(message.build)

    @on(Pin)
    def _pin(self, message: Pin) -> None:
        toggle_pin(self, self.locked_store, message.ref)

    @on(PacksChanged)
    def _packs_changed(self, message: PacksChanged) -> None:
        if message.error:
            self.notify(message.error, title="Pack", severity="error", markup=False)
        elif message.notice:
            self.notify(message.notice, title="Pack", markup=False)
        self.packs_version += 1  # on an error too: the pack pane shows what was saved


def store_summary(store: Store) -> str:
    """“5 releases · 20 Mar 2017 – 11 Jun 2025” for the header."""
    count = store.count_releases()
    first, last = store.date_range()
    summary = f"{count:,} release{'' if count == 1 else 's'}"
    if first and last:
        first, last = display_date(first), display_date(last)
        summary += f" · {first}" if first == last else f" · {first} – {last}"
    undated = store.count_releases(undated=True)
    if undated:
        summary += f" ({undated:,} undated)"
    return summary


def make_app(
    data_dir_path: str | os.PathLike[str],
    *,
    clipboard: CopyFunction | None = None,
    inbox: str | os.PathLike[str] | None = None,
) -> BriefingApp:
    """The app on the store in ``data_dir_path``; tests pass a temp dir and a fake clipboard.

    ``inbox`` is the folder watched for release files (default: ``$BRIEFING_INBOX``,
    else ``<data dir>/inbox``, created if missing).
    """
    folder, default = inbox_dir(Path(data_dir_path), inbox)
    return BriefingApp(LockedStore(Path(data_dir_path)), clipboard, Inbox(folder, create=default))


def run_app(data_dir_override: str | None = None, inbox_override: str | None = None) -> int:
    """Run the app on the user's store (``--data-dir`` or the default); the exit status."""
    app = make_app(data_dir(data_dir_override), inbox=inbox_override)
    app.run()
    return app.return_code or 0
