"""Keeping the read model in step with the store files."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from filelock import Timeout

from briefing.store.base import (
    BULK_FILES,
    CACHE_DIR,
    READ_MODEL,
    StoreError,
    StoreParts,
    _reason,
    process_context,
)
from briefing.store.files import CorruptStoreError, file_signature, load_json_tables
from briefing.store.readmodel import (
    INDEX_STATEMENTS,
    ReadModel,
    ReadModelError,
    Rows,
    derive_changes,
)
from briefing.store.schema import check_tables


class ReadModelSync(StoreParts):
    """Keeping the read model (``readmodel``) in step with the store files: file by file,
    or built whole when it is missing, outdated or damaged."""

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
        if self._files_in_step():
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

    def _files_in_step(self) -> bool:
        """Whether the read model reflects the store files and the user file as they are."""
        model = self._read
        user = list(file_signature(self._user_path) or ())
        return (
            model.get_json("shards", None) == self._signatures()
            and model.get_json("user", None) == user
        )

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

    def _load_shards(self, model: ReadModel, names: list[str], *, build: bool = False) -> None:
        """Bring ``names`` (store files) into the read model, then the user's dates and
        the signatures it now reflects. Inside ``model.transaction``; ``build``: the
        model was made without its indexes, created here at the end."""
        present = set(self._shard_names())
        bulk = len(names) > BULK_FILES
        # Progress: a step per store file, then the closing steps of a bulk load
        # (a fifth of a 50,000-release build comes after the last file).
        steps = len(names) + (2 if bulk else 0) + (len(INDEX_STATEMENTS) if build else 0)
        with model.loading(bulk=bulk) as load:
            derived = self._shard_rows(model, names, present, bulk)
            for number, (name, rows) in enumerate(derived, start=1):
                if not load.fresh:  # else nothing is here yet (a scan a file without indexes)
                    # Read now, not with the file: a release that moved here from a
                    # file written before belongs to that file no more.
                    in_file = {*rows.ids, *rows.unchanged}
                    gone = [rid for rid in model.shard_release_ids(name) if rid not in in_file]
                    model.remove_releases(gone, load)
                model.add_rows(rows, load)
                self._report(number, steps)
        done = len(names)

        def step() -> None:
            nonlocal done
            done += 1
            self._report(done, steps)

        if bulk:
            step()  # the load's totals, written as it ended
            model.merge_index()
            step()
        if build:
            model.create_indexes(step)
        self._apply_dates(model)
        model.put("shards", self._signatures())
        model.put("user", list(file_signature(self._user_path) or ()))

    def _report(self, done: int, steps: int) -> None:
        if self._progress and steps > 1:
            self._progress(done, steps)

    def _shard_rows(
        self, model: ReadModel, names: list[str], present: set[str], bulk: bool
    ) -> Iterator[tuple[str, Rows]]:
        """Each store file's name and read-model rows, in order. Many files are read and
        derived in a second process, one file ahead of the writes here (two cores
        instead of one); a damaged file is still set aside here, before its releases
        are removed from the read model (they are listed for ``rebuild``)."""
        seq = int(model.get("next_seq") or 0)
        known = model.fingerprints(names)
        done = 0
        if bulk and (os.cpu_count() or 1) > 1:
            for name, rows in self._rows_from_worker(names, present, known, seq):
                seq, done = rows.seq, done + 1
                yield name, rows
        for name in names[done:]:  # all of them, or what a worker that died left
            found = self._read_shard(name) if name in present else {}
            if bulk and name in present:
                # Read once and done with: held, every file of a 50,000-release
                # archive would stay in memory until the end (gigabytes).
                self._shard(name).storage.forget()  # type: ignore[attr-defined]
            rows = derive_changes(name, found, known[name], self._dates, seq)
            seq = rows.seq
            yield name, rows

    def _rows_from_worker(
        self, names: list[str], present: set[str], known: dict[str, dict[str, str]], seq: int
    ) -> Iterator[tuple[str, Rows]]:
        files = [(name, self._shard_path(name) if name in present else None) for name in names]
        context = process_context()
        receiving, sending = context.Pipe(duplex=False)
        worker = context.Process(
            target=_derive_files,
            args=(sending, files, known, dict(self._dates), seq),
            daemon=True,
        )
        worker.start()
        sending.close()  # the worker's end: a worker that dies ends recv with EOFError
        try:
            for _ in names:
                try:
                    derived = receiving.recv()
                except EOFError:  # it died (killed, or could not start): the rest is done here
                    return
                if isinstance(derived, BaseException):
                    raise derived
                name, rows, problem, tables, bad = derived
                if problem is not None:
                    self._set_aside_shard(name, problem)
                elif bad:
                    storage = self._shard(name).storage
                    self._set_aside_records(storage, tables, bad)  # type: ignore[arg-type]
                yield name, rows
        finally:
            receiving.close()  # a worker still sending stops (broken pipe)
            worker.join(timeout=5)
            if worker.is_alive():
                worker.terminate()
                worker.join()

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
                self._load_shards(model, names, build=True)
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


def _derive_files(
    sending: Connection,
    files: list[tuple[str, Path | None]],
    known: dict[str, dict[str, str]],
    corrected: dict[str, str],
    seq: int,
) -> None:
    """In a worker process: read, check and derive each store file (name, path or None
    when it is gone; only the releases ``known`` does not show as they are), sending (name, rows, problem, tables, bad records) for each, in
    order; the writing process sets damaged files and records aside. An error is sent
    in place of the rest."""
    try:
        for name, path in files:
            found: dict[str, tuple[dict, list[dict], list[dict]]] = {}
            tables: dict[str, Any] = {}
            bad: dict[str, dict[str, Any]] = {}
            problem = None
            if path is not None:
                try:
                    tables = load_json_tables(path)
                except CorruptStoreError as error:
                    problem = str(error)
                except OSError as error:  # a folder where the file should be, no permission
                    problem = _reason(error)
                else:
                    found, bad = check_tables(tables)
            rows = derive_changes(name, found, known[name], corrected, seq)
            seq = rows.seq
            sending.send((name, rows, problem, tables if bad else None, bad))
            del tables, found, rows
    except (BrokenPipeError, EOFError):
        pass  # the writing process stopped reading: it failed or was interrupted
    except Exception as error:  # noqa: BLE001 - raised again in the writing process
        sending.send(error)
    finally:
        sending.close()
