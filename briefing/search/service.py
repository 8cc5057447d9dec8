"""Search over one store: the engine pointed at the store's read model.

There is nothing to build or load: the read model is kept up to date by every write
(see ``store``), so a new process searches at once.
"""

from __future__ import annotations

from typing import Any

from briefing.model import HitKind
from briefing.parse.speakers import KEY_SPEAKERS, match_speakers
from briefing.search.engine import Engine
from briefing.search.results import SearchHit, SearchResult
from briefing.store import Store


class SearchService:
    """Search over one store, with the query syntax of ``search.query``."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.engine = Engine(store.read_model, store.speaker_names, match_speakers)

    def search(self, query: str, limit: int = 50, **filters: str | None) -> SearchResult:
        return self.engine.search(query, limit=limit, **filters)


# Boilerplate ("Notes to editors", "For more information contact…") repeats across
# releases word for word; its hits are shown once, with how many releases repeat it.
_SAME_TEXT = 160


def collapse(hits: list[SearchHit]) -> list[tuple[SearchHit, int]]:
    """Hits with near-identical text (the same opening words, case and spacing aside)
    folded into the first, best-ranked one: ``(hit, how many it stands for)``."""
    seen: dict[tuple[str, str], int] = {}
    out: list[list[Any]] = []  # [hit, count]
    for hit in hits:
        key = (hit.kind, " ".join(hit.text.lower().split())[:_SAME_TEXT])
        if key in seen:
            out[seen[key]][1] += 1
            continue
        seen[key] = len(out)
        out.append([hit, 1])
    return [(hit, count) for hit, count in out]


FIRST_SCREEN_RELEASES = 5


def first_screen(store: Store) -> list[SearchHit]:
    """What the search list shows before anything is typed: the newest quote of each
    key speaker (Khan, Rowley, Rolfe), then the newest releases, as hits."""
    shown: list[SearchHit] = []
    names = set(store.speaker_names())
    for speaker in KEY_SPEAKERS:
        if speaker not in names:
            continue
        for quote in store.quotes(None, speaker=speaker, limit=1):
            where = (quote["date"], quote["block_start"], quote["id"], "body")
            shown.append(_unranked(quote["release_id"], "quote", quote["text"], speaker, *where))
    for release in store.releases(limit=FIRST_SCREEN_RELEASES):
        where = (release["date"], 0, None, "title")
        shown.append(_unranked(release["id"], "title", release["title"], None, *where))
    return shown


def _unranked(
    release_id: str,
    kind: HitKind,
    text: str,
    speaker: str | None,
    date: str | None,
    block: int,
    ref: str | None,
    section: str,
) -> SearchHit:
    """A hit nothing was searched for: no score, no matched spans."""
    return SearchHit(release_id, kind, text, speaker, 0.0, [], date, block, ref, section)
