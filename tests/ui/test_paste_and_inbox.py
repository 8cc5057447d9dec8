"""Getting a release in without a file: pasting it in Releases, and the inbox folder."""

from __future__ import annotations

import os
from pathlib import Path

from textual import events
from textual.widgets import OptionList, Static, TextArea
from ui_support import SIZE, own_notices, settle

from briefing.ui.panes.search_pane import SearchPane
from briefing.ui.screens.paste_release import PasteScreen
from briefing.ui.widgets.inbox_watcher import InboxWatcher
from briefing.ui.widgets.release_table import ReleaseTable

RELEASE = """Mayor opens new riverside library in Deptford

12 March 2025

The Mayor of London, Sadiq Khan, today opened a new riverside library in Deptford, part of a \
£12 million programme to bring libraries back to London's high streets.

Library visits across London rose by 14 per cent last year, with 2,300 new members joining in \
Deptford alone since January.

Councillor Priya Okonkwo, Cabinet Member for Culture at Lewisham Council, said: "This library \
is a place for every family in Deptford to read, learn and meet, and we are proud to open its \
doors today."
"""


def preview_text(app) -> str:
    return str(app.screen.query_one("#paste-preview", Static).render())


def notices(app) -> list[str]:
    return [f"{n.title}: {n.message}" for n in own_notices(app)]


async def open_releases(pilot) -> None:
    await settle(pilot)
    await pilot.press("escape", "4")
    await settle(pilot)


async def test_paste_a_release_preview_then_import(app):
    async with app.run_test(size=SIZE) as pilot:
        await open_releases(pilot)
        await pilot.press("ctrl+v")
        assert isinstance(app.screen, PasteScreen)
        app.post_message(events.Paste(RELEASE))  # what a terminal's bracketed paste sends
        await settle(pilot)
        shown = preview_text(app)
        assert "Mayor opens new riverside library in Deptford" in shown
        assert "12 Mar 2025 (stated)" in shown
        assert "1 quote" in shown and "Priya Okonkwo" in shown and "every family" in shown
        assert "3 figures" in shown and "Library visits up 14%" in shown and "2,300" in shown
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert not isinstance(app.screen, PasteScreen)
        assert any("Deptford" in notice for notice in notices(app))
        assert app.query_one("#releases-table", ReleaseTable).row_count == 6
        # Searchable and in Quotes, without a restart.
        await pilot.press("1", "slash", *"deptford librry")
        await settle(pilot)
        assert any("Deptford" in hit.text for hit in app.query_one(SearchPane)._hits)
        await pilot.press("escape", "2")
        await settle(pilot)
        speakers = app.query_one("#speakers", OptionList)
        names = [str(speakers.get_option_at_index(i).prompt) for i in range(speakers.option_count)]
        assert any("Priya Okonkwo" in name for name in names)
        # The same text pasted again is already in the store: nothing is added.
        await pilot.press("4", "ctrl+v")
        app.post_message(events.Paste(RELEASE))
        await settle(pilot)
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert any(n.startswith("Already in the store") for n in notices(app))
        assert app.query_one("#releases-table", ReleaseTable).row_count == 6


async def test_a_useless_paste_keeps_the_text_and_says_why(app):
    junk = "12 14 16\n18 20 22\n"
    async with app.run_test(size=SIZE) as pilot:
        await open_releases(pilot)
        await pilot.press("ctrl+v")
        app.post_message(events.Paste(junk))
        await settle(pilot)
        assert "no paragraphs of prose" in preview_text(app)
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, PasteScreen)  # still open, nothing lost
        assert "Cannot be imported: no paragraphs of prose" in preview_text(app)
        assert app.screen.query_one("#paste-text", TextArea).text == junk
        # Escape keeps it too: the next ctrl+v offers it again.
        await pilot.press("escape")
        await pilot.press("ctrl+v")
        await settle(pilot)
        assert app.screen.query_one("#paste-text", TextArea).text == junk


async def test_pasting_onto_the_list_opens_the_paste_screen(app):
    async with app.run_test(size=SIZE) as pilot:
        await open_releases(pilot)
        app.post_message(events.Paste("\x1b]52;c;aGk=\x07" + RELEASE))  # escapes are dropped
        await settle(pilot)
        assert isinstance(app.screen, PasteScreen)
        text = app.screen.query_one("#paste-text", TextArea).text
        assert text.startswith("Mayor opens") and "\x1b" not in text
        assert "Priya Okonkwo" in preview_text(app)


async def test_a_file_saved_into_the_inbox_comes_in_once(app, seeded_dir):
    inbox = seeded_dir / "inbox"
    async with app.run_test(size=SIZE) as pilot:
        await open_releases(pilot)
        assert inbox.is_dir()  # made on start
        shown = str(app.query_one("#releases-inbox", Static).render())
        assert "Inbox:" in shown and "inbox" in shown
        watcher = app.query_one(InboxWatcher)
        (inbox / "deptford.txt").write_text(RELEASE, encoding="utf-8")
        (inbox / "figures.txt").write_text("1 2 3\n4 5 6\n", encoding="utf-8")
        for _ in range(2):  # a new file is taken once it looked the same on two polls
            await wait_for(watcher.poll())
            await settle(pilot)
        table = app.query_one("#releases-table", ReleaseTable)
        assert table.row_count == 6
        assert any(
            "riverside library" in str(table.get_row_at(i)[1]) for i in range(table.row_count)
        )
        said = notices(app)
        assert any(n.startswith("Inbox: release imported") and "Deptford" in n for n in said)
        assert sum("figures.txt: no paragraphs of prose" in n for n in said) == 1
        # Polling again, or the same text under another name: nothing new, nothing said.
        (inbox / "deptford copy.txt").write_text(RELEASE, encoding="utf-8")
        for _ in range(3):
            await wait_for(watcher.poll())
            await settle(pilot)
        assert notices(app) == said
        assert table.row_count == 6
    assert sorted(path.name for path in inbox.iterdir()) == [
        "deptford copy.txt",
        "deptford.txt",
        "figures.txt",
    ]  # the user's files are never moved or deleted


async def wait_for(worker) -> None:
    if worker is not None:
        await worker.wait()


async def test_inbox_folder_from_the_environment(seeded_dir, tmp_path, monkeypatch):
    from ui_support import FakeClipboard

    from briefing.ui.app import make_app

    elsewhere = tmp_path / "Downloads"
    elsewhere.mkdir()
    (elsewhere / "saved.html").write_text(
        "<html><body><article><h1>Deptford library opens</h1>"
        + "".join(f"<p>{para}</p>" for para in RELEASE.split("\n\n")[1:])
        + "</article></body></html>",
        encoding="utf-8",
    )
    monkeypatch.setenv("BRIEFING_INBOX", str(elsewhere))
    app = make_app(seeded_dir, clipboard=FakeClipboard())
    assert app.inbox is not None and app.inbox.folder == elsewhere
    async with app.run_test(size=SIZE) as pilot:
        await open_releases(pilot)  # the first poll takes files that were already there
        table = app.query_one("#releases-table", ReleaseTable)
        assert table.row_count == 6
    assert not (seeded_dir / "inbox").exists()
    assert os.listdir(elsewhere) == ["saved.html"]


def test_inbox_path_is_not_in_the_users_home(app, seeded_dir: Path):
    assert app.inbox is not None and app.inbox.folder == seeded_dir / "inbox"
