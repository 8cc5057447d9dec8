"""The monthly TinyDB store files: paths, reading one checked, setting a damaged one aside."""

from __future__ import annotations

import contextlib
import json
import os
import time
from pathlib import Path

from tinydb import TinyDB

from briefing.store.base import (
    RECOVER,
    STORE_DIR,
    USER_FILE,
    StoreError,
    StoreParts,
    _move_aside,
    _reason,
    _unique,
)
from briefing.store.files import (
    AtomicJSONStorage,
    CorruptStoreError,
    atomic_write_bytes,
    signature,
)
from briefing.store.schema import check_tables


class ShardFiles(StoreParts):
    """The store's files: where they are, reading one (checked record by record), and
    setting a damaged one aside."""

    @property
    def _user_path(self) -> Path:
        return self.dir / USER_FILE

    @property
    def _store_dir(self) -> Path:
        return self.dir / STORE_DIR

    @property
    def _user_storage(self) -> AtomicJSONStorage:
        return self._user.storage  # type: ignore[return-value]

    def _shard_path(self, name: str) -> Path:
        return self._store_dir / f"{name}.json"

    def _shard(self, name: str) -> TinyDB:
        db = self._shards.get(name)
        if db is None:
            db = self._shards[name] = TinyDB(self._shard_path(name), storage=AtomicJSONStorage)
        return db

    def _shard_names(self) -> list[str]:
        return list(self._signatures())

    def _signatures(self) -> dict[str, list[int]]:
        """Each store file's ``file_signature``, by name in order: one listing of the folder
        (a path and a stat call per file cost a write 50 ms at a few hundred files)."""
        found: dict[str, list[int]] = {}
        try:
            with os.scandir(self._store_dir) as entries:
                for entry in entries:
                    if entry.name.endswith(".json"):
                        with contextlib.suppress(FileNotFoundError):  # gone since listed
                            found[entry.name.removesuffix(".json")] = list(signature(entry.stat()))
        except OSError:
            return {}
        return dict(sorted(found.items()))

    def _read_shard(self, name: str) -> dict[str, tuple[dict, list[dict], list[dict]]]:
        """Release id -> (release, quotes, figures) of one store file.

        Every record is checked (``schema``). Records that fail are moved, whole, to
        ``<file>.damaged-<time>`` beside it, with a one-line warning; the file keeps the
        good ones, so nothing later trips over them.
        """
        storage: AtomicJSONStorage = self._shard(name).storage  # type: ignore[assignment]
        try:
            storage.forget()
            tables = storage.read() or {}
        except CorruptStoreError as problem:
            self._set_aside_shard(name, str(problem))
            return {}
        except OSError as error:  # a folder where the file should be, no permission
            self._set_aside_shard(name, _reason(error))
            return {}
        out, bad = check_tables(tables)
        if bad:
            self._set_aside_records(storage, tables, bad)
        return out

    def _set_aside_records(
        self, storage: AtomicJSONStorage, tables: dict, bad: dict[str, dict]
    ) -> None:
        """Keep damaged records in a file of their own (``<file>.damaged-<time>``) and
        the good ones where they were."""
        path = storage.path
        kept = _unique(path.with_name(f"{path.name}.damaged-{time.strftime('%Y%m%d-%H%M%S')}"))
        good = {
            table: {k: v for k, v in docs.items() if k not in bad.get(table, {})}
            for table, docs in tables.items()
            if not (table in bad and len(bad[table]) == len(docs))
        }
        count = sum(len(docs) for docs in bad.values())
        shown = path.relative_to(self.dir)
        try:
            atomic_write_bytes(kept, json.dumps(bad, ensure_ascii=False).encode("utf-8"))
            storage.write(good)
        except OSError as error:
            self.warnings.append(
                f"{count} damaged record(s) in {shown} were skipped; they "
                f"could not be moved aside: {_reason(error)}"
            )
            return
        self.warnings.append(
            f"{count} damaged record(s) in {shown} were skipped and kept in {kept.name}"
        )

    def _set_aside_shard(self, name: str, problem: str) -> None:
        path = self._shard_path(name)
        self._shards.pop(name, None)
        try:
            kept = _move_aside(path)
            # The releases the read model knew in this file: ``rebuild`` brings them back
            # from their originals (they are not leftovers of an unfinished import).
            known = self._read.shard_release_ids(name)
            atomic_write_bytes(kept.with_name(RECOVER + kept.name), json.dumps(known).encode())
        except OSError as error:
            raise StoreError(
                f"{path.name} is damaged ({problem}) and cannot be moved aside: {_reason(error)}"
            ) from None
        self.warnings.append(
            f"{STORE_DIR}/{path.name} was damaged ({problem}); it was kept as {kept.name}. "
            "Run `briefing rebuild` to re-derive its releases from the originals."
        )
