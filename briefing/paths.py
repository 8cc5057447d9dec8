"""Where the user's data lives.

``--data-dir`` beats ``BRIEFING_DATA_DIR`` beats the platform's user data dir;
``--inbox`` beats ``BRIEFING_INBOX`` beats ``<data dir>/inbox``; exported briefs go to
``BRIEFING_EXPORT_DIR``, else the user's documents folder.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

ENV_VAR = "BRIEFING_DATA_DIR"
INBOX_ENV_VAR = "BRIEFING_INBOX"
INBOX_FOLDER = "inbox"
EXPORT_ENV_VAR = "BRIEFING_EXPORT_DIR"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The data directory to use, not yet created."""
    if override:
        return Path(override).expanduser()
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir("briefing", appauthor=False))


def inbox_dir(data: Path, override: str | os.PathLike[str] | None = None) -> tuple[Path, bool]:
    """The inbox folder to watch, not yet created, and whether it is the default one."""
    chosen = override or os.environ.get(INBOX_ENV_VAR)
    if chosen:
        return Path(chosen).expanduser(), False
    return data / INBOX_FOLDER, True


def export_dir() -> Path:
    """Where an exported brief goes by default: ``BRIEFING_EXPORT_DIR``, else the user's
    documents folder (platformdirs), not created here."""
    env = os.environ.get(EXPORT_ENV_VAR)
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_documents_dir())
