"""The local store: releases, quotes and figures in TinyDB, the user's own data apart.

Files in the data dir:
  store/YYYY-MM.json  releases of one month (by the date the release states or
                  implies; ``undated.json`` for the rest): TinyDB tables ``releases``,
                  ``quotes``, ``figures``. A quote or figure points into its release's
                  blocks by span, so each fact is stored once (see ``records``). One
                  file a month keeps a write small: importing ten releases into a
                  50,000-release archive rewrites a few files of a few hundred releases.
  user.json       the user's own data (corrected dates; pins and packs) — small,
                  so a save never rewrites megabytes; user.json.bak is the previous version
  originals/      each imported text, so ``rebuild`` can re-derive the store
  cache/          the read model (``readmodel``), derived and safe to delete
  .lock           inter-process lock taken around every write

Every read is served by the read model, which is brought up to date with the store
files (file by file) before it is used; every write takes the lock, writes the TinyDB
files atomically, then updates the read model in one transaction.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from filelock import FileLock, Timeout
from tinydb import Query, TinyDB

from briefing import resources
from briefing.documents import Records, build_records
from briefing.readmodel import ReadModel, ReadModelError
from briefing.schema import is_iso_date, valid_date_record, valid_figure, valid_quote, valid_release
from briefing.storage import (
    AtomicJSONStorage,
    CorruptStoreError,
    atomic_write_bytes,
    file_signature,
    load_json_tables,
    names_in,
    remove_orphan_temps,
    sync_all,
)
from briefing.tokens import folded_words

if TYPE_CHECKING:
    from briefing.ingest import SourceFile

STORE_DIR = "store"
LEGACY_STORE_FILE = "store.json"  # one file for everything, before the store was split
USER_FILE = "user.json"
ORIGINALS = "originals"
LOCK_FILE = ".lock"
CACHE_DIR = "cache"  # derived files (the read model), safe to delete
READ_MODEL = "read.sqlite"
DELETING = ".deleting"  # an original set aside while its release is being deleted
UNSETTLED = ".unsettled"  # in originals/ while a write is under way (see _settle_originals)
UNDATED = "undated"
RECOVER = ".recover-"  # beside a damaged store file set aside: the ids of its releases
LOCK_TIMEOUT = 10.0
POOL_THRESHOLD = 64  # fewer files than this parse faster in this process than in a pool
IMPORT_BATCH = 4000  # files parsed and held in memory before they are written
# Past these, the read model's repeat lines are held in memory for the whole write; an
# empty read model with more store files than BULK_FILES to read is built whole.
BULK_FILES, BULK_RELEASES = 8, 500
Progress = Callable[[int, int], None]


class StoreError(Exception):
    """Something the user must know about the store; the message is one line."""


class UnknownIdError(StoreError):
    """No release, quote or figure has that id."""


@dataclass
class ImportResult:
    path: str
    status: str  # imported | updated | unchanged | failed | skipped (not a release file)
    release_id: str | None = None
    title: str | None = None
    error: str | None = None


@dataclass
class ImportReport:
    results: list[ImportResult] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(result.status == status for result in self.results)

    @property
    def failed(self) -> list[ImportResult]:
        return [result for result in self.results if result.status == "failed"]

    def to_json(self) -> dict[str, Any]:
        return {
            "imported": self.count("imported"),
            "updated": self.count("updated"),
            "unchanged": self.count("unchanged"),
            "failed": [{"path": r.path, "error": r.error} for r in self.failed],
            "skipped": [
                {"path": r.path, "error": r.error} for r in self.results if r.status == "skipped"
            ],
        }

    def summary(self) -> str:
        skipped = self.count("skipped")
        return (
            f"{self.count('imported')} imported, {self.count('updated')} updated, "
            f"{self.count('unchanged')} unchanged, {len(self.failed)} failed"
        ) + (f", {skipped} skipped (not release files)" if skipped else "")


def shard_of(release: dict) -> str:
    """The store file a release lives in: the month of its own (parsed) date."""
    iso = release.get("date")
    return f"{iso[:7]}" if iso else UNDATED


def _parse_file(path: str) -> tuple[str, SourceFile | None, Records | str]:
    """Read and parse one file (in a worker process): records, or the one-line reason."""
    from briefing.ingest import InputError, read_source

    try:
        source = read_source(Path(path))
    except InputError as error:
        return path, None, str(error)
    return (path, source, *_parse_source(source))  # type: ignore[return-value]


def _parse_source(source: SourceFile) -> tuple[Records | str]:
    try:
        return (build_records(source.text, source.name, date.today()),)
    except Exception as error:  # noqa: BLE001 - one bad file must not stop the import
        return (f"could not parse: {error}",)


def _pool_context():
    from multiprocessing import get_all_start_methods, get_context

    # Never fork: the app imports from a thread, and forking a threaded process can deadlock.
    return get_context("forkserver" if "forkserver" in get_all_start_methods() else "spawn")


class Store:
    """The user's library of releases. Open one per process."""

    def __init__(
        self,
        data_dir: str | os.PathLike[str],
        *,
        seed: bool = True,
        progress: Progress | None = None,
    ) -> None:
        self.dir = Path(data_dir)
        self.warnings: list[str] = []
        self._progress = progress
        try:
            for folder in (ORIGINALS, STORE_DIR, CACHE_DIR):
                (self.dir / folder).mkdir(parents=True, exist_ok=True)
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
        self._shards: dict[str, TinyDB] = {}
        self._dates: dict[str, str] = {}  # release id -> the user's corrected date
        self._seen_revision: str | None = None  # the read model's revision, last looked at
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

    # ----------------------------------------------------------------- files

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
        try:
            return sorted(p.stem for p in self._store_dir.glob("*.json"))
        except OSError:
            return []

    def _signatures(self) -> dict[str, list[int]]:
        return {
            name: list(file_signature(self._shard_path(name)) or ()) for name in self._shard_names()
        }

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
        out: dict[str, tuple[dict, list[dict], list[dict]]] = {}
        bad: dict[str, dict[str, Any]] = {}
        for table in ("releases", "quotes", "figures"):
            for key, doc in tables.get(table, {}).items():
                rid = doc.get("release_id") if isinstance(doc, dict) else None
                owner = out.get(rid) if isinstance(rid, str) else None
                if not key.isdigit():
                    ok = False
                elif table == "releases":
                    ok = valid_release(doc) and doc["id"] not in out
                else:
                    check = valid_quote if table == "quotes" else valid_figure
                    ok = owner is not None and check(doc, owner[0])
                if not ok:
                    bad.setdefault(table, {})[key] = doc
                elif table == "releases":
                    out[doc["id"]] = (dict(doc), [], [])
                else:
                    owner[1 if table == "quotes" else 2].append(dict(doc))  # type: ignore[index]
        unknown = {t: v for t, v in tables.items() if t not in ("releases", "quotes", "figures")}
        if bad or unknown:
            self._set_aside_records(storage, tables, {**bad, **unknown})
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
            self.warnings.append(f"{count} damaged record(s) in {shown} were skipped; they "
                                 f"could not be moved aside: {_reason(error)}")  # fmt: skip
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
            raise StoreError(f"{path.name} is damaged ({problem}) and cannot be moved aside: "
                             f"{_reason(error)}") from None  # fmt: skip
        self.warnings.append(
            f"{STORE_DIR}/{path.name} was damaged ({problem}); it was kept as {kept.name}. "
            "Run `briefing rebuild` to re-derive its releases from the originals."
        )

    # ----------------------------------------------------------------- user data

    def _load_user_safely(self) -> None:
        try:
            self._load_user()
        except CorruptStoreError as problem:
            self._recover_user(str(problem))

    def _load_user(self) -> None:
        if self._user_path.is_dir():
            raise StoreError(f"{self._user_path} is a folder; move it away so Briefing can "
                             "keep your data there")  # fmt: skip
        data = self._user_storage.read() or {}
        self._user._tables.clear()
        bad: dict[str, dict] = {}
        for table, docs in data.items():
            for key, doc in docs.items():
                if not isinstance(doc, dict) or (table == "dates" and not valid_date_record(doc)):
                    bad.setdefault(table, {})[key] = doc
        if bad:  # kept aside, so that nothing reading the user's data trips over them
            self._set_aside_records(self._user_storage, data, bad)
            data = self._user_storage.read() or {}
        self._dates = {doc["release_id"]: doc["date"] for doc in data.get("dates", {}).values()}

    def _recover_user(self, problem: str) -> None:
        backup = self.dir / (USER_FILE + ".bak")
        try:
            kept = _move_aside(self._user_path)
        except OSError as error:
            why = f"your saved data is damaged ({problem}); cannot move it aside: {_reason(error)}"
            raise StoreError(why) from None
        restored = False
        with contextlib.suppress(CorruptStoreError, OSError):
            load_json_tables(backup)
            atomic_write_bytes(self._user_path, backup.read_bytes())
            restored = True
        self._user_storage.forget()
        self._load_user()
        what = "restored from its last good copy" if restored else "started empty"
        self.warnings.append(
            f"Your saved data was damaged ({problem}); it was kept as {kept} and {what}."
        )

    def _setting(self, key: str) -> Any:
        data = self._user_storage.cached() or {}
        return next(iter(data.get("store", {}).values()), {}).get(key)

    # ----------------------------------------------------------------- read model

    def _open_read_model(self) -> ReadModel:
        path = self.dir / CACHE_DIR / READ_MODEL
        try:
            model = ReadModel(path)
            if model.is_current():
                return model
            model.close()
        except ReadModelError:
            pass
        return self._fresh_read_model(path)

    def _fresh_read_model(self, path: Path) -> ReadModel:
        for suffix in ("", "-wal", "-shm"):
            with contextlib.suppress(OSError):
                os.unlink(f"{path}{suffix}")
        try:
            model = ReadModel(path)
            with model.transaction():
                model.reset()
        except (ReadModelError, sqlite3.Error, OSError) as error:
            raise StoreError(f"cannot create the read model in {path.parent}: {error}") from None
        return model

    def _rebuild_read_model(self, problem: str) -> None:
        """A damaged read model is derived again from the store, with a notice."""
        self._read.close()
        self._read = self._fresh_read_model(self.dir / CACHE_DIR / READ_MODEL)
        self.warnings.append(f"The search cache was damaged ({problem}); it was rebuilt.")
        self.sync()

    def sync(self) -> bool:
        """Bring the read model up to date with the store files; True if anything changed.

        Only files whose signature differs from the one the read model recorded are
        read again: after another process's import, a few small files.
        """
        try:
            return self._sync()
        except ReadModelError as problem:
            self._rebuild_read_model(str(problem))
            return True

    def _sync(self) -> bool:
        signatures = self._signatures()
        user = list(file_signature(self._user_path) or ())
        model = self._read
        if model.get_json("shards", None) == signatures and model.get_json("user", None) == user:
            return False
        try:
            with self._lock:
                return self._sync_locked()
        except Timeout:
            self.warnings.append(
                "another Briefing process is writing; showing what was saved before"
            )
            return False
        except OSError as error:  # the lock file cannot be created: a read-only disk
            self.warnings.append(
                f"the data folder is read-only ({_reason(error)}); showing what is saved"
            )
            return False

    def _sync_locked(self) -> bool:
        model = self._read
        if self._user_storage.changed_on_disk() or not self._dates and self._user_path.exists():
            self._user_storage.forget()
            self._load_user_safely()
        signatures = self._signatures()
        recorded = model.get_json("shards", {})
        user = list(file_signature(self._user_path) or ())
        changed = sorted(
            n for n in set(signatures) | set(recorded) if signatures.get(n) != recorded.get(n)
        )
        if not changed and model.get_json("user", None) == user:
            return False
        if len(changed) > BULK_FILES and model.is_empty():
            self._build_read_model(changed)
            return True
        with model.transaction():
            self._load_shards(model, changed)
        return True

    def _load_shards(self, model: ReadModel, names: list[str]) -> None:
        """Bring ``names`` (store files) into the read model, then the user's dates and
        the signatures it now reflects. Inside ``model.transaction``."""
        present = set(self._shard_names())
        total = sum(1 for n in names if n in present)
        with model.loading(bulk=len(names) > BULK_FILES) as load:
            for number, name in enumerate(names, start=1):
                # Read first: a damaged file's releases are still known here, to be listed
                # for ``rebuild`` when the file is set aside.
                found = self._read_shard(name) if name in present else {}
                model.remove_releases(model.shard_release_ids(name), load)
                model.add_releases(
                    ((name, *docs) for docs in found.values()), self._dates, load=load
                )
                if self._progress and total > 1:
                    self._progress(number, len(names))
        self._apply_dates(model)
        model.put("shards", self._signatures())
        model.put("user", list(file_signature(self._user_path) or ()))

    def _build_read_model(self, names: list[str]) -> None:
        """Derive the whole read model into a new file and put it in place: no journal,
        indexes built once at the end. A process still reading the old file keeps it
        until it opens the new one; a crash leaves only the unfinished file, removed on
        the next build."""
        path = self.dir / CACHE_DIR / READ_MODEL
        building = path.with_name(path.name + ".building")
        with contextlib.suppress(FileNotFoundError):
            building.unlink()
        model = ReadModel(building, building=True)
        try:
            with model.transaction():
                model.reset(indexes=False)
                self._load_shards(model, names)
                model.create_indexes()
        finally:
            model.close()
        self._read.close()
        # A WAL left beside the new file would be read as if it were the new file's own.
        for suffix in ("-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                os.unlink(f"{path}{suffix}")
        os.replace(building, path)
        self._read = ReadModel(path)

    def _apply_dates(self, model: ReadModel) -> None:
        """Re-derive the releases whose corrected date the read model does not show yet."""
        shown = dict(model.all("SELECT id, date FROM releases WHERE date_corrected = 1"))
        stale = [rid for rid, iso in self._dates.items() if shown.get(rid) != iso]
        stale += [rid for rid in shown if rid not in self._dates]
        for rid in stale:
            row = model.one("SELECT shard FROM releases WHERE id = ?", (rid,))
            if row is None:
                continue
            docs = self._read_shard(row[0]).get(rid)
            if docs is not None:
                model.add_releases([(row[0], *docs)], self._dates)

    # ----------------------------------------------------------------- opening chores

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
                raise StoreError(f"{legacy.name} is damaged ({problem}) and cannot be moved "
                                 f"aside: {_reason(error)}") from None  # fmt: skip
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
                    owner[position].append(_legacy_part(owner[0], doc))
        self._write_shards(list(by_release.values()), replaced=[])
        os.replace(legacy, legacy.with_name(LEGACY_STORE_FILE + ".migrated"))
        if data.get("meta"):
            self._save_user(lambda user: _put_setting(user, "seeded", True))

    def _seed(self) -> None:
        seeds = sorted(resources.seeds_dir().glob("*.txt"))
        report = self.import_paths(seeds, seeded=True)
        for failure in report.failed:
            self.warnings.append(f"bundled release {failure.path} failed: {failure.error}")

    # ------------------------------------------------------------------ reading

    @property
    def read_model(self) -> ReadModel:
        return self._read

    def refresh(self) -> bool:
        """Take in what another process changed; True if anything did since the last call."""
        self.sync()
        if self._user_storage.changed_on_disk():
            self._user_storage.forget()
            self._load_user_safely()
        revision = self._read.get("revision")
        changed, self._seen_revision = revision != self._seen_revision, revision
        return changed

    def count_releases(self, text: str | None = None, undated: bool = False) -> int:
        where, params = _title_filter(text)
        if undated:
            where = f"{where} AND date IS NULL" if where else "WHERE date IS NULL"
        row = self._read.one(f"SELECT count(*) FROM releases {where}", params)
        return row[0] if row else 0

    def date_range(self) -> tuple[str | None, str | None]:
        row = self._read.one("SELECT min(date), max(date) FROM releases")
        return (row[0], row[1]) if row else (None, None)

    def releases(
        self,
        limit: int | None = None,
        offset: int = 0,
        text: str | None = None,
        order: str = "newest",
    ) -> list[dict]:
        """Releases (without their text), newest first, undated last (``order``: one of
        ``RELEASE_ORDERS``); ``text`` filters by words of the title or file name."""
        where, params = _title_filter(text)
        by = RELEASE_ORDERS.get(order, RELEASE_ORDERS["newest"])
        rows = self._read.all(
            f"SELECT {_RELEASE_COLUMNS} FROM releases {where} ORDER BY {by} LIMIT ? OFFSET ?",
            (*params, -1 if limit is None else limit, offset),
        )
        return [_release_row(row) for row in rows]

    def release_views(self, ids: Iterable[str]) -> dict[str, dict]:
        """Release id -> its row, for the ids that exist."""
        wanted = list(dict.fromkeys(ids))
        out: dict[str, dict] = {}
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            rows = self._read.all(
                f"SELECT {_RELEASE_COLUMNS} FROM releases WHERE id IN ({', '.join('?' * len(chunk))})",
                chunk,
            )
            out.update((row[0], _release_row(row)) for row in rows)
        return out

    def releases_as_json(self) -> Iterator[str]:
        """Every release's listing (id, title, date, date_estimated, publisher, source,
        quotes, stats) as a JSON object, newest first: built by SQLite, so listing
        50,000 releases costs a tenth of a second, not a second of Python."""
        rows = self._read.all(
            "SELECT json_object('id', id, 'title', title, 'date', date, 'date_estimated', "
            "json(CASE WHEN date_estimated THEN 'true' ELSE 'false' END), "
            "'publisher', publisher, 'source', source, 'quotes', quotes, 'stats', stats) "
            "FROM releases ORDER BY sort, id"
        )
        return (row[0] for row in rows)

    def releases_from(self, release_id: str, source: str | None) -> list[dict]:
        """The release with this id, else those imported from a file of this name."""
        rows = self._read.all(
            f"SELECT {_RELEASE_COLUMNS} FROM releases WHERE id = ? OR source = ? "
            "ORDER BY id = ? DESC, sort LIMIT 20",
            (release_id, source or "", release_id),
        )
        return [_release_row(row) for row in rows]

    def release_ids(self) -> list[str]:
        return [row[0] for row in self._read.all("SELECT id FROM releases ORDER BY sort, id")]

    def resolve(self, ref: str) -> str:
        """The full id of the release ``ref`` names (an id or a unique prefix)."""
        ref = ref.strip().lower()
        if not ref:
            raise UnknownIdError("no release id given (see `briefing releases`)")
        matches = [
            row[0]
            for row in self._read.all(
                "SELECT id FROM releases WHERE id >= ? AND id < ? LIMIT 2", (ref, ref + "\uffff")
            )
        ]
        if ref in matches:
            return ref
        if not matches:
            # People also name a release by its file: "001" for 001_474315e251677573.txt.
            pattern = ref.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            matches = [
                row[0]
                for row in self._read.all(
                    "SELECT id FROM releases WHERE lower(source) LIKE ? ESCAPE '\\' LIMIT 2",
                    (pattern,),
                )
            ]
        if len(matches) == 1:
            return matches[0]
        if not matches:
            raise UnknownIdError(f"no release has the id {ref!r} (see `briefing releases`)")
        raise UnknownIdError(f"{ref!r} matches more than one release; type more of the id")

    def release(self, ref: str) -> dict:
        """One release with its blocks: ``[[section, text, bullet], ...]``."""
        rid = self.resolve(ref)
        view = self.release_views([rid])[rid]
        view["blocks"] = [
            [section, text, bool(bullet)]
            for section, text, bullet in self._read.all(
                "SELECT section, text, bullet FROM blocks WHERE release_id = ? ORDER BY idx", (rid,)
            )
        ]
        return view

    def quotes(
        self,
        release: str | None = None,
        speaker: str | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[dict]:
        """Quotes with their release's title, date and source, newest first."""
        clauses, params = [], []
        if release:
            clauses.append("q.release_id = ?")
            params.append(self.resolve(release))
        if speaker:
            clauses.append("q.speaker = ?")
            params.append(speaker)
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        rows = self._read.all(
            f"SELECT {_QUOTE_COLUMNS} FROM quotes q JOIN releases r ON r.id = q.release_id "
            f"{where} ORDER BY q.sort, q.release_id, q.seq LIMIT ? OFFSET ?",
            (*params, -1 if limit is None else limit, offset),
        )
        return [_quote_row(row) for row in rows]

    def count_quotes(self, speaker: str | None = None) -> int:
        if speaker:
            row = self._read.one("SELECT count(*) FROM quotes WHERE speaker = ?", (speaker,))
        else:
            row = self._read.one("SELECT count(*) FROM quotes")
        return row[0] if row else 0

    def speakers(self) -> list[tuple[str, int, int, list[str]]]:
        """(name, quotes, releases, roles newest first) for everyone quoted by name."""
        return [
            (name, quotes, releases, json.loads(roles))
            for name, quotes, releases, roles in self._read.all("SELECT * FROM speakers")
        ]

    def speaker_names(self) -> list[str]:
        return [row[0] for row in self._read.all("SELECT name FROM speakers")]

    def stats(self, release: str | None = None) -> list[dict]:
        """Figures with their release's title, date and source, newest first."""
        where, params = ("WHERE f.release_id = ?", [self.resolve(release)]) if release else ("", [])
        rows = self._read.all(
            f"SELECT f.doc, {_JOINED_RELEASE} FROM figures f JOIN releases r ON r.id = f.release_id "
            f"{where} ORDER BY f.sort, f.release_id, f.seq",
            params,
        )
        return [_figure_row(row) for row in rows]

    def figures_for_metric(
        self, metric: str, newer_than: str | None = None, limit: int | None = None
    ) -> list[dict]:
        """The figures whose label has the metric key ``metric``, newest first (the newest
        ``limit`` of them)."""
        sql = (
            f"SELECT f.doc, {_JOINED_RELEASE} FROM figures f JOIN releases r ON r.id = f.release_id "
            "WHERE f.metric = ?"
        )
        params: list[Any] = [metric]
        if newer_than:
            sql += " AND r.date > ?"
            params.append(newer_than)
        rows = self._read.all(
            sql + " ORDER BY f.sort, f.release_id, f.seq LIMIT ?", [*params, limit or -1]
        )
        return [_figure_row(row) for row in rows]

    def metrics_like(self, words: Iterable[str], limit: int = 500) -> list[tuple[str, str]]:
        """(metric key, a label) of metrics sharing a word with ``words``, most figures first."""
        terms = [w for w in dict.fromkeys(words) if w.isalnum()]
        if not terms:
            return []
        expression = " OR ".join(f'"{w}"*' for w in terms)
        return [
            (metric, label)
            for metric, label in self._read.all(
                "SELECT m.metric, m.label FROM metric_index i JOIN metrics m ON m.rowid = i.rowid "
                "WHERE metric_index MATCH ? AND m.figures > 0 ORDER BY m.figures DESC LIMIT ?",
                (expression, limit),
            )
        ]

    def quote(self, quote_id: str) -> dict:
        return self._record("quote", quote_id)

    def stat(self, stat_id: str) -> dict:
        return self._record("figure", stat_id)

    def _record(self, what: str, ref: str) -> dict:
        # "<release id or unique prefix>.q3": the release part may be shortened too.
        release_ref, dot, number = ref.strip().partition(".")
        with contextlib.suppress(UnknownIdError):
            if dot and release_ref:
                full = f"{self.resolve(release_ref)}.{number}"
                if what == "quote":
                    rows = self._read.all(
                        f"SELECT {_QUOTE_COLUMNS} FROM quotes q JOIN releases r "
                        "ON r.id = q.release_id WHERE q.id = ?",
                        (full,),
                    )
                    if rows:
                        return _quote_row(rows[0])
                else:
                    rows = self._read.all(
                        f"SELECT f.doc, {_JOINED_RELEASE} FROM figures f JOIN releases r "
                        "ON r.id = f.release_id WHERE f.id = ?",
                        (full,),
                    )
                    if rows:
                        return _figure_row(rows[0])
        raise UnknownIdError(f"no {what} has the id {ref!r}")

    def repeats(self, quote_ids: list[str]) -> dict[str, tuple[list[str], int]]:
        """Quote id -> (up to 20 quotes reusing one of its lines, newest first; how many)."""
        return self._read.repeats(quote_ids)

    def reused_lines(self, quote_id: str) -> list[tuple[str, int]]:
        """The lines of a quote used in other releases too, with how many releases use each."""
        return self._read.reused_lines(quote_id)

    def original(self, release_id: str) -> str:
        """The text a release was imported from, as read."""
        path = self.dir / ORIGINALS / f"{release_id}.json"
        return json.loads(path.read_text(encoding="utf-8"))["text"]

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

    def import_paths(
        self,
        paths: Iterable[str | os.PathLike[str]],
        progress: Progress | None = None,
        seeded: bool = False,
    ) -> ImportReport:
        """Import files and folders; one result per file, failures with their reason.

        Files are read and parsed on every core (a process pool), then added in one
        write: each store file they touch is rewritten once.
        """
        # Reading files (saved pages, encodings) is only needed here: reads stay light.
        from concurrent.futures import ProcessPoolExecutor

        from briefing.ingest import collect

        skipped: list[tuple[str, str]] = []
        files, missing = collect(list(paths), skipped)
        report = ImportReport([ImportResult(p, "failed", error=e) for p, e in missing])
        names = [str(path) for path in files]
        if len(names) >= POOL_THRESHOLD and (os.cpu_count() or 1) > 1:
            with ProcessPoolExecutor(os.cpu_count(), mp_context=_pool_context()) as pool:
                self._import_batches(pool.map(_parse_file, names, chunksize=8), names, report,
                                     progress, seeded)  # fmt: skip
        else:
            self._import_batches(map(_parse_file, names), names, report, progress, seeded)
        # Files that are not releases (a PDF, an image) last: named, with why, not failed.
        report.results += [ImportResult(p, "skipped", error=e) for p, e in skipped]
        return report

    def _import_batches(self, outcomes, names, report, progress, seeded) -> None:
        """Add parsed files a batch at a time, so memory stays bounded on a big import
        while the pool parses the next batch."""
        parsed: list[tuple[str, SourceFile, Records]] = []
        for path, source, outcome in _with_progress(outcomes, len(names), progress):
            if isinstance(outcome, str):
                report.results.append(ImportResult(path, "failed", error=outcome))
            else:
                parsed.append((path, source, outcome))  # type: ignore[arg-type]
            if len(parsed) >= IMPORT_BATCH:
                report.results.extend(self._import_parsed(parsed))
                parsed = []
        report.results.extend(self._import_parsed(parsed, seeded))

    def import_sources(self, sources: list[tuple[str, SourceFile]]) -> list[ImportResult]:
        """Parse decoded texts (a paste, standard input) and add them in one write."""
        parsed, results = [], []
        for path, source in sources:
            outcome = _parse_source(source)[0]
            if isinstance(outcome, str):
                results.append(ImportResult(path, "failed", error=outcome))
            else:
                parsed.append((path, source, outcome))
        results.extend(self._import_parsed(parsed))
        return results

    def _import_parsed(
        self, parsed: list[tuple[str, SourceFile, Records]], seeded: bool = False
    ) -> list[ImportResult]:
        if not parsed and not seeded:
            return []
        with self._writing():
            results = self._add(parsed)
            if seeded:
                self._save_user(lambda user: _put_setting(user, "seeded", True))
        return results

    def _add(self, parsed: list[tuple[str, SourceFile, Records]]) -> list[ImportResult]:
        """Add parsed files. A file replaces a stored release only when it is the same
        document: imported from the same path, or with the same headline and date."""
        results: list[ImportResult] = []
        new: dict[str, Records] = {}
        texts: dict[str, str] = {}
        replaces: dict[str, str] = {}  # new id -> the id of the version it replaces
        claimed: dict[tuple, ImportResult] = {}  # document key -> its result in this import
        for _, source, (release, _, _) in parsed:
            if source.canonical:
                release["canonical"] = source.canonical
        existing = self._existing(
            [records[0]["id"] for _, _, records in parsed],
            [_document_keys(records[0], path) for path, _, records in parsed],
        )
        for path, source, records in parsed:
            release = records[0]
            release["origin"] = _origin(path)
            rid = release["id"]
            if rid in existing["ids"] or rid in new:
                results.append(ImportResult(path, "unchanged", rid, release["title"]))
                continue
            keys = _document_keys(release, path)
            earlier = next((claimed[k] for k in keys if k in claimed), None)
            if earlier is not None and earlier.release_id in new:
                # The same document twice in one import: the later file wins, and says why.
                del new[earlier.release_id]
                replaces.pop(earlier.release_id, None)
                earlier.status, earlier.error = "failed", f"replaced by {path} (same document)"
            old = next((existing["keys"][k] for k in keys if k in existing["keys"]), None)
            new[rid] = records
            texts[rid] = source.text
            if old and old not in replaces.values():
                replaces[rid] = old
            result = ImportResult(path, "updated" if old else "imported", rid, release["title"])
            for key in keys:
                claimed[key] = result
            results.append(result)
        if not new:
            return results
        # A corrected date follows the document to its new version. It is copied to the
        # new id before the store files change, so a crash at any later step leaves the
        # date on whichever version is stored; the old id's copy goes last.
        moved = {old: rid for rid, old in replaces.items() if old in self._dates}
        if moved:
            self._save_user(lambda user: _copy_dates(user, moved))
        created = self._write_originals(new, texts, replaces)
        try:
            self._write_shards(list(new.values()), replaced=list(replaces.values()))
        except BaseException:
            for path in created:
                with contextlib.suppress(OSError):
                    path.unlink()
            raise
        if moved:
            self._save_user(lambda user: _drop_dates(user, set(moved)))
        for old in replaces.values():
            with contextlib.suppress(OSError):
                (self.dir / ORIGINALS / f"{old}.json").unlink()
        self._settled_originals()
        return results

    def _existing(self, ids: list[str], keys: list[list[tuple]]) -> dict[str, Any]:
        """Which of ``ids`` are stored, and which stored release each document key names."""
        wanted = {k for group in keys for k in group}
        by_key: dict[tuple, str] = {}
        for kind, sql in _DOCUMENT_KEYS.items():
            values = list({k[1] for k in wanted if k[0] == kind})
            for start in range(0, len(values), 400):
                chunk = values[start : start + 400]
                rows = self._read.all(sql.format(marks=", ".join("?" * len(chunk))), chunk)
                for rid, *key in rows:
                    by_key[(kind, *key)] = rid
        found = set(self.release_views(ids))
        return {"ids": found, "keys": {k: v for k, v in by_key.items() if k in wanted}}

    def _write_originals(
        self, new: dict[str, Records], texts: dict[str, str], replaces: dict[str, str]
    ) -> list[Path]:
        created: list[Path] = []  # originals this import adds: gone again if it fails
        self._unsettle_originals()
        try:
            for rid, (release, _, _) in new.items():
                path = self.dir / ORIGINALS / f"{rid}.json"
                kept = {
                    "source": release["source"],
                    "origin": release["origin"],
                    "text": texts[rid],
                }
                if rid in replaces:
                    # Should a crash leave the old version's original behind, a rebuild
                    # still knows this one is newer.
                    kept["replaces"] = replaces[rid]
                if not path.exists():
                    created.append(path)
                payload = json.dumps(kept, ensure_ascii=False).encode("utf-8")
                atomic_write_bytes(path, payload, durable=False)
            sync_all(created or [self.dir / ORIGINALS])  # once for the batch, before the store
        except BaseException:
            for path in created:
                with contextlib.suppress(OSError):
                    path.unlink()
            raise
        return created

    def _write_shards(self, records: list[Records], replaced: list[str]) -> None:
        """Write new releases into their monthly files (each touched file once), remove
        the ``replaced`` ones, then bring the read model up to date in one transaction.
        The store files are the commit point: a crash before them leaves nothing."""
        by_shard: dict[str, list[Records]] = {}
        for item in records:
            by_shard.setdefault(shard_of(item[0]), []).append(item)
        gone: dict[str, list[str]] = {}
        for rid in replaced:
            shard = self._read.one("SELECT shard FROM releases WHERE id = ?", (rid,))
            if shard:
                gone.setdefault(shard[0], []).append(rid)
        for name in sorted(set(by_shard) | set(gone)):
            db = self._shard(name)
            with db.storage.batch():  # type: ignore[attr-defined]
                if gone.get(name):
                    _remove_from(db, gone[name])
                items = by_shard.get(name, [])
                if items:
                    db.table("releases").insert_multiple(r for r, _, _ in items)
                    db.table("quotes").insert_multiple(q for _, qs, _ in items for q in qs)
                    db.table("figures").insert_multiple(f for _, _, fs in items for f in fs)
        model = self._read
        with model.transaction(), model.loading(bulk=len(records) > BULK_RELEASES) as load:
            model.remove_releases(replaced, load)
            model.add_releases(
                ((shard_of(item[0]), *item) for item in records), self._dates, load=load
            )
            model.put("shards", self._signatures())

    def delete_release(self, ref: str) -> dict:
        """Remove a release with its quotes and figures (its original file too)."""
        with self._writing():
            rid = self.resolve(ref)
            release = self.release_views([rid])[rid]
            # The original goes first: a crash before the store write must not let a
            # later rebuild bring the deleted release back. Restored if the write fails.
            original = self.dir / ORIGINALS / f"{rid}.json"
            aside = original.with_name(original.name + DELETING)
            self._unsettle_originals()
            if original.exists():
                os.replace(original, aside)
            try:
                db = self._shard(release["shard"])
                with db.storage.batch():  # type: ignore[attr-defined]
                    _remove_from(db, [rid])
            except BaseException:
                if aside.exists():
                    os.replace(aside, original)
                raise
            with contextlib.suppress(FileNotFoundError):
                aside.unlink()
            self._settled_originals()
            with self._read.transaction():
                self._read.remove_releases([rid])
                self._read.put("shards", self._signatures())
        return release

    def set_date(self, ref: str, iso: str) -> dict:
        """Correct a release's date; kept in the user's data, so re-imports keep it."""
        if not is_iso_date(iso):
            raise StoreError(f"{iso!r} is not a date in the form YYYY-MM-DD (e.g. 2024-01-05)")
        with self._writing():
            rid = self.resolve(ref)
            self._save_user(lambda user: _replace(user, "dates", {"release_id": rid, "date": iso}))
            with self._read.transaction():
                self._read.redate(rid, iso)
        return self.release_views([rid])[rid]

    def user_table(self, table: str) -> list[dict]:
        """The rows of one table of the user's own data (copies: change them via ``save_user``)."""
        # What this process last read: a change on disk is picked up by ``refresh``
        # (which tells the app to reload), never silently by a read like this one.
        data = self._user_storage.cached() or {}
        rows = data.get(table, {})
        return json.loads(json.dumps(list(rows.values()))) if isinstance(rows, dict) else []

    def save_user(self, change: Callable[[dict], None]) -> None:
        """Change the user's own data under the lock, from what is on disk now, atomically.

        ``change`` gets the whole user data as ``{table: {doc id: doc}}`` and edits it in place.
        """
        with self._writing():
            self._save_user(change)

    def _save_user(self, change: Callable[[dict], None]) -> None:
        """Apply ``change`` to the user's data and write it, keeping the previous copy."""
        current = self._user_path
        if current.exists():
            with contextlib.suppress(CorruptStoreError):
                load_json_tables(current)
                atomic_write_bytes(self.dir / (USER_FILE + ".bak"), current.read_bytes())
        data = json.loads(json.dumps(self._user_storage.read() or {}))
        change(data)
        self._user_storage.write(data)
        self._load_user()
        with self._read.transaction():  # this process's own write is not news to it
            self._read.put("user", list(file_signature(self._user_path) or ()))

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
                records = build_records(kept["text"], kept["source"], today)
                records[0]["origin"] = kept.get("origin", "")
                if kept.get("canonical"):
                    records[0]["canonical"] = kept["canonical"]
            except Exception as error:  # noqa: BLE001 - one bad original must not stop a rebuild
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


# ---------------------------------------------------------------------- helpers

# How the release list can be ordered (the SQL is ours, never the user's).
RELEASE_ORDERS = {
    "newest": "sort, id",
    "oldest": "date IS NULL, date, id",
    "title": "title COLLATE NOCASE, sort, id",
    "publisher": "publisher IS NULL, publisher COLLATE NOCASE, sort, id",
    "quotes": "quotes DESC, sort, id",
    "figures": "stats DESC, sort, id",
}
_RELEASE_COLUMNS = (
    "id, title, title_derived, date, date_estimated, date_corrected, publisher, source, "
    "quotes, stats, shard"
)
_JOINED_RELEASE = "r.title, r.date, r.date_estimated, r.publisher, r.source"
_QUOTE_COLUMNS = (
    "q.id, q.release_id, q.speaker, q.role, q.text, q.paragraphs, q.block_start, q.block_end, "
    "q.kind, " + _JOINED_RELEASE
)


def _release_row(row: tuple) -> dict:
    keys = ("id", "title", "title_derived", "date", "date_estimated", "date_corrected",
            "publisher", "source", "quotes", "stats", "shard")  # fmt: skip
    view = dict(zip(keys, row, strict=True))
    for key in ("title_derived", "date_estimated", "date_corrected"):
        view[key] = bool(view[key])
    return view


def _joined(row: tuple) -> dict:
    title, iso, estimated, publisher, source = row
    return {"release_title": title, "date": iso, "date_estimated": bool(estimated),
            "publisher": publisher, "source": source}  # fmt: skip


def _quote_row(row: tuple) -> dict:
    keys = ("id", "release_id", "speaker", "role", "text", "paragraphs", "block_start", "block_end",
            "kind")  # fmt: skip
    return {**dict(zip(keys, row[:9], strict=True)), **_joined(row[9:])}


def _figure_row(row: tuple) -> dict:
    return {**json.loads(row[0]), **_joined(row[1:])}


def _title_filter(text: str | None) -> tuple[str, list[str]]:
    """The releases whose title, publisher, file name, id or shown date has words
    starting with each typed word (an FTS5 prefix query: instant on 50,000 releases)."""
    words = [w for w in folded_words(text or "") if w]
    if not words:
        return "", []
    # A single character is matched as a word: as a prefix it would match most of the
    # archive on the first keystroke, and nobody filters by "any word starting with m".
    texts = [w.decode() if isinstance(w, bytes) else w for w in words[:12]]
    expression = " AND ".join(f'"{w}"' + ("*" if len(w) > 1 else "") for w in texts)
    return "WHERE rowid IN (SELECT rowid FROM release_filter WHERE release_filter MATCH ?)", [
        expression
    ]


def _with_progress(results: Iterable, total: int, progress: Progress | None) -> Iterator:
    for number, result in enumerate(results, start=1):
        if progress:
            progress(number, total)
        yield result


def _origin(path: str) -> str:
    """Where a file was imported from, as the document's identity (not its bare name)."""
    if not path or path == "-":
        return ""
    try:
        return str(Path(path).expanduser().resolve())
    except (OSError, RuntimeError, ValueError):  # ValueError: a NUL in the name
        return path


# Document key kind -> the query giving (id, *key) of the stored releases with those keys.
_DOCUMENT_KEYS = {
    "origin": "SELECT id, origin FROM releases WHERE origin IN ({marks})",
    "url": "SELECT id, canonical FROM releases WHERE canonical IN ({marks})",
    "headline": "SELECT id, title, parsed_date FROM releases WHERE title IN ({marks}) "
    "AND parsed_date IS NOT NULL",
}


def _document_keys(release: dict, path: str) -> list[tuple]:
    """What makes two files the same document: the path they came from, the address a
    saved page gives for itself, or the same headline over the same stated date."""
    keys: list[tuple] = []
    origin = _origin(path)
    if origin:
        keys.append(("origin", origin))
    if release.get("canonical"):
        keys.append(("url", release["canonical"]))
    if (
        release.get("date")
        and not release.get("date_estimated")
        and not release.get("title_derived")
    ):
        keys.append(("headline", release["title"], release["date"]))
    return keys


def _remove_from(db: TinyDB, release_ids: list[str]) -> None:
    doomed = set(release_ids)
    record = Query()
    db.table("releases").remove(record.id.one_of(doomed))
    db.table("quotes").remove(record.release_id.one_of(doomed))
    db.table("figures").remove(record.release_id.one_of(doomed))


def _legacy_part(release: dict, doc: dict) -> dict:
    """A quote or figure from the single-file store, in today's form (spans, not copies)."""
    doc = dict(doc)
    blocks = release["blocks"]
    if "text" in doc and "block_start" in doc:
        parts = []
        for paragraph in doc.pop("text").split("\n\n"):
            span = next(
                ([i, blocks[i][1].find(paragraph), blocks[i][1].find(paragraph) + len(paragraph)]
                 for i in range(doc["block_start"], min(doc["block_end"] + 1, len(blocks)))
                 if paragraph in blocks[i][1]),
                None,
            )  # fmt: skip
            parts.append(span or paragraph)
        doc["parts"] = parts
    elif "sentence" in doc:
        block = blocks[doc["block"]][1] if doc.get("block", 0) < len(blocks) else ""
        start = block.find(doc["sentence"]) if doc["sentence"] else -1
        if start >= 0:
            doc["sentence_span"] = [start, start + len(doc.pop("sentence"))]
    return doc


def _replace(data: dict, table: str, doc: dict) -> None:
    """Put ``doc`` in ``table`` in place of any doc for the same release."""
    rows = data.setdefault(table, {})
    for key, existing in list(rows.items()):
        if existing.get("release_id") == doc["release_id"]:
            del rows[key]
    next_id = max((int(k) for k in rows if k.isdigit()), default=0) + 1
    rows[str(next_id)] = doc


def _copy_dates(data: dict, moved: dict[str, str]) -> None:
    for doc in list(data.get("dates", {}).values()):
        if doc.get("release_id") in moved:
            _replace(data, "dates", {**doc, "release_id": moved[doc["release_id"]]})


def _drop_dates(data: dict, release_ids: set[str]) -> None:
    rows = data.get("dates", {})
    for key, doc in list(rows.items()):
        if doc.get("release_id") in release_ids:
            del rows[key]


def _put_setting(data: dict, key: str, value: Any) -> None:
    rows = data.setdefault("store", {})
    doc = rows.setdefault("1", {})
    doc[key] = value


def _move_aside(path: Path) -> Path:
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = _unique(path.with_name(f"{path.name}.corrupt-{stamp}"))
    os.replace(path, target)
    return target


def _unique(path: Path) -> Path:
    """``path``, or the same with -2, -3 ... when it exists: never replace a kept copy."""
    target, number = path, 1
    while target.exists():
        number += 1
        target = path.with_name(f"{path.name}-{number}")
    return target


def _reason(error: OSError) -> str:
    if error.errno == errno.ENOSPC:
        return "the disk is full"
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return "permission denied (read-only?)"
    return error.strerror or str(error)
