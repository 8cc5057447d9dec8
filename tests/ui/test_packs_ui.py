"""Pane 5 (packs) and pinning from every pane and the reader, from the keyboard."""

import os
from pathlib import Path

from textual.widgets import DataTable, Input, OptionList, RadioSet, Select, Static
from ui_support import SIZE, own_notices, release_id, settle

from briefing.packs import DEFAULT_PACK, Packs
from briefing.store import Store
from briefing.ui.app import make_app
from briefing.ui.panes.pack_pane import PackPane
from briefing.ui.screens.ask_text import AskTextScreen
from briefing.ui.screens.confirm import ConfirmScreen
from briefing.ui.screens.export_pack import ExportScreen
from briefing.ui.screens.reader import ReaderScreen
from briefing.ui.widgets.release_table import ReleaseTable


def pinned(data_dir: Path, pack: str = DEFAULT_PACK) -> list[dict]:
    """What the pack holds on disk, as another process would read it."""
    return Packs(Store(data_dir)).items(pack)


def latest_notice(app) -> str:
    return own_notices(app)[-1].message


def stat_id(data_dir: Path, prefix: str, text: str) -> str:
    store = Store(data_dir)
    return next(s["id"] for s in store.stats(release_id(data_dir, prefix)) if s["text"] == text)


def quote_id(data_dir: Path, prefix: str, speaker: str) -> str:
    store = Store(data_dir)
    rid = release_id(data_dir, prefix)
    return next(q["id"] for q in store.quotes(rid) if q["speaker"] == speaker)


def prompts(app) -> list[str]:
    listing = app.query_one("#pack-items", OptionList)
    return [str(listing.get_option_at_index(i).prompt) for i in range(listing.option_count)]


async def search(pilot, query: str) -> None:
    """Search from pane 1, ending in the hits list."""
    await pilot.press("escape", "1", "slash")
    box = pilot.app.query_one("#search-box", Input)
    assert pilot.app.focused is box
    box.value = query
    await settle(pilot)
    await pilot.press("enter")  # to the hits
    await settle(pilot)


async def test_pin_and_unpin_from_search_and_quotes(app, seeded_dir):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await search(pilot, '"cost of living" kind:quote')
        first = app.query_one("#search-pane")._hits[0]
        assert first.kind == "quote" and first.ref
        await pilot.press("p")
        await settle(pilot)
        await search(pilot, "kind:paragraph west end team")
        await pilot.press("p")
        await settle(pilot)
        await pilot.press("escape", "2")
        await settle(pilot)
        await pilot.press("j", "enter", "p")  # Mark Rowley's newest quote
        await settle(pilot)
        items = pinned(seeded_dir)
        assert [i["kind"] for i in items] == ["quote", "passage", "quote"]
        assert items[0]["id"] == first.ref and items[0]["speaker"] == "Sadiq Khan"
        hit = app.query_one("#search-pane")._hits[0]
        assert items[1]["id"] == f"{hit.release_id}#{hit.block}"
        assert items[2]["speaker"] == "Mark Rowley"
        assert "Pinned Mark Rowley's quote to “Brief” (3 items" in latest_notice(app)
        await pilot.press("p")  # again: unpinned
        await settle(pilot)
        assert [i["kind"] for i in pinned(seeded_dir)] == ["quote", "passage"]
        assert "Unpinned Mark Rowley's quote" in latest_notice(app)


async def test_pin_a_figure_in_compare_and_copying_it_warns_of_the_newer_one(
    app, seeded_dir, clipboard
):
    ids = {release_id(seeded_dir, "000"), release_id(seeded_dir, "001")}
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("escape", "3")
        await settle(pilot)
        choices = app.query_one("#compare-releases")
        for index in range(choices.option_count):
            if choices.get_option_at_index(index).value in ids:
                choices.select(choices.get_option_at_index(index))
        await settle(pilot)
        await pilot.press("right")
        table = app.query_one("#compare-table", DataTable)
        row = next(r for r in range(table.row_count) if "34,542" in str(table.get_row_at(r)[1]))
        table.move_cursor(row=row, column=1)
        await pilot.press("c")
        await settle(pilot)
        assert "34,542" in clipboard.copied[-1]
        warnings = [n for n in app._notifications if n.severity == "warning"]
        assert len(warnings) == 1
        assert "A newer release gives 34,200 officers" in warnings[0].message
        assert "Mayor joins Met neighbourhood officers" in warnings[0].message
        await pilot.press("p")
        await settle(pilot)
        assert [i["id"] for i in pinned(seeded_dir)] == [
            stat_id(seeded_dir, "001", "a record 34,542")
        ]


async def test_pin_in_the_reader_and_its_figure_copy_warns(app, seeded_dir, clipboard):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("escape", "4")
        await settle(pilot)
        table = app.query_one("#releases-table", ReleaseTable)
        row = next(r for r in range(table.row_count) if "2022" in str(table.get_row_at(r)[0]))
        table.cursor_row = row
        await pilot.press("enter")
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        blocks = reader.query_one("#reader-blocks", OptionList)

        async def go_to(test) -> None:
            index = next(
                i for i, p in enumerate(reader._passages) if not isinstance(p, str) and test(p)
            )
            blocks.highlighted = index
            await pilot.pause()

        await go_to(lambda p: p.quote is not None)
        await pilot.press("p")
        await go_to(lambda p: any(s["text"] == "a record 34,542" for _, _, s in p.figures))
        await pilot.press("f")
        await settle(pilot)
        assert clipboard.copied[-1].startswith("34,542 officers")
        assert any("34,200" in n.message for n in app._notifications if n.severity == "warning")
        await pilot.press("p")
        await go_to(lambda p: not p.quote and not p.figures and p.section == "body")
        await pilot.press("p")
        await go_to(lambda p: p.quote is None and p.figures)
        await pilot.press("P")  # the paragraph, not its figure
        await settle(pilot)
        kinds = [i["kind"] for i in pinned(seeded_dir)]
        assert kinds == ["quote", "stat", "passage", "passage"]
        assert "p pins" in str(reader.query_one("#reader-status", Static).render())


async def setup_pack(data_dir: Path) -> list[str]:
    """A pack of a Khan quote, the stale 34,542 figure and a Rowley quote."""
    packs = Packs(Store(data_dir))
    refs = [
        quote_id(data_dir, "003", "Sadiq Khan"),
        stat_id(data_dir, "001", "a record 34,542"),
        quote_id(data_dir, "002", "Mark Rowley"),
    ]
    for ref in refs:
        packs.add(DEFAULT_PACK, ref)
    return refs


async def open_pack(pilot) -> PackPane:
    await settle(pilot)
    await pilot.press("escape", "5")
    await settle(pilot)
    return pilot.app.query_one(PackPane)


async def test_pack_pane_lists_items_with_sources_and_reorders(app, seeded_dir):
    khan, officers, rowley = await setup_pack(seeded_dir)
    async with app.run_test(size=SIZE) as pilot:
        await open_pack(pilot)
        assert app.focused is app.query_one("#pack-items")
        shown = prompts(app)
        assert len(shown) == 3
        assert shown[0].startswith(" 1  QUOTE  Sadiq Khan")
        assert "As millions of Londoners" in shown[0] and "Mayor of London" in shown[0]
        assert "FIGURE  34,542 officers" in shown[1] and "11 Nov 2022" in shown[1]
        assert "Metropolitan Police" in shown[2]
        assert "3 items · 1 out of date" in str(app.query_one("#pack-summary", Static).render())
        await pilot.press("right_square_bracket")  # Khan's quote down one
        await settle(pilot)
        assert [i["id"] for i in pinned(seeded_dir)] == [officers, khan, rowley]
        await pilot.press("shift+down")  # still the same item: to the bottom
        await settle(pilot)
        assert [i["id"] for i in pinned(seeded_dir)] == [officers, rowley, khan]
        assert app.query_one("#pack-items", OptionList).highlighted == 2
        await pilot.press("left_square_bracket", "shift+up")
        await settle(pilot)
        assert [i["id"] for i in pinned(seeded_dir)] == [khan, officers, rowley]
        assert prompts(app)[0].startswith(" 1  QUOTE  Sadiq Khan")
        await pilot.press("x")  # a single item: no question
        await settle(pilot)
        assert [i["id"] for i in pinned(seeded_dir)] == [officers, rowley]
        assert len(prompts(app)) == 2


async def test_a_note_and_the_stale_figure_replaced_with_one_key(app, seeded_dir):
    _, officers, _ = await setup_pack(seeded_dir)
    newer = stat_id(seeded_dir, "000", "a record 34,200")
    async with app.run_test(size=SIZE) as pilot:
        await open_pack(pilot)
        await pilot.press("j")
        shown = prompts(app)[1]
        assert "⚠ out of date" in shown and "⚠ Newer figure: 34,200 officers" in shown
        detail = str(app.query_one("#pack-detail", Static).render())
        assert "r replaces it" in detail and "file 001_" in detail
        await pilot.press("n")
        assert isinstance(app.screen, AskTextScreen)
        await pilot.press(*"Check with MOPAC", "enter")
        await settle(pilot)
        assert pinned(seeded_dir)[1]["note"] == "Check with MOPAC"
        assert "✎ Check with MOPAC" in prompts(app)[1]
        await pilot.press("r")
        await settle(pilot)
        item = pinned(seeded_dir)[1]
        assert (item["id"], item["stale"], item["note"]) == (newer, None, "Check with MOPAC")
        assert "34,200" in prompts(app)[1] and "out of date" not in prompts(app)[1]
        assert app.query_one("#pack-items", OptionList).highlighted == 1
        await pilot.press("r")
        assert "up to date" in latest_notice(app)


async def test_export_to_a_typed_path_and_copy_to_the_clipboard(
    app, seeded_dir, clipboard, tmp_path
):
    await setup_pack(seeded_dir)
    packs = Packs(Store(seeded_dir))
    target = tmp_path / "brief.md"
    async with app.run_test(size=SIZE) as pilot:
        await open_pack(pilot)
        await pilot.press("e")
        assert isinstance(app.screen, ExportScreen)
        box = app.screen.query_one("#export-path", Input)
        # in full, in the documents folder (the test's stands in for the user's)
        assert box.value == str(tmp_path / "documents" / "Brief.md")
        box.value = str(target)
        await pilot.press("enter")
        await settle(pilot)
        assert target.read_text(encoding="utf-8") == packs.export(DEFAULT_PACK, "md")
        assert f"to {target}" in latest_notice(app)
        # again, as plain text, onto the clipboard
        await pilot.press("e")
        screen = app.screen
        screen.query_one("#as-txt").value = True
        await pilot.pause()
        assert screen.query_one("#export-path", Input).value.endswith(f"{os.sep}Brief.txt")
        assert screen.query_one(RadioSet).pressed_button.id == "as-txt"
        await pilot.click("#export-copy")
        await settle(pilot)
        assert clipboard.copied[-1] == packs.export(DEFAULT_PACK, "txt")
        await pilot.press("C")  # the whole pack as Markdown, in one key (c: the item)
        await settle(pilot)
        assert clipboard.copied[-1] == packs.export(DEFAULT_PACK, "md")
        # an existing file is replaced only when the user says so
        await pilot.press("e")
        app.screen.query_one("#export-path", Input).value = str(target)
        target.write_text("keep me", encoding="utf-8")
        await pilot.press("enter")
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n", "escape")
        await settle(pilot)
        assert target.read_text(encoding="utf-8") == "keep me"


async def test_new_rename_switch_and_delete_packs(app, seeded_dir):
    await setup_pack(seeded_dir)
    async with app.run_test(size=SIZE) as pilot:
        await open_pack(pilot)
        await pilot.press("N")
        assert isinstance(app.screen, AskTextScreen)
        await pilot.press(*"Speech", "enter")
        await settle(pilot)
        switcher = app.query_one("#pack-switcher", Select)
        assert switcher.value == "Speech" and prompts(app) == []
        assert "This pack is empty" in str(app.query_one("#pack-detail", Static).render())
        await pilot.press("R", "ctrl+u", *"Robbery speech", "enter")
        await settle(pilot)
        assert Packs(Store(seeded_dir)).names() == [DEFAULT_PACK, "Robbery speech"]
        assert switcher.value == "Robbery speech"
        switcher.value = DEFAULT_PACK  # switch back, as choosing in the list does
        await settle(pilot)
        assert Packs(Store(seeded_dir)).current() == DEFAULT_PACK
        assert len(prompts(app)) == 3
        await pilot.press("D")
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        await settle(pilot)
        assert Packs(Store(seeded_dir)).names() == [DEFAULT_PACK, "Robbery speech"]
        await pilot.press("D", "y")
        await settle(pilot)
        assert Packs(Store(seeded_dir)).names() == ["Robbery speech"]
        assert switcher.value == "Robbery speech" and prompts(app) == []


async def test_pins_survive_a_restart(seeded_dir, clipboard):
    app = make_app(seeded_dir, clipboard=clipboard)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("escape", "2", "enter", "p")
        await settle(pilot)
    again = make_app(seeded_dir, clipboard=clipboard)
    async with again.run_test(size=SIZE) as pilot:
        await open_pack(pilot)
        assert len(prompts(again)) == 1 and "QUOTE  Sadiq Khan" in prompts(again)[0]


async def test_a_pack_named_with_markup_shows_literally(app, seeded_dir, tmp_path):
    name = "[bold]Speech[/] [@click=app.quit]x[/] [/"
    packs = Packs(Store(seeded_dir))
    packs.create(name, make_current=True)
    packs.add(name, quote_id(seeded_dir, "002", "Mark Rowley"), note="[link=file:///etc]n[/link]")
    async with app.run_test(size=SIZE) as pilot:
        await open_pack(pilot)
        assert app.query_one("#pack-switcher", Select).value == name
        assert "[link=file:///etc]n[/link]" in prompts(app)[0]
        await pilot.press("e")
        assert isinstance(app.screen, ExportScreen)
        assert app.screen.query_one("#export-path", Input).value == str(
            tmp_path / "documents" / "[bold]Speech[-] [@click=app.quit]x[-] [.md"
        )
        app.save_screenshot(str(tmp_path / "pack.svg"))  # renders without a MarkupError
        await pilot.press("escape", "D")
        assert isinstance(app.screen, ConfirmScreen)
        app.save_screenshot(str(tmp_path / "confirm.svg"))
        await pilot.press("n")
        assert app.is_running
