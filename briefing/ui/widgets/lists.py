"""List widgets that also move with j/k, and never read their items as markup."""

from __future__ import annotations

from textual.binding import Binding
from textual.widgets import DataTable, OptionList, SelectionList

VIM_KEYS = [
    Binding("j", "cursor_down", "Down", show=False),
    Binding("k", "cursor_up", "Up", show=False),
]


class NavOptionList(OptionList):
    """An OptionList with j/k; prompts are plain text unless given as Content."""

    BINDINGS = VIM_KEYS

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes, markup=False)


class NavDataTable(DataTable):
    """A DataTable with j/k (cells are always given as Content or Text, never str)."""

    BINDINGS = VIM_KEYS


class NavSelectionList(SelectionList[str]):
    """A SelectionList with j/k; values are release ids."""

    BINDINGS = VIM_KEYS
