"""The inbox: a folder whose release files are imported as they appear (no Textual).

The app calls ``Inbox.poll`` from a thread worker every ``POLL_SECONDS``. We poll
rather than use filesystem events (watchfiles/inotify): one ``scandir`` of one folder
costs well under a millisecond even with hundreds of files in it, polling needs no
extra dependency, and it works the same on network drives, WSL and container mounts,
where change events often never arrive. A file is imported once it has looked the same
(modification time and size) on two polls in a row, so a file still being written
by a browser or editor is not read half-way; files already there when the app starts
are taken as they are.

The user's files are only read: never moved, renamed or deleted. What was done with
each file is remembered by path, modification time and size, so a file is imported
(or its reason for failing reported) once, and again only if it changes. A file
whose text is already in the store is "unchanged" and nothing is said.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from briefing.ingest import SUFFIXES, InputError, SourceFile, read_source
from briefing.store import ImportResult

POLL_SECONDS = 2.0

Signature = tuple[int, int]  # (mtime in ns, size)
Importer = Callable[[list[tuple[str, SourceFile]]], list[ImportResult]]


@dataclass
class InboxReport:
    """What one poll did worth telling: files imported or updated, files refused.

    ``problem`` is a one-line reason the folder itself could not be read, given
    once (``None`` when there is nothing new to say).
    """

    results: list[ImportResult]
    problem: str | None = None


class Inbox:
    """One folder, watched by polling; ``poll`` does the reading and importing."""

    def __init__(self, folder: Path, *, create: bool = False) -> None:
        self.folder = folder
        self.create = create  # make the folder if missing (the default one; not a user's)
        self._done: dict[str, Signature] = {}  # path -> signature when last imported/reported
        self._pending: dict[str, Signature] = {}  # path -> signature seen last poll
        self._started = False
        self._problem: str | None = None  # the folder problem last reported

    def poll(self, import_sources: Importer) -> InboxReport:
        """Import the files that are new or changed and finished; report the rest once.

        ``import_sources`` is ``Store.import_sources`` (run under the app's write lock).
        A ``StoreError`` (e.g. the store is locked) leaves the files to the next poll.
        """
        found, problem = self._scan()
        if problem is not None:
            new = problem != self._problem
            self._problem = problem
            return InboxReport([], problem if new else None)
        self._problem = None
        ready = self._ready(found)
        if not ready:
            return InboxReport([])
        sources: list[tuple[str, SourceFile]] = []
        results: list[ImportResult] = []
        for path in ready:
            try:
                sources.append((path, read_source(Path(path))))
            except InputError as error:
                results.append(ImportResult(path, "failed", error=str(error)))
        if sources:
            results.extend(import_sources(sources))  # StoreError: nothing marked done
        for path in ready:
            self._done[path] = found[path]
        return InboxReport([r for r in results if r.status != "unchanged"])

    def _scan(self) -> tuple[dict[str, Signature], str | None]:
        """Release files directly in the folder (not its subfolders), by signature."""
        found: dict[str, Signature] = {}
        try:
            if self.create:
                self.folder.mkdir(parents=True, exist_ok=True)
            with os.scandir(self.folder) as entries:
                for entry in entries:
                    name = entry.name
                    if name.startswith((".", "~")) or not name.lower().endswith(SUFFIXES):
                        continue  # hidden files, editors' lock and temp files
                    try:
                        if not entry.is_file():
                            continue
                        info = entry.stat()
                    except OSError:
                        continue  # gone since listed, or a broken link: not a release yet
                    found[entry.path] = (info.st_mtime_ns, info.st_size)
        except FileNotFoundError:  # only an inbox the user named: ours is created
            return found, f"the inbox folder {self.folder} does not exist"
        except NotADirectoryError:
            return found, f"the inbox {self.folder} is a file, not a folder"
        except OSError as error:
            reason = error.strerror.lower() if error.strerror else str(error)
            return found, f"cannot read the inbox folder {self.folder}: {reason}"
        return found, None

    def _ready(self, found: dict[str, Signature]) -> list[str]:
        """Paths new or changed since last done, and unchanged since the last poll."""
        for gone in set(self._done) - set(found):
            del self._done[gone]  # deleted or renamed: if it comes back, look again
        changed = {path: sig for path, sig in found.items() if self._done.get(path) != sig}
        if not self._started:
            self._started = True
            ready = sorted(changed)  # there before the app started: finished writing
        else:
            ready = sorted(p for p, sig in changed.items() if self._pending.get(p) == sig)
        taken = set(ready)
        self._pending = {p: sig for p, sig in changed.items() if p not in taken}
        return ready
