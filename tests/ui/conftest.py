"""UI fixtures: the app on a copy of the seeded store, with a fake clipboard."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from ui_support import FakeClipboard

from briefing.ui.app import BriefingApp, make_app


@pytest.fixture
def clipboard() -> FakeClipboard:
    return FakeClipboard()


@pytest.fixture
def seeded_dir(seeded_store_dir: Path, data_dir: Path) -> Path:
    """This test's data dir, holding a copy of the session's seeded store."""
    shutil.copytree(seeded_store_dir, data_dir, ignore=shutil.ignore_patterns(".lock"))
    return data_dir


@pytest.fixture
def app(seeded_dir: Path, clipboard: FakeClipboard) -> BriefingApp:
    return make_app(seeded_dir, clipboard=clipboard)
