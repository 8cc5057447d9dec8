"""Helpers tests import (kept out of conftest so modules can import them by name)."""

from __future__ import annotations

from pathlib import Path

SEEDS = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))


def seed_path(prefix: str) -> Path:
    """The bundled seed whose file name starts with ``prefix`` (e.g. "001")."""
    return next(path for path in SEEDS if path.name.startswith(prefix))


def seed_text(prefix: str) -> str:
    return seed_path(prefix).read_text(encoding="utf-8")
