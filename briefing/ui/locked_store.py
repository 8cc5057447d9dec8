"""The store as the app's workers share it.

Every store call in the app runs in a thread worker. Reads may run side by side;
a write (import, delete, refresh from disk) waits for them and runs alone, so no
reader ever sees a half-reloaded store.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

from briefing.store import Store

T = TypeVar("T")


class LockedStore:
    """One store, opened lazily in a worker, with a readers-writer lock around it."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self._store: Store | None = None
        self._condition = threading.Condition()
        self._readers = 0
        self._writing = False

    @property
    def is_open(self) -> bool:
        return self._store is not None

    def open(self, progress: Callable[[int, int], None] | None = None) -> list[str]:
        """Open (and on first run seed) the store; returns its warnings. ``progress`` is
        told how the search cache is coming on when it has to be rebuilt."""
        with self._exclusive():
            self._store = Store(self.data_dir, progress=progress)
            return list(self._store.warnings)

    def read(self, query: Callable[[Store], T]) -> T:
        """Run ``query`` on the store; other reads may run at the same time."""
        with self._condition:
            while self._writing:
                self._condition.wait()
            self._readers += 1
        try:
            return query(self._opened())
        finally:
            with self._condition:
                self._readers -= 1
                self._condition.notify_all()

    def write(self, change: Callable[[Store], T]) -> T:
        """Run ``change`` on the store alone."""
        with self._exclusive():
            return change(self._opened())

    @contextmanager
    def _exclusive(self) -> Iterator[None]:
        with self._condition:
            while self._writing or self._readers:
                self._condition.wait()
            self._writing = True
        try:
            yield
        finally:
            with self._condition:
                self._writing = False
                self._condition.notify_all()

    def _opened(self) -> Store:
        if self._store is None:
            raise RuntimeError("the store is not open yet")
        return self._store
