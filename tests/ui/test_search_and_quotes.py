"""Pane 1 (search) and pane 2 (quotes): the main paths, from the keyboard."""

import asyncio
import threading

import pytest
from textual.widgets import Input, OptionList, TabbedContent
from textual.worker import WorkerCancelled
from ui_support import SIZE, settle

from briefing.ui.panes.quotes_pane import _short_quote_prompt, _speaker_prompt
from briefing.ui.panes.search_pane import SearchPane
from briefing.ui.screens.reader import ReaderScreen


def hits(app) -> list:
    return app.query_one(SearchPane)._hits


async def test_starts_in_the_search_box_and_finds_typos(app):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.focused is app.query_one("#search-box", Input)
        assert app.sub_title.startswith("5 releases · 20 Mar 2017")
        await pilot.press(*"knif crime")
        await settle(pilot)
        found = hits(app)
        assert found and all("knife crime" in hit.text.lower() for hit in found[:3])
        summary = str(app.query_one("#search-summary").render())
        assert "match" in summary


async def test_the_mayors_cost_of_living_line(app):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press(*'"cost of living" kind:quote')
        await settle(pilot)
        found = hits(app)
        assert found and {hit.speaker for hit in found} == {"Sadiq Khan"}
        assert any("cost of living crisis could jeopardise" in hit.text for hit in found)
        assert "kind quote" in str(app.query_one("#search-summary").render())


async def test_escape_then_2_reaches_quotes(app):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("escape")
        assert app.focused is app.query_one("#search-hits")
        await pilot.press("2")
        await settle(pilot)
        assert app.query_one("#panes", TabbedContent).active == "pane-2"
        assert app.focused is app.query_one("#speakers")
        await pilot.press("slash")
        assert app.focused is app.query_one("#speaker-filter")
        await pilot.press("1")  # typed into the box, not a pane switch
        assert app.query_one("#panes", TabbedContent).active == "pane-2"


async def test_pick_rowley_and_copy_his_quote(app, clipboard):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("escape", "2")
        await settle(pilot)
        speakers = app.query_one("#speakers", OptionList)
        assert [str(speakers.get_option_at_index(i).prompt).split("\n")[0] for i in range(3)] == [
            "Sadiq Khan",
            "Mark Rowley",
            "Louisa Rolfe",
        ]
        await pilot.press("j")  # Mark Rowley
        await settle(pilot)
        await pilot.press("enter", "c", "a", "m")
        await settle(pilot)  # copies run in a worker, in the order asked
        plain, attributed, markdown = clipboard.copied
        # In quotation marks as the press writes a long quote: each paragraph opens one.
        assert plain.startswith("“The Met is getting smaller but more capable.")
        assert plain.endswith(
            "disrupt the criminal gangs who fuel anti-social behaviour, robbery and theft.”"
        )
        assert plain.count("\n\n“") == 3  # his four paragraphs, whole
        # Named and dated as a reader accepts it (issue 14): rank, honorific, no "≈".
        assert attributed == (f"{plain}\n— Commissioner Sir Mark Rowley, May 2025 (date estimated)")
        assert (
            markdown.startswith("> “The Met is getting smaller")
            and "Source: *Met prioritises" in markdown
        )


async def test_speaker_filter_by_typo(app):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("escape", "2", "slash", *"rowly", "enter")
        await settle(pilot)
        speakers = app.query_one("#speakers", OptionList)
        assert speakers.option_count == 1
        assert app.focused is speakers
        assert "Mark Rowley" in str(app.query_one("#quotes-heading").render())


async def test_open_the_reader_from_a_hit_and_come_back(app):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press(*"gun crime", "enter")
        await settle(pilot)
        hit = hits(app)[0]
        await pilot.press("enter")
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        _, passage = reader._current()
        assert reader.release_id == hit.release_id
        # On the quote's paragraph holding the best match (issue 14), not its first.
        assert hit.block <= passage.block and "gun crime" in passage.text.lower()
        await pilot.press("escape")
        assert not isinstance(app.screen, ReaderScreen)
        assert app.focused is app.query_one("#search-hits")


STATEMENT_RELEASE = (
    "Government acts to stop highly disruptive slow walking tactics\n\n"
    "The statement made by the Home Office on 3 May 2023.\n\n"
    "The Home Secretary has renewed plans to protect the public.\n\n"
    "Home Secretary Suella Braverman said:\n\n"
    "Selfish, disruptive protesters are wreaking havoc in people’s everyday lives across "
    "the country and this must be brought to a stop.\n"
)


async def test_a_statement_is_marked_in_the_list_and_in_what_is_copied(
    seeded_dir, clipboard, tmp_path
):
    """Words printed under "X said:" without quote marks are never passed off as a quote."""
    from briefing.store import Store
    from briefing.ui.app import make_app

    release = tmp_path / "slow_walking.txt"
    release.write_text(STATEMENT_RELEASE, encoding="utf-8")
    Store(seeded_dir).import_paths([release])
    app = make_app(seeded_dir, clipboard=clipboard)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("escape", "2", "slash", *"braverman", "enter")
        await settle(pilot)
        quotes = app.query_one("#quotes", OptionList)
        assert "(statement)" in str(quotes.get_option_at_index(0).prompt)
        await pilot.press("enter", "a")
        await settle(pilot)
        (attributed,) = clipboard.copied
        assert attributed.endswith("— Home Secretary Suella Braverman, 3 May 2023 (statement)")


@pytest.mark.parametrize("reused", [0, 3, 250, 1_000, 40_000])
@pytest.mark.parametrize(
    "title", ["Short", "Mayor joins Met neighbourhood officers in central London"]
)
def test_a_short_screens_quote_entry_keeps_both_lines_within_the_list(reused, title):
    """At 80×24 a quote's entry is its heading over its opening; a long heading (a stock line
    reused in 1,000+ quotes) used to wrap and push the quote's words out of the list."""
    quote = {
        "date": "2025-08-28",
        "release_title": title,
        "repeats_total": reused,
        "kind": "quote",
        "text": "Reducing crime and making London safer is my top priority, " * 3,
    }
    heading, opening = str(_short_quote_prompt(quote, 44)).split("\n")
    assert len(heading) <= 44 and len(opening) <= 44
    assert opening.startswith("Reducing crime and making London safer")
    assert ("reused ×" in heading) == bool(reused)
    assert title[:3] in heading  # a title left out only when under six characters would fit


async def test_a_search_read_as_the_app_closes_ends_quietly(app, monkeypatch):
    """On quitting, a pane's widgets go before its worker is cancelled: a search whose
    read returns in between ends there instead of failing on the missing list."""
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        pane = app.query_one(SearchPane)
        store, shown = pane.locked_store, list(pane._hits)
        reading, answer = threading.Event(), threading.Event()
        read = store.read

        def held_read(query):
            reading.set()
            answer.wait()
            return read(query)

        monkeypatch.setattr(store, "read", held_read)
        worker = pane.run_search("knife crime", debounce=False)
        await asyncio.to_thread(reading.wait)
        monkeypatch.setattr(SearchPane, "is_attached", property(lambda self: False))
        answer.set()
        with pytest.raises(WorkerCancelled):
            await worker.wait()
        monkeypatch.undo()
        assert pane._hits == shown


def test_a_speaker_known_only_by_a_post_is_listed_without_it_twice():
    entry = _speaker_prompt({"name": "Home Secretary", "quotes": 2, "roles": ["Home Secretary"]})
    assert entry.plain == "Home Secretary\n2 quotes"
    entry = _speaker_prompt({"name": "Sadiq Khan", "quotes": 5, "roles": ["Mayor of London"]})
    assert entry.plain == "Sadiq Khan\n5 quotes · Mayor of London"
