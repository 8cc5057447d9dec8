"""Pane 5: the current pack's items in order, with their sources; reorder, note, export."""

from __future__ import annotations

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.reactive import var
from textual.widgets import OptionList, Select, Static
from textual.widgets.option_list import Option

from briefing import clips, format
from briefing.packs import DEFAULT_PACK, NOTE_LENGTH, Packs, write_brief
from briefing.store import Store, StoreError
from briefing.ui import display
from briefing.ui.copying import CopyClip
from briefing.ui.locked_store import LockedStore
from briefing.ui.pack_workers import change_packs, describe
from briefing.ui.panes import pack_items
from briefing.ui.panes.pane import Pane
from briefing.ui.screens.ask_text import AskTextScreen
from briefing.ui.screens.confirm import ConfirmScreen
from briefing.ui.screens.export_pack import ExportChoice, ExportScreen
from briefing.ui.widgets.lists import NavOptionList

FORMAT_NAMES = {"md": "Markdown", "txt": "plain text"}


class PackPane(Pane):
    """A briefing pack: pinned quotes, figures and paragraphs, checked and ready to export."""

    TITLE = "Pack"
    LIST_ID = "pack-items"
    BOX_ID = "pack-switcher"
    SUMMARY_ID = "pack-summary"
    LOADING = "Loading the pack…"
    FOLLOWS = {"packs_version": "packs_version"}

    BINDINGS = [
        Binding("slash", "focus_box", "Switch pack", show=False, tooltip="Choose another pack"),
        Binding("escape", "focus_list", show=False),
        Binding(
            "left_square_bracket,shift+up",
            "move(-1)",
            "Up",
            tooltip="Move the item up the pack",
        ),
        Binding(
            "right_square_bracket,shift+down",
            "move(1)",
            "Down",
            tooltip="Move the item down the pack",
        ),
        Binding("n", "note", "Note", tooltip="Add, change or remove the item's note"),
        Binding(
            "r",
            "replace",
            "Use newer",
            show=False,  # the item's detail offers it when a figure is out of date
            tooltip="Replace an out-of-date figure by the newer",
        ),
        Binding("x,delete", "unpin", "Unpin", tooltip="Take the item out of the pack"),
        Binding("e", "export", "Export", tooltip="Export the pack to a file or the clipboard"),
        Binding("c", "copy_item('plain')", "Copy", tooltip="Copy the item (a quote in marks)"),
        Binding(
            "a",
            "copy_item('attributed')",
            "Attributed",
            show=False,
            tooltip="Copy the item with who said it, or its source",
        ),
        Binding(
            "m",
            "copy_item('markdown')",
            "Markdown",
            show=False,
            tooltip="Copy the item as Markdown with its source",
        ),
        Binding("C", "copy_pack", "Copy pack", show=False, tooltip="Copy the pack as Markdown"),
        Binding("N", "new_pack", "New pack", show=False, tooltip="Start a new pack; pins go to it"),
        Binding("R", "rename_pack", "Rename pack", show=False, tooltip="Rename this pack"),
        Binding(
            "D", "delete_pack", "Delete pack", show=False, tooltip="Delete this pack (asks first)"
        ),
    ]

    packs_version: var[int] = var(0, init=False)
    """Bumped by the app whenever a pack changed."""

    class Loaded(Message):
        def __init__(self, names: list[str], current: str, items: list[dict]) -> None:
            super().__init__()
            self.names = names
            self.current = current
            self.items = items

    class Exported(Message):
        def __init__(self, notice: str | None, error: str | None) -> None:
            super().__init__()
            self.notice = notice
            self.error = error

    def __init__(self, locked_store: LockedStore, number: int) -> None:
        super().__init__(locked_store, number)
        self._names: list[str] = []
        self._current = DEFAULT_PACK
        self._items: list[dict] = []
        self._keep: str | None = None  # the item to highlight after the next load

    def compose(self) -> ComposeResult:
        with Horizontal(id="pack-bar"):
            yield Select(
                [(Text(DEFAULT_PACK), DEFAULT_PACK)],
                allow_blank=False,
                id="pack-switcher",
                type_to_search=False,
            )
            yield Static("", id="pack-summary", markup=False)
        yield NavOptionList(id="pack-items")
        with VerticalScroll(id="pack-detail-scroll"):
            yield Static(pack_items.EMPTY, id="pack-detail", markup=False)

    # ------------------------------------------------------------------ loading

    def watch_packs_version(self, version: int) -> None:
        if version:
            self.load("")

    @work(thread=True, exclusive=True, group="pack-load")
    def load(self, text: str) -> None:
        """The current pack and its items (the box here picks the pack)."""

        def read(store: Store) -> tuple[list[str], str, list[dict]]:
            packs = Packs(store)
            name = packs.current()
            return packs.names(), name, packs.items(name)

        self.post_message(self.Loaded(*self.locked_store.read(read)))

    @on(Loaded)
    def _loaded(self, message: Loaded) -> None:
        switcher = self.query_one("#pack-switcher", Select)
        with self.prevent(Select.Changed):
            if message.names != self._names:
                switcher.set_options((Text(name), name) for name in message.names)
            switcher.value = message.current
        self._names, self._current = message.names, message.current
        self._show(message.items)

    def _show(self, items: list[dict]) -> None:
        listing = self.query_one("#pack-items", OptionList)
        before = listing.highlighted
        keep = self._keep or (self._highlighted() or {}).get("id")
        self._items, self._keep = items, None
        width = listing.scrollable_content_region.width
        listing.clear_options()
        for number, item in enumerate(items, start=1):
            if number > 1:
                listing.add_option(None)  # a rule between items
            listing.add_option(Option(pack_items.prompt(number, item, width), id=str(number)))
        self.query_one("#pack-summary", Static).update(pack_items.summary(self._current, items))
        if not items:
            self.query_one("#pack-detail", Static).update(Content(pack_items.EMPTY))
            return
        ids = [item["id"] for item in items]
        listing.highlighted = ids.index(keep) if keep in ids else min(before or 0, len(items) - 1)

    def on_resize(self) -> None:
        if self._items:
            self._show(self._items)

    def _highlighted(self) -> dict | None:
        index = self.query_one("#pack-items", OptionList).highlighted
        return self._items[index] if index is not None and index < len(self._items) else None

    @on(OptionList.OptionHighlighted, "#pack-items")
    def _item_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        item = self._items[event.option_index]
        self.query_one("#pack-detail", Static).update(pack_items.detail(item))
        self.query_one("#pack-detail-scroll", VerticalScroll).scroll_home(animate=False)

    @on(OptionList.OptionSelected, "#pack-items")
    def _item_selected(self, event: OptionList.OptionSelected) -> None:
        item = self._items[event.option_index]
        block = item.get("block_start", item.get("block")) or 0
        self.post_message(self.OpenRelease(item["release_id"], block))

    @on(Select.Changed, "#pack-switcher")
    def _switched(self, event: Select.Changed) -> None:
        name = event.value
        if isinstance(name, str) and name != self._current:
            self._current = name
            change_packs(self, self.locked_store, lambda packs: _switch(packs, name))

    # ------------------------------------------------------------------ items

    def _item_or_say(self) -> dict | None:
        item = self._highlighted()
        if item is None:
            self.notify("The pack is empty: pin something first (p).", markup=False)
        return item

    def action_move(self, offset: int) -> None:
        item = self._item_or_say()
        if item is None:
            return
        self._keep = item["id"]
        name = self._current
        change_packs(self, self.locked_store, lambda packs: _move(packs, name, item, offset))

    def action_note(self) -> None:
        item = self._item_or_say()
        if item is None:
            return
        name = self._current

        def noted(note: str | None) -> None:
            if note is not None:
                self._keep = item["id"]
                change_packs(
                    self, self.locked_store, lambda packs: _set_note(packs, name, item, note)
                )

        question = Content("A note for ") + display.literal(describe(item["kind"], item), "bold")
        self.app.push_screen(
            AskTextScreen(
                question + Content(" (empty removes it)"),
                item.get("note") or "",
                placeholder="e.g. use in the opening; check with MOPAC",
                allow_empty=True,
                max_length=NOTE_LENGTH,
            ),
            noted,
        )

    def action_replace(self) -> None:
        item = self._item_or_say()
        if item is None:
            return
        if not item["stale"]:
            self.notify("This item is up to date: no newer figure replaces it.", markup=False)
            return
        self._keep = item["stale"]["id"]
        name = self._current
        change_packs(self, self.locked_store, lambda packs: _replace(packs, name, item))

    def action_unpin(self) -> None:
        item = self._item_or_say()
        if item is None:
            return
        name = self._current

        def unpin(packs: Packs) -> str:
            packs.remove(name, item["id"])
            return f"Unpinned {describe(item['kind'], item)} from “{name}”."

        change_packs(self, self.locked_store, unpin)

    # ------------------------------------------------------------------ packs

    def action_new_pack(self) -> None:
        def named(name: str | None) -> None:
            if name:
                change_packs(self, self.locked_store, lambda packs: _create(packs, name))

        question = Content("Name of the new pack (what you pin next goes to it)")
        self.app.push_screen(AskTextScreen(question, placeholder="e.g. Robbery speech"), named)

    def action_rename_pack(self) -> None:
        old = self._current

        def named(name: str | None) -> None:
            if name:
                change_packs(self, self.locked_store, lambda packs: _rename(packs, old, name))

        question = Content("New name for ") + display.literal(old, "bold")
        self.app.push_screen(AskTextScreen(question, old), named)

    def action_delete_pack(self) -> None:
        name = self._current

        def answered(yes: bool | None) -> None:
            if yes:
                change_packs(self, self.locked_store, lambda packs: _delete(packs, name))

        question = display.join(
            [
                "Delete the pack ",
                display.literal(name, "bold"),
                f" and its {display.count(len(self._items), 'item')}? ",
                "The quotes and figures stay in their releases.",
            ],
            "",
        )
        self.app.push_screen(ConfirmScreen(question, "Delete pack"), answered)

    # ----------------------------------------------------------------- export

    def action_export(self) -> None:
        def chosen(choice: ExportChoice | None) -> None:
            if choice is not None:
                self._export(self._current, choice)

        self.app.push_screen(ExportScreen(self._current, len(self._items)), chosen)

    def action_copy_item(self, fmt: str) -> None:
        item = self._highlighted()
        if item is None:
            self.notify("Pin something first: p in any pane or the reader.", markup=False)
            return
        self.post_message(CopyClip(lambda store: clips.item_clip(store, item, fmt)))

    def action_copy_pack(self) -> None:
        self._export(self._current, ExportChoice("copy", "md"))

    @work(thread=True, group="pack-export")
    def _export(self, name: str, choice: ExportChoice) -> None:
        try:
            text = self.locked_store.read(lambda store: Packs(store).export(name, choice.fmt))
        except StoreError as error:
            self.post_message(self.Exported(None, str(error)))
            return
        what = f"the pack “{name}” as {FORMAT_NAMES[choice.fmt]}"
        if choice.action == "copy" or choice.path is None:
            self.post_message(self.Copy(text, what))
            return
        try:
            write_brief(choice.path, text)
        except OSError as error:
            problem = f"Cannot write {choice.path}: {error.strerror or error}"
            self.post_message(self.Exported(None, problem))
            return
        self.post_message(self.Exported(f"Wrote {what} to {choice.path}", None))

    @on(Exported)
    def _exported(self, message: Exported) -> None:
        if message.error:
            self.notify(message.error, title="Not exported", severity="error", markup=False)
        else:
            self.notify(message.notice or "", title="Exported", markup=False)


# What each change does to the packs and says to the user (run in a worker).


def _switch(packs: Packs, name: str) -> str:
    packs.set_current(name)
    return f"Pins now go to “{name}”."


def _move(packs: Packs, name: str, item: dict, offset: int) -> None:
    packs.move(name, item["id"], offset)  # the list shows it: nothing to say


def _set_note(packs: Packs, name: str, item: dict, note: str) -> str:
    packs.set_note(name, item["id"], note)
    return "Note saved." if note.strip() else "Note removed."


def _replace(packs: Packs, name: str, item: dict) -> str:
    newer = packs.replace_with_newer(name, item["id"])
    return f"Replaced with {format.figure_phrase(newer)} ({display.when(newer)})."


def _create(packs: Packs, name: str) -> str:
    name = packs.create(name, make_current=True)
    return f"Created “{name}”: what you pin now goes to it."


def _rename(packs: Packs, old: str, new: str) -> str:
    return f"Renamed “{old}” to “{packs.rename(old, new)}”."


def _delete(packs: Packs, name: str) -> str:
    packs.delete(name)
    return f"Deleted the pack “{name}”; pins now go to “{packs.current()}”."
