"""List widgets that also move with j/k, and never read their items as markup."""

from __future__ import annotations

from textual.binding import Binding
from textual.widgets import DataTable, OptionList, SelectionList

VIM_KEYS = [
    Binding("j", "cursor_down", "Down", show=False),
    Binding("k", "cursor_up", "Up", show=False),
]


class NavOptionList(OptionList):
    """An OptionList with j/k and g/G; prompts are plain text unless given as Content."""

    BINDINGS = [
        *VIM_KEYS,
        Binding("g", "first", "First", show=False),
        Binding("G", "last", "Last", show=False),
    ]

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes, markup=False)


class NavDataTable(DataTable):
    """A DataTable with j/k, and Home/g, End/G to the first and last row (cells are
    always given as Content or Text, never str)."""

    BINDINGS = [
        *VIM_KEYS,
        Binding("home,g", "scroll_top", "First", show=False),
        Binding("end,G", "scroll_bottom", "Last", show=False),
    ]


class NavSelectionList(SelectionList[str]):
    """A SelectionList with j/k and g/G; values are release ids."""

    BINDINGS = [
        *VIM_KEYS,
        Binding("g", "first", "First", show=False),
        Binding("G", "last", "Last", show=False),
    ]
