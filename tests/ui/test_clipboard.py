"""The clipboard: text on stdin never in argv, any helper failure is a failure, never the UI thread.

The helpers here are small Python programs written by the test: one records what it
got, one exits 1, one never finishes (it waits on a signal, not a clock).
"""

from __future__ import annotations

import json
import sys
import threading
from pathlib import Path

import pytest
from textual.widgets import Input
from ui_support import SIZE, settle

from briefing.ui.app import BriefingApp, make_app
from briefing.ui.clipboard import Clipboard, ClipboardError, helpers, run_helper, system_copy

LONG_QUOTE = "“We will not stand by,” said the Commissioner. " * 3300  # about 151 KB


def helper(tmp_path: Path, body: str) -> list[str]:
    script = tmp_path / "helper.py"
    script.write_text(f"import json, os, signal, sys\n{body}\n", encoding="utf-8")
    return [sys.executable, str(script)]


@pytest.fixture
def recorder(tmp_path: Path) -> tuple[list[str], Path]:
    record = tmp_path / "record.json"
    body = (
        "data = sys.stdin.buffer.read().decode('utf-8')\n"
        f"open({str(record)!r}, 'w').write(json.dumps({{'argv': sys.argv, 'stdin': data}}))"
    )
    return helper(tmp_path, body), record


def test_the_text_goes_on_stdin_never_in_argv(recorder):
    # pyperclip's KDE fallback put it in qdbus's argv: visible in `ps`, and a 151 KB
    # quote failed with "Argument list too long" (and crashed the app).
    command, record = recorder
    assert system_copy(LONG_QUOTE, [("recorder", command, "utf-8")]) == "recorder"
    got = json.loads(record.read_text(encoding="utf-8"))
    assert got["stdin"] == LONG_QUOTE
    assert got["argv"] == command[1:] and all("Commissioner" not in arg for arg in got["argv"])


def test_no_helper_is_given_text_on_its_command_line():
    # Every helper we might run, on every platform: the command holds no text at all,
    # and the KDE fallback (qdbus, text as an argument) is not among them.
    everywhere = {"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"}
    for platform in ("darwin", "win32", "linux"):
        for name, command, _ in helpers(platform, everywhere, lambda c: f"/usr/bin/{c}"):
            assert "qdbus" not in command[0] and "klipper" not in name
            assert len(command) <= 3 and all(arg.startswith(("/", "-", "clip")) for arg in command)


def test_a_helper_that_exits_1_has_failed(tmp_path):
    # Before: "Copied … to the system clipboard" though nothing was copied.
    command = helper(tmp_path, "sys.stdin.read()\nsys.exit(1)")
    with pytest.raises(ClipboardError, match="exited with status 1"):
        system_copy("some text", [("xclip", command, "utf-8")])


def test_a_helper_that_hangs_is_stopped_and_has_failed(tmp_path):
    # Before: the UI froze for as long as the helper hung.
    command = helper(tmp_path, "signal.pause()")  # waits forever, reading nothing
    with pytest.raises(ClipboardError, match="did not finish"):
        run_helper(command, LONG_QUOTE.encode("utf-8"), timeout=0.5)


def test_a_missing_helper_has_failed_and_the_next_one_is_tried(tmp_path, recorder):
    command, record = recorder
    missing = ("wl-copy", [str(tmp_path / "no-such-program")], "utf-8")
    assert system_copy("text", [missing, ("xsel", command, "utf-8")]) == "xsel"
    with pytest.raises(ClipboardError, match="wl-copy could not start"):
        system_copy("text", [missing])
    with pytest.raises(ClipboardError, match="no clipboard program"):
        system_copy("text", [])


async def test_a_failing_helper_falls_back_to_osc52_and_says_so(seeded_dir, tmp_path, monkeypatch):
    command = helper(tmp_path, "sys.stdin.read()\nsys.exit(1)")
    sent: list[str] = []
    monkeypatch.setattr(BriefingApp, "copy_to_clipboard", lambda self, text: sent.append(text))
    app = make_app(
        seeded_dir, clipboard=lambda text: system_copy(text, [("xclip", command, "utf-8")])
    )
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.copier.copy("34,542 officers", "a figure")
        await settle(pilot)
        assert sent == ["34,542 officers"]
        [notice] = [n for n in app._notifications if "OSC 52" in n.message]
        assert "xclip exited with status 1" in notice.message
        assert not any("system clipboard." in n.message for n in app._notifications)


async def test_copying_never_blocks_the_ui(app, monkeypatch):
    release = threading.Event()
    copied: list[str] = []

    def slow_clipboard(text: str) -> str:
        release.wait()  # a helper still running: the UI must go on meanwhile
        copied.append(text)
        return "pbcopy"

    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        clipboard = Clipboard(app, slow_clipboard)
        try:
            clipboard.copy("first", "a quote")
            clipboard.copy("second", "a quote")
            await pilot.press("escape", "1")  # the app still answers keys
            box = app.query_one("#search-box", Input)
            await pilot.click("#search-box")
            await pilot.press("k", "h", "a", "n")
            assert box.value.endswith("khan") and copied == []
        finally:
            release.set()  # never leave the worker waiting, even when an assert failed
        await settle(pilot)
        assert copied == ["first", "second"]  # in the order asked
        assert any("system clipboard (pbcopy)" in n.message for n in app._notifications)


async def test_the_osc52_notice_says_how_to_let_it_through_in_tmux(app, monkeypatch):
    # Issue 14: when only OSC 52 was sent, say so (not "Copied") and how to enable it.
    def fails(text: str) -> str:
        raise RuntimeError("no clipboard helper")

    app.copier._platform_copy = fails
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.copier.copy("words", "the quote")
        await settle(pilot)
        notice = [n for n in app._notifications if n.title == "Sent to the terminal"]
        assert notice and "set -g set-clipboard on" in notice[0].message


async def test_a_copy_only_sent_to_the_terminal_can_be_saved_to_a_file(app, tmp_path, monkeypatch):
    # Issue 14: when the clipboard was not reached, ctrl+s keeps the text in a file.
    monkeypatch.setenv("BRIEFING_EXPORT_DIR", str(tmp_path / "docs"))

    def fails(text: str) -> str:
        raise RuntimeError("no clipboard helper")

    app.copier._platform_copy = fails
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.copier.copy("“Words a speechwriter needs.”", "the quote")
        await settle(pilot)
        assert any("ctrl+s saves it to a file" in n.message for n in app._notifications)
        await pilot.press("escape", "ctrl+s")
        await settle(pilot)
        [saved] = (tmp_path / "docs").glob("briefing-copy-*.txt")
        assert saved.read_text(encoding="utf-8") == "“Words a speechwriter needs.”"
        assert any(str(saved) in n.message for n in app._notifications)
        # Once a copy reaches the clipboard there is nothing left to save.
        app.copier._platform_copy = lambda text: "pbcopy"
        app.copier.copy("other words", "the quote")
        await settle(pilot)
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert len(list((tmp_path / "docs").glob("briefing-copy-*.txt"))) == 1
