"""The whole app: palette, help, clipboard fallback, another window's changes."""

import shutil
from pathlib import Path

from tests_support import seed_path
from textual.widgets import Markdown, TabbedContent
from ui_support import SIZE, settle

from briefing.store import Store
from briefing.ui.app import BriefingApp, make_app
from briefing.ui.clipboard import Clipboard, ClipboardError
from briefing.ui.commands import palette_commands
from briefing.ui.panes.pane import Pane
from briefing.ui.screens.help import HELP_FILE, HelpScreen
from briefing.ui.screens.import_files import ImportScreen
from briefing.ui.widgets.release_table import ReleaseTable


async def test_every_key_is_in_the_palette_and_the_help(app):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        titles = [command.title for command in palette_commands(app.screen)]
        help_text = HELP_FILE.read_text(encoding="utf-8")
        for pane in app.query(Pane):
            for binding in pane.BINDINGS:
                if binding.description:
                    assert f"{pane.TITLE}: {binding.description}" in titles
                    keys = [key.replace("slash", "/") for key in binding.key.split(",")]
                    assert any(f"`{key}`" in help_text for key in keys), keys
        assert "Go to Compare" in titles
        await next(c for c in palette_commands(app.screen) if c.title == "Go to Compare").run()
        assert app.query_one("#panes", TabbedContent).active == "pane-3"
        await next(c for c in palette_commands(app.screen) if c.title == "Releases: Import").run()
        await settle(pilot)
        assert isinstance(app.screen, ImportScreen)


async def test_quitting_before_the_other_panes_mount_is_a_quiet_exit(app):
    # ctrl+q before the first refresh: the panes mounted after it must not be mounted
    # into tabs already gone (Textual's Lazy raised MountError here).
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+q")
    assert app.return_code == 0


async def test_help_opens_on_question_mark_and_f1(app):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("escape", "question_mark")
        assert isinstance(app.screen, HelpScreen)
        assert "Briefing: keys" in app.screen.query_one(Markdown).source
        await pilot.press("escape", "f1")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)


async def test_falls_back_to_osc52_and_says_so(app, monkeypatch):
    def no_clipboard(text: str) -> None:
        raise ClipboardError("no clipboard program found")

    sent: list[str] = []
    monkeypatch.setattr(BriefingApp, "copy_to_clipboard", lambda self, text: sent.append(text))
    async with app.run_test(size=SIZE) as pilot:
        clipboard = Clipboard(app, no_clipboard)
        clipboard.copy("34,200 police officers\x1b]52;c;SGVsbG8=\x07", "a figure")
        await settle(pilot)
        assert sent == ["34,200 police officers"]
        assert any("OSC 52" in n.message for n in app._notifications)


async def test_notices_another_windows_import(
    seeded_dir: Path, clipboard, monkeypatch, tmp_path: Path
):
    """The poll checks for changes with a read, and takes the store alone (a write,
    which holds every pane's reads back) only once another window has changed it."""
    monkeypatch.setattr("briefing.ui.app.POLL_SECONDS", 0.1)
    checks: list[bool] = []
    changed_elsewhere = Store.changed_elsewhere

    def checked(store: Store) -> bool:
        checks.append(changed_elsewhere(store))
        return checks[-1]

    monkeypatch.setattr(Store, "changed_elsewhere", checked)
    app = make_app(seeded_dir, clipboard=clipboard)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("escape", "4")
        await settle(pilot)
        writes: list[object] = []
        write = app.locked_store.write
        monkeypatch.setattr(
            app.locked_store, "write", lambda change: writes.append(change) or write(change)
        )
        for _ in range(30):
            if len(checks) >= 3:
                break
            await pilot.pause(0.1)
        assert len(checks) >= 3 and not any(checks) and writes == []
        copy = tmp_path / "elsewhere.txt"
        shutil.copy(seed_path("003"), copy)
        copy.write_text(copy.read_text(encoding="utf-8") + "\nOne more line.\n", encoding="utf-8")
        Store(seeded_dir).import_paths([copy])  # as another process would
        for _ in range(30):
            await pilot.pause(0.1)
            await settle(pilot)
            if app.query_one("#releases-table", ReleaseTable).row_count == 6:
                break
        assert app.query_one("#releases-table", ReleaseTable).row_count == 6
        assert app.sub_title.startswith("6 releases")
        assert any(checks) and writes
