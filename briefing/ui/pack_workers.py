"""Pinning to packs and checking copied figures, for every pane and the reader.

Panes and the reader post ``Pin`` (the user pressed ``p``); the app runs it with
``toggle_pin``. Every change to the packs runs through ``change_packs``: in a
thread worker, on the LockedStore's write path, ending in a ``PacksChanged`` message
that says what happened. ``check_figures`` warns when a copied figure has a newer
value in a later release.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from textual.dom import DOMNode
from textual.message import Message
from textual.worker import Worker

from briefing import format
from briefing.packs import Packs
from briefing.store import StoreError
from briefing.ui.locked_store import LockedStore


class Pin(Message):
    """The user asked to pin ``ref`` (a quote, figure or passage id) to the current pack.

    Pinning what the pack already holds unpins it.
    """

    def __init__(self, ref: str) -> None:
        super().__init__()
        self.ref = ref


class PacksChanged(Message):
    """A pack changed (``notice`` says how to the user), or could not be (``error``)."""

    def __init__(self, notice: str | None = None, error: str | None = None) -> None:
        super().__init__()
        self.notice = notice
        self.error = error


def change_packs(
    node: DOMNode, locked_store: LockedStore, change: Callable[[Packs], str | None]
) -> Worker:
    """Run ``change`` on the packs in a thread worker, through the store's write path.

    ``change`` returns the one-line notice for the user; a ``StoreError`` it raises
    becomes the error shown. Either way ``node`` gets a ``PacksChanged``, which
    bubbles up to the app.
    """

    def run() -> None:
        try:
            notice = locked_store.write(lambda store: change(Packs(store)))
        except StoreError as error:
            node.post_message(PacksChanged(error=str(error)))
            return
        node.post_message(PacksChanged(notice=notice))

    return node.run_worker(run, thread=True, group="packs", name="change packs")


def toggle_pin(node: DOMNode, locked_store: LockedStore, ref: str) -> Worker:
    """Pin ``ref`` to the current pack, or unpin it if the pack holds it."""

    def toggle(packs: Packs) -> str:
        name = packs.current()
        what = describe(*packs.record(ref))
        if packs.toggle(name, ref):
            count = len(packs.pinned_ids(name))
            items = f"{count} item{'' if count == 1 else 's'}"
            return f"Pinned {what} to “{name}” ({items}; 5 shows the pack)."
        return f"Unpinned {what} from “{name}”."

    return change_packs(node, locked_store, toggle)


def check_figures(node: DOMNode, locked_store: LockedStore, stats: Sequence[dict]) -> Worker:
    """Warn (in a notification) about each copied figure a newer release contradicts."""
    stats = list(stats)

    def check() -> None:
        def newer(store) -> list[tuple[dict, dict]]:
            packs = Packs(store)
            found = [(stat, packs.newer_figure(stat)) for stat in stats]
            return [(stat, figure) for stat, figure in found if figure]

        warned: set[str] = set()
        for stat, figure in locked_store.read(newer):
            if figure["id"] in warned:
                continue  # the same figure stated twice in its release: one warning
            warned.add(figure["id"])
            node.app.call_from_thread(
                node.app.notify,
                stale_warning(stat, figure),
                title="A newer figure exists",
                severity="warning",
                timeout=12,
                markup=False,
            )

    return node.run_worker(check, thread=True, group="figure-check", name="check figures")


def stale_warning(stat: dict, newer: dict) -> str:
    """“You copied 34,542 officers (11 Nov 2022); a newer release gives 34,200 …”."""
    return (
        f"You copied {format.figure_phrase(stat)} ({format.reader_date(stat)}). "
        f"A newer release gives {newer['phrase']}: “{newer['release_title']}”, "
        f"{format.reader_date(newer)}."
    )


def describe(kind: str, record: dict) -> str:
    """How a pin is named to the user: “Mark Rowley's quote”, “the figure 34,200 officers”."""
    if kind == "quote":
        return f"{record['speaker']}'s quote" if record.get("speaker") else "the unattributed quote"
    if kind == "stat":
        return f"the figure {format.figure_phrase(record)}"
    if record.get("section") == "title":
        return "the title"
    words = " ".join((record.get("text") or "").split())
    opening = words if len(words) <= 40 else words[: words.rfind(" ", 0, 40)] + "…"
    return f"the paragraph “{opening}”"
