"""Import: files parsed on every core, documents matched to their older versions, written once."""

from __future__ import annotations

import contextlib
import json
import os
from collections import deque
from collections.abc import Iterable, Iterator, Mapping
from datetime import date
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefing.documents import Records, build_records
from briefing.store.files import (
    atomic_write_bytes,
    sync_all,
)

if TYPE_CHECKING:
    from concurrent.futures import Executor

    from briefing.ingest import SourceFile

from briefing.store.base import (
    BULK_RELEASES,
    DELETING,
    IMPORT_BATCH,
    ORIGINALS,
    POOL_THRESHOLD,
    ImportReport,
    ImportResult,
    ParseTooSlow,
    Progress,
    StoreParts,
    _remove_from,
    _with_progress,
    parse_time_limit,
    process_context,
    shard_of,
)
from briefing.store.user import (
    _copy_dates,
    _drop_dates,
    _put_setting,
)

PARSE_CHUNK = 8  # files a worker parses per task
PARSE_AHEAD = IMPORT_BATCH // PARSE_CHUNK  # tasks in flight: a batch parsed ahead
FIRST_BATCH = 500  # files in the first batch written; each next one twice as many


def _parse_file(path: str) -> tuple[str, SourceFile | None, Records | str]:
    """Read and parse one file (in a worker process): records, or the one-line reason."""
    from briefing.ingest import InputError, read_source

    try:
        source = read_source(Path(path))
    except InputError as error:
        return path, None, str(error)
    return (path, source, *_parse_source(source))  # type: ignore[return-value]


def _parse_files(paths: list[str]) -> list[tuple[str, SourceFile | None, Records | str]]:
    return [_parse_file(path) for path in paths]


def _parsed_ahead(pool: Executor, names: list[str]) -> Iterator[tuple]:
    """``_parse_file`` of each name, in order, parsed in ``pool`` at most about a batch
    ahead of the caller. (``pool.map`` parses everything at once: its results piled up
    while the batches were written, 2.2 GB at 50,000 files, and the workers took CPU
    from the writing process long before it needed their results.)"""
    from concurrent.futures.process import BrokenProcessPool

    chunks = (names[at : at + PARSE_CHUNK] for at in range(0, len(names), PARSE_CHUNK))
    pending = deque(pool.submit(_parse_files, chunk) for chunk in islice(chunks, PARSE_AHEAD))
    done = 0
    while pending:
        try:
            parsed = pending.popleft().result()
            for chunk in islice(chunks, 1):
                pending.append(pool.submit(_parse_files, chunk))
        except BrokenProcessPool:  # a worker died (out of memory): the rest is parsed here
            yield from map(_parse_file, names[done:])
            return
        done += len(parsed)
        yield from parsed


def _parse_source(source: SourceFile) -> tuple[Records | str]:
    try:
        with parse_time_limit():
            return (build_records(source.text, source.name, date.today()),)
    except ParseTooSlow as error:
        return (str(error),)
    except Exception as error:  # noqa: BLE001 - one bad file must not stop the import
        return (f"could not parse: {error}",)


class Importing(StoreParts):
    """Adding files (parsed on every core), replacing a document's older version, deleting."""

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
            with ProcessPoolExecutor(os.cpu_count(), mp_context=process_context()) as pool:
                self._import_batches(_parsed_ahead(pool, names), names, report, progress, seeded)
        else:
            self._import_batches(map(_parse_file, names), names, report, progress, seeded)
        if len(names) > BULK_RELEASES:  # once, not per batch: it merges the whole index
            with self._writing(), self._read.transaction():
                self._read.merge_index()
        # Files that are not releases (a PDF, an image) last: named, with why, not failed.
        report.results += [ImportResult(p, "skipped", error=e) for p, e in skipped]
        return report

    def _import_batches(self, outcomes, names, report, progress, seeded) -> None:
        """Add parsed files a batch at a time, so memory stays bounded on a big import
        while the pool parses the next batch. The first batches are small and grow to
        ``IMPORT_BATCH``: the writing starts after 500 files are parsed, not 4,000 (the
        pool alone, this process idle, for the first 8 s of a big import)."""
        parsed: list[tuple[str, SourceFile, Records]] = []
        batch = FIRST_BATCH
        for path, source, outcome in _with_progress(outcomes, len(names), progress):
            if isinstance(outcome, str):
                report.results.append(ImportResult(path, "failed", error=outcome))
            else:
                parsed.append((path, source, outcome))  # type: ignore[arg-type]
            if len(parsed) >= batch:
                report.results.extend(self._import_parsed(parsed))
                parsed, batch = [], min(2 * batch, IMPORT_BATCH)
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
        for path, source, (release, _, _) in parsed:
            if source.canonical:
                release["canonical"] = source.canonical
            # Resolved once, not three times: each resolve looks at every folder of the path.
            release["origin"] = _origin(path)
        keys_of = [_document_keys(records[0]) for _, _, records in parsed]
        existing = self._existing([records[0]["id"] for _, _, records in parsed], keys_of)
        for (path, source, records), keys in zip(parsed, keys_of, strict=True):
            release = records[0]
            rid = release["id"]
            if rid in existing["ids"] or rid in new:
                results.append(ImportResult(path, "unchanged", rid, release["title"]))
                continue
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
            for original in created:
                with contextlib.suppress(OSError):
                    original.unlink()
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
        bulk = len(records) > BULK_RELEASES
        with model.transaction():
            # More new releases than the read model holds (the first batches of an import
            # from scratch): indexes are made again after the load, not kept row by row.
            # Not when releases are replaced: each would be looked for in every table.
            reindex = bulk and not replaced and model.count_releases() < len(records)
            if reindex:
                model.drop_indexes()
            with model.loading(bulk=bulk) as load:
                model.remove_releases(replaced, load)
                model.add_releases(
                    ((shard_of(item[0]), *item) for item in records), self._dates, load=load
                )
            if reindex:
                model.create_indexes()
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


def _document_keys(release: Mapping[str, Any]) -> list[tuple]:
    """What makes two files the same document: the path they came from, the address a
    saved page gives for itself, or the same headline over the same stated date."""
    keys: list[tuple] = []
    if release["origin"]:
        keys.append(("origin", release["origin"]))
    if release.get("canonical"):
        keys.append(("url", release["canonical"]))
    if (
        release.get("date")
        and not release.get("date_estimated")
        and not release.get("title_derived")
    ):
        keys.append(("headline", release["title"], release["date"]))
    return keys
