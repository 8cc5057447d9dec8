"""The local store: releases, quotes and figures in TinyDB, the user's own data apart.

Files in the data dir:
  store/YYYY-MM.json  releases of one month (by the date the release states or
                  implies; ``undated.json`` for the rest): TinyDB tables ``releases``,
                  ``quotes``, ``figures``. A quote or figure points into its release's
                  blocks by span, so each fact is stored once (see ``briefing.documents``). One
                  file a month keeps a write small: importing ten releases into a
                  50,000-release archive rewrites a few files of a few hundred releases.
  user.json       the user's own data (corrected dates; pins and packs) — small,
                  so a save never rewrites megabytes; user.json.bak is the previous version
  originals/      each imported text, so ``rebuild`` can re-derive the store
  cache/          the read model (``store.readmodel``), derived and safe to delete
  .lock           inter-process lock taken around every write

Every read is served by the read model, which is brought up to date with the store
files (file by file) before it is used; every write takes the lock, writes the TinyDB
files atomically, then updates the read model in one transaction.

The package, one concern a module: ``shards`` (the store files), ``user`` (user.json),
``sync`` (the read model kept in step), ``reads``, ``importing``, ``recovery`` (interrupted
writes, legacy store, seeding, ``rebuild``), ``base`` (names, errors, results); ``files``
(atomic JSON storage for TinyDB), ``schema`` (record checks), ``readmodel`` (SQLite).
``Store`` joins them.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

from filelock import FileLock, Timeout
from tinydb import TinyDB

from briefing.store.base import (
    BULK_FILES,
    BULK_RELEASES,
    CACHE_DIR,
    IMPORT_BATCH,
    LOCK_FILE,
    LOCK_TIMEOUT,
    ORIGINALS,
    STORE_DIR,
    ImportReport,
    ImportResult,
    Progress,
    StoreError,
    UnknownIdError,
    _reason,
    shard_of,
)
from briefing.store.files import AtomicJSONStorage, remove_orphan_temps
from briefing.store.importing import Importing
from briefing.store.readmodel import ReadModelError
from briefing.store.reads import RELEASE_ORDERS, Reads
from briefing.store.recovery import Recovery
from briefing.store.shards import ShardFiles
from briefing.store.sync import ReadModelSync
from briefing.store.user import UserData

__all__ = [
    "BULK_FILES",
    "BULK_RELEASES",
    "IMPORT_BATCH",
    "RELEASE_ORDERS",
    "ImportReport",
    "ImportResult",
    "Store",
    "StoreError",
    "UnknownIdError",
    "shard_of",
]


class Store(Reads, Importing, UserData, Recovery, ReadModelSync, ShardFiles):
    """The user's library of releases. Open one per process."""

    def __init__(
        self,
        data_dir: str | os.PathLike[str],
        *,
        seed: bool = True,
        progress: Progress | None = None,
    ) -> None:
        self.dir = Path(data_dir)
        self.warnings = []
        self._progress = progress
        try:
            for name in (ORIGINALS, STORE_DIR, CACHE_DIR):
                (self.dir / name).mkdir(parents=True, exist_ok=True)
        except OSError as error:
            if not (self.dir / STORE_DIR).is_dir():
                raise StoreError(
                    f"cannot create the data folder {self.dir}: {_reason(error)}"
                ) from None
        self._lock = FileLock(str(self.dir / LOCK_FILE), timeout=LOCK_TIMEOUT)
        # Only while no other process writes: a temp file may be its write in progress.
        with contextlib.suppress(OSError, Timeout), self._lock.acquire(timeout=0):
            for folder in (self.dir, self.dir / STORE_DIR, self.dir / CACHE_DIR):
                remove_orphan_temps(folder)
        self._user = TinyDB(self._user_path, storage=AtomicJSONStorage)
        self._shards = {}
        self._dates = {}
        self._seen_revision = None
        self._load_user_safely()
        self._read = self._open_read_model()
        # Another process is writing (it settles these), or the disk is read-only.
        with contextlib.suppress(Timeout, OSError):
            with self._lock.acquire(timeout=0):
                self._migrate_legacy()
                self._settle_originals()
        self.sync()
        if seed and not self.count_releases() and not self._setting("seeded"):
            self._seed()
        self._seen_revision = self._read.get("revision")

    # ------------------------------------------------------------------ writing

    @contextlib.contextmanager
    def _writing(self) -> Iterator[None]:
        """Hold the inter-process lock; start from what is on disk now."""
        try:
            with self._lock:
                self._sync_locked()
                news = self._read.get("revision") != self._seen_revision  # another's write
                try:
                    yield
                    # This process's own change is not news to it (see ``refresh``).
                    if not news:
                        self._seen_revision = self._read.get("revision")
                except OSError as error:
                    # The write undid what it had done (see _add, delete_release).
                    self._settled_originals()
                    self._user_storage.forget()
                    self._shards.clear()
                    self._load_user_safely()
                    raise StoreError(f"could not save to {self.dir}: {_reason(error)}") from None
        except Timeout:
            raise StoreError(
                f"the store in {self.dir} is locked by another Briefing process; try again in a moment"
            ) from None
        except ReadModelError as problem:
            self._rebuild_read_model(str(problem))
            raise StoreError(
                "the search cache was damaged and has been rebuilt; try again"
            ) from None
        except OSError as error:  # taking the lock: the lock file cannot be created
            raise StoreError(f"the data folder {self.dir} is read-only: {_reason(error)}") from None
