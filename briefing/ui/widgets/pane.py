"""What every pane shares: the store it reads, the messages it sends, its focus rules."""

from __future__ import annotations

from textual.containers import Vertical
from textual.message import Message
from textual.reactive import var
from textual.widget import Widget

from briefing.ui.library import Library


class Pane(Vertical):
    """A numbered pane: a box (search or filter) above a list.

    On switching to a pane focus goes to its list; ``/`` goes to its box and
    Escape back from the box to the list.
    """

    TITLE = ""
    LIST_ID = ""
    BOX_ID = ""

    store_version: var[int] = var(0, init=False)
    """Bumped by the app whenever the store changed (0: not open yet)."""

    class OpenRelease(Message):
        """The user asked to read a release at a block."""

        def __init__(self, release_id: str, block: int = 0) -> None:
            super().__init__()
            self.release_id = release_id
            self.block = block

    class Copy(Message):
        """The user asked to copy ``text``, described to them as ``what``."""

        def __init__(self, text: str, what: str) -> None:
            super().__init__()
            self.text = text
            self.what = what

    class StoreChanged(Message):
        """This pane changed the store (an import, a deletion); the others must reload."""

    def __init__(self, library: Library, number: int) -> None:
        super().__init__(id=f"{self.TITLE.lower()}-pane")
        self.library = library
        self.number = number

    def watch_store_version(self, version: int) -> None:
        if version:
            self.reload()

    def reload(self) -> None:
        """Read what the pane shows from the store (in a worker)."""

    def focus_list(self) -> None:
        self.query_one(f"#{self.LIST_ID}", Widget).focus()

    def action_focus_list(self) -> None:
        self.focus_list()

    def action_focus_box(self) -> None:
        self.query_one(f"#{self.BOX_ID}", Widget).focus()
