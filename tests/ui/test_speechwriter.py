"""Issue 14, the speechwriter's path: copy from a search hit, land on the match, and
see the panes follow the store."""

from textual.widgets import DataTable, Input, OptionList, Static
from ui_support import SIZE, settle

from briefing.ui.panes.search_pane import SearchPane
from briefing.ui.screens.reader import Passage, ReaderScreen
from briefing.ui.widgets.release_table import ReleaseTable

MAYORS_SENTENCE = (
    "“It’s clear the level of violence in London remains far too high and I remain very "
    "concerned that the cost of living crisis could jeopardise the progress we’ve made.”\n"
    "— Sadiq Khan, Mayor of London, 11 November 2022"
)


def notices(app) -> str:
    return "\n".join(str(n.message) for n in app._notifications)


async def _search(pilot, query: str) -> SearchPane:
    await settle(pilot)
    await pilot.press(*query, "enter")  # Enter in the box moves to the list
    await settle(pilot)
    return pilot.app.query_one(SearchPane)


async def _onto_2011_khan_hit(pilot) -> None:
    """Onto the 2022 hit holding the Mayor's cost-of-living sentence (the second)."""
    pane = await _search(pilot, '"cost of living" kind:quote')
    assert pane._hits[1].date == "2022-11-11"
    await pilot.press("j")


async def test_copy_the_mayors_sentence_from_a_search_hit(app, clipboard):
    async with app.run_test(size=SIZE) as pilot:
        await _onto_2011_khan_hit(pilot)
        await pilot.press("s")
        await settle(pilot)
        assert clipboard.copied == [MAYORS_SENTENCE]
        assert "Copied Sadiq Khan's sentence with attribution" in notices(app)


async def test_c_copies_the_matched_paragraph_and_w_the_whole_quote(app, clipboard):
    async with app.run_test(size=SIZE) as pilot:
        await _onto_2011_khan_hit(pilot)
        await pilot.press("c")
        await settle(pilot)
        await pilot.press("w")
        await settle(pilot)
        paragraph, whole = clipboard.copied
        assert paragraph.startswith("“Record investment from City Hall")
        assert paragraph.endswith("the progress we’ve made.”")
        assert whole.startswith("“Tackling violence is my top priority")
        assert whole.endswith("”\n— Sadiq Khan, Mayor of London, 11 November 2022")


async def test_a_figure_hit_is_flagged_and_copied_with_its_flag(app, clipboard):
    async with app.run_test(size=SIZE) as pilot:
        pane = await _search(pilot, "34,542 officers kind:figure")
        hit = pane._hits[0]
        assert hit.ref in pane._newer_figures
        prompt = str(app.query_one("#search-hits", OptionList).get_option_at_index(0).prompt)
        assert "⚠ out of date: 34,200 officers" in prompt
        await pilot.press("c")
        await settle(pilot)
        assert "\nOut of date: a newer release gives 34,200 officers" in clipboard.copied[0]
        assert "A newer figure exists" in [n.title for n in app._notifications]


async def test_enter_on_a_hit_lands_on_the_matched_paragraph_highlighted(app):
    async with app.run_test(size=SIZE) as pilot:
        await _onto_2011_khan_hit(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ReaderScreen)
        blocks = app.screen.query_one("#reader-blocks", OptionList)
        passage = app.screen._passages[blocks.highlighted]
        assert isinstance(passage, Passage)
        assert passage.text.startswith("“Record investment from City Hall")
        prompt = blocks.get_option_at_index(blocks.highlighted).prompt
        marked = [prompt.plain[s.start : s.end] for s in prompt.spans if "reverse" in str(s.style)]
        assert "cost of living" in marked


async def test_the_first_screen_shows_key_speakers_and_newest_releases(app):
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        pane = app.query_one(SearchPane)
        speakers = [hit.speaker for hit in pane._hits if hit.kind == "quote"]
        assert speakers == ["Sadiq Khan", "Mark Rowley", "Louisa Rolfe"]
        assert [hit.kind for hit in pane._hits[3:]] == ["title"] * 5
        assert "F1" in str(app.query_one("#search-summary", Static).render())


async def test_one_letter_asks_to_keep_typing(app):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("k")
        await settle(pilot)
        summary = str(app.query_one("#search-summary", Static).render())
        assert summary.startswith("Keep typing") and "No matches" not in summary


async def test_quotes_refresh_after_a_delete(app, clipboard):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("escape", "2")
        await settle(pilot)
        quotes = app.query_one("#quotes", OptionList)
        before = quotes.option_count
        newest = app.query_one("QuotesPane")._quotes[0]
        await pilot.press("4")
        await settle(pilot)
        table = app.query_one("#releases-table", ReleaseTable)
        row = next(
            i
            for i in range(table.row_count)
            if newest["release_title"][:20] in str(table.get_row_at(i))
        )
        table.cursor_row = row
        await pilot.press("x", "y")
        await settle(pilot)
        await pilot.press("2")
        await settle(pilot)
        remaining = app.query_one("QuotesPane")._quotes
        assert quotes.option_count == before - 1
        assert newest["id"] not in {q["id"] for q in remaining}
        await pilot.press("right", "a")
        await settle(pilot)
        assert all(newest["text"][:30] not in text for text in clipboard.copied)


async def test_f1_opens_help_from_the_search_box(app):
    from briefing.ui.screens.help import HelpScreen

    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.focused is app.query_one("#search-box", Input)
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)


# ------------------------------------------------------------------ Compare


async def _compare(pilot) -> DataTable:
    await settle(pilot)
    await pilot.press("escape", "3")
    await settle(pilot)
    return pilot.app.query_one("#compare-table", DataTable)


async def test_compare_opens_on_the_two_newest_releases_sharing_metrics(app, seeded_dir):
    from textual.widgets import SelectionList
    from ui_support import release_id

    async with app.run_test(size=SIZE) as pilot:
        table = await _compare(pilot)
        chosen = set(app.query_one("#compare-releases", SelectionList).selected)
        assert chosen == {release_id(seeded_dir, "002"), release_id(seeded_dir, "003")}
        assert len(table.columns) == 3 and table.row_count > 0


async def test_compare_widths_at_80_and_200_columns(seeded_dir, clipboard):
    from briefing.ui.app import make_app

    widths = {}
    for size in ((80, 24), (200, 50)):
        app = make_app(seeded_dir, clipboard=clipboard)
        async with app.run_test(size=size) as pilot:
            table = await _compare(pilot)
            metric, *releases = [column.width for column in table.columns.values()]
            widths[size[0]] = (metric, releases)
            # Each metric is whole, wrapped rather than cut.
            labels = [table.get_row_at(i)[0].plain for i in range(table.row_count)]
            assert all("…" not in label for label in labels)
            assert all(len(line) <= metric for label in labels for line in label.split("\n"))
            available = app.query_one("#compare-main").size.width
            assert metric + sum(releases) + 2 * (1 + len(releases)) <= available
    (metric_80, releases_80), (metric_200, releases_200) = widths[80], widths[200]
    assert releases_80[0] == releases_80[1] >= 12  # the release columns share the rest
    assert metric_200 > metric_80 and releases_200[0] > releases_80[0]


async def test_a_row_only_one_release_gives_is_not_marked_equal(app):
    async with app.run_test(size=SIZE) as pilot:
        table = await _compare(pilot)
        comparison = app.query_one("ComparePane")._rows
        single = next(
            i
            for i, row in enumerate(comparison)
            if sum(bool(c) for c in row["cells"].values()) == 1
        )
        label = table.get_row_at(single)[0].plain
        assert not label.startswith(("=", "≠"))
        await pilot.press("right")
        table.move_cursor(row=single, column=1)
        await pilot.pause()
        assert "Only in “" in str(app.query_one("#compare-source", Static).render())
        # shared metrics first
        shared = [sum(bool(c) for c in row["cells"].values()) for row in comparison]
        assert shared == sorted(shared, reverse=True)


async def test_t_shows_the_metrics_trend_and_h_goes_back_to_the_list(app):
    from briefing.ui.screens.trend import TrendScreen

    async with app.run_test(size=SIZE) as pilot:
        table = await _compare(pilot)
        await pilot.press("right")
        rows = app.query_one("ComparePane")._rows
        robbery = next(i for i, row in enumerate(rows) if "robbery" in row["label"].lower())
        table.move_cursor(row=robbery, column=1)
        await pilot.press("t")
        await settle(pilot)
        assert isinstance(app.screen, TrendScreen)
        points = app.screen.query_one("#trend-points", OptionList)
        assert points.option_count == 2
        assert app.screen.query_one("#trend-chart").data == [-5.0, -12.8]
        await pilot.press("escape", "h")
        assert app.focused is app.query_one("#compare-releases")


def _contrast(foreground: str, background: str) -> float:
    from textual.color import Color

    def luminance(color: Color) -> float:
        def channel(value: int) -> float:
            value /= 255
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

        return 0.2126 * channel(color.r) + 0.7152 * channel(color.g) + 0.0722 * channel(color.b)

    high, low = sorted(
        (luminance(Color.parse(foreground)), luminance(Color.parse(background))), reverse=True
    )
    return (high + 0.05) / (low + 0.05)


async def test_warning_badges_read_at_4_5_to_1_in_both_themes(app):
    from briefing.ui.panes.pack_items import WARNING_STYLE

    assert WARNING_STYLE == "bold $foreground on $warning-muted"
    async with app.run_test(size=SIZE):
        for theme in ("textual-dark", "textual-light"):
            app.theme = theme
            variables = app.get_css_variables()
            assert _contrast(variables["foreground"], variables["warning-muted"]) >= 4.5


async def test_a_folder_import_in_the_app_names_each_skipped_file(app, tmp_path):
    from tests_support import seed_path

    from briefing.ui.screens.import_files import ImportScreen

    folder = tmp_path / "downloads"
    folder.mkdir()
    (folder / "release.txt").write_text(seed_path("004").read_text(encoding="utf-8"))
    (folder / "bad.pdf").write_bytes(b"%PDF-1.4 not a release")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("escape", "4", "i")
        assert isinstance(app.screen, ImportScreen)
        app.screen.query_one("#import-path", Input).value = str(folder)
        await pilot.press("enter")
        await settle(pilot)
        report = str(app.screen.query_one("#import-report", Static).render())
        assert f"skipped: {folder / 'bad.pdf'}: a .pdf file, not a release" in report
        assert "1 skipped (not release files)" in report
