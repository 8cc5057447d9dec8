"""Pane 3 (compare) and pane 4 (releases): compare, import, delete, from the keyboard."""

from pathlib import Path

from tests_support import seed_path
from textual.widgets import DataTable, Input, SelectionList, Static
from ui_support import SIZE, release_id, settle

from briefing.ui.panes import releases_pane
from briefing.ui.panes.compare_pane import figure
from briefing.ui.screens.confirm import ConfirmScreen
from briefing.ui.screens.import_files import ImportScreen
from briefing.ui.screens.reader import ReaderScreen
from briefing.ui.widgets.release_table import ReleaseTable


async def choose(pilot, ids: list[str]) -> None:
    """Tick just the releases ``ids`` in the compare pane's list, with the keyboard
    (first unticking the two the pane opened on)."""
    choices = pilot.app.query_one("#compare-releases", SelectionList)
    toggle = [rid for rid in choices.selected if rid not in ids]
    toggle += [rid for rid in ids if rid not in choices.selected]
    for rid in toggle:
        index = next(
            i for i in range(choices.option_count) if choices.get_option_at_index(i).value == rid
        )
        while choices.highlighted != index:
            await pilot.press("j" if (choices.highlighted or 0) < index else "k")
        await pilot.press("space")
    await settle(pilot)


def row_texts(table: DataTable) -> dict[str, list[str]]:
    return {
        str(table.get_row_at(i)[0]): [str(cell) for cell in table.get_row_at(i)[1:]]
        for i in range(table.row_count)
    }


async def test_compare_001_with_000_shows_gun_crime_21_then_19(app, seeded_dir, clipboard):
    new, old = release_id(seeded_dir, "000"), release_id(seeded_dir, "001")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("escape", "3")
        await settle(pilot)
        assert app.focused is app.query_one("#compare-releases")
        await choose(pilot, [old, new])
        table = app.query_one("#compare-table", DataTable)
        rows = row_texts(table)
        gun = [cells for label, cells in rows.items() if label.lower().endswith("gun crime")]
        assert len(gun) == 1
        assert "21" in gun[0][0] and "19" in gun[0][1]  # 2022 column first, then 2024
        assert "≠ Gun crime" in rows
        # onto the 2022 gun-crime figure: its sentence shows; c copies it with its source
        await pilot.press("right")
        row = list(rows).index("≠ Gun crime")
        table.move_cursor(row=row, column=1)
        await pilot.pause()
        assert "gun crime" in str(app.query_one("#compare-source", Static).render()).lower()
        await pilot.press("c")
        await settle(pilot)  # the copy runs in a worker
        assert "21%" in clipboard.copied[-1] and "11 November 2022" in clipboard.copied[-1]
        await pilot.press("d")
        assert all(label.startswith("≠") for label in row_texts(table))


async def test_import_a_file_from_inside_the_app(app, tmp_path: Path):
    path = tmp_path / "new-release.txt"
    path.write_text(
        seed_path("003").read_text(encoding="utf-8").replace("Stratford", "Stratford East"),
        encoding="utf-8",
    )
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("escape", "4")
        await settle(pilot)
        assert app.query_one("#releases-table", ReleaseTable).row_count == 5
        await pilot.press("i")
        assert isinstance(app.screen, ImportScreen)
        app.screen.query_one("#import-path", Input).value = str(path)
        await pilot.press("enter")
        await settle(pilot)
        report = str(app.screen.query_one("#import-report", Static).render())
        assert f"imported: {path}" in report
        assert "1 imported, 0 updated, 0 unchanged, 0 failed" in report
        app.screen.query_one("#import-path", Input).value = str(tmp_path / "missing.txt")
        await pilot.press("enter")
        await settle(pilot)
        assert "failed" in str(app.screen.query_one("#import-report", Static).render())
        await pilot.press("escape")
        await settle(pilot)
        assert app.query_one("#releases-table", ReleaseTable).row_count == 6
        assert app.sub_title.startswith("6 releases")


async def test_delete_asks_first(app):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("escape", "4")
        await settle(pilot)
        await pilot.press("x")
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        await settle(pilot)
        assert app.query_one("#releases-table", ReleaseTable).row_count == 5
        await pilot.press("x", "y")
        await settle(pilot)
        assert app.query_one("#releases-table", ReleaseTable).row_count == 4


async def test_enter_on_a_release_opens_the_reader(app):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("escape", "4", "enter")
        await settle(pilot)
        assert isinstance(app.screen, ReaderScreen)
        assert "Met prioritises" in str(app.screen.query_one("#reader-heading", Static).render())


async def test_correct_a_date_from_the_releases_pane(app, seeded_dir):
    from briefing.store import Store
    from briefing.ui.screens.ask_text import AskTextScreen

    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("escape", "4")
        await settle(pilot)
        table = app.query_one("#releases-table", ReleaseTable)
        top = str(table.get_row_at(0)[1])
        await pilot.press("d")
        assert isinstance(app.screen, AskTextScreen)
        box = app.screen.query_one(Input)
        assert box.value == "2025-05-13"  # the estimate, to correct
        box.value = "not a date"
        await pilot.press("enter")
        await settle(pilot)
        # The dialog stays, with the typed text and why it cannot be saved (issue 14).
        assert isinstance(app.screen, AskTextScreen) and box.value == "not a date"
        assert "YYYY-MM-DD" in str(app.screen.query_one("#ask-error", Static).render())
        box.value = "2016-01-02"
        await pilot.press("enter")
        await settle(pilot)
        # Saved in the user's data; the table re-sorts: that release is now the oldest,
        # and the cursor went with it, so the next x deletes the release just corrected.
        last = table.row_count - 1
        assert str(table.get_row_at(last)[1]) == top
        assert str(table.get_row_at(last)[0]) == "2 Jan 2016"
        assert table.cursor_row == last
    corrected = [r for r in Store(seeded_dir).releases() if r["date_corrected"]]
    assert [(r["source"][:3], r["date"]) for r in corrected] == [("002", "2016-01-02")]


async def test_releases_sort_by_s_and_by_clicking_a_header(app):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("escape", "4")
        await settle(pilot)
        table = app.query_one("#releases-table", ReleaseTable)
        newest = [str(table.get_row_at(i)[1]) for i in range(table.row_count)]
        await pilot.press("s")  # oldest first
        await settle(pilot)
        assert [str(table.get_row_at(i)[1]) for i in range(table.row_count)] == newest[::-1]
        await pilot.click("#releases-table", offset=(20, 0))  # the Title header
        await settle(pilot)
        titles = [str(table.get_row_at(i)[1]) for i in range(table.row_count)]
        assert titles == sorted(titles, key=str.casefold)
        assert "by title" in str(app.query_one("#releases-summary", Static).render())
        await pilot.press("G")
        assert table.cursor_row == table.row_count - 1
        await pilot.press("g")
        assert table.cursor_row == 0


async def test_a_deeply_nested_page_never_stops_an_import_in_the_app(app, tmp_path: Path):
    # Before: a RecursionError ended the app with a traceback, the good file not imported.
    folder = tmp_path / "inbox"
    folder.mkdir()
    prose = "The Mayor of London said the new scheme would help many thousands of families."
    (folder / "a-deep.html").write_text(
        "<html><body>" + "<div>" * 1_000 + f"<p>{prose}</p>" + "</div>" * 1_000, encoding="utf-8"
    )
    (folder / "b-good.txt").write_text(
        seed_path("003").read_text(encoding="utf-8").replace("Stratford", "Stratford East"),
        encoding="utf-8",
    )
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("escape", "4", "i")
        app.screen.query_one("#import-path", Input).value = str(folder)
        await pilot.press("enter")
        await settle(pilot)
        report = str(app.screen.query_one("#import-report", Static).render())
        assert f"imported: {folder / 'b-good.txt'}" in report
        assert "2 imported, 0 updated, 0 unchanged, 0 failed" in report
        assert app.is_running


def test_a_figure_cell_puts_the_change_before_its_bound():
    """ "up to 80 more officers" once read "up to up 80" in its cell."""
    assert figure({"value": 80, "unit": "count", "direction": "up", "qualifier": "up to"}) == (
        "up by up to 80"
    )
    assert figure({"value": 21, "unit": "percent", "direction": "down", "qualifier": "nearly"}) == (
        "down nearly 21%"
    )
    assert figure({"value": 34542, "unit": "count", "qualifier": "record"}) == "record 34,542"
    assert figure({"value": 19, "unit": "percent", "direction": "down"}) == "down 19%"


async def test_end_in_a_list_read_page_by_page_goes_to_the_last_release(app, monkeypatch):
    monkeypatch.setattr(releases_pane, "PAGE", 2)  # the seeds' 5 releases in pages of 2
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("escape", "4")
        await settle(pilot)
        table = app.query_one("#releases-table", ReleaseTable)
        assert table.row_count < 5
        await pilot.press("end")
        await settle(pilot)
        assert table.row_count == 5
        assert table.cursor_row == 4
        assert table.get_row_at(4)[0] == "20 Mar 2017"  # the oldest seed
