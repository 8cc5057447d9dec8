"""Subcommands: stats (not wired yet)."""

from __future__ import annotations

import argparse


def register(commands: argparse._SubParsersAction) -> None:
    """Nothing yet."""
