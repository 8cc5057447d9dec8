"""What every subcommand shares: opening the store, printing text and JSON safely."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from briefing.parse.text import strip_controls
from briefing.paths import data_dir
from briefing.store import Store


class CommandError(Exception):
    """A user mistake on the command line; the message is the one line shown."""


def open_store(args: argparse.Namespace) -> Store:
    store = Store(data_dir(args.data_dir), progress=_cache_progress)
    for warning in store.warnings:
        print(f"briefing: {strip_controls(warning)}", file=sys.stderr)
    return store


def _cache_progress(done: int, total: int) -> None:
    """Bringing the search cache up to date takes a while only when it is rebuilt: a
    step per store file, then its indexes."""
    if sys.stderr.isatty():
        end = "\n" if done == total else ""
        print(
            f"\rbriefing: updating the search cache, step {done} of {total}",
            end=end,
            file=sys.stderr,
            flush=True,
        )
    elif done == 1:  # a log or a pipe: one line, not a line per step
        print("briefing: updating the search cache", file=sys.stderr)


def emit_json(value: Any) -> int:
    """One UTF-8 JSON document on stdout, nothing else."""
    text = json.dumps(value, ensure_ascii=False, indent=2)
    sys.stdout.buffer.write(text.encode("utf-8") + b"\n")
    sys.stdout.flush()
    return 0


def emit_json_text(text: str) -> int:
    """JSON already encoded (by SQLite), on stdout in one write, nothing else."""
    sys.stdout.buffer.write(text.encode("utf-8") + b"\n")
    sys.stdout.flush()
    return 0


def emit(text: str = "") -> None:
    """Print text for a person; escape sequences in data never reach the terminal."""
    sys.stdout.buffer.write(strip_controls(text).encode("utf-8") + b"\n")


def emit_error(message: str, status: int = 1) -> int:
    print(f"briefing: {strip_controls(message)}", file=sys.stderr)
    return status


def add_json(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")


def positive(value: str) -> int:
    """``--limit``: 0 or -3 is a mistake to point out, not a reason to show one result."""
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"{value} is not a number of results (1 or more)")
    return number
