"""The Releases pane's table: one line per release, drawn straight to strips.

A DataTable renders each visible cell through Rich (padding, measuring, wrapping), about
0.5 ms a cell: at 120×40 every keystroke of the filter repainted ~180 cells for 100 ms and
more on a 50,000-release archive. Here a row is a few segments of already plain text,
cut or padded to its column (Textual's Line API), so a refill costs well under that.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rich.cells import cell_len, set_cell_size
from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import Binding
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from briefing.parse.text import strip_controls

PADDING = 1  # a space each side of a cell, as DataTable has


@dataclass(frozen=True)
class Column:
    key: str
    label: str
    width: int  # 0: whatever the other columns leave (at least ``min_width``)
    right: bool = False  # numbers, aligned right
    min_width: int = 0


class ReleaseTable(ScrollView, can_focus=True):
    """Rows of plain text under a fixed header; a row cursor; j/k, g/G, page keys."""

    ALLOW_MAXIMIZE = True

    BINDINGS = [
        Binding("enter", "select", "Open", show=False),
        Binding("up,k", "cursor_up", "Up", show=False),
        Binding("down,j", "cursor_down", "Down", show=False),
        Binding("pageup", "page_up", "Page up", show=False),
        Binding("pagedown", "page_down", "Page down", show=False),
        Binding("home,g", "first", "First", show=False),
        Binding("end,G", "last", "Last", show=False),
    ]

    COMPONENT_CLASSES = {
        "release-table--header",
        "release-table--even-row",
        "release-table--cursor",
    }

    # The look of a DataTable with zebra stripes and a row cursor, from the theme.
    DEFAULT_CSS = """
    ReleaseTable {
        background: $surface;
        color: $foreground;
        overflow-x: hidden;
        &:focus {
            background-tint: $foreground 5%;
            & > .release-table--cursor {
                background: $block-cursor-background;
                color: $block-cursor-foreground;
                text-style: $block-cursor-text-style;
            }
        }
        & > .release-table--header {
            text-style: bold;
            background: $panel;
            color: $foreground;
        }
        &:dark > .release-table--even-row {
            background: $surface-darken-1 40%;
        }
        & > .release-table--even-row {
            background: $surface-lighten-1 50%;
        }
        & > .release-table--cursor {
            background: $block-cursor-blurred-background;
            color: $block-cursor-blurred-foreground;
            text-style: $block-cursor-blurred-text-style;
        }
    }
    """

    cursor_row: reactive[int] = reactive(0, always_update=True, init=False)

    class RowHighlighted(Message):
        def __init__(self, table: ReleaseTable, cursor_row: int) -> None:
            super().__init__()
            self.table = table
            self.cursor_row = cursor_row

        @property
        def control(self) -> ReleaseTable:
            return self.table

    class RowSelected(RowHighlighted):
        """Enter, or a click on the highlighted row."""

    class LastWanted(Message):
        """End pressed while ``more`` rows exist than are loaded: the owner loads them."""

        def __init__(self, table: ReleaseTable) -> None:
            super().__init__()
            self.table = table

        @property
        def control(self) -> ReleaseTable:
            return self.table

    class HeaderSelected(Message):
        def __init__(self, table: ReleaseTable, column_key: str) -> None:
            super().__init__()
            self.table = table
            self.column_key = column_key

        @property
        def control(self) -> ReleaseTable:
            return self.table

    def __init__(self, columns: Sequence[Column], *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.columns = tuple(columns)
        self._rows: list[tuple[str, ...]] = []
        self._widths: tuple[int, ...] = tuple(column.width for column in self.columns)
        self.more = False
        """Rows exist past the loaded ones (the owner loads a list page by page)."""

    # ------------------------------------------------------------------ contents

    @property
    def row_count(self) -> int:
        return len(self._rows)

    def get_row_at(self, row: int) -> tuple[str, ...]:
        return self._rows[row]

    def set_rows(self, rows: Iterable[Sequence[str | None]], cursor_row: int = 0) -> None:
        """Replace every row; the cursor goes to ``cursor_row`` (kept in range)."""
        self._rows = [_plain(row) for row in rows]
        self._resized()
        self.cursor_row = cursor_row
        self.refresh()

    def add_rows(self, rows: Iterable[Sequence[str | None]]) -> None:
        """Rows after the last (the next page of a long list)."""
        self._rows += [_plain(row) for row in rows]
        self._resized()
        self.refresh()

    # ------------------------------------------------------------------ layout

    def on_resize(self) -> None:
        self._resized()

    def _resized(self) -> None:
        # The one flexible column takes what the fixed ones, their padding and a
        # scrollbar leave (always kept: a column that narrowed when a filter left fewer
        # rows than the screen holds would make the titles jump).
        width = self.size.width - self.styles.scrollbar_size_vertical
        fixed = sum(column.width for column in self.columns) + 2 * PADDING * len(self.columns)
        self._widths = tuple(
            column.width or max(column.min_width, width - fixed) for column in self.columns
        )
        line_width = sum(self._widths) + 2 * PADDING * len(self._widths)
        self.virtual_size = Size(line_width, 1 + len(self._rows))

    # ------------------------------------------------------------------ drawing

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        if y == 0:
            labels = tuple(column.label for column in self.columns)
            style = self.get_component_rich_style("release-table--header")
            return self._strip(labels, style, width)
        row = self.scroll_offset.y + y - 1
        if row >= len(self._rows):
            return Strip.blank(width, self.rich_style)
        style = self.rich_style
        if row == self.cursor_row:
            style += self.get_component_rich_style("release-table--cursor")
        elif row % 2:
            style += self.get_component_rich_style("release-table--even-row")
        return self._strip(self._rows[row], style, width)

    def _strip(self, cells: Sequence[str], style: Style, width: int) -> Strip:
        pad = " " * PADDING
        line = []
        for text, cell_width, column in zip(cells, self._widths, self.columns, strict=True):
            fitted = _fit(text, cell_width)
            if column.right:
                fitted = " " * (cell_width - cell_len(fitted)) + fitted
            else:
                fitted += " " * (cell_width - cell_len(fitted))
            line.append(pad + fitted + pad)
        return Strip([Segment("".join(line), style)]).adjust_cell_length(width, style)

    # ------------------------------------------------------------------ the cursor

    def validate_cursor_row(self, row: int) -> int:
        return max(0, min(row, len(self._rows) - 1))

    def watch_cursor_row(self, old: int, new: int) -> None:
        self._refresh_row(old)
        self._refresh_row(new)
        # Scroll just enough to show the cursor's row below the header.
        shown = max(1, self.scrollable_content_region.height - 1)
        top = self.scroll_offset.y
        if new < top:
            self.scroll_to(y=new, animate=False, force=True)
        elif new >= top + shown:
            self.scroll_to(y=new - shown + 1, animate=False, force=True)
        if new < len(self._rows):
            self.post_message(self.RowHighlighted(self, new))

    def _refresh_row(self, row: int) -> None:
        line = 1 + row - self.scroll_offset.y
        if 1 <= line < self.size.height:
            self.refresh_line(line)

    def on_focus(self) -> None:
        self.refresh()

    def on_blur(self) -> None:
        self.refresh()

    def action_select(self) -> None:
        if self._rows:
            self.post_message(self.RowSelected(self, self.cursor_row))

    def action_cursor_up(self) -> None:
        self.cursor_row -= 1

    def action_cursor_down(self) -> None:
        self.cursor_row += 1

    def action_page_up(self) -> None:
        self.cursor_row -= max(1, self.scrollable_content_region.height - 2)

    def action_page_down(self) -> None:
        self.cursor_row += max(1, self.scrollable_content_region.height - 2)

    def action_first(self) -> None:
        self.cursor_row = 0

    def action_last(self) -> None:
        self.cursor_row = len(self._rows) - 1
        if self.more:
            self.post_message(self.LastWanted(self))

    def on_click(self, event: events.Click) -> None:
        if event.y == 0:
            key = self._column_at(event.x + self.scroll_offset.x)
            if key is not None:
                self.post_message(self.HeaderSelected(self, key))
            return
        row = self.scroll_offset.y + event.y - 1
        if row >= len(self._rows):
            return
        was_highlighted = row == self.cursor_row
        self.cursor_row = row
        if was_highlighted:
            self.post_message(self.RowSelected(self, row))

    def _column_at(self, x: int) -> str | None:
        for column, width in zip(self.columns, self._widths, strict=True):
            x -= width + 2 * PADDING
            if x < 0:
                return column.key
        return None


def _plain(cells: Sequence[str | None]) -> tuple[str, ...]:
    """Release text for one screen line: control characters out, line breaks and runs of
    spaces one space; never read as markup (a strip's text is drawn as it is)."""
    return tuple(" ".join(strip_controls(cell or "").split()) for cell in cells)


def _fit(text: str, width: int) -> str:
    """Cut to ``width`` cells with an ellipsis, so a cut title reads as cut."""
    if cell_len(text) <= width:
        return text
    return set_cell_size(text, width - 1) + "…" if width > 0 else ""
