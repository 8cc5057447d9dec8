"""One line of text from the user: a pack's name, a note."""

from __future__ import annotations

from collections.abc import Callable

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, Static


class AskTextScreen(ModalScreen[str | None]):
    """Asks ``question``; dismisses with what was typed on Enter, None on Escape."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(
        self,
        question: Content,
        value: str = "",
        *,
        placeholder: str = "",
        allow_empty: bool = False,
        max_length: int = 0,
        hint: str = "Enter saves · Escape cancels",
        check: Callable[[str], str | None] | None = None,
    ) -> None:
        super().__init__()
        self.question = question
        self.value = value
        self.placeholder = placeholder
        self.allow_empty = allow_empty
        self.max_length = max_length
        self.hint = hint
        self.check = check  # why a value cannot be saved (None: it can), shown in the dialog

    def compose(self) -> ComposeResult:
        with Vertical(id="ask-dialog", classes="dialog"):
            yield Static(self.question, id="ask-question", markup=False)
            yield Input(
                self.value,
                placeholder=self.placeholder,
                max_length=self.max_length,
                id="ask-text",
            )
            yield Static("", id="ask-error", markup=False)
            yield Static(self.hint, classes="hint", markup=False)

    def on_mount(self) -> None:
        self.query_one("#ask-text", Input).focus()

    @on(Input.Submitted, "#ask-text")
    def _submitted(self, event: Input.Submitted) -> None:
        if not event.value.strip() and not self.allow_empty:
            self.notify("Type something first, or press Escape to cancel.", markup=False)
            return
        error = self.check(event.value) if self.check else None
        self.query_one("#ask-error", Static).update(error or "")
        if error:
            return  # the dialog stays, with what was typed, so it can be put right
        self.dismiss(event.value)

    def action_cancel(self) -> None:
        self.dismiss(None)
