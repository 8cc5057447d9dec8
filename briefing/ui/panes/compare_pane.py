"""Pane 3: the figures of two or more releases aligned by metric."""

from __future__ import annotations

from rich.console import Console
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.coordinate import Coordinate
from textual.message import Message
from textual.reactive import var
from textual.widgets import DataTable, Input, SelectionList, Static
from textual.widgets.selection_list import Selection

from briefing import clips, compare, figures, format
from briefing.store import Store, StoreError
from briefing.ui import display
from briefing.ui.copying import CopyClip
from briefing.ui.locked_store import LockedStore
from briefing.ui.pack_workers import Pin
from briefing.ui.panes.pane import Pane
from briefing.ui.widgets.lists import NavDataTable, NavSelectionList

HINT = (
    "Choose two or more releases on the left (Space), newest first. "
    "Move onto a figure to see its source sentence; c copies it with its source."
)
PICKER_ROWS = 300  # newest releases matching the filter that the picker lists
MIN_METRIC = 14  # the metric column: as wide as its longest label, within these bounds
MAX_METRIC_SHARE = 0.45  # of the table's width
MIN_COLUMN = 12  # a release column; below this the table scrolls sideways
MAX_COLUMN = 30
CELL_PADDING = 2  # a DataTable cell's padding, left and right


class CompareTable(NavDataTable):
    """The comparison: ←/h from the first figure goes back to the release list."""

    BINDINGS = [
        Binding("left,h", "leave_left", "Left", show=False),
        Binding("l", "cursor_right", "Right", show=False),
    ]

    def action_leave_left(self) -> None:
        if self.cursor_column <= 1:
            self.screen.query_one("#compare-releases").focus()
        else:
            self.action_cursor_left()


class ComparePane(Pane):
    """Releases to compare on the left; a row per metric, a column per release."""

    TITLE = "Compare"
    LIST_ID = "compare-releases"
    BOX_ID = "compare-filter"
    SUMMARY_ID = "compare-summary"
    LOADING = "Loading the releases…"

    BINDINGS = [
        Binding("slash", "focus_box", "Filter", tooltip="Filter releases by title"),
        Binding("escape", "focus_list", show=False),
        Binding("down", "focus_list", show=False),
        Binding("right", "focus_table", show=False),
        Binding("c", "copy_figure", "Copy figure", tooltip="Copy the figure with its source"),
        Binding("t", "trend", "Trend", tooltip="This metric across every release, as a chart"),
        Binding("p", "pin", "Pin", tooltip="Pin the figure to the pack (again unpins)"),
        Binding(
            "d", "toggle_differs", "Only differences", tooltip="Show only rows whose figures differ"
        ),
    ]

    only_differs: var[bool] = var(False, init=False)
    """Hide the rows whose figures are the same in every release."""

    class ReleasesLoaded(Message):
        """The releases matching the filter (at most ``PICKER_ROWS``) and which of the
        chosen releases still exist."""

        def __init__(
            self, text: str, releases: list[dict], gone: set[str], pair: list[str]
        ) -> None:
            super().__init__()
            self.text = text
            self.releases = releases
            self.gone = gone
            self.pair = pair  # on first open: the two newest releases sharing a metric

    class Compared(Message):
        def __init__(self, ids: list[str], comparison: dict | None, error: str | None) -> None:
            super().__init__()
            self.ids = ids
            self.comparison = comparison
            self.error = error

    def __init__(self, locked_store: LockedStore, number: int) -> None:
        super().__init__(locked_store, number)
        self._releases: list[dict] = []
        self._shown: list[dict] = []
        self._chosen: list[str] = []
        self._rebuilding = False
        self._comparison: dict | None = None
        self._rows: list[dict] = []
        self._picked = False  # the two newest releases sharing a metric were ticked once

    def compose(self) -> ComposeResult:
        with Horizontal():
            with Vertical(id="compare-side"):
                yield Input(placeholder="Filter releases (/)", id="compare-filter")
                yield NavSelectionList(id="compare-releases")
                yield Static("", id="compare-release-title", markup=False)
            with Vertical(id="compare-main"):
                yield Static(HINT, id="compare-summary", markup=False)
                yield CompareTable(
                    id="compare-table", cursor_type="cell", zebra_stripes=True, fixed_columns=1
                )
                yield Static("", id="compare-source", markup=False)

    def on_mount(self) -> None:
        self.query_one("#compare-table", DataTable).header_height = 2

    # ----------------------------------------------------------------- releases

    def on_resize(self) -> None:
        if self._comparison is not None:
            self._render_table()

    @work(thread=True, exclusive=True, group="compare-releases")
    def load(self, text: str) -> None:
        chosen = list(self._chosen)
        pick = not self._picked and not chosen

        def read(store: Store) -> tuple[list[dict], set[str], list[str]]:
            kept = store.release_views(chosen)
            pair = figures.default_pair(store) if pick else []
            return store.releases(limit=PICKER_ROWS, text=text), set(chosen) - set(kept), pair

        releases, gone, pair = self.locked_store.read(read)
        self.post_message(self.ReleasesLoaded(text, releases, gone, pair))

    @on(ReleasesLoaded)
    def _releases_loaded(self, message: ReleasesLoaded) -> None:
        if not self.is_current(message.text):
            return  # the filter changed while these were read
        self._chosen = [rid for rid in self._chosen if rid not in message.gone]
        if message.pair and not self._picked and not self._chosen:
            self._chosen = list(message.pair)
        self._picked = True
        self._releases = message.releases
        self._fill()
        self._compare()

    def _fill(self) -> None:
        """List the releases the filter found, keeping the choices made."""
        shown = self._releases
        choices = self.query_one("#compare-releases", SelectionList)
        self._rebuilding = True
        try:
            choices.clear_options()
            choices.add_options(
                Selection(_release_prompt(r), r["id"], r["id"] in self._chosen) for r in shown
            )
        finally:
            self._rebuilding = False
        self._shown = shown
        if shown:
            choices.highlighted = 0
        else:
            self.query_one("#compare-release-title", Static).update(
                "No release matches the filter."
            )

    @on(SelectionList.SelectionHighlighted, "#compare-releases")
    def _release_highlighted(self, event: SelectionList.SelectionHighlighted) -> None:
        release = self._shown[event.selection_index]
        details = [display.when(release), release.get("publisher") or "publisher unknown"]
        title = display.literal(release["title"], "bold")
        self.query_one("#compare-release-title", Static).update(
            Content("\n").join([title, display.literal(" · ".join(details), "dim")])
        )

    @on(SelectionList.SelectedChanged, "#compare-releases")
    def _selection_changed(self, event: SelectionList.SelectedChanged) -> None:
        if self._rebuilding:
            return
        choices = event.selection_list
        visible = {choices.get_option_at_index(i).value for i in range(choices.option_count)}
        kept = [rid for rid in self._chosen if rid not in visible]
        self._chosen = kept + [rid for rid in choices.selected if rid not in kept]
        self._compare()

    # ---------------------------------------------------------------- comparing

    def _compare(self) -> None:
        if len(self._chosen) < 2:
            self._comparison = None
            self._render_table()
            return
        self._run_comparison(list(self._chosen))

    @work(thread=True, exclusive=True, group="compare")
    def _run_comparison(self, ids: list[str]) -> None:
        try:
            comparison = self.locked_store.read(lambda store: figures.compare_releases(store, ids))
        except StoreError as error:
            self.post_message(self.Compared(ids, None, str(error)))
            return
        self.post_message(self.Compared(ids, comparison, None))

    @on(Compared)
    def _compared(self, message: Compared) -> None:
        if message.ids != self._chosen:
            return  # the choice changed while this ran
        if message.error:
            self.notify(message.error, severity="error", markup=False)
        self._comparison = message.comparison
        self._render_table()

    def watch_only_differs(self) -> None:
        self._render_table()

    def _render_table(self) -> None:
        table = self.query_one("#compare-table", DataTable)
        table.clear(columns=True)
        comparison = self._comparison
        table.display = comparison is not None
        self.query_one("#compare-source", Static).update("")
        if comparison is None:
            self._rows = []
            self.query_one("#compare-summary", Static).update(HINT)
            return
        rows = comparison["rows"]
        self._rows = [row for row in rows if row["differs"]] if self.only_differs else rows
        differ = sum(row["differs"] for row in rows)
        summary = f"{display.count(len(rows), 'metric')}, {differ} differ"
        summary += (
            " · showing only those (d shows all)" if self.only_differs else " · d: only differences"
        )
        self.query_one("#compare-summary", Static).update(Content(summary))
        releases = comparison["releases"]
        metric_width, column_width = column_widths(
            self.query_one("#compare-main").size.width,
            [row["label"] for row in self._rows],
            len(releases),
        )
        table.add_column(Text("Metric", style="bold"), key="metric", width=metric_width)
        known = {release["id"]: release for release in self._releases}
        for release in releases:
            release = known.get(release["id"], release)
            title = display.cell(release["title"])
            title.truncate(column_width, overflow="ellipsis")
            header = Text.assemble((display.when(release), "bold"), "\n", title)
            table.add_column(header, key=release["id"], width=column_width)
        for number, row in enumerate(self._rows):
            cells = [row["cells"].get(release["id"], []) for release in releases]
            shown = [_label(row, metric_width)]
            shown += [_cell(stats, row["differs"], column_width) for stats in cells]
            height = max(len(text.plain.split("\n")) for text in shown)
            table.add_row(*shown, key=str(number), height=height)

    @on(DataTable.CellHighlighted, "#compare-table")
    def _cell_highlighted(self, event: DataTable.CellHighlighted) -> None:
        self.query_one("#compare-source", Static).update(
            _source(self._stats_at(event.coordinate), self._only_in(event.coordinate.row))
        )

    @on(DataTable.CellSelected, "#compare-table")
    def _cell_selected(self, event: DataTable.CellSelected) -> None:
        stats = self._stats_at(event.coordinate)
        if stats:
            self.post_message(self.OpenRelease(stats[0]["release_id"], stats[0]["block"]))

    def _only_in(self, row: int) -> str | None:
        """The title of the one release giving a row's figure (None: two or more do)."""
        if self._comparison is None or row >= len(self._rows):
            return None
        present = [rid for rid, found in self._rows[row]["cells"].items() if found]
        if len(present) != 1:
            return None
        titles = {r["id"]: r.get("title") or r["id"] for r in self._comparison["releases"]}
        return titles.get(present[0])

    def _stats_at(self, coordinate: Coordinate) -> list[dict]:
        if self._comparison is None or coordinate.row >= len(self._rows) or coordinate.column == 0:
            return []
        release = self._comparison["releases"][coordinate.column - 1]
        return self._rows[coordinate.row]["cells"].get(release["id"], [])

    # ------------------------------------------------------------------ actions

    def action_focus_table(self) -> None:
        table = self.query_one("#compare-table", DataTable)
        if table.display:
            table.focus()
            if table.cursor_column == 0 and table.row_count:
                table.move_cursor(column=1)  # onto the first figure, so its source shows

    def action_toggle_differs(self) -> None:
        self.only_differs = not self.only_differs

    def _figures_at_cursor(self) -> list[dict]:
        table = self.query_one("#compare-table", DataTable)
        stats = self._stats_at(table.cursor_coordinate) if table.display else []
        if not stats:
            self.notify("Move onto a figure in the table first.", markup=False)
        return stats

    def action_copy_figure(self) -> None:
        stats = self._figures_at_cursor()
        if stats:
            ids = [stat["id"] for stat in stats]
            self.post_message(CopyClip(lambda store: clips.figures_clip(store, ids)))

    def action_trend(self) -> None:
        """This row's metric across every release in the archive, as a chart."""
        table = self.query_one("#compare-table", DataTable)
        if not table.display or self._comparison is None or table.cursor_row >= len(self._rows):
            self.notify("Move onto a metric in the table first.", markup=False)
            return
        row = self._rows[table.cursor_row]
        stats = self._stats_at(table.cursor_coordinate) or next(
            (found for found in row["cells"].values() if found), []
        )
        if stats:
            from briefing.ui.screens.trend import TrendScreen  # loaded when first used

            self.app.push_screen(TrendScreen(self.locked_store, stats[0]["id"]))

    def action_pin(self) -> None:
        """Pin the cell's figure (the first, where a release states several)."""
        stats = self._figures_at_cursor()
        if stats:
            self.post_message(Pin(stats[0]["id"]))


def _release_prompt(release: dict) -> Content:
    """“26 Nov 2024  Title” (the highlighted release's full title shows under the list)."""
    return display.join(
        [Content(display.when(release)).stylize("bold"), display.literal(release["title"])], "  "
    )


def figure(stat: dict) -> str:
    """“down 21%”, “record 34,542”, “£151 million”, “down nearly 21%”, “up by up to 80”:
    numbers formatted by us; the change first, so a bound reads as one ("up to up 80" did not)."""
    number = format.format_number(stat["value"], stat["unit"])
    direction, qualifier = stat.get("direction"), stat.get("qualifier")
    if direction and qualifier and qualifier.split()[0] == direction:
        direction += " by"
    return " ".join(part for part in (direction, qualifier, number) if part)


def column_widths(width: int, labels: list[str], releases: int) -> tuple[int, int]:
    """(metric column, release column) widths for a table ``width`` cells wide.

    The metric column takes what its longest label needs (wrapping past a share of the
    width); the release columns share the rest, never narrower than ``MIN_COLUMN``
    (the table then scrolls sideways, the metric column fixed).
    """
    longest = max((len(label) + 2 for label in labels), default=MIN_METRIC)  # "≠ " marker
    metric = max(MIN_METRIC, min(longest, int(width * MAX_METRIC_SHARE)))
    room = width - (metric + CELL_PADDING) - 2  # the table's scrollbar
    column = room // max(1, releases) - CELL_PADDING
    return metric, max(MIN_COLUMN, min(MAX_COLUMN, column))


def _label(row: dict, width: int) -> Text:
    """The metric with its mark (≠ differ, = agree, blank: one release), wrapped."""
    mark = compare.row_mark(row)
    label = Text.assemble(
        (f"{mark} " if mark else "  ", "bold" if mark == "≠" else "dim"), display.cell(row["label"])
    )
    return _wrap(label, width)


def _wrap(text: Text, width: int, lines: int | None = None) -> Text:
    """``text`` wrapped to ``width`` cells (at most ``lines`` lines, the last cut with …)."""
    wrapped = list(text.wrap(Console(width=width, legacy_windows=False), width))
    if lines is not None and len(wrapped) > lines:
        wrapped = wrapped[:lines]
        last = wrapped[-1]
        last.append("…")
        last.truncate(width, overflow="ellipsis")
    return Text("\n").join(wrapped)


def _cell(stats: list[dict], differs: bool, width: int) -> Text:
    """The figures (wrapped, never cut) over the period they cover (two lines at most)."""
    if not stats:
        return Text("—", style="dim")
    # A figure restated in the same release ("a record 34,542" ... "34,542") is shown once.
    written = {(s["value"], s["unit"], s.get("direction")): figure(s) for s in reversed(stats)}
    figures = display.cell("; ".join(reversed(written.values())), "bold" if differs else "")
    figures = _wrap(figures, width)
    periods = [stat["period"] for stat in stats if stat.get("period")]
    if periods:
        figures.append("\n")
        figures.append(_wrap(display.cell(periods[0], "dim italic"), width, lines=2))
    return figures


def _source(stats: list[dict], only_in: str | None = None) -> Content:
    """Each figure's sentence, period, where it sits and its release."""
    lines: list[Content] = []
    if only_in:
        lines.append(display.literal(f"Only in “{only_in}”: no other release to compare", "dim"))
    for stat in stats:
        where = [
            stat.get("release_title") or stat["release_id"],
            display.when(stat),
            f"in the {stat.get('section') or 'text'}",
        ]
        lines.append(display.literal(stat.get("sentence") or stat.get("text") or ""))
        details = [f"period: {stat['period']}"] if stat.get("period") else []
        details += [f"scope: {stat['scope']}"] if stat.get("scope") else []
        lines.append(display.literal(" · ".join(details + where), "italic"))
    return Content("\n").join(lines)
