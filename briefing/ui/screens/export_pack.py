"""Export a pack: Markdown or plain text, to a file the user names or to the clipboard."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Input, RadioButton, RadioSet, Static

from briefing.packs.export import FORMATS
from briefing.paths import export_dir
from briefing.ui import display
from briefing.ui.screens.confirm import ConfirmScreen
from briefing.ui.screens.import_files import PathSuggester

HINT = "Enter saves the file · Tab reaches the format and the buttons · Escape closes"
_UNSAFE = re.compile(r'[\x00-\x1f\x7f/\\:*?"<>|]+')


@dataclass(frozen=True)
class ExportChoice:
    """What the user asked for: ``save`` to ``path`` or ``copy``, in ``fmt`` (md or txt)."""

    action: str
    fmt: str
    path: Path | None = None


def default_file_name(pack: str, fmt: str) -> str:
    """“/home/me/Documents/Brief.md”: the pack's name made safe as a file name, in full,
    in the user's documents folder (not wherever the app was started)."""
    stem = _UNSAFE.sub("-", pack).strip(" .-") or "pack"
    return str(export_dir() / f"{stem}.{fmt}")


def target_path(typed: str, pack: str, fmt: str) -> Path:
    """The file a typed path means (a folder gets the default file name inside it)."""
    path = Path(os.path.expanduser(typed.strip()))
    if path.is_dir():
        path = path / Path(default_file_name(pack, fmt)).name
    return path if path.is_absolute() else Path.cwd() / path


class ExportScreen(ModalScreen[ExportChoice | None]):
    """Dismisses with the user's ``ExportChoice``, or None if they closed it."""

    BINDINGS = [Binding("escape", "close", "Close")]

    def __init__(self, pack: str, items: int) -> None:
        super().__init__()
        self.pack = pack
        self.items = items
        self._fmt = "md"

    def compose(self) -> ComposeResult:
        with Vertical(id="export-dialog", classes="dialog"):
            yield Static(
                display.join([Content("Export the pack "), display.literal(self.pack, "bold")], "")
                + Content(f" ({display.count(self.items, 'item')}), every item with its source"),
                markup=False,
            )
            with RadioSet(id="export-format"):
                for fmt, name in FORMATS.items():
                    yield RadioButton(f"{name.capitalize()} (.{fmt})", fmt == "md", id=f"as-{fmt}")
            yield Input(
                default_file_name(self.pack, "md"), id="export-path", suggester=PathSuggester()
            )
            with Horizontal(classes="buttons"):
                yield Button("Save to file", variant="primary", id="export-save")
                yield Button("Copy to clipboard", id="export-copy")
                yield Button("Cancel", id="export-cancel")
            yield Static(HINT, classes="hint", markup=False)

    def on_mount(self) -> None:
        self.query_one("#export-path", Input).focus()

    @on(RadioSet.Changed, "#export-format")
    def _format_changed(self, event: RadioSet.Changed) -> None:
        old, self._fmt = self._fmt, (event.pressed.id or "as-md").removeprefix("as-")
        box = self.query_one("#export-path", Input)
        if box.value.endswith(f".{old}"):  # keep the name, change the extension
            box.value = box.value.removesuffix(f".{old}") + f".{self._fmt}"

    @on(Input.Submitted, "#export-path")
    @on(Button.Pressed, "#export-save")
    def _save(self) -> None:
        typed = self.query_one("#export-path", Input).value
        if not typed.strip():
            self.notify("Type the file to write, e.g. ~/Documents/brief.md", markup=False)
            return
        path = target_path(typed, self.pack, self._fmt)
        choice = ExportChoice("save", self._fmt, path)
        if not path.exists():
            self.dismiss(choice)
            return

        def answered(replace: bool | None) -> None:
            if replace:
                self.dismiss(choice)

        question = Content("A file of that name exists. Replace it?\n\n") + display.literal(
            str(path), "bold"
        )
        self.app.push_screen(ConfirmScreen(question, "Replace"), answered)

    @on(Button.Pressed, "#export-copy")
    def _copy(self) -> None:
        self.dismiss(ExportChoice("copy", self._fmt))

    @on(Button.Pressed, "#export-cancel")
    def action_close(self) -> None:
        self.dismiss(None)
