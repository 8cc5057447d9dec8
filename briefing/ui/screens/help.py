"""Every key, from help.md (F1 or ?)."""

from __future__ import annotations

from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Markdown

HELP_FILE = Path(__file__).resolve().parent.parent / "help.md"


class HelpScreen(ModalScreen[None]):
    """The keys and the query syntax; any of Escape, q, ? or F1 closes it."""

    BINDINGS = [
        Binding("escape,q,question_mark,f1", "app.pop_screen", "Close help"),
        Binding("j,down", "scroll('down')", show=False),
        Binding("k,up", "scroll('up')", show=False),
    ]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-dialog", classes="dialog"):
            yield Markdown(HELP_FILE.read_text(encoding="utf-8"), id="help-text")

    def on_mount(self) -> None:
        self.query_one("#help-dialog", VerticalScroll).focus()

    def action_scroll(self, direction: str) -> None:
        scroll = self.query_one("#help-dialog", VerticalScroll)
        if direction == "down":
            scroll.scroll_down()
        else:
            scroll.scroll_up()
