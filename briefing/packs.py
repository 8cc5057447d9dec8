"""Briefing packs: the user's pinned quotes, figures and passages, checked and exported.

Pins are the user's own data (``user.json``). Each keeps a snapshot of what was
pinned, so it survives re-imports and rebuilds: when its source is replaced, it is
re-linked to the same words in the new version, or kept and marked ``changed``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from briefing import queries
from briefing.compare import same_metric
from briefing.store import Store, StoreError, UnknownIdError

DEFAULT_PACK = "Brief"
PACKS = "packs"
SETTINGS = "settings"
EXPORT_FORMATS = ("md", "txt")


def passage_id(release_id: str, block: int) -> str:
    return f"{release_id}#{block}"


class Packs:
    """The packs in one store."""

    def __init__(self, store: Store) -> None:
        self.store = store

    # ------------------------------------------------------------------ reading

    def _docs(self) -> list[dict]:
        return sorted(self.store.user_table(PACKS), key=lambda doc: doc.get("created", ""))

    def names(self) -> list[str]:
        names = [doc["name"] for doc in self._docs()]
        return names or [DEFAULT_PACK]

    def current(self) -> str:
        settings = self.store.user_table(SETTINGS)
        name = settings[0].get("current_pack") if settings else None
        return name if name in self.names() else self.names()[0]

    def _pack(self, name: str) -> dict:
        for doc in self._docs():
            if doc["name"] == name:
                return doc
        if name == DEFAULT_PACK:
            return {"name": DEFAULT_PACK, "items": []}
        raise StoreError(f"no pack is called {name!r} (see `briefing pack list`)")

    def items(self, name: str) -> list[dict]:
        """The pack's items in order, each resolved against the store now.

        Each item: kind, id, text, release_id, note, stale (a newer figure for the
        same metric, or None), changed (its source text changed since pinning),
        and the source's title, date, publisher and file.
        """
        return [self._resolve(item) for item in self._pack(name)["items"]]

    def is_pinned(self, name: str, ref: str) -> bool:
        return any(item["id"] == ref for item in self._pack(name)["items"])

    def _lookup(self, kind: str, ref: str) -> dict:
        if kind == "quote":
            return self.store.quote(ref)
        if kind == "stat":
            return self.store.stat(ref)
        release_ref, _, block = ref.partition("#")
        release = self.store.release(release_ref)
        try:
            section, text, _ = release["blocks"][int(block)]
        except (ValueError, IndexError):
            raise UnknownIdError(f"no passage has the id {ref!r}") from None
        return {
            "id": passage_id(release["id"], int(block)), "release_id": release["id"], "text": text,
            "section": section, "release_title": release["title"], "date": release["date"],
            "date_estimated": release["date_estimated"], "publisher": release["publisher"],
            "source": release["source"],
        }  # fmt: skip

    def _relink(self, item: dict) -> dict | None:
        """The same words in the release that now carries the item's source file."""
        candidates = [r for r in self.store.releases() if r["source"] == item.get("source")]
        for release in candidates:
            if item["kind"] == "quote":
                pool = self.store.quotes(release["id"])
            elif item["kind"] == "stat":
                pool = self.store.stats(release["id"])
            else:
                blocks = self.store.release(release["id"])["blocks"]
                pool = [self._lookup("passage", passage_id(release["id"], n)) for n in range(len(blocks))]
            for record in pool:
                if record["text"] == item["text"] and (
                    item["kind"] != "stat" or record.get("sentence") == item["snapshot"].get("sentence")
                ):
                    return record
        return None

    def _resolve(self, item: dict) -> dict:
        try:
            record, changed = self._lookup(item["kind"], item["id"]), False
        except UnknownIdError:
            record = self._relink(item)
            changed = record is None
            record = record or {**item["snapshot"], "id": item["id"], "text": item["text"]}
        resolved = {
            **record,
            "kind": item["kind"],
            "id": record["id"],
            "text": record["text"],
            "release_id": record.get("release_id", item["release_id"]),
            "note": item.get("note"),
            "changed": changed,
            "stale": None,
        }
        if item["kind"] == "stat":
            resolved["stale"] = self.newer_figure(resolved)
        return resolved

    def newer_figure(self, stat: dict) -> dict | None:
        """A figure for the same metric from a newer release with a different value."""
        newest = None
        for other in self.store.stats():  # newest first
            if not other["date"] or (stat.get("date") and other["date"] <= stat["date"]):
                break
            if other["release_id"] != stat.get("release_id") and same_metric(stat, other):
                newest = other
                break
        if newest is None or newest["value"] == stat["value"]:
            return None
        return {
            "value": newest["value"], "text": newest["text"], "release_id": newest["release_id"],
            "date": newest["date"], "id": newest["id"], "release_title": newest["release_title"],
        }  # fmt: skip

    # ------------------------------------------------------------------ writing

    def _change(self, edit: Callable[[dict], None]) -> None:
        def apply(data: dict) -> None:
            edit(data.setdefault(PACKS, {}))

        self.store.save_user(apply)

    @staticmethod
    def _find(table: dict, name: str, create: bool = False) -> dict:
        for doc in table.values():
            if doc["name"] == name:
                return doc
        if create or name == DEFAULT_PACK:
            doc = {"name": name, "items": [], "created": datetime.now().isoformat(timespec="seconds")}
            table[str(max((int(k) for k in table), default=0) + 1)] = doc
            return doc
        raise StoreError(f"no pack is called {name!r} (see `briefing pack list`)")

    def create(self, name: str) -> None:
        name = _clean_name(name)
        if name in [doc["name"] for doc in self._docs()]:
            raise StoreError(f"a pack called {name!r} already exists")
        self._change(lambda table: self._find(table, name, create=True))

    def rename(self, old: str, new: str) -> None:
        new = _clean_name(new)
        if new != old and new in [doc["name"] for doc in self._docs()]:
            raise StoreError(f"a pack called {new!r} already exists")
        self._change(lambda table: self._find(table, old).update(name=new))
        if self.current() == old or self.current() not in self.names():
            self.set_current(new)

    def delete(self, name: str) -> None:
        def edit(table: dict) -> None:
            doc = self._find(table, name)
            for key, value in list(table.items()):
                if value is doc:
                    del table[key]

        self._change(edit)

    def set_current(self, name: str) -> None:
        def apply(data: dict) -> None:
            data[SETTINGS] = {"1": {"current_pack": name}}

        self.store.save_user(apply)

    def add(self, name: str, ref: str, note: str | None = None) -> dict:
        """Pin a quote (``<release>.qN``), figure (``<release>.sN``) or passage (``<release>#N``)."""
        kind = "passage" if "#" in ref else "quote" if ".q" in ref else "stat" if ".s" in ref else None
        if kind is None:
            raise UnknownIdError(f"{ref!r} is not the id of a quote, figure or passage")
        record = self._lookup(kind, ref)
        snapshot_keys = ("speaker", "role", "release_title", "date", "date_estimated", "publisher",
                         "source", "value", "unit", "label", "period", "scope", "sentence",
                         "direction", "qualifier", "release_id", "section")  # fmt: skip
        item = {
            "kind": kind, "id": record["id"], "release_id": record["release_id"],
            "source": record["source"], "text": record["text"], "note": note or None,
            "snapshot": {key: record.get(key) for key in snapshot_keys},
            "added": datetime.now().isoformat(timespec="seconds"),
        }  # fmt: skip

        def edit(table: dict) -> None:
            doc = self._find(table, name)
            if not any(existing["id"] == item["id"] for existing in doc["items"]):
                doc["items"].append(item)

        self._change(edit)
        return item

    def remove(self, name: str, ref: str) -> None:
        def edit(table: dict) -> None:
            doc = self._find(table, name)
            kept = [item for item in doc["items"] if item["id"] != ref]
            if len(kept) == len(doc["items"]):
                raise UnknownIdError(f"{ref!r} is not in the pack {name!r}")
            doc["items"] = kept

        self._change(edit)

    def toggle(self, name: str, ref: str) -> bool:
        """Pin ``ref`` if it is not pinned, else unpin it; True if now pinned."""
        if self.is_pinned(name, ref):
            self.remove(name, ref)
            return False
        self.add(name, ref)
        return True

    def move(self, name: str, ref: str, offset: int) -> None:
        def edit(table: dict) -> None:
            items = self._find(table, name)["items"]
            at = next(i for i, item in enumerate(items) if item["id"] == ref)
            to = max(0, min(len(items) - 1, at + offset))
            items.insert(to, items.pop(at))

        self._change(edit)

    def set_note(self, name: str, ref: str, note: str | None) -> None:
        def edit(table: dict) -> None:
            for item in self._find(table, name)["items"]:
                if item["id"] == ref:
                    item["note"] = note.strip() if note and note.strip() else None

        self._change(edit)

    def replace_with_newer(self, name: str, ref: str) -> dict | None:
        """Swap a stale figure for the newer one, keeping its place and note."""
        item = next((i for i in self.items(name) if i["id"] == ref), None)
        if not item or not item["stale"]:
            return None
        newer = self.store.stat(item["stale"]["id"])

        def edit(table: dict) -> None:
            items = self._find(table, name)["items"]
            at = next(i for i, existing in enumerate(items) if existing["id"] == ref)
            note = items[at].get("note")
            items[at] = {**items[at], "id": newer["id"], "release_id": newer["release_id"],
                         "source": newer["source"], "text": newer["text"], "note": note,
                         "snapshot": {**items[at]["snapshot"], **{k: newer.get(k) for k in items[at]["snapshot"]}}}  # fmt: skip

        self._change(edit)
        return newer

    # ------------------------------------------------------------------ export

    def export(self, name: str, fmt: str) -> str:
        """The pack as a brief to paste into an email: Markdown or plain text."""
        if fmt not in EXPORT_FORMATS:
            raise StoreError(f"unknown format {fmt!r}; use md or txt")
        markdown = fmt == "md"
        lines = [f"# {name}" if markdown else name, "" if markdown else "=" * len(name), ""]
        if not markdown:
            lines.pop(1)
        for number, item in enumerate(self.items(name), start=1):
            lines += _export_item(number, item, markdown) + [""]
        return "\n".join(lines).rstrip() + "\n"


def _source_line(item: dict, markdown: bool) -> str:
    title = f"*{item.get('release_title')}*" if markdown else f"“{item.get('release_title')}”"
    when = queries.source_date(item) if item.get("date") else "undated"
    parts = [title, item.get("publisher") or "publisher unknown", when, f"file {item.get('source')}"]
    return "Source: " + ", ".join(parts)


def _export_item(number: int, item: dict, markdown: bool) -> list[str]:
    indent = "   " if markdown else "   "
    out: list[str] = []
    if item["kind"] == "quote":
        paragraphs = item["text"].split("\n\n")
        if markdown:
            out.append(f"{number}. > {paragraphs[0]}")
            for paragraph in paragraphs[1:]:
                out += [f"{indent}>", f"{indent}> {paragraph}"]
            out.append(f"{indent}>")
            out.append(f"{indent}> — {queries.attribution(item)}")
        else:
            out.append(f"{number}. “{paragraphs[0]}" + ("”" if len(paragraphs) == 1 else ""))
            for at, paragraph in enumerate(paragraphs[1:], start=2):
                out.append(f"{indent}“{paragraph}" + ("”" if at == len(paragraphs) else ""))
            out.append(f"{indent}— {queries.attribution(item)}")
    elif item["kind"] == "stat":
        phrase = queries.figure_phrase(item)
        out.append(f"{number}. **{phrase}**" if markdown else f"{number}. {phrase}")
        if item.get("sentence"):
            out.append(f"{indent}“{item['sentence']}”")
        if item["stale"]:
            newer = item["stale"]
            out.append(
                f"{indent}Warning: a newer release gives {newer['text']} "
                f"({newer['release_title']}, {queries.source_date(newer)})."
            )
    else:
        out.append(f"{number}. {item['text']}")
    out.append(f"{indent}{_source_line(item, markdown)}")
    if item.get("changed"):
        out.append(f"{indent}Note: the source release has changed since this was pinned.")
    if item.get("note"):
        out.append(f"{indent}Note: {item['note']}")
    return out


def _clean_name(name: str) -> str:
    name = " ".join(name.split())
    if not name:
        raise StoreError("a pack needs a name")
    return name
