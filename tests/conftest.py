"""Every test gets its own data dir; none ever touches the user's real one."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("BRIEFING_DATA_DIR", str(folder))
    monkeypatch.delenv("BRIEFING_INBOX", raising=False)  # the app's inbox: <data dir>/inbox
    # Exports default to the documents folder: never the user's real one in a test.
    monkeypatch.setenv("BRIEFING_EXPORT_DIR", str(tmp_path / "documents"))
    return folder


@pytest.fixture
def store(data_dir: Path):
    from briefing.store import Store

    return Store(data_dir)


@pytest.fixture(scope="session")
def seeded_store_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data dir seeded once per session, for read-only tests; copy it to change it."""
    from briefing.store import Store

    folder = tmp_path_factory.mktemp("seeded")
    Store(folder)
    return folder
