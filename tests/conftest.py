"""Every test gets its own data dir; none ever touches the user's real one."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import briefing


@pytest.fixture(scope="session", autouse=True)
def children_run_the_tested_copy():
    """Every child Python a test starts imports the same ``briefing`` as the tests do.

    ``python -c`` and ``python -m`` put the working directory (the repository) first on
    ``sys.path``, so with a non-editable install (as CI does) the children would run the
    checkout while the tests import site-packages: one run, two codes. PYTHONSAFEPATH
    (``-P``, Python 3.11+) keeps the working directory off: a child finds ``briefing``
    where this interpreter does, by the same installed path, with no PYTHONPATH to keep
    in step. The check below fails the run if the two ever differ.
    """
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PYTHONSAFEPATH", "1")
        yield check_children_import(briefing.__file__)


def check_children_import(tested: str) -> None:
    child = subprocess.run(
        [sys.executable, "-c", "import briefing; print(briefing.__file__)"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert Path(child.stdout.strip()) == Path(tested), (
        f"children import {child.stdout.strip()}, the tests {tested}: run pytest "
        "from the installed environment (e.g. .venv/bin/pytest), not with the checkout on sys.path"
    )


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
