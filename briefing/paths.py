"""Where the user's data lives.

``--data-dir`` beats ``BRIEFING_DATA_DIR`` beats the platform's user data dir.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

ENV_VAR = "BRIEFING_DATA_DIR"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The data directory to use, not yet created."""
    if override:
        return Path(override).expanduser()
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir("briefing", appauthor=False))
