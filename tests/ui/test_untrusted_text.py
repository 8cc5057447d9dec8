"""A release holding markup and escape sequences shows literally, everywhere, and copies clean."""

from pathlib import Path

from textual.widgets import OptionList
from ui_support import SIZE, settle

from briefing.store import Store
from briefing.ui.panes.search_pane import SearchPane
from briefing.ui.screens.reader import ReaderScreen
from briefing.ui.widgets.release_table import ReleaseTable

MARKUP = [
    "[bold red]x[/]",
    "[link=file:///etc/passwd]y[/link]",
    "[@click=app.quit]z[/]",
    "a lone [/ bracket",
]
HOSTILE = f"""Sneaky release about {MARKUP[0]} and knife crime
20 May 2024

Knife crime is discussed with {MARKUP[1]} and {MARKUP[2]} in this paragraph.\x1b[2J

The Mayor of London, Sadiq Khan, said: “Knife crime {MARKUP[3]} must fall.\x1b]52;c;SGVsbG8=\x07 \
We will act.”

Knife crime fell by 12 per cent {MARKUP[0]} in the year to March 2024.
"""


async def test_markup_and_escapes_render_literally(
    seeded_dir: Path, app, clipboard, tmp_path: Path
):
    path = tmp_path / "hostile.txt"
    path.write_text(HOSTILE, encoding="utf-8")
    assert Store(seeded_dir).import_paths([path]).failed == []
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press(*"sneaky knife")
        await settle(pilot)
        hits = app.query_one("#search-hits", OptionList)
        shown = "\n".join(str(hits.get_option_at_index(i).prompt) for i in range(hits.option_count))
        assert MARKUP[0] in shown
        # the releases table
        await pilot.press("escape", "4")
        await settle(pilot)
        table = app.query_one("#releases-table", ReleaseTable)
        titles = [str(table.get_row_at(i)[1]) for i in range(table.row_count)]
        assert any(title.startswith("Sneaky release about [bold red]x[/]") for title in titles)
        # the reader, and what a copy puts on the clipboard
        row = next(i for i, title in enumerate(titles) if title.startswith("Sneaky"))
        table.cursor_row = row
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ReaderScreen)
        blocks = app.screen.query_one("#reader-blocks", OptionList)
        text = "\n".join(
            str(blocks.get_option_at_index(i).prompt) for i in range(blocks.option_count)
        )
        for markup in MARKUP[1:]:
            assert markup in text
        assert "\x1b" not in text and "SGVsbG8" not in text and "\x07" not in text
        quote = next(
            i
            for i in range(blocks.option_count)
            if "lone [/" in str(blocks.get_option_at_index(i).prompt)
        )
        blocks.highlighted = quote
        await pilot.press("a")
        await settle(pilot)  # the copy runs in a worker
        assert "a lone [/ bracket must fall." in clipboard.copied[-1]
        assert "\x1b" not in clipboard.copied[-1] and "\x07" not in clipboard.copied[-1]
        await pilot.pause()
        app.save_screenshot(str(tmp_path / "reader.svg"))  # renders without a MarkupError
        assert app.is_running
        await pilot.press("escape", "1")
        assert app.is_running and app.query_one(SearchPane)
