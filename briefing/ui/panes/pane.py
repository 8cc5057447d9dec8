"""What every pane shares: the store it reads, the messages it sends, its focus rules, and
how it loads: box -> ``load`` (a thread worker) -> a message -> fill the list.

A new pane subclasses ``Pane``: it names its box, list and summary (``BOX_ID``,
``LIST_ID``, ``SUMMARY_ID``), says what it shows while loading (``LOADING``), lists the
app's reactives it follows (``FOLLOWS``), and implements ``load``; then it is one entry
in ``briefing.ui.app.PANES``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from textual import on
from textual.containers import Vertical
from textual.message import Message
from textual.reactive import var
from textual.widget import Widget
from textual.widgets import Input, Static

from briefing.ui.locked_store import LockedStore


class Pane(Vertical):
    """A numbered pane: a box (search or filter) above a list.

    On switching to a pane focus goes to its list; ``/`` goes to its box and
    Escape back from the box to the list.
    """

    TITLE = ""
    LIST_ID = ""
    BOX_ID = ""
    SUMMARY_ID = ""  # the line that says what the list holds
    LOADING = ""  # what that line says while the pane reads the store
    FOLLOWS: ClassVar[dict[str, str]] = {}
    """This pane's reactives bound to the app's: {pane attribute: app attribute}."""

    store_version: var[int] = var(0, init=False)
    """Bumped by the app whenever the store changed (0: not open yet)."""

    class OpenRelease(Message):
        """The user asked to read a release at a block.

        ``paragraph``: which paragraph of the quote starting at ``block`` to land on;
        ``marks``: words (as matched) to highlight in the reader.
        """

        def __init__(
            self, release_id: str, block: int = 0, paragraph: int = 0, marks: Sequence[str] = ()
        ) -> None:
            super().__init__()
            self.release_id = release_id
            self.block = block
            self.paragraph = paragraph
            self.marks = tuple(marks)

    class Copy(Message):
        """The user asked to copy ``text``, described to them as ``what``.

        ``figures`` are the figure records copied, checked for newer values.
        """

        def __init__(self, text: str, what: str, figures: Sequence[dict] = ()) -> None:
            super().__init__()
            self.text = text
            self.what = what
            self.figures = figures

    class StoreChanged(Message):
        """This pane changed the store (an import, a deletion); the others must reload."""

    def __init__(self, locked_store: LockedStore, number: int) -> None:
        super().__init__(id=f"{self.TITLE.lower()}-pane")
        self.locked_store = locked_store
        self.number = number
        self._stale = True  # the store changed since this pane last read it

    def watch_store_version(self, version: int) -> None:
        # Only the pane in view reads the store now; the others when first shown.
        # Filling a table of 10,000 releases nobody is looking at slowed every start.
        if version:
            self._stale = True
            if self.is_on_screen:
                self._reload_if_stale()

    def on_show(self) -> None:
        self._reload_if_stale()

    def _reload_if_stale(self) -> None:
        if self._stale and self.store_version:
            self._stale = False
            self.reload()

    def reload(self) -> None:
        """Read what the pane shows from the store again (in a worker)."""
        if self.SUMMARY_ID and self.LOADING:
            self.query_one(f"#{self.SUMMARY_ID}", Static).update(self.LOADING)
        self.load(self.box_text)

    def load(self, text: str) -> object:
        """Read what matches the box's ``text`` in a thread worker and post it back
        (panes decorate it with ``@work``, so it returns the worker)."""
        return None

    @property
    def box_text(self) -> str:
        """What the box holds (a pane whose box is not a text box: "")."""
        box = self.query_one(f"#{self.BOX_ID}", Widget)
        return box.value if isinstance(box, Input) else ""

    def is_current(self, text: str) -> bool:
        """False when the box changed while ``text`` was loading: the result is dropped."""
        return text == self.box_text

    def box_changed(self, text: str) -> None:
        """The user typed in the box."""
        self.load(text)

    @on(Input.Changed)
    def _box_changed(self, event: Input.Changed) -> None:
        if event.input.id == self.BOX_ID:
            self.box_changed(event.value)

    @on(Input.Submitted)
    def _box_submitted(self, event: Input.Submitted) -> None:
        if event.input.id == self.BOX_ID:
            self.focus_list()

    def focus_list(self) -> None:
        self.query_one(f"#{self.LIST_ID}", Widget).focus()

    def action_focus_list(self) -> None:
        self.focus_list()

    def action_focus_box(self) -> None:
        self.query_one(f"#{self.BOX_ID}", Widget).focus()
