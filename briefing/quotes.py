"""Quotes by speaker, as the command line and the app both ask for them (no Textual)."""

from __future__ import annotations

from typing import Any

from briefing.parse.speakers import match_speakers, order_speakers
from briefing.store import Store, StoreError


def speakers(store: Store) -> list[dict[str, Any]]:
    """Everyone quoted: key speakers first, then by number of quotes."""
    found = {name: (count, releases, roles) for name, count, releases, roles in store.speakers()}
    ordered = order_speakers({name: count for name, (count, _, _) in found.items()})
    return [
        {
            "name": name,
            "roles": found[name][2],
            "quotes": found[name][0],
            "releases": found[name][1],
        }
        for name in ordered
    ]


def resolve_speaker(store: Store, query: str) -> str:
    """The canonical name a user means by ``query`` ("rowly", "the mayor")."""
    matches = match_speakers(query, store.speaker_names())
    if not matches:
        raise StoreError(f"nobody quoted matches {query!r} (see `briefing speakers`)")
    return matches[0]


def quotes_by(
    store: Store,
    speaker: str | None = None,
    release: str | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """Quotes newest first, each with up to 20 quotes that reuse one of its lines
    (``repeats``, newest first) and how many do in all (``repeats_total``)."""
    name = resolve_speaker(store, speaker) if speaker else None
    found = store.quotes(release, speaker=name, limit=limit, offset=offset)
    reused = store.repeats([q["id"] for q in found])
    for quote in found:
        quote["repeats"], quote["repeats_total"] = reused.get(quote["id"], ([], 0))
    return found
