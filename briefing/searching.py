"""Search over one store: the engine pointed at the store's read model.

There is nothing to build or load: the read model is kept up to date by every write
(see ``store``), so a new process searches at once.
"""

from __future__ import annotations

from briefing.parse.speakers import match_speakers
from briefing.search.engine import Engine
from briefing.search.records import SearchResult
from briefing.store import Store


class SearchService:
    """Search over one store, with the query syntax of ``search.query``."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.engine = Engine(store.read_model, store.speaker_names, match_speakers)

    def search(self, query: str, limit: int = 50, **filters: str | None) -> SearchResult:
        return self.engine.search(query, limit=limit, **filters)
