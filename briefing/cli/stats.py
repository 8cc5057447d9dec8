"""Subcommands about figures: stats, compare, latest."""

from __future__ import annotations

import argparse

from briefing import figures, format
from briefing.cli.common import add_json, emit, emit_json, open_store
from briefing.format import display_date

STAT_FIELDS = (
    "id",
    "release_id",
    "value",
    "unit",
    "qualifier",
    "direction",
    "label",
    "period",
    "scope",
    "sentence",
    "section",
)


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("stats", help="every figure with what it measures")
    parser.add_argument("--release", metavar="ID")
    add_json(parser)
    parser.set_defaults(handler=stats_command)

    parser = commands.add_parser("compare", help="the same metrics side by side across releases")
    parser.add_argument("ids", nargs="+", metavar="ID")
    add_json(parser)
    parser.set_defaults(handler=compare_command)

    parser = commands.add_parser(
        "latest", help="the most recent figure for a metric, and older ones"
    )
    parser.add_argument("query", metavar="QUERY")
    parser.add_argument(
        "--all",
        action="store_true",
        help=f"every older figure (default: the newest {figures.LATEST_OLDER})",
    )
    add_json(parser)
    parser.set_defaults(handler=latest_command)


def stats_command(args: argparse.Namespace) -> int:
    stats = open_store(args).stats(args.release)
    if args.json:
        return emit_json([{key: stat.get(key) for key in STAT_FIELDS} for stat in stats])
    for stat in stats:
        emit(f"{stat['id']:<18} {format.figure_phrase(stat)}")
    emit(f"{len(stats)} figures")
    return 0


def compare_command(args: argparse.Namespace) -> int:
    table = figures.compare_releases(open_store(args), args.ids)
    if args.json:
        return emit_json(table)
    releases = table["releases"]
    for number, release in enumerate(releases, start=1):
        emit(f"[{number}] {release['id']}  {display_date(release['date'])}  {release['title']}")
    emit()
    for row in table["rows"]:
        mark = "≠" if row["differs"] else " "
        cells = []
        for number, release in enumerate(releases, start=1):
            found = row["cells"].get(release["id"], [])
            shown = " / ".join(format.format_number(s["value"], s["unit"]) for s in found) or "—"
            cells.append(f"[{number}] {shown}")
        emit(f"{mark} {row['label']:<44} " + "   ".join(cells))
    return 0


def latest_command(args: argparse.Namespace) -> int:
    found = figures.latest_figure(open_store(args), args.query, everything=args.all)
    if args.json:
        return emit_json(found)
    if not found:
        emit(f"no figure matches {args.query!r}")
        return 1
    emit(f"latest: {format.format_figure(found['latest'])}")
    for older in found["older"]:
        emit(f"older:  {format.format_figure(older)}")
    hidden = found.get("older_total", 0) - len(found["older"])
    if hidden > 0:
        emit(f"… and {hidden} older (--all lists every one)")
    return 0
