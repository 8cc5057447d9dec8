"""Pane 4: every release in a table; open, import, delete."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.message import Message
from textual.reactive import var
from textual.widgets import Input, Static

from briefing.parse.dates import iso_date_error
from briefing.store import Store, StoreError
from briefing.ui import display
from briefing.ui.locked_store import LockedStore
from briefing.ui.panes.pane import Pane
from briefing.ui.screens.ask_text import AskTextScreen
from briefing.ui.screens.confirm import ConfirmScreen
from briefing.ui.screens.import_files import ImportScreen
from briefing.ui.widgets.release_table import Column, ReleaseTable

COLUMNS = (
    Column("date", "Date", 12),
    Column("title", "Title", 0, min_width=24),  # the width the others leave
    Column("publisher", "Publisher", 20),
    Column("quotes", "Quotes", 6, right=True),
    Column("figures", "Figures", 7, right=True),
)
PAGE = 100  # rows loaded at a time (a tall screen shows 60); the next loads near the end
SORTS = {  # store.RELEASE_ORDERS, as the user reads them, in the order ``s`` steps through
    "newest": "date, newest first",
    "oldest": "date, oldest first",
    "title": "title",
    "publisher": "publisher",
    "quotes": "most quotes",
    "figures": "most figures",
}
HEADER_SORTS = {
    "date": "newest",
    "title": "title",
    "publisher": "publisher",
    "quotes": "quotes",
    "figures": "figures",
}


class ReleasesPane(Pane):
    """The archive: date, title, publisher, quotes, figures."""

    TITLE = "Releases"
    LIST_ID = "releases-table"
    BOX_ID = "releases-filter"
    SUMMARY_ID = "releases-summary"
    LOADING = "Loading the releases…"
    FOLLOWS = {"inbox": "inbox_folder"}

    BINDINGS = [
        Binding(
            "slash",
            "focus_box",
            "Filter",
            show=False,
            tooltip="Filter releases by title, publisher or date",
        ),
        Binding("escape,down", "focus_list", show=False),
        Binding("i", "import", "Import", tooltip="Import files or a folder from a path"),
        Binding(
            "ctrl+v",
            "paste",
            "Paste",
            tooltip="Paste a release's text (from a browser or email), check it, import it",
        ),
        Binding(
            "x,delete", "delete", "Delete", tooltip="Delete the highlighted release (asks first)"
        ),
        Binding("s", "sort", "Sort", tooltip="Sort by date, title, publisher, quotes or figures"),
        Binding(
            "d",
            "correct_date",
            "Correct date",
            tooltip="Correct the highlighted release's date (kept across re-imports)",
        ),
    ]

    class Loaded(Message):
        """A page of the releases matching ``text`` (``offset`` 0: a new listing)."""

        def __init__(
            self, text: str, releases: list[dict], offset: int, matching: int, total: int
        ) -> None:
            super().__init__()
            self.text = text
            self.releases = releases
            # The table's cells, made in the worker: End reads every release at once.
            self.rows = ReleasesPane._rows(releases)
            self.offset = offset
            self.matching = matching
            self.total = total

    class Saved(Message):
        """A change to the store finished: ``done`` says what, or ``error`` why not."""

        def __init__(self, done: str, release: dict | None, error: str | None) -> None:
            super().__init__()
            self.done = done
            self.release = release
            self.error = error

    inbox: var[str] = var("")
    """The folder the app imports new release files from (bound to the app's)."""

    def __init__(self, locked_store: LockedStore, number: int) -> None:
        super().__init__(locked_store, number)
        self._shown: list[dict] = []  # the rows loaded so far, in table order
        self._matching = 0  # releases matching the filter (``_shown`` may hold fewer)
        self._total = 0
        self._loading = False
        self._to_end = False  # End was pressed: the rest is loaded, the cursor put last
        self._draft = ""  # text pasted but not imported, offered again on the next paste
        self._follow: str | None = None  # a release the cursor goes to when next listed
        self._order = "newest"

    def compose(self) -> ComposeResult:
        yield Input(placeholder="Filter releases (/)", id="releases-filter")
        yield ReleaseTable(COLUMNS, id="releases-table")
        yield Static("", id="releases-summary", markup=False)
        yield Static("", id="releases-inbox", markup=False)

    def watch_inbox(self, folder: str) -> None:
        home = str(Path.home())
        if folder.startswith(home + os.sep):
            folder = "~" + folder[len(home) :]
        line = f"Inbox: {folder} · .txt .md .html files saved there are imported" if folder else ""
        self.query_one("#releases-inbox", Static).update(display.literal(line))

    @work(thread=True, exclusive=True, group="releases")
    def load(self, text: str, offset: int = 0, *, rest: bool = False) -> None:
        """One page of the matching releases (``rest``: all from ``offset`` on), read
        from the store's read model."""
        order, limit = self._order, None if rest else PAGE

        def read(store: Store) -> ReleasesPane.Loaded:
            found, matching, total = store.release_page(limit, offset, text, order)
            return self.Loaded(text, found, offset, matching, total)

        self.post_message(self.locked_store.read(read))

    @on(Loaded)
    def _loaded(self, message: Loaded) -> None:
        self._loading = False
        if not self.is_current(message.text):
            return  # the filter changed while this page was read
        self._matching, self._total = message.matching, message.total
        if message.offset:
            if message.offset == len(self._shown):
                self._shown += message.releases
                self.query_one("#releases-table", ReleaseTable).add_rows(message.rows)
                self._summarise()
            self._reach_end()
            return
        self._fill(message.releases, message.rows)

    @on(ReleaseTable.RowHighlighted, "#releases-table")
    def _row_highlighted(self, event: ReleaseTable.RowHighlighted) -> None:
        near_end = event.cursor_row >= len(self._shown) - 20
        if near_end and len(self._shown) < self._matching and not self._loading:
            self._loading = True
            self.load(self.box_text, len(self._shown))

    @on(ReleaseTable.LastWanted, "#releases-table")
    def _last_wanted(self) -> None:
        self._to_end = True
        if not self._loading:  # else once the page being read has come
            self._loading = True
            self.load(self.box_text, len(self._shown), rest=True)

    def _reach_end(self) -> None:
        """After more rows came: End pressed before them reads the rest, or, all here,
        puts the cursor on the last release."""
        table = self.query_one("#releases-table", ReleaseTable)
        table.more = len(self._shown) < self._matching
        if not self._to_end:
            return
        if table.more:
            self._loading = True
            self.load(self.box_text, len(self._shown), rest=True)
        else:
            self._to_end = False
            table.cursor_row = table.row_count - 1

    @staticmethod
    def _rows(releases: list[dict]) -> list[tuple[str, ...]]:
        return [
            (
                display.when(r),
                r["title"],
                r.get("publisher") or "—",
                f"{r['quotes']:,}",
                f"{r['stats']:,}",
            )
            for r in releases
        ]

    def _fill(self, releases: list[dict], rows: list[tuple[str, ...]]) -> None:
        self._shown = list(releases)
        table = self.query_one("#releases-table", ReleaseTable)
        row = table.cursor_row
        ids = [release["id"] for release in self._shown]
        if self._follow in ids:
            row = ids.index(self._follow)
        self._follow = None
        self._to_end = False  # a new listing: End applied to the one before
        table.more = len(self._shown) < self._matching
        table.set_rows(rows, cursor_row=row)
        self._summarise()

    def _summarise(self) -> None:
        summary = display.count(self._total, "release")
        if self._matching != self._total:
            summary = f"{self._matching:,} of {summary} match the filter"
        if self._order != "newest":
            summary += f" · by {SORTS[self._order]}"
        summary += " · s sorts · d date · x deletes · i imports · ctrl+v pastes"
        self.query_one("#releases-summary", Static).update(summary)

    def _highlighted(self) -> dict | None:
        row = self.query_one("#releases-table", ReleaseTable).cursor_row
        return self._shown[row] if 0 <= row < len(self._shown) else None

    @on(ReleaseTable.RowSelected, "#releases-table")
    def _open(self, event: ReleaseTable.RowSelected) -> None:
        self.post_message(self.OpenRelease(self._shown[event.cursor_row]["id"]))

    # ------------------------------------------------------------------ actions

    def action_import(self) -> None:
        def imported(changed: bool | None) -> None:
            if changed:
                self.post_message(self.StoreChanged())

        self.app.push_screen(ImportScreen(self.locked_store), imported)

    def action_paste(self, text: str = "") -> None:
        # Loaded when first used: its text area costs start-up time nobody should wait for.
        from briefing.ui.screens.paste_release import PasteResult, PasteScreen

        def closed(result: PasteResult | None) -> None:
            if result is None:
                return
            self._draft = result.draft
            if result.changed:
                self.post_message(self.StoreChanged())

        draft = f"{self._draft}\n{text}" if self._draft and text else self._draft or text
        self.app.push_screen(PasteScreen(self.locked_store, draft), closed)

    def on_paste(self, event: events.Paste) -> None:
        """A paste onto the list (a terminal that pastes on ctrl+v): open the paste screen."""
        if event.text.strip():
            event.stop()
            self.action_paste(event.text)

    def action_delete(self) -> None:
        release = self._highlighted()
        if release is None:
            return

        def answered(yes: bool | None) -> None:
            if yes:
                self._delete(release["id"])

        question = display.join(
            [
                "Delete this release, with its quotes and figures?\n\n",
                display.literal(release["title"], "bold"),
                f"\n{display.when(release)} · {release['id']}",
            ],
            "",
        )
        self.app.push_screen(ConfirmScreen(question, "Delete"), answered)

    def action_correct_date(self) -> None:
        release = self._highlighted()
        if release is None:
            return

        def answered(value: str | None) -> None:
            if value:
                iso = value.strip()
                self._follow = release["id"]  # the cursor stays on it wherever it sorts
                self._save("Date corrected", lambda store: store.set_date(release["id"], iso))

        question = display.join(
            [
                "Correct the date of\n\n",
                display.literal(release["title"], "bold"),
                f"\n\nnow {display.when(release)}; type the date as YYYY-MM-DD",
            ],
            "",
        )
        self.app.push_screen(
            AskTextScreen(
                question, release["date"] or "", placeholder="YYYY-MM-DD", check=iso_date_error
            ),
            answered,
        )

    def action_sort(self, order: str | None = None) -> None:
        """The next order in turn (or ``order``); the highlighted release stays highlighted."""
        orders = list(SORTS)
        self._order = order or orders[(orders.index(self._order) + 1) % len(orders)]
        current = self._highlighted()
        self._follow = current["id"] if current else None
        self.notify(f"Sorted by {SORTS[self._order]}.", markup=False)
        self.reload()

    @on(ReleaseTable.HeaderSelected, "#releases-table")
    def _header_clicked(self, event: ReleaseTable.HeaderSelected) -> None:
        order = HEADER_SORTS.get(event.column_key)
        if order == "newest" and self._order == "newest":
            order = "oldest"  # a second click on Date turns it round
        if order:
            self.action_sort(order)

    def _delete(self, release_id: str) -> None:
        self._save("Deleted", lambda store: store.delete_release(release_id))

    @work(thread=True, group="save")
    def _save(self, done: str, change: Callable[[Store], dict]) -> None:
        """Run a change to the store off the UI thread; report it with ``Saved``."""
        try:
            release = self.locked_store.write(change)
        except StoreError as error:
            self.post_message(self.Saved(done, None, str(error)))
            return
        self.post_message(self.Saved(done, release, None))

    @on(Saved)
    def _saved(self, message: Saved) -> None:
        if message.error or message.release is None:
            error = message.error or "nothing was saved"
            self.notify(error, title="Not saved", severity="error", markup=False)
            return
        release = message.release
        detail = f"{release['title']} · {display.when(release)}"
        self.notify(detail, title=message.done, markup=False)
        self.post_message(self.StoreChanged())
