"""Subcommands about releases: import, releases, show, set-date, delete, rebuild."""

from __future__ import annotations

import argparse
import sys
import textwrap

from briefing.cli.common import add_json, emit, emit_json, emit_json_text, open_store
from briefing.format import display_date, release_text
from briefing.parse.text import strip_controls
from briefing.store import ImportResult, Store


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "import", help="import release files or folders (- reads one from standard input)"
    )
    parser.add_argument("paths", nargs="+", metavar="PATH")
    add_json(parser)
    parser.set_defaults(handler=import_command)

    parser = commands.add_parser("releases", help="list releases, newest first")
    add_json(parser)
    parser.set_defaults(handler=releases_command)

    parser = commands.add_parser("show", help="print one release as readable text")
    parser.add_argument("id", metavar="ID", help="release id or a unique prefix of it")
    parser.set_defaults(handler=show_command)

    parser = commands.add_parser("set-date", help="correct a release's date")
    parser.add_argument("id", metavar="ID")
    parser.add_argument("date", metavar="YYYY-MM-DD")
    parser.set_defaults(handler=set_date_command)

    parser = commands.add_parser("delete", help="remove a release from the store")
    parser.add_argument("id", metavar="ID")
    parser.set_defaults(handler=delete_command)

    parser = commands.add_parser("rebuild", help="re-create the store from the kept originals")
    parser.set_defaults(handler=rebuild_command)


def import_command(args: argparse.Namespace) -> int:
    from briefing.ingest import shown_path  # reading files: loaded only to import

    store = open_store(args)
    paths = [path for path in args.paths if path != STDIN]
    report = store.import_paths(paths)
    if len(paths) < len(args.paths):
        report.results.extend(import_stdin(store))
    if args.json:
        document = report.to_json()
        for failure in document["failed"] + document["skipped"]:  # as the text report: no escapes
            failure["path"] = strip_controls(failure["path"])
            failure["error"] = strip_controls(failure["error"] or "")
        emit_json(document)
    else:
        for result in report.results:
            path = shown_path(result.path)
            if result.status in ("failed", "skipped"):
                emit(f"{result.status}: {path}: {result.error}")
            else:
                emit(f"{result.status}: {path} ({result.release_id}) {result.title}")
        emit(report.summary())
    return 1 if report.failed else 0


STDIN = "-"


def import_stdin(store: Store) -> list[ImportResult]:
    """A release piped in (``pbpaste | briefing import -``), checked and named as a paste."""
    from briefing.ingest import MAX_FILE_BYTES, InputError
    from briefing.ingest.paste import source_from_paste

    if sys.stdin.isatty():
        print(
            "briefing: reading a release from standard input; end it with ctrl+d", file=sys.stderr
        )
    data = sys.stdin.buffer.read(MAX_FILE_BYTES + 1)
    try:
        source = source_from_paste(data)
    except InputError as error:
        return [ImportResult(STDIN, "failed", error=str(error))]
    return store.import_sources([(STDIN, source)])


def releases_command(args: argparse.Namespace) -> int:
    store = open_store(args)
    if args.json:
        return emit_json_text(store.releases_as_json())
    releases = store.releases()
    for release in releases:
        when = display_date(release["date"], release["date_estimated"])
        emit(f"{release['id']}  {when:<12} {release['publisher'] or '—':<20} {release['title']}")
    emit(f"{len(releases)} releases")
    return 0


def show_command(args: argparse.Namespace) -> int:
    store = open_store(args)
    emit(release_text(store.release(args.id), width=88))
    return 0


def set_date_command(args: argparse.Namespace) -> int:
    release = open_store(args).set_date(args.id, args.date)
    emit(f"{release['id']}: date set to {display_date(release['date'])} — {release['title']}")
    return 0


def delete_command(args: argparse.Namespace) -> int:
    release = open_store(args).delete_release(args.id)
    emit(f"deleted {release['id']}: {release['title']}")
    return 0


def rebuild_command(args: argparse.Namespace) -> int:
    store = open_store(args)
    count = store.rebuild()
    for warning in store.warnings:
        emit(textwrap.shorten(warning, 200))
    emit(f"the store holds {count} releases")
    return 0
