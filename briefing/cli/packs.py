"""Subcommands for briefing packs: pack list/add/remove/show/export."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from briefing.cli.common import CommandError, add_json, emit, emit_json, open_store
from briefing.packs import EXPORT_FORMATS, Packs, write_brief
from briefing.parse.text import strip_controls

ITEM_FIELDS = ("kind", "id", "text", "release_id", "note", "stale")
STALE_FIELDS = ("value", "text", "release_id", "date")
SHOW_WIDTH = 100


def register(commands: argparse._SubParsersAction) -> None:
    pack = commands.add_parser("pack", help="briefing packs: pinned quotes and figures")
    actions = pack.add_subparsers(dest="pack_command", metavar="ACTION", required=True)

    parser = actions.add_parser("list", help="the packs and how many items each holds")
    add_json(parser)
    parser.set_defaults(handler=list_command)

    parser = actions.add_parser("add", help="pin a quote or figure to a pack (created if new)")
    parser.add_argument("name", metavar="NAME")
    parser.add_argument(
        "id", metavar="ID", help="a quote id (…qN), figure id (…sN) or passage (…#N)"
    )
    parser.add_argument("--note", metavar="TEXT")
    parser.set_defaults(handler=add_command)

    parser = actions.add_parser("remove", help="unpin an item")
    parser.add_argument("name", metavar="NAME")
    parser.add_argument("id", metavar="ID")
    parser.set_defaults(handler=remove_command)

    parser = actions.add_parser("show", help="the pack's items in order, stale figures flagged")
    parser.add_argument("name", metavar="NAME")
    add_json(parser)
    parser.set_defaults(handler=show_command)

    parser = actions.add_parser("export", help="the pack as a cited brief")
    parser.add_argument("name", metavar="NAME")
    parser.add_argument(
        "--format", choices=EXPORT_FORMATS, default="md", help="md (default) or txt"
    )
    parser.add_argument(
        "--output",
        metavar="FILE",
        help="write here instead of printing (- is stdout; a pipe or device is written into)",
    )
    parser.set_defaults(handler=export_command)


def list_command(args: argparse.Namespace) -> int:
    packs = Packs(open_store(args))
    current = packs.current()
    listing = [
        {"name": name, "items": len(packs.items(name)), "current": name == current}
        for name in packs.names()
    ]
    if args.json:
        return emit_json(listing)
    for pack in listing:
        count = f"{pack['items']} item{'' if pack['items'] == 1 else 's'}"
        emit(f"{'*' if pack['current'] else ' '} {pack['name']}  ({count})")
    return 0


def add_command(args: argparse.Namespace) -> int:
    packs = Packs(open_store(args))
    # One locked save creates the pack if it is new and pins: nothing is left behind
    # when the id is wrong, and two processes adding to a new pack both land.
    item = packs.add(args.name, args.id, args.note, create=True)
    name = packs.name_of(args.name)
    emit(f"{'already in' if item['already'] else 'pinned to'} {name}: {item['id']}")
    return 0


def remove_command(args: argparse.Namespace) -> int:
    packs = Packs(open_store(args))
    packs.remove(args.name, args.id)
    emit(f"unpinned {args.id} from {packs.name_of(args.name)}")
    return 0


def show_command(args: argparse.Namespace) -> int:
    items = Packs(open_store(args)).items(args.name)
    if args.json:
        shown = []
        for item in items:
            entry = {key: item[key] for key in ITEM_FIELDS}
            if item["stale"]:
                entry["stale"] = {key: item["stale"][key] for key in STALE_FIELDS}
            shown.append(entry)
        return emit_json(shown)
    if not items:
        emit(f"{args.name} is empty: pin with `briefing pack add {args.name} ID`")
    for number, item in enumerate(items, start=1):
        text = " ".join(item["text"].split())
        text = text if len(text) <= SHOW_WIDTH else text[: SHOW_WIDTH - 1] + "…"
        emit(f"{number}. [{item['kind']}] {item['id']}  {text}")
        emit(f"   {item.get('release_title')} · {item.get('date') or 'undated'}")
        if item["stale"]:
            newer = item["stale"]
            emit(f"   stale: {newer['release_id']} ({newer['date']}) gives {newer['phrase']}")
        if item["changed"]:
            emit("   changed: its release was edited or removed since it was pinned")
        if item["note"]:
            emit(f"   note: {item['note']}")
    return 0


def export_command(args: argparse.Namespace) -> int:
    text = Packs(open_store(args)).export(args.name, args.format)
    if args.output in (None, "-", "/dev/stdout"):  # stdout as we hold it, wherever it goes
        emit(text.rstrip("\n"))
        return 0
    path = Path(args.output)
    try:
        regular = write_brief(path, text)
    except OSError as error:
        raise CommandError(f"cannot write {path}: {error.strerror or error}") from None
    if regular:
        emit(f"wrote {path}")
    else:  # a pipe or terminal: stdout may be where the brief went
        print(f"briefing: wrote {strip_controls(str(path))}", file=sys.stderr)
    return 0
