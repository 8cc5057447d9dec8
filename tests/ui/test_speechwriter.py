"""Issue 14, the speechwriter's path: copy from a search hit, land on the match, and
see the panes follow the store."""

from textual.widgets import DataTable, Input, OptionList, Static
from ui_support import SIZE, settle

from briefing.ui.screens.reader import Passage, ReaderScreen
from briefing.ui.widgets.search_pane import SearchPane

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
        assert hit.ref in pane._stale
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
        table = app.query_one("#releases-table", DataTable)
        row = next(
            i
            for i in range(table.row_count)
            if newest["release_title"][:20] in str(table.get_row_at(i))
        )
        table.move_cursor(row=row)
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
