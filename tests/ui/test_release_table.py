"""The Releases pane's table on its own: drawing, the cursor, paging keys, the mouse."""

from __future__ import annotations

from textual.app import App, ComposeResult

from briefing.ui.widgets.release_table import Column, ReleaseTable

COLUMNS = (
    Column("date", "Date", 12),
    Column("title", "Title", 0, min_width=10),
    Column("quotes", "Quotes", 6, right=True),
)


class TableApp(App):
    def __init__(self, rows: list[tuple[str, ...]]) -> None:
        super().__init__()
        self.rows = rows
        self.messages: list[tuple[str, object]] = []

    def compose(self) -> ComposeResult:
        yield ReleaseTable(COLUMNS, id="table")

    def on_mount(self) -> None:
        self.query_one(ReleaseTable).set_rows(self.rows)

    def on_release_table_row_highlighted(self, event: ReleaseTable.RowHighlighted) -> None:
        self.messages.append(("highlighted", event.cursor_row))

    def on_release_table_row_selected(self, event: ReleaseTable.RowSelected) -> None:
        self.messages.append(("selected", event.cursor_row))

    def on_release_table_header_selected(self, event: ReleaseTable.HeaderSelected) -> None:
        self.messages.append(("header", event.column_key))


def numbered(count: int) -> list[tuple[str, ...]]:
    return [("1 Jan 2020", f"Release number {n}", f"{n:,}") for n in range(count)]


def shown_lines(table: ReleaseTable) -> list[str]:
    return [table.render_line(y).text for y in range(table.size.height)]


async def test_each_row_is_one_line_cut_to_its_column():
    title = "A very long headline about neighbourhood policing in every London borough"
    rows = [("26 Nov 2024", title, "1,234"), ("≈ May 2024", "Short", "7")]
    app = TableApp(rows)
    async with app.run_test(size=(60, 10)) as pilot:
        await pilot.pause()
        table = app.query_one(ReleaseTable)
        header, first, second, *_ = shown_lines(table)
        assert header.split() == ["Date", "Title", "Quotes"]
        # 60 columns less 2 for the scrollbar, 12 + 6 and a space each side of three
        # cells leave the title 34.
        assert len(first) == 60 and first.rstrip().endswith("…   1,234")
        assert first[15:49] == title[:33] + "…"
        assert second.rstrip().endswith(
            "Short" + " " * (29 + 2 + 5) + "7"
        )  # cell, padding, right-aligned


async def test_release_text_is_drawn_as_it_is_never_as_markup_or_escapes():
    hostile = ("[link=x]y", "[bold red]x[/]\x1b[31m red\nline\ttab", "\x07")
    app = TableApp([hostile])
    async with app.run_test(size=(80, 5)) as pilot:
        await pilot.pause()
        table = app.query_one(ReleaseTable)
        line = shown_lines(table)[1]
        assert "[bold red]x[/] red line tab" in line and "[link=x]y" in line
        assert "\x1b" not in line and "\x07" not in line and "\n" not in line
        assert table.get_row_at(0)[1] == "[bold red]x[/] red line tab"


async def test_keys_move_the_cursor_and_keep_it_on_screen_under_the_header():
    app = TableApp(numbered(300))
    async with app.run_test(size=(60, 12)) as pilot:
        table = app.query_one(ReleaseTable)
        table.focus()
        await pilot.press("G")
        assert table.cursor_row == 299
        assert shown_lines(table)[-1].split()[4:6] == ["number", "299"]
        assert shown_lines(table)[0].split()[0] == "Date"  # the header stays
        await pilot.press("g", "j", "j", "k")
        assert table.cursor_row == 1
        await pilot.press("pagedown")
        assert table.cursor_row == 1 + 10  # the 11 rows shown, less one for context
        await pilot.press("pagedown", "pageup", "up")
        assert table.cursor_row == 10
        await pilot.press("end", "down", "home", "up")
        assert table.cursor_row == 0
        assert ("highlighted", 299) in app.messages


async def test_more_rows_keep_the_cursor_and_a_new_listing_moves_it_into_range():
    app = TableApp(numbered(5))
    async with app.run_test(size=(60, 12)) as pilot:
        table = app.query_one(ReleaseTable)
        table.cursor_row = 4
        table.add_rows(numbered(20)[5:])
        await pilot.pause()
        assert (table.row_count, table.cursor_row) == (20, 4)
        table.set_rows(numbered(3), cursor_row=10)
        assert table.cursor_row == 2
        table.set_rows([])
        await pilot.press("enter")
        assert table.row_count == 0 and ("selected", 0) not in app.messages


async def test_a_click_highlights_a_row_a_second_click_or_enter_opens_it():
    app = TableApp(numbered(10))
    async with app.run_test(size=(60, 12)) as pilot:
        table = app.query_one(ReleaseTable)
        await pilot.click(ReleaseTable, offset=(20, 3))  # the third row
        assert table.cursor_row == 2 and ("selected", 2) not in app.messages
        await pilot.click(ReleaseTable, offset=(20, 3))
        assert ("selected", 2) in app.messages
        await pilot.press("down", "enter")
        assert ("selected", 3) in app.messages


async def test_a_click_on_the_header_names_the_column():
    app = TableApp(numbered(3))
    async with app.run_test(size=(60, 12)) as pilot:
        await pilot.click(ReleaseTable, offset=(2, 0))
        await pilot.click(ReleaseTable, offset=(20, 0))
        await pilot.click(ReleaseTable, offset=(55, 0))
        await pilot.pause()
        headers = [value for kind, value in app.messages if kind == "header"]
        assert headers == ["date", "title", "quotes"]
