"""``briefing search``: the same index and query syntax as the app's Search pane."""

from __future__ import annotations

import argparse

from briefing.cli.common import add_json, emit, emit_json, open_store, positive
from briefing.format import display_date
from briefing.search.service import SearchService

HIT_FIELDS = ("release_id", "kind", "text", "speaker", "score", "spans")
SNIPPET = 160


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "search",
        help="fuzzy search across every release",
        description='Query syntax: words (typos allowed), "exact phrase", -word, speaker:khan, '
        "after:2023-01, before:2024, kind:quote|paragraph|title|stat, release:ID.",
    )
    parser.add_argument("query", metavar="QUERY")
    parser.add_argument(
        "--limit", type=positive, default=20, metavar="N", help="at most N results (default 20)"
    )
    parser.add_argument("--speaker", metavar="NAME")
    add_json(parser)
    parser.set_defaults(handler=search_command)


def search_command(args: argparse.Namespace) -> int:
    service = SearchService(open_store(args))
    # A typed command is finished: its last word is not a prefix still being typed.
    result = service.search(args.query + " ", limit=args.limit, speaker=args.speaker)
    if args.json:
        return emit_json([{key: hit.to_dict()[key] for key in HIT_FIELDS} for hit in result.hits])
    titles = service.store.release_views(hit.release_id for hit in result.hits)
    for message in result.messages:
        emit(f"note: {message}")
    for hit in result.hits:
        release = titles.get(hit.release_id, {})
        when = display_date(release.get("date"), release.get("date_estimated", False))
        who = f" · {hit.speaker}" if hit.speaker else ""
        emit(f"{hit.score:5.1f}  {hit.kind}{who} · {when} · {release.get('title', hit.release_id)}")
        emit(f"       {_snippet(hit.text, hit.spans)}")
    total = f"{result.total:,}" + ("" if result.total_exact else "+")
    emit(f"{len(result.hits)} of {total} matching passages")
    return 0


def _snippet(text: str, spans: list[tuple[int, int]]) -> str:
    """The passage around its first match, matches in »…«."""
    start = max(0, (spans[0][0] if spans else 0) - 40)
    end = min(len(text), start + SNIPPET)
    out, at = [], start
    for a, b in spans:
        if a < start or b > end:
            continue
        out += [text[at:a], "»", text[a:b], "«"]
        at = b
    out.append(text[at:end])
    snippet = ("…" if start else "") + "".join(out) + ("…" if end < len(text) else "")
    return " ".join(snippet.split())
