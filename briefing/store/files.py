"""Atomic, parse-once JSON storage for TinyDB, and atomic file writes in general.

TinyDB's ``JSONStorage`` rewrites its file in place, so a kill mid-write leaves
a broken store (TinyDB issues #301, #461). Ours writes a temp file in the same
folder, fsyncs it, ``os.replace``s it over the old one and fsyncs the folder: a
reader sees the old file or the new one, never half of one. It keeps no file
handle open, parses the file once and serves reads from memory until the file
changes on disk (another process wrote it), and can hold writes for the length
of a ``batch()`` so an import rewrites the file once rather than once per table.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import orjson
from tinydb.storages import Storage

TEMP_PREFIX = ".tmp-"


class CorruptStoreError(Exception):
    """A store file exists but is not a readable store (truncated, not JSON, wrong shape)."""


def atomic_write_bytes(path: Path, data: bytes, durable: bool = True) -> None:
    """Replace ``path`` with ``data`` so that a crash leaves the old or new file whole.

    ``durable=False`` skips the fsyncs, for many small files written in a batch: the
    caller then calls ``sync_all`` once before anything depends on them.
    """
    folder = path.parent
    descriptor, temp_name = tempfile.mkstemp(prefix=TEMP_PREFIX + path.name + ".", dir=folder)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            if durable:
                os.fsync(handle.fileno())
        os.replace(temp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise
    if durable:
        fsync_dir(folder)


def sync_all(paths: list[Path]) -> None:
    """Make files written with ``durable=False`` (and their folders' renames) durable."""
    if hasattr(os, "sync"):
        os.sync()  # one call for a whole batch, instead of an fsync per file
        return
    for path in paths:
        with open(path, "rb+") as handle:
            os.fsync(handle.fileno())
    for folder in {path.parent for path in paths}:
        fsync_dir(folder)


def fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` durable (not possible on every platform)."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass  # some filesystems (and Windows) cannot fsync a directory
    finally:
        os.close(descriptor)


def remove_orphan_temps(folder: Path) -> int:
    """Delete temp files a killed writer left behind; returns how many."""
    removed = 0
    for orphan in names_in(folder, lambda name: name.startswith(TEMP_PREFIX)):
        with contextlib.suppress(OSError):
            orphan.unlink()
            removed += 1
    return removed


def names_in(folder: Path, wanted: Callable[[str], bool]) -> list[Path]:
    """The entries of ``folder`` whose name ``wanted`` accepts: one scandir, no pattern
    matching per name (``originals/`` holds 50,000 files on a big archive)."""
    try:
        with os.scandir(folder) as entries:
            return [Path(entry.path) for entry in entries if wanted(entry.name)]
    except OSError:  # missing, not a folder, no permission: nothing to settle there
        return []


def file_signature(path: Path) -> tuple[int, int, int] | None:
    """What changes whenever the file is replaced or rewritten."""
    try:
        return signature(path.stat())
    except FileNotFoundError:
        return None


def signature(stat: os.stat_result) -> tuple[int, int, int]:
    """A file's ``file_signature`` from its ``stat``."""
    return (stat.st_ino, stat.st_size, stat.st_mtime_ns)


def load_json_tables(path: Path) -> dict[str, dict[str, Any]]:
    """Read a TinyDB file, raising ``CorruptStoreError`` if it is not one."""
    try:
        # Bytes, parsed as they are: no text copy of a 5 MB file sits beside them.
        raw = path.read_bytes()
    except FileNotFoundError:
        return {}
    if not raw or raw.isspace():  # not ``strip``: that copies the whole file
        raise CorruptStoreError(f"{path.name} is empty")
    try:
        data = orjson.loads(raw)
    except orjson.JSONDecodeError:
        data = _lenient_json(path, raw)  # else one NaN written by hand loses a whole month
    del raw
    # Tables of documents; a document that is not whole is the reader's to set aside
    # (``Store`` does, record by record), never a reason to refuse the whole file.
    if not isinstance(data, dict) or not all(isinstance(table, dict) for table in data.values()):
        raise CorruptStoreError(f"{path.name} does not have the shape of a store")
    return data


def _lenient_json(path: Path, raw: bytes) -> Any:
    """What Python's json reads and orjson refuses (NaN, Infinity: a hand edit, another
    tool), so the bad record is set aside alone; else why the file cannot be read."""
    try:
        return json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as error:
        raise CorruptStoreError(f"{path.name} is not UTF-8 text ({error.reason})") from None
    except json.JSONDecodeError as error:
        raise CorruptStoreError(f"{path.name} is not valid JSON ({error})") from None


def json_bytes(value: Any) -> bytes:
    """``value`` as JSON, by orjson (a month's 5 MB file in 17 ms, json's 117 ms); by json
    where orjson refuses (text holding a lone surrogate), so a write never fails on it."""
    try:
        return orjson.dumps(value)
    except orjson.JSONEncodeError:
        return json.dumps(value, ensure_ascii=True, separators=(",", ":")).encode()


class AtomicJSONStorage(Storage):
    """TinyDB storage: atomic writes, in-memory reads, optional batched writes."""

    def __init__(self, path: str | os.PathLike[str], **_: Any) -> None:
        self.path = Path(path)
        self._data: dict[str, dict[str, Any]] | None = None
        self._signature: tuple[int, int, int] | None = None
        self._batch_depth = 0
        self._dirty = False

    def changed_on_disk(self) -> bool:
        """Whether another process has replaced the file since we last read or wrote it."""
        return self._data is not None and file_signature(self.path) != self._signature

    def read(self) -> dict[str, dict[str, Any]] | None:
        if self._data is None or (self._batch_depth == 0 and self.changed_on_disk()):
            self._signature = file_signature(self.path)
            self._data = load_json_tables(self.path)
        return self._data or None

    def cached(self) -> dict[str, dict[str, Any]] | None:
        """What was last read or written, without looking at the file again."""
        return self._data if self._data is not None else self.read()

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        self._data = data
        if self._batch_depth:
            self._dirty = True
            return
        self._flush()

    def _flush(self) -> None:
        assert self._data is not None
        # Every import, delete and edit rewrites the files it touches whole (``json_bytes``).
        payload = json_bytes(self._data)
        try:
            atomic_write_bytes(self.path, payload)
        except BaseException:
            self._data = None  # memory may now differ from disk: re-read next time
            raise
        self._signature = file_signature(self.path)
        self._dirty = False

    @contextlib.contextmanager
    def batch(self) -> Iterator[None]:
        """Hold writes until the outermost batch ends, then write once."""
        self._batch_depth += 1
        try:
            yield
        except BaseException:
            if self._batch_depth == 1:
                self._data, self._dirty = None, False  # drop the half-done change
            raise
        finally:
            self._batch_depth -= 1
        if self._batch_depth == 0 and self._dirty:
            self._flush()

    def forget(self) -> None:
        """Drop what is in memory; the next read parses the file again."""
        self._data = None

    def close(self) -> None:
        """Nothing to close: no handle is held between writes."""
