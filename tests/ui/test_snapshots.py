"""Each pane, the reader and the help at fixed sizes (review the SVGs before accepting)."""

from pathlib import Path

from textual.widgets import Input
from ui_support import SIZE, FakeClipboard, release_id, settle

from briefing.packs import DEFAULT_PACK, Packs
from briefing.store import Store
from briefing.ui.app import make_app


def run(*keys: str, theme: str | None = None):
    """A run_before that waits for the store and index, presses ``keys``, waits again."""

    async def run_before(pilot) -> None:
        if theme:
            pilot.app.theme = theme
        await settle(pilot)
        steady_cursors(pilot.app)
        for key in keys:
            await pilot.press(key)
            await settle(pilot)
            steady_cursors(pilot.app)

    return run_before


def steady_cursors(app) -> None:
    """A blinking cursor is drawn or not by the clock: a snapshot taken on a busy machine
    half a second late would differ by the cursor alone."""
    for field in app.screen.query(Input):
        field.cursor_blink = False


def app_on(seeded_dir: Path):
    return make_app(seeded_dir, clipboard=FakeClipboard())


def test_search_pane(snap_compare, seeded_dir):
    assert snap_compare(app_on(seeded_dir), terminal_size=SIZE, run_before=run(*"gun crime"))


def test_quotes_pane_on_rowley(snap_compare, seeded_dir):
    keys = ("escape", "2", "j", "enter")
    assert snap_compare(app_on(seeded_dir), terminal_size=SIZE, run_before=run(*keys))


def test_quotes_pane_light_theme_at_80x24(snap_compare, seeded_dir):
    keys = ("escape", "2")
    assert snap_compare(
        app_on(seeded_dir), terminal_size=(80, 24), run_before=run(*keys, theme="textual-light")
    )


def test_compare_pane_001_with_000(snap_compare, seeded_dir):
    app = app_on(seeded_dir)
    ids = {release_id(seeded_dir, "000"), release_id(seeded_dir, "001")}

    async def run_before(pilot) -> None:
        await run("escape", "3")(pilot)
        choices = pilot.app.query_one("#compare-releases")
        choices.deselect_all()  # the pair the pane opened on
        for index in range(choices.option_count):
            if choices.get_option_at_index(index).value in ids:
                choices.select(choices.get_option_at_index(index))
        await settle(pilot)
        await pilot.press("right", "right")
        await settle(pilot)

    assert snap_compare(app, terminal_size=SIZE, run_before=run_before)


def test_releases_pane(snap_compare, seeded_dir):
    async def run_before(pilot) -> None:
        pilot.app.inbox_folder = "~/Briefing/inbox"  # the test's temp path differs every run
        await run("escape", "4")(pilot)

    assert snap_compare(app_on(seeded_dir), terminal_size=SIZE, run_before=run_before)


def test_reader_at_a_quote(snap_compare, seeded_dir):
    keys = ("escape", "2", "j", "enter", "enter")
    assert snap_compare(app_on(seeded_dir), terminal_size=SIZE, run_before=run(*keys))


def test_help_screen(snap_compare, seeded_dir):
    assert snap_compare(
        app_on(seeded_dir), terminal_size=SIZE, run_before=run("escape", "question_mark")
    )


def test_pack_pane(snap_compare, seeded_dir):
    """A Khan quote with a note, the out-of-date 34,542 figure (highlighted), a paragraph."""
    store = Store(seeded_dir)
    packs = Packs(store)
    khan = next(
        q for q in store.quotes(release_id(seeded_dir, "003")) if q["speaker"] == "Sadiq Khan"
    )
    officers = next(s for s in store.stats(release_id(seeded_dir, "001")) if s["value"] == 34542)
    for ref in (khan["id"], officers["id"], f"{release_id(seeded_dir, '002')}#3"):
        packs.add(DEFAULT_PACK, ref)
    packs.set_note(DEFAULT_PACK, khan["id"], "Opening line")
    keys = ("escape", "5", "j")
    assert snap_compare(app_on(seeded_dir), terminal_size=SIZE, run_before=run(*keys))


# Issue 14: the speechwriter's path, at the smallest and a roomy terminal.


def test_search_first_screen_80x24(snap_compare, seeded_dir):
    assert snap_compare(app_on(seeded_dir), terminal_size=(80, 24), run_before=run())


def test_search_first_screen_120x40(snap_compare, seeded_dir):
    assert snap_compare(app_on(seeded_dir), terminal_size=(120, 40), run_before=run())


def _trend_of_personal_robbery():
    async def run_before(pilot) -> None:
        await run("escape", "3", "right")(pilot)
        await pilot.press("t")
        await settle(pilot)

    return run_before


def test_compare_trend_80x24(snap_compare, seeded_dir):
    assert snap_compare(
        app_on(seeded_dir), terminal_size=(80, 24), run_before=_trend_of_personal_robbery()
    )


def test_compare_trend_120x40(snap_compare, seeded_dir):
    assert snap_compare(
        app_on(seeded_dir), terminal_size=(120, 40), run_before=_trend_of_personal_robbery()
    )


def _reader_at_the_mayors_line():
    async def run_before(pilot) -> None:
        await settle(pilot)
        steady_cursors(pilot.app)
        await pilot.press(*'"cost of living" kind:quote', "enter")
        await settle(pilot)
        await pilot.press("j", "enter")
        await settle(pilot)

    return run_before


def test_reader_at_a_match_80x24(snap_compare, seeded_dir):
    assert snap_compare(
        app_on(seeded_dir), terminal_size=(80, 24), run_before=_reader_at_the_mayors_line()
    )


def test_reader_at_a_match_120x40(snap_compare, seeded_dir):
    assert snap_compare(
        app_on(seeded_dir), terminal_size=(120, 40), run_before=_reader_at_the_mayors_line()
    )
