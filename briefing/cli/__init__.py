"""The command line: ``briefing`` starts the app; subcommands print text or JSON."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from briefing import __version__
from briefing.cli import packs, quotes, releases, search, stats
from briefing.cli.common import CommandError, emit_error
from briefing.store import StoreError

COMMAND_MODULES = (releases, quotes, stats, search, packs)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="briefing",
        description="Offline briefing tool: search releases, quotes by speaker, figures compared.",
    )
    parser.add_argument("--version", action="version", version=f"briefing {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="where the store lives (default: $BRIEFING_DATA_DIR or the user data folder)",
    )
    parser.add_argument(
        "--inbox",
        metavar="DIR",
        help="folder the app imports new release files from "
        "(default: $BRIEFING_INBOX or DATA_DIR/inbox)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command is None:
            from briefing.ui.app import run_app

            return run_app(args.data_dir, args.inbox)
        return args.handler(args)
    except (StoreError, CommandError) as error:
        return emit_error(str(error))
    except KeyboardInterrupt:
        return emit_error("interrupted", status=130)
    except BrokenPipeError:
        sys.stderr.close()  # the reader went away (e.g. `| head`): nothing left to say
        return 0
