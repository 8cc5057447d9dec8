"""The local store: releases, quotes and figures in TinyDB, the user's own data apart.

Files in the data dir:
  store.json      releases, quotes, stats, meta — derived data, rebuildable
  user.json       the user's own data (corrected dates; pins and packs) — small,
                  so a save never rewrites megabytes; user.json.bak is the previous version
  originals/      each imported text, so ``rebuild`` can re-create store.json
  .lock           inter-process lock taken around every write

Reads are served from memory (parsed once per process, re-read when another
process changed a file); every write takes the lock, re-reads what changed on
disk and writes atomically (see ``storage``).
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from filelock import FileLock, Timeout
from tinydb import TinyDB

from briefing import resources
from briefing.ingest import InputError, SourceFile, collect, read_source
from briefing.records import build_records
from briefing.storage import (
    AtomicJSONStorage,
    CorruptStoreError,
    atomic_write_bytes,
    file_signature,
    load_json_tables,
    remove_orphan_temps,
    sync_all,
)

STORE_FILE = "store.json"
USER_FILE = "user.json"
ORIGINALS = "originals"
LOCK_FILE = ".lock"
CACHE_DIR = "cache"  # derived files (the search index), safe to delete
DELETING = ".deleting"  # an original set aside while its release is being deleted
LOCK_TIMEOUT = 10.0


class StoreError(Exception):
    """Something the user must know about the store; the message is one line."""


class UnknownIdError(StoreError):
    """No release, quote or figure has that id."""


@dataclass
class ImportResult:
    path: str
    status: str  # imported | updated | unchanged | failed
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
        }

    def summary(self) -> str:
        return (
            f"{self.count('imported')} imported, {self.count('updated')} updated, "
            f"{self.count('unchanged')} unchanged, {len(self.failed)} failed"
        )


def _newest_first(release: dict) -> tuple:
    # Undated releases sort last; ISO dates compare as strings.
    iso = release.get("date")
    return (iso is None, "" if iso is None else _invert(iso), release.get("title", ""))


def _invert(iso: str) -> str:
    return "".join(chr(0x7F - ord(ch)) for ch in iso)


class Store:
    """The user's library of releases. Open one per process."""

    def __init__(self, data_dir: str | os.PathLike[str], *, seed: bool = True) -> None:
        self.dir = Path(data_dir)
        self.warnings: list[str] = []
        try:
            (self.dir / ORIGINALS).mkdir(parents=True, exist_ok=True)
        except OSError as error:
            if not (self.dir / STORE_FILE).exists():
                raise StoreError(
                    f"cannot create the data folder {self.dir}: {_reason(error)}"
                ) from None
        self._lock = FileLock(str(self.dir / LOCK_FILE), timeout=LOCK_TIMEOUT)
        # Only while no other process writes: a temp file may be its write in progress.
        with contextlib.suppress(OSError, Timeout), self._lock.acquire(timeout=0):
            for folder in (self.dir, self.dir / ORIGINALS, self.dir / CACHE_DIR):
                remove_orphan_temps(folder)
        self._db = TinyDB(self.dir / STORE_FILE, storage=AtomicJSONStorage)
        self._user = TinyDB(self.dir / USER_FILE, storage=AtomicJSONStorage)
        self._releases: dict[str, dict] = {}
        self._quotes: dict[str, list[dict]] = {}
        self._stats: dict[str, list[dict]] = {}
        self._dates: dict[str, dict] = {}  # release id -> the user's corrected date
        self._dates_by_source: dict[str | None, dict] = {}
        self._open()
        self._finish_deletes()
        if seed and not self._releases and not self._meta().get("seeded"):
            self._seed()

    # ----------------------------------------------------------------- opening

    @property
    def _storage(self) -> AtomicJSONStorage:
        return self._db.storage  # type: ignore[return-value]

    @property
    def _user_storage(self) -> AtomicJSONStorage:
        return self._user.storage  # type: ignore[return-value]

    def _open(self) -> None:
        try:
            self._load()
        except CorruptStoreError as problem:
            self._recover_store(str(problem))
        try:
            self._load_user()
        except CorruptStoreError as problem:
            self._recover_user(str(problem))

    def _finish_deletes(self) -> None:
        """Settle deletes a crash interrupted: the store file says whether it happened."""
        for aside in (self.dir / ORIGINALS).glob("*" + DELETING):
            original = aside.with_name(aside.name.removesuffix(DELETING))
            with contextlib.suppress(OSError):
                if original.stem in self._releases:
                    os.replace(aside, original)
                else:
                    aside.unlink()

    def _load(self) -> None:
        data = self._storage.read() or {}
        self._db._tables.clear()  # their cached next ids may predate another process's write
        releases = data.get("releases", {})
        self._releases = {doc["id"]: doc for doc in releases.values()}
        self._quotes = _group(data.get("quotes", {}).values())
        self._stats = _group(data.get("stats", {}).values())

    def _load_user(self) -> None:
        data = self._user_storage.read() or {}
        self._user._tables.clear()
        self._dates = {doc["release_id"]: doc for doc in data.get("dates", {}).values()}
        self._dates_by_source = {doc.get("source"): doc for doc in self._dates.values()}

    def _meta(self) -> dict:
        data = self._storage.cached() or {}
        return next(iter(data.get("meta", {}).values()), {})

    def _move_aside(self, path: Path) -> Path:
        stamp = time.strftime("%Y%m%d-%H%M%S")
        target = path.with_name(f"{path.name}.corrupt-{stamp}")
        number = 1
        while target.exists():  # never replace an earlier damaged copy
            number += 1
            target = path.with_name(f"{path.name}.corrupt-{stamp}-{number}")
        os.replace(path, target)
        return target

    def _recover_store(self, problem: str) -> None:
        path = self.dir / STORE_FILE
        try:
            kept = self._move_aside(path)
        except OSError as error:
            raise StoreError(
                f"the store is damaged ({problem}) and cannot be moved aside: {_reason(error)}"
            ) from None
        self._storage.forget()
        count = self.rebuild()
        self.warnings.append(
            f"The store was damaged ({problem}); it was kept as {kept} "
            f"and rebuilt from {count} original files."
        )

    def _recover_user(self, problem: str) -> None:
        path = self.dir / USER_FILE
        backup = self.dir / (USER_FILE + ".bak")
        try:
            kept = self._move_aside(path)
        except OSError as error:
            why = f"your saved data is damaged ({problem}); cannot move it aside: {_reason(error)}"
            raise StoreError(why) from None
        restored = False
        with contextlib.suppress(CorruptStoreError, OSError):
            load_json_tables(backup)
            atomic_write_bytes(path, backup.read_bytes())
            restored = True
        self._user_storage.forget()
        self._load_user()
        what = "restored from its last good copy" if restored else "started empty"
        self.warnings.append(
            f"Your saved data was damaged ({problem}); it was kept as {kept} and {what}."
        )

    def _seed(self) -> None:
        seeds = sorted(resources.seeds_dir().glob("*.txt"))
        report = self.import_paths(seeds, meta={"seeded": True})
        for failure in report.failed:
            self.warnings.append(f"bundled release {failure.path} failed: {failure.error}")

    # ------------------------------------------------------------------ reading

    def refresh(self) -> bool:
        """Re-read files another process changed; True if anything did."""
        changed = False
        if self._storage.changed_on_disk():
            self._open()
            changed = True
        elif self._user_storage.changed_on_disk():
            try:
                self._load_user()
            except CorruptStoreError as problem:
                self._recover_user(str(problem))
            changed = True
        return changed

    @property
    def generation(self) -> int:
        """Bumped by every rebuild: derived data (quotes, figures, indexes) was re-made."""
        return int(self._meta().get("generation", 0))

    def fingerprint(self) -> str:
        """Changes whenever the releases or their dates change (for caches)."""
        return json.dumps(
            [file_signature(self.dir / STORE_FILE), file_signature(self.dir / USER_FILE)]
        )

    def _view(self, doc: dict) -> dict:
        """A release as callers see it: the user's corrected date applied, counts added."""
        rid = doc["id"]
        override = self._dates.get(rid) or self._source_override(doc)
        view = {k: v for k, v in doc.items() if k != "blocks"}
        if override:
            view["date"], view["date_estimated"], view["date_corrected"] = (
                override["date"],
                False,
                True,
            )
        else:
            view["date_corrected"] = False
        view["quotes"] = len(self._quotes.get(rid, ()))
        view["stats"] = len(self._stats.get(rid, ()))
        return view

    def _source_override(self, doc: dict) -> dict | None:
        # A corrected date follows the file when an edited version replaces the release.
        override = self._dates_by_source.get(doc.get("source"))
        if override and override["release_id"] not in self._releases:
            return override
        return None

    def releases(self) -> list[dict]:
        """Every release (without its text), newest first, undated last."""
        return sorted((self._view(doc) for doc in self._releases.values()), key=_newest_first)

    def release_ids(self) -> list[str]:
        return list(self._releases)

    def resolve(self, ref: str) -> str:
        """The full id of the release ``ref`` names (an id or a unique prefix)."""
        ref = ref.strip().lower()
        if ref in self._releases:
            return ref
        matches = [rid for rid in self._releases if rid.startswith(ref)] if ref else []
        if not matches and ref:
            # People also name a release by its file: "001" for 001_474315e251677573.txt.
            matches = [
                rid for rid, doc in self._releases.items() if doc["source"].lower().startswith(ref)
            ]
        if len(matches) == 1:
            return matches[0]
        if not matches:
            raise UnknownIdError(f"no release has the id {ref!r} (see `briefing releases`)")
        raise UnknownIdError(f"{ref!r} matches {len(matches)} releases; type more of the id")

    def release(self, ref: str) -> dict:
        """One release with its blocks: ``[[section, text, bullet], ...]``."""
        doc = self._releases[self.resolve(ref)]
        return {**self._view(doc), "blocks": doc["blocks"]}

    def _with_release(self, record: dict) -> dict:
        view = self._view(self._releases[record["release_id"]])
        return {
            **record,
            "release_title": view["title"],
            "date": view["date"],
            "date_estimated": view["date_estimated"],
            "publisher": view["publisher"],
            "source": view["source"],
        }

    def quotes(self, release: str | None = None) -> list[dict]:
        """Quotes with their release's title, date and source, newest first."""
        ids = [self.resolve(release)] if release else list(self._releases)
        found = [self._with_release(q) for rid in ids for q in self._quotes.get(rid, ())]
        return sorted(found, key=lambda q: (_newest_first(q), q["block_start"]))

    def stats(self, release: str | None = None) -> list[dict]:
        """Figures with their release's title, date and source, newest first."""
        ids = [self.resolve(release)] if release else list(self._releases)
        found = [self._with_release(s) for rid in ids for s in self._stats.get(rid, ())]
        return sorted(found, key=lambda s: (_newest_first(s), s["block"]))

    def quote(self, quote_id: str) -> dict:
        return self._record(self._quotes, quote_id, "quote")

    def stat(self, stat_id: str) -> dict:
        return self._record(self._stats, stat_id, "figure")

    def _record(self, table: dict[str, list[dict]], ref: str, what: str) -> dict:
        # "<release id or unique prefix>.q3": the release part may be shortened too.
        release_ref, dot, number = ref.strip().partition(".")
        with contextlib.suppress(UnknownIdError):
            full = f"{self.resolve(release_ref)}.{number}"
            for record in table.get(full.partition(".")[0], ()) if dot else ():
                if record["id"] == full:
                    return self._with_release(record)
        raise UnknownIdError(f"no {what} has the id {ref!r}")

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
                if self._storage.changed_on_disk() or self._user_storage.changed_on_disk():
                    self._open()
                try:
                    yield
                except OSError as error:
                    self._storage.forget()
                    self._user_storage.forget()
                    self._open()
                    raise StoreError(f"could not save to {self.dir}: {_reason(error)}") from None
        except Timeout:
            raise StoreError(
                f"the store in {self.dir} is locked by another Briefing process; try again in a moment"
            ) from None
        except OSError as error:  # taking the lock: the lock file cannot be created
            raise StoreError(f"the data folder {self.dir} is read-only: {_reason(error)}") from None

    def import_paths(
        self,
        paths: Iterable[str | os.PathLike[str]],
        progress: Callable[[int, int], None] | None = None,
        meta: dict | None = None,
    ) -> ImportReport:
        """Import files and folders; one result per file, failures with their reason."""
        files, missing = collect(list(paths))
        report = ImportReport(
            [ImportResult(path, "failed", error=error) for path, error in missing]
        )
        sources: list[tuple[str, SourceFile]] = []
        for number, path in enumerate(files, start=1):
            try:
                sources.append((str(path), read_source(path)))
            except InputError as error:
                report.results.append(ImportResult(str(path), "failed", error=str(error)))
            if progress:
                progress(number, len(files))
        report.results.extend(self.import_sources(sources, meta=meta))
        return report

    def import_sources(
        self, sources: list[tuple[str, SourceFile]], meta: dict | None = None
    ) -> list[ImportResult]:
        """Parse decoded files (outside the lock), then add them in one atomic write."""
        parsed: list[tuple[str, SourceFile, tuple[dict, list, list]]] = []
        results: list[ImportResult] = []
        today = date.today()
        for path, source in sources:
            try:
                parsed.append((path, source, build_records(source.text, source.name, today)))
            except Exception as error:  # noqa: BLE001 - one bad file must not stop the import
                results.append(ImportResult(path, "failed", error=f"could not parse: {error}"))
        if not parsed and not meta:
            return results
        with self._writing():
            results.extend(self._add(parsed, meta))
        return results

    def _add(self, parsed: list, meta: dict | None) -> list[ImportResult]:
        results: list[ImportResult] = []
        by_source = {doc["source"]: rid for rid, doc in self._releases.items()}
        replaced: list[str] = []
        replaces: dict[str, str] = {}  # new id -> the id of the version it replaces
        new: dict[str, tuple[dict, list, list, str]] = {}
        pending: dict[str, ImportResult] = {}  # file name -> its result in this import
        for path, source, (release, quotes, stats) in parsed:
            rid = release["id"]
            if rid in self._releases or rid in new:
                results.append(ImportResult(path, "unchanged", rid, release["title"]))
                continue
            if earlier := pending.get(source.name):
                # One release per file name: the later file wins, and the earlier says why.
                del new[earlier.release_id]
                earlier.status, earlier.error = "failed", f"replaced by {path} (same file name)"
            old = by_source.get(source.name)
            status = "updated" if old else "imported"
            if old:
                replaced.append(old)
                replaces[rid] = old
                del by_source[source.name]
            new[rid] = (release, quotes, stats, source.text)
            pending[source.name] = ImportResult(path, status, rid, release["title"])
            results.append(pending[source.name])
        if not new and not meta:
            return results
        created: list[Path] = []  # originals this import adds: gone again if it fails
        try:
            for rid, (release, _, _, text) in new.items():
                path = self.dir / ORIGINALS / f"{rid}.json"
                # "replaces": should a crash leave the old version's original behind, a
                # rebuild still knows this one is newer.
                kept = {"source": release["source"], "text": text}
                if rid in replaces:
                    kept["replaces"] = replaces[rid]
                payload = json.dumps(kept, ensure_ascii=False)
                if not path.exists():
                    created.append(path)
                atomic_write_bytes(path, payload.encode("utf-8"), durable=False)
            sync_all(created or [self.dir / ORIGINALS])  # once for the batch, before the store
            with self._storage.batch():
                if replaced:
                    self._remove(replaced)
                docs = list(new.values())
                self._db.table("releases").insert_multiple(r for r, _, _, _ in docs)
                self._db.table("quotes").insert_multiple(q for _, qs, _, _ in docs for q in qs)
                self._db.table("stats").insert_multiple(s for _, _, ss, _ in docs for s in ss)
                if meta:
                    self._db.table("meta").truncate()
                    self._db.table("meta").insert({**self._meta(), **meta})
        except OSError:
            for path in created:
                with contextlib.suppress(OSError):
                    path.unlink()
            raise
        for rid in replaced:
            with contextlib.suppress(OSError):
                (self.dir / ORIGINALS / f"{rid}.json").unlink()
        self._load()
        return results

    def _remove(self, release_ids: list[str]) -> None:
        doomed = set(release_ids)
        for table in ("releases", "quotes", "stats"):
            key = "id" if table == "releases" else "release_id"
            self._db.table(table).remove(lambda doc, key=key: doc.get(key) in doomed)

    def delete_release(self, ref: str) -> dict:
        """Remove a release with its quotes and figures (its original file too)."""
        rid = self.resolve(ref)
        release = self._view(self._releases[rid])
        with self._writing():
            rid = self.resolve(rid)
            # The original goes first: a crash before the store write must not let a
            # later rebuild bring the deleted release back. Restored if the write fails.
            original = self.dir / ORIGINALS / f"{rid}.json"
            aside = original.with_name(original.name + DELETING)
            if original.exists():
                os.replace(original, aside)
            try:
                with self._storage.batch():
                    self._remove([rid])
            except BaseException:
                if aside.exists():
                    os.replace(aside, original)
                raise
            with contextlib.suppress(FileNotFoundError):
                aside.unlink()
            self._load()
        return release

    def set_date(self, ref: str, iso: str) -> dict:
        """Correct a release's date; kept in the user's data, so re-imports keep it."""
        try:
            date.fromisoformat(iso)
        except ValueError:
            raise StoreError(f"{iso!r} is not a date in the form YYYY-MM-DD") from None
        rid = self.resolve(ref)
        with self._writing():
            source = self._releases[rid]["source"]
            self._save_user(
                lambda user: _replace(
                    user, "dates", {"release_id": rid, "source": source, "date": iso}
                )
            )
        return self._view(self._releases[rid])

    def user_table(self, table: str) -> list[dict]:
        """The rows of one table of the user's own data (copies: change them via ``save_user``)."""
        # What this process last read: a change on disk is picked up by ``refresh``
        # (which tells the app to reload), never silently by a read like this one.
        data = self._user_storage.cached() or {}
        return json.loads(json.dumps(list(data.get(table, {}).values())))

    def save_user(self, change: Callable[[dict], None]) -> None:
        """Change the user's own data under the lock, from what is on disk now, atomically.

        ``change`` gets the whole user data as ``{table: {doc id: doc}}`` and edits it in place.
        """
        with self._writing():
            self._save_user(change)

    def _save_user(self, change: Callable[[dict], None]) -> None:
        """Apply ``change`` to the user's data and write it, keeping the previous copy."""
        current = self.dir / USER_FILE
        if current.exists():
            with contextlib.suppress(CorruptStoreError):
                load_json_tables(current)
                atomic_write_bytes(self.dir / (USER_FILE + ".bak"), current.read_bytes())
        data = json.loads(json.dumps(self._user_storage.read() or {}))
        change(data)
        self._user_storage.write(data)
        self._load_user()

    def rebuild(self) -> int:
        """Re-create store.json from the kept originals; returns how many went in."""
        sources: list[tuple[str, SourceFile, tuple[dict, list, list]]] = []
        today = date.today()
        unreadable: set[str] = set()  # kept as they are: never deleted below
        newer: dict[str, tuple[int, str | None]] = {}  # id -> (mtime, id it replaces)
        for path in sorted((self.dir / ORIGINALS).glob("*.json")):
            try:
                kept = json.loads(path.read_text(encoding="utf-8"))
                source = SourceFile(kept["source"], kept["text"], "utf-8")
                records = build_records(source.text, source.name, today)
                newer[path.stem] = (path.stat().st_mtime_ns, kept.get("replaces"))
                sources.append((str(path), source, records))
            except Exception as error:  # noqa: BLE001 - one bad original must not stop a rebuild
                unreadable.add(path.stem)
                self.warnings.append(f"original {path.name} could not be read: {error}")
        # An edited file's older version, left behind by a crash mid-import, stays out.
        superseded = {
            old for mtime, old in newer.values() if old in newer and newer[old][0] < mtime
        }
        sources = [item for item in sources if Path(item[0]).stem not in superseded]
        with self._writing():
            meta = {**self._meta(), "generation": self.generation + 1}
            if sources:
                meta["seeded"] = True
            with self._storage.batch():
                for table in ("releases", "quotes", "stats", "meta"):
                    self._db.drop_table(table)
                self._load()
                self._add(sources, meta)
            # Originals are named by the id their text had; drop any that no longer match.
            for path in (self.dir / ORIGINALS).glob("*.json"):
                if path.stem not in self._releases and path.stem not in unreadable:
                    with contextlib.suppress(OSError):
                        path.unlink()
        return len(self._releases)


def _group(records: Iterable[dict]) -> dict[str, list[dict]]:
    grouped: dict[str, list[dict]] = {}
    for record in records:
        grouped.setdefault(record["release_id"], []).append(record)
    return grouped


def _replace(data: dict, table: str, doc: dict) -> None:
    """Put ``doc`` in ``table`` in place of any doc for the same release."""
    rows = data.setdefault(table, {})
    for key, existing in list(rows.items()):
        if existing.get("release_id") == doc["release_id"]:
            del rows[key]
    next_id = max((int(k) for k in rows), default=0) + 1
    rows[str(next_id)] = doc


def _reason(error: OSError) -> str:
    if error.errno == errno.ENOSPC:
        return "the disk is full"
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return "permission denied (read-only?)"
    return error.strerror or str(error)
