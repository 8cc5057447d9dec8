"""Helpers UI tests import by name (fixtures are in conftest)."""

from __future__ import annotations

import contextlib
from pathlib import Path

from textual.pilot import Pilot
from textual.worker import WorkerCancelled

from briefing.store import Store

SIZE = (100, 30)


class FakeClipboard:
    """Stands in for the platform clipboard; keeps what reached it."""

    def __init__(self) -> None:
        self.copied: list[str] = []

    def __call__(self, text: str) -> None:
        self.copied.append(text)


def own_notices(app) -> list:
    """The app's notifications, checked to hold none from the store poll: every write in
    these tests is the app's own, which is not "a change in another window" to it."""
    notices = list(app._notifications)
    assert not [n.message for n in notices if "changed in another window" in n.message]
    return notices


def release_id(data_dir: Path, prefix: str) -> str:
    """The id of the seed whose file name starts with ``prefix``."""
    return next(r["id"] for r in Store(data_dir).releases() if r["source"].startswith(prefix))


async def settle(pilot: Pilot) -> None:
    """Wait until the workers (store, index, searches, loads) and their messages are done."""
    app = pilot.app
    for _ in range(20):
        # A newer search or load cancels an older one: that is not a failure here.
        with contextlib.suppress(WorkerCancelled):
            await app.workers.wait_for_complete()
        await pilot.pause()
        if not any(worker.is_running for worker in app.workers):
            await pilot.pause()
            if not any(worker.is_running for worker in app.workers):
                return
