"""Files shipped with the package: the bundled seed releases and the stylesheet.

In a built wheel they live in ``briefing/_bundled``; in a source checkout (or an
editable install) they are at the top of the repository.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _bundled(name: str) -> Path:
    installed = _PACKAGE / "_bundled" / name
    if installed.exists():
        return installed
    return _PACKAGE.parent / name


def seeds_dir() -> Path:
    """Folder of the bundled releases that fill an empty store."""
    return _bundled("seeds")


def stylesheet() -> Path:
    """The app's stylesheet (``styles.tcss``)."""
    return _bundled("styles.tcss")
