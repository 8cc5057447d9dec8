"""What the store's parts share: file names and limits, errors, import results."""

from __future__ import annotations

import contextlib
import errno
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from filelock import FileLock
from tinydb import Query, TinyDB

from briefing.model import ImportStatus
from briefing.store.readmodel import ReadModel

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
PARSE_SECONDS = 60  # one file's parse at most; the largest file allowed (5 MB) takes 9 s
# Past these, the read model's repeat lines are held in memory for the whole write; an
# empty read model with more store files than BULK_FILES to read is built whole.
BULK_FILES, BULK_RELEASES = 8, 500
Progress = Callable[[int, int], None]


def process_context():
    """How the store starts worker processes (parsing an import, deriving a rebuild)."""
    from multiprocessing import get_all_start_methods, get_context

    _start_resource_tracker()
    # Never fork: the app imports from a thread, and forking a threaded process can deadlock.
    return get_context("forkserver" if "forkserver" in get_all_start_methods() else "spawn")


class ParseTooSlow(BaseException):
    """A file's parse stopped at ``PARSE_SECONDS``. A BaseException, so that no
    ``except Exception`` inside the parser takes it for a failure of its own."""


@contextlib.contextmanager
def parse_time_limit() -> Iterator[None]:
    """Stop the parse inside at ``PARSE_SECONDS`` (``ParseTooSlow``): one file the parser
    never finishes must not stall an import or a rebuild for ever. A timer signal, so only
    in a process's main thread (the command line, every import worker); a parse in one
    of the app's threads (a file dropped in the inbox, a paste) runs unbounded."""
    if threading.current_thread() is not threading.main_thread() or not hasattr(
        signal, "setitimer"
    ):
        yield
        return

    def stop(signum: int, frame: object) -> None:
        raise ParseTooSlow(f"could not parse it within {PARSE_SECONDS} s")

    previous = signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, PARSE_SECONDS)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


_tracker_lock = threading.Lock()


def _start_resource_tracker() -> None:
    """Start multiprocessing's resource tracker, which every worker process needs, with a
    real standard error. It is started by the first worker and handed ``sys.stderr``'s
    file number; a host that replaced ``sys.stderr`` with an object whose ``fileno()`` is
    -1 (a running Textual app does) makes that start fail ("bad value(s) in
    fds_to_keep"), so a rebuild or a big import in the app would crash."""
    from multiprocessing import resource_tracker

    with _tracker_lock:
        try:
            usable = sys.stderr.fileno() >= 0
        except (AttributeError, OSError, ValueError):
            usable = True  # the tracker itself leaves such a stderr out
        if usable or sys.__stderr__ is None:
            resource_tracker.ensure_running()
            return
        replaced, sys.stderr = sys.stderr, sys.__stderr__
        try:
            resource_tracker.ensure_running()
        finally:
            sys.stderr = replaced


class StoreParts:
    """What every part of ``Store`` (reads, import, user data...) shares, set up by
    ``Store.__init__``: one place that says what a store holds."""

    dir: Path
    warnings: list[str]
    _progress: Progress | None
    _lock: FileLock
    _user: TinyDB
    _shards: dict[str, TinyDB]  # open store files, by name
    _dates: dict[str, str]  # release id -> the user's corrected date
    _seen_revision: str | None  # the read model's revision, last looked at
    _read: ReadModel


class StoreError(Exception):
    """Something the user must know about the store; the message is one line."""


class UnknownIdError(StoreError):
    """No release, quote or figure has that id."""


@dataclass
class ImportResult:
    path: str
    status: ImportStatus  # "skipped": not a release file
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


def shard_of(release: Mapping[str, Any]) -> str:
    """The store file a release lives in: the month of its own (parsed) date."""
    iso = release.get("date")
    return f"{iso[:7]}" if iso else UNDATED


def _with_progress(results: Iterable, total: int, progress: Progress | None) -> Iterator:
    for number, result in enumerate(results, start=1):
        if progress:
            progress(number, total)
        yield result


def _remove_from(db: TinyDB, release_ids: list[str]) -> None:
    doomed = set(release_ids)
    record = Query()
    db.table("releases").remove(record.id.one_of(doomed))
    db.table("quotes").remove(record.release_id.one_of(doomed))
    db.table("figures").remove(record.release_id.one_of(doomed))


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
