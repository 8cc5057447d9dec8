"""Finishing interrupted writes, migrating the legacy store, seeding, and ``rebuild``."""

from __future__ import annotations

import contextlib
import json
import os
import time
from collections.abc import Mapping
from datetime import date
from typing import Any

from briefing import resources
from briefing.documents import Records, build_records
from briefing.store.base import (
    CACHE_DIR,
    DELETING,
    LEGACY_STORE_FILE,
    ORIGINALS,
    READ_MODEL,
    RECOVER,
    STORE_DIR,
    UNSETTLED,
    ParseTooSlow,
    StoreError,
    StoreParts,
    _move_aside,
    _reason,
    _unique,
    parse_time_limit,
)
from briefing.store.files import (
    CorruptStoreError,
    file_signature,
    load_json_tables,
    names_in,
    remove_orphan_temps,
)
from briefing.store.schema import (
    valid_release,
)
from briefing.store.user import (
    _put_setting,
)


class Recovery(StoreParts):
    """What opening finishes and ``rebuild`` repairs: interrupted writes, the legacy
    single-file store, the bundled seeds, a store re-derived from the originals."""

    def _unsettle_originals(self) -> None:
        """Mark ``originals/`` as being written: a crash now leaves work to settle."""
        (self.dir / ORIGINALS / UNSETTLED).touch()

    def _settled_originals(self) -> None:
        with contextlib.suppress(OSError):
            (self.dir / ORIGINALS / UNSETTLED).unlink()

    def _settle_originals(self) -> None:
        """After a write a crash interrupted (the mark is still there): drop its temp
        files and settle its deletes. Skipped otherwise: ``originals/`` holds a file a
        release, and listing 50,000 of them at every start would cost a tenth of a second."""
        if not (self.dir / ORIGINALS / UNSETTLED).exists():
            return
        remove_orphan_temps(self.dir / ORIGINALS)
        self._finish_deletes()
        self._settled_originals()

    def _finish_deletes(self) -> None:
        """Settle deletes a crash interrupted: the store says whether it happened."""
        for aside in names_in(self.dir / ORIGINALS, lambda name: name.endswith(DELETING)):
            original = aside.with_name(aside.name.removesuffix(DELETING))
            rid = original.stem
            with contextlib.suppress(OSError):
                if self._stored_shard(rid) is not None:
                    os.replace(aside, original)
                else:
                    aside.unlink()

    def _stored_shard(self, release_id: str) -> str | None:
        """The store file holding a release, as the store files say (not the read model)."""
        self.sync()
        row = self._read.one("SELECT shard FROM releases WHERE id = ?", (release_id,))
        return row[0] if row else None

    def _migrate_legacy(self) -> None:
        """A data dir from before the split: move its releases into monthly files."""
        legacy = self.dir / LEGACY_STORE_FILE
        if not legacy.is_file():
            return
        try:
            data = load_json_tables(legacy)
        except CorruptStoreError as problem:
            try:
                kept = _move_aside(legacy)
            except OSError as error:
                raise StoreError(
                    f"{legacy.name} is damaged ({problem}) and cannot be moved "
                    f"aside: {_reason(error)}"
                ) from None
            self.warnings.append(f"the old store was damaged ({problem}); kept as {kept.name}")
            return
        by_release: dict[str, Records] = {}
        for doc in data.get("releases", {}).values():
            if valid_release(doc):
                by_release[doc["id"]] = (doc, [], [])
        for table, position in (("quotes", 1), ("stats", 2)):
            for doc in data.get(table, {}).values():
                owner = by_release.get(doc.get("release_id"))
                if owner is not None:
                    parts = owner[1] if position == 1 else owner[2]
                    parts.append(_legacy_part(owner[0], doc))  # type: ignore[arg-type]  # an old dict
        self._write_shards(list(by_release.values()), replaced=[])
        os.replace(legacy, legacy.with_name(LEGACY_STORE_FILE + ".migrated"))
        if data.get("meta"):
            self._save_user(lambda user: _put_setting(user, "seeded", True))

    def _seed(self) -> None:
        seeds = sorted(resources.seeds_dir().glob("*.txt"))
        report = self.import_paths(seeds, seeded=True)
        for failure in report.failed:
            self.warnings.append(f"bundled release {failure.path} failed: {failure.error}")

    def rebuild(self) -> int:
        """Re-derive the store from the kept originals; returns how many releases it holds.

        Never loses what it can still read: a release whose original is missing or
        unreadable keeps its stored record; the store files before the rebuild are
        kept aside (``store.before-rebuild-*``). Originals no stored release points at
        (left by an import killed before its commit) are left out while the store can
        be read; when no store file can, they are all it has, and go in.
        """
        with self._writing():
            stored: dict[str, tuple[str, Records]] = {}
            readable = False
            for name in self._shard_names():
                found = self._read_shard(name)
                readable = readable or bool(found) or self._shard_path(name).exists()
                for rid, docs in found.items():
                    stored[rid] = (name, docs)
            rebuilt, kept, skipped = self._rederive(stored, readable)
            aside = self.dir / f"{STORE_DIR}.before-rebuild-{time.strftime('%Y%m%d-%H%M%S')}"
            if self._store_dir.exists():
                os.replace(self._store_dir, _unique(aside))
            self._store_dir.mkdir()
            self._shards.clear()
            self._read.close()
            self._read = self._fresh_read_model(self.dir / CACHE_DIR / READ_MODEL)
            self._write_shards(rebuilt + kept, replaced=[])
            with self._read.transaction():
                self._read.put("user", list(file_signature(self._user_path) or ()))
        self.warnings.append(
            f"rebuilt {len(rebuilt)} release(s) from their originals; kept {len(kept)} "
            f"from the store as they were (no readable original)"
            + (f"; left out {skipped} original(s) of an unfinished import" if skipped else "")
            + (f"; the previous store files are in {aside.name}" if stored else "")
        )
        return len(rebuilt) + len(kept)

    def _recover_ids(self) -> set[str]:
        """Ids of releases whose store file was damaged and set aside (see ``RECOVER``)."""
        ids: set[str] = set()
        for listing in self._store_dir.glob(RECOVER + "*"):
            with contextlib.suppress(OSError, ValueError, TypeError):
                ids.update(str(rid) for rid in json.loads(listing.read_text(encoding="utf-8")))
        return ids

    def _rederive(
        self, stored: dict[str, tuple[str, Records]], store_readable: bool
    ) -> tuple[list[Records], list[Records], int]:
        today = date.today()
        rebuilt: dict[str, Records] = {}
        originals: dict[str, dict] = {}
        for path in sorted((self.dir / ORIGINALS).glob("*.json")):
            try:
                kept = json.loads(path.read_text(encoding="utf-8"))
                with parse_time_limit():
                    records = build_records(kept["text"], kept["source"], today)
                records[0]["origin"] = kept.get("origin", "")
                if kept.get("canonical"):
                    records[0]["canonical"] = kept["canonical"]
            except (Exception, ParseTooSlow) as error:  # noqa: BLE001 - one bad original: go on
                self.warnings.append(f"original {path.name} could not be read: {error}")
                continue
            originals[path.stem] = kept
            rebuilt[path.stem] = records
        # An edited file's older version, left behind by a crash mid-import, stays out.
        for rid, kept in originals.items():
            old = kept.get("replaces")
            if old in rebuilt and rid in stored:
                del rebuilt[old]
        skipped = 0
        if store_readable:
            wanted = set(stored) | self._recover_ids()
            for rid in [rid for rid in rebuilt if rid not in wanted]:
                del rebuilt[rid]
                skipped += 1
        kept_records = [docs for rid, (_, docs) in stored.items() if rid not in rebuilt]
        return list(rebuilt.values()), kept_records, skipped


def _legacy_part(release: Mapping[str, Any], doc: dict) -> dict:
    """A quote or figure from the single-file store, in today's form (spans, not copies)."""
    doc = dict(doc)
    blocks = release["blocks"]
    if "text" in doc and "block_start" in doc:
        parts = []
        for paragraph in doc.pop("text").split("\n\n"):
            span = next(
                (
                    [i, blocks[i][1].find(paragraph), blocks[i][1].find(paragraph) + len(paragraph)]
                    for i in range(doc["block_start"], min(doc["block_end"] + 1, len(blocks)))
                    if paragraph in blocks[i][1]
                ),
                None,
            )
            parts.append(span or paragraph)
        doc["parts"] = parts
    elif "sentence" in doc:
        block = blocks[doc["block"]][1] if doc.get("block", 0) < len(blocks) else ""
        start = block.find(doc["sentence"]) if doc["sentence"] else -1
        if start >= 0:
            doc["sentence_span"] = [start, start + len(doc.pop("sentence"))]
    return doc
