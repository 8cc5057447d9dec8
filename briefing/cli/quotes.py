"""Subcommands about quotes: speakers, quotes, quote."""

from __future__ import annotations

import argparse
import textwrap

from briefing import clips, format, quotes
from briefing.cli.common import add_json, emit, emit_json, open_store, positive
from briefing.format import display_date

QUOTES_SHOWN = 200  # a prolific speaker has thousands: the newest, unless --all
QUOTE_FIELDS = (
    "id",
    "release_id",
    "release_title",
    "date",
    "source",
    "speaker",
    "role",
    "text",
    "paragraphs",
    "repeats",
    "repeats_total",
    "kind",
)


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("speakers", help="everyone quoted, key speakers first")
    add_json(parser)
    parser.set_defaults(handler=speakers_command)

    parser = commands.add_parser("quotes", help="quotes, newest first")
    parser.add_argument(
        "--speaker", metavar="NAME", help="a name, alias or typo: khan, the mayor, rowly"
    )
    parser.add_argument("--release", metavar="ID", help="only quotes from this release")
    parser.add_argument(
        "--limit",
        type=positive,
        default=QUOTES_SHOWN,
        metavar="N",
        help=f"the newest N quotes (default {QUOTES_SHOWN})",
    )
    parser.add_argument("--all", action="store_true", help="every quote, however many")
    add_json(parser)
    parser.set_defaults(handler=quotes_command)

    parser = commands.add_parser("quote", help="print one quote, ready to paste")
    parser.add_argument("id", metavar="ID")
    parser.add_argument("--format", choices=format.CLIP_FORMATS, default="plain")
    parser.set_defaults(handler=quote_command)


def speakers_command(args: argparse.Namespace) -> int:
    speakers = quotes.speakers(open_store(args))
    if args.json:
        return emit_json(speakers)
    for speaker in speakers:
        roles = "; ".join(speaker["roles"]) or "—"
        emit(
            f"{speaker['name']:<24} {speaker['quotes']:>3} quotes  {speaker['releases']:>3} releases  {roles}"
        )
    return 0


def quotes_command(args: argparse.Namespace) -> int:
    store = open_store(args)
    limit = None if args.all else args.limit
    found = quotes.quotes_by(store, speaker=args.speaker, release=args.release, limit=limit)
    if args.json:
        return emit_json([{key: quote[key] for key in QUOTE_FIELDS} for quote in found])
    for quote in found:
        when = display_date(quote["date"], quote["date_estimated"])
        who = quote["speaker"] or "Unattributed"
        if quote.get("kind") == "statement":  # words under "X said:" with no quote marks
            who += f" {format.STATEMENT_MARK}"
        emit(f"{quote['id']}  {who} · {when} · {quote['release_title']}")
        emit(textwrap.indent(textwrap.fill(quote["text"].replace("\n\n", " ¶ "), 86), "    "))
        if quote["repeats"]:
            more = quote["repeats_total"] - len(quote["repeats"])
            extra = f" and {more} more" if more > 0 else ""
            emit(f"    repeats a line also in: {', '.join(quote['repeats'])}{extra}")
        emit()
    emit(
        f"{len(found)} quotes"
        + ("" if args.all or len(found) < args.limit else " (the newest; --all lists every one)")
    )
    return 0


def quote_command(args: argparse.Namespace) -> int:
    store = open_store(args)
    emit(clips.quote_clip(store, args.id, args.format).text)
    return 0
