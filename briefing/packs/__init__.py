"""Briefing packs: the user's pinned quotes, figures and passages, checked and exported.

Pins are the user's own data (``user.json``, table ``packs``). Each keeps a snapshot
of what was pinned, so it outlives its release: when a re-import or a rebuild
gives the words another id, the pin is re-linked to the same words (and the new
id saved with the next change to the packs); when the words are gone, the pin
is kept as pinned and marked ``changed``.
"""

from __future__ import annotations

import copy
import errno
import os
import stat
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from tinydb import Query, TinyDB
from tinydb.table import Document

from briefing.model import Pin
from briefing.packs import export, pins
from briefing.packs.pins import kind_of, make_pin
from briefing.parse.text import strip_controls
from briefing.paths import export_dir
from briefing.store import Store, StoreError, UnknownIdError
from briefing.store.files import atomic_write_bytes

DEFAULT_PACK = "Brief"
PACKS = "packs"
SETTINGS = "settings"
EXPORT_FORMATS = tuple(export.FORMATS)
NOTE_LENGTH = 300
NAME_LENGTH = 60
_UMASK = os.umask(0o022)  # read once, at import (before any thread): os.umask can only swap it
os.umask(_UMASK)


class Packs:
    """The packs in one store."""

    def __init__(self, store: Store) -> None:
        self.store = store

    # ------------------------------------------------------------------ reading

    def _docs(self) -> list[dict[str, Any]]:
        return sorted(self.store.user_table(PACKS), key=lambda doc: doc.get("created", ""))

    def names(self) -> list[str]:
        """The packs, oldest first; the default pack when there is none."""
        return [doc["name"] for doc in self._docs()] or [DEFAULT_PACK]

    def current(self) -> str:
        """The pack pins go to (the first pack if the one chosen is gone)."""
        settings = self.store.user_table(SETTINGS)
        name = settings[0].get("current_pack") if settings else None
        names = self.names()
        return name if name in names else names[0]

    def name_of(self, name: str) -> str:
        """A pack's name as saved, from the name as typed ("  speech  notes" finds "speech notes")."""
        return str(self._pack(name)["name"])

    def _pack(self, name: str) -> dict[str, Any]:
        key = _lookup_key(name)
        docs = self._docs()
        for doc in docs:
            if _stored_key(doc["name"]) == key:
                return doc
        if key == DEFAULT_PACK and not docs:
            return {"name": DEFAULT_PACK, "items": []}
        raise StoreError(f"no pack is called {key!r} (see `briefing pack list`)")

    def items(self, name: str) -> list[dict[str, Any]]:
        """The pack's items in order, each resolved against the store now.

        Each item has the record's fields (speaker, value, period, sentence, …) and
        its release's (release_title, date, publisher, source), plus: kind, id,
        text, release_id, note, ``stale`` (the newer figure, see ``newer_figure``,
        or None) and ``changed`` (the pinned words are no longer in the store).
        """
        return [self._resolve(item) for item in self._pack(name)["items"]]

    def pinned_ids(self, name: str) -> set[str]:
        """The current ids of what the pack holds."""
        return {pins.current(self.store, item)[0]["id"] for item in self._pack(name)["items"]}

    def is_pinned(self, name: str, ref: str) -> bool:
        return self._full_id(ref) in self.pinned_ids(name)

    def record(self, ref: str) -> tuple[str, dict[str, Any]]:
        """(kind, the record) a quote, figure or passage id names now."""
        kind = kind_of(ref)
        return kind, pins.lookup(self.store, kind, ref)

    def _full_id(self, ref: str) -> str:
        return pins.full_id(self.store, ref)

    def _resolve(self, item: Pin) -> dict[str, Any]:
        record, changed = pins.current(self.store, item)
        resolved = {
            **record,
            "kind": item["kind"],
            "pinned_id": item["id"],
            "note": item.get("note"),
            "changed": changed,
            "stale": None,
        }
        if item["kind"] == "stat":
            resolved["stale"] = self.newer_figure(resolved)
        return resolved

    def newer_figure(self, stat: dict[str, Any]) -> dict[str, Any] | None:
        """The newest figure for the same metric, if a newer release gives a different one
        (see ``pins.newer_figure``)."""
        return pins.newer_figure(self.store, stat)

    # ------------------------------------------------------------------ writing

    def _change(self, edit: Callable[[_Editing], None]) -> None:
        """Edit the packs (and the current pack) in one atomic save.

        Pins re-linked since the last save get their new ids first, so ``edit``
        finds items by the ids ``items`` gives.
        """

        def apply(user: TinyDB) -> None:
            packs = _Editing(user)
            if not packs.docs:  # the default pack becomes real with the first change
                packs.new(DEFAULT_PACK)
            for doc in packs.docs:
                doc["items"] = [self._relinked(item) for item in doc["items"]]
            edit(packs)
            packs.save()

        self.store.save_user(apply)

    def _relinked(self, item: Pin) -> Pin:
        record, changed = pins.current(self.store, item)
        if changed or record["id"] == item["id"]:
            return item
        return make_pin(item["kind"], record, item.get("note"), item.get("added"))

    def create(self, name: str, make_current: bool = False) -> str:
        """A new empty pack; returns its name as saved (spaces tidied)."""
        name = _clean_name(name)

        def edit(packs: _Editing) -> None:
            if packs.find_or_none(name):
                raise StoreError(f"a pack called {name!r} already exists")
            packs.new(name)
            if make_current:
                packs.set_current(name)

        self._change(edit)
        return name

    def rename(self, old: str, new: str) -> str:
        new = _clean_name(new)

        def edit(packs: _Editing) -> None:
            doc = packs.find(old)
            was = doc["name"]
            other = packs.find_or_none(new)
            if other is not None and other is not doc:
                raise StoreError(f"a pack called {new!r} already exists")
            doc["name"] = new
            if packs.current() == was:
                packs.set_current(new)

        self._change(edit)
        return new

    def delete(self, name: str) -> None:
        def edit(packs: _Editing) -> None:
            doc = packs.find(name)
            packs.delete(doc)
            if packs.current() == doc["name"]:
                packs.set_current(None)

        self._change(edit)

    def set_current(self, name: str) -> None:
        def edit(packs: _Editing) -> None:
            packs.set_current(packs.find(name)["name"])

        self._change(edit)

    def add(
        self, name: str, ref: str, note: str | None = None, create: bool = False
    ) -> dict[str, Any]:
        """Pin a quote (``<release>.qN``), figure (``<release>.sN``) or passage (``<release>#N``).

        Returns the pin, with ``"already": True`` when the pack held it (nothing changes
        then). ``create``: a pack of that name is made if there is none, in the same
        locked save, so two processes adding to a new pack both land their pins. The id
        and the name are checked before anything is saved: a failed add changes nothing.
        """
        kind = kind_of(ref)
        item = make_pin(kind, pins.lookup(self.store, kind, ref), _clean_note(note))
        wanted = _clean_name(name) if create else _lookup_key(name)
        already: list[bool] = []

        def edit(packs: _Editing) -> None:
            doc = (packs.find_or_none(wanted) if create else packs.find(wanted)) or packs.new(
                wanted
            )
            already.append(any(existing["id"] == item["id"] for existing in doc["items"]))
            if not already[-1]:
                doc["items"].append(item)

        self._change(edit)
        return {**item, "already": already[-1]}

    def remove(self, name: str, ref: str) -> None:
        ref = self._full_id(ref)

        def edit(packs: _Editing) -> None:
            doc = packs.find(name)
            kept = [item for item in doc["items"] if item["id"] != ref]
            if len(kept) == len(doc["items"]):
                raise UnknownIdError(f"{ref!r} is not in the pack {name!r}")
            doc["items"] = kept

        self._change(edit)

    def toggle(self, name: str, ref: str) -> bool:
        """Pin ``ref`` if the pack does not hold it, else unpin it; True if now pinned."""
        kind = kind_of(ref)
        item = make_pin(kind, pins.lookup(self.store, kind, ref), None)
        pinned = []

        def edit(packs: _Editing) -> None:
            doc = packs.find(name)
            kept = [existing for existing in doc["items"] if existing["id"] != item["id"]]
            pinned.append(len(kept) == len(doc["items"]))
            doc["items"] = kept + [item] if pinned[-1] else kept

        self._change(edit)
        return pinned[-1]

    def move(self, name: str, ref: str, offset: int) -> int:
        """Move an item ``offset`` places (negative: up); returns its new position."""
        ref = self._full_id(ref)
        moved = []

        def edit(packs: _Editing) -> None:
            items = packs.find(name)["items"]
            at = _position(items, ref, name)
            to = max(0, min(len(items) - 1, at + offset))
            items.insert(to, items.pop(at))
            moved.append(to)

        self._change(edit)
        return moved[-1]

    def set_note(self, name: str, ref: str, note: str | None) -> None:
        """Set an item's note; an empty note removes it."""
        ref = self._full_id(ref)

        def edit(packs: _Editing) -> None:
            items = packs.find(name)["items"]
            items[_position(items, ref, name)]["note"] = _clean_note(note)

        self._change(edit)

    def replace_with_newer(self, name: str, ref: str) -> dict[str, Any]:
        """Swap a stale figure for the newer one, keeping its place and note; the new figure."""
        item = next((i for i in self.items(name) if i["id"] == self._full_id(ref)), None)
        if item is None:
            raise UnknownIdError(f"{ref!r} is not in the pack {name!r}")
        if not item["stale"]:
            raise StoreError("no newer release gives a different figure for this one")
        newer = self.store.stat(item["stale"]["id"])

        def edit(packs: _Editing) -> None:
            items = packs.find(name)["items"]
            if any(existing["id"] == newer["id"] for existing in items):
                raise StoreError("the newer figure is already in this pack: unpin this one")
            at = _position(items, item["id"], name)
            items[at] = make_pin("stat", newer, items[at].get("note"), items[at].get("added"))

        self._change(edit)
        return newer

    # ------------------------------------------------------------------ export

    def export(self, name: str, fmt: str) -> str:
        """The pack as a brief to paste into an email: Markdown (``md``) or plain text."""
        if fmt not in EXPORT_FORMATS:
            raise StoreError(f"unknown format {fmt!r}; use md or txt")
        return export.render(name, self.items(name), fmt)


def write_brief(path: Path, text: str) -> bool:
    """Write an exported brief to ``path``; True if it is (now) a regular file.

    A regular file, or a new one, is replaced atomically (through a link, the file it
    points to), readable as any file the user saves (umask applies). A pipe or a
    character device (a terminal, /dev/null) is written into, never replaced: a rename
    over /dev/full would turn the device into a file. Anything else (a folder, a
    socket, a disk) is refused with an ``OSError``.
    """
    data = text.encode("utf-8")
    if path.parent == export_dir():  # the default folder (documents) may not exist yet
        path.parent.mkdir(parents=True, exist_ok=True)
    try:
        info = path.stat()  # through links: /dev/stdout is the terminal or pipe it names
    except FileNotFoundError:
        info = None
    if info is None or stat.S_ISREG(info.st_mode):
        target = path.resolve()
        atomic_write_bytes(target, data)
        os.chmod(target, 0o666 & ~_UMASK)  # the temp file it was written as is private (0600)
        return True
    if stat.S_ISDIR(info.st_mode):
        raise IsADirectoryError(errno.EISDIR, "it is a folder")
    if not (stat.S_ISFIFO(info.st_mode) or stat.S_ISCHR(info.st_mode)):
        raise OSError(errno.EINVAL, "not a file, pipe or terminal")
    _write_into(path, data, pipe=stat.S_ISFIFO(info.st_mode))
    return False


def _write_into(path: Path, data: bytes, pipe: bool) -> None:
    """Write ``data`` into an existing pipe or device; a pipe nobody reads is an error, not a hang."""
    flags = os.O_WRONLY | getattr(os, "O_NOCTTY", 0) | (os.O_NONBLOCK if pipe else 0)
    try:
        descriptor = os.open(path, flags)
    except OSError as error:
        if pipe and error.errno == errno.ENXIO:
            raise OSError(errno.ENXIO, "no program is reading from this pipe") from None
        raise
    os.set_blocking(descriptor, True)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(data)


# ----------------------------------------------------------------- the table


class _Editing:
    """The packs during one change: copies of the saved docs to edit in place, written
    back by ``save``; a new pack or a deletion goes to the table at once (TinyDB gives
    a new pack its id)."""

    def __init__(self, user: TinyDB) -> None:
        self._table = user.table(PACKS)
        self._settings = user.table(SETTINGS)
        self.docs = [_copy(doc) for doc in self._table.all()]

    def find_or_none(self, name: str) -> Document | None:
        """The pack called ``name`` as typed (spaces tidied, the same way as on creation)."""
        key = _lookup_key(name)
        return next((doc for doc in self.docs if _stored_key(doc["name"]) == key), None)

    def find(self, name: str) -> Document:
        """The pack called ``name`` as typed; a ``StoreError`` when there is none."""
        doc = self.find_or_none(name)
        if doc is None:
            raise StoreError(f"no pack is called {_lookup_key(name)!r} (see `briefing pack list`)")
        return doc

    def new(self, name: str) -> Document:
        fields = {
            "name": name,
            "items": [],
            "created": datetime.now().isoformat(timespec="microseconds"),
        }
        doc = _copy(Document(fields, self._table.insert(fields)))
        self.docs.append(doc)
        return doc

    def delete(self, doc: Document) -> None:
        self._table.remove(doc_ids=[doc.doc_id])
        self.docs = [kept for kept in self.docs if kept is not doc]

    def current(self) -> str | None:
        settings = self._settings.all()
        current = settings[0].get("current_pack") if settings else None
        return current if isinstance(current, str) else None

    def set_current(self, name: str | None) -> None:
        self._settings.upsert({"current_pack": name}, Query().noop())  # the one settings doc

    def save(self) -> None:
        for doc in self.docs:
            self._table.update(doc, doc_ids=[doc.doc_id])


def _copy(doc: Document) -> Document:
    """A copy to edit: changing it (its items too) leaves the table as it is until saved."""
    return Document(copy.deepcopy(dict(doc)), doc.doc_id)


def _position(items: list[dict[str, Any]], ref: str, name: str) -> int:
    for at, item in enumerate(items):
        if item["id"] == ref:
            return at
    raise UnknownIdError(f"{ref!r} is not in the pack {name!r}")


def _clean_name(name: str) -> str:
    """A new pack's name: trimmed, inner spaces one space; control characters refused."""
    name = _lookup_key(name)
    if not name:
        raise StoreError("a pack needs a name")
    if len(name) > NAME_LENGTH:
        raise StoreError(f"a pack's name can be at most {NAME_LENGTH} characters")
    return name


def _lookup_key(name: str) -> str:
    """``name`` as pack names are saved, for finding one: the same rule as ``_clean_name``."""
    if strip_controls(name) != name or "\n" in name or "\t" in name:
        raise StoreError(
            "a pack's name cannot hold control characters (line breaks, tabs, escapes)"
        )
    return " ".join(name.split())


def _stored_key(name: str) -> str:
    """A saved name (maybe from an older version, less tidy) compared the same way."""
    return " ".join(strip_controls(name).split())


def _clean_note(note: str | None) -> str | None:
    note = " ".join(strip_controls(note or "").split())
    if len(note) > NOTE_LENGTH:
        raise StoreError(f"a note can be at most {NOTE_LENGTH} characters")
    return note or None
