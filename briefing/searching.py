"""The store's search index: built from its passages, kept up to date, cached on disk.

The cache is tagged with the store state it reflects (``index.meta``): on load it
is brought up to date with the store before any search (only the releases added,
removed or re-dated since are re-indexed), and one built from an older parse of
the releases is never used. After an import or delete, ``refresh`` does the same.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import threading
from collections.abc import Callable, Iterable
from pathlib import Path

from briefing import queries
from briefing.model import TITLE
from briefing.search import Passage, SearchIndex, SearchResult
from briefing.storage import atomic_write_bytes, file_signature
from briefing.store import CACHE_DIR, STORE_FILE, Store

CACHE_FILE = "search-index.bin"
# Bumped when what goes into the index changes, so an older cache is not used.
INDEX_FORMAT = 3


def _attribution(speaker: str | None) -> str:
    """Indexed after a quote's words, so "rowly" finds Rowley's quotes, not just
    the line that introduces them; ``SearchService.search`` cuts it off the hits."""
    return f"\n\n— {speaker}" if speaker else ""


Progress = Callable[[int, int], None]


def passages(
    store: Store, release_ids: Iterable[str] | None = None, progress: Progress | None = None
) -> list[Passage]:
    """Every searchable piece of the releases: title, paragraphs, quotes, figures.

    Paragraphs that are part of a quote are indexed once, as the quote (with its speaker).
    """
    wanted = set(release_ids) if release_ids is not None else None
    releases = [r for r in store.releases() if wanted is None or r["id"] in wanted]
    found: list[Passage] = []
    for done, release in enumerate(releases, start=1):
        rid, iso = release["id"], release["date"]
        quotes = store.quotes(rid)
        quoted = {i for q in quotes for i in range(q["block_start"], q["block_end"] + 1)}
        found.append(Passage(rid, "title", release["title"], iso, 0, section=TITLE))
        for index, (section, text, _bullet) in enumerate(store.release(rid)["blocks"]):
            if section != TITLE and index not in quoted:
                found.append(Passage(rid, "paragraph", text, iso, index, section=section))
        for quote in quotes:
            text = quote["text"] + _attribution(quote["speaker"])
            found.append(Passage(rid, "quote", text, iso, quote["block_start"],
                                 quote["speaker"], quote["id"], "quote"))  # fmt: skip
        for stat in store.stats(rid):
            # The figure itself ("police officers record 34,200"), not its sentence: a
            # sentence with three figures would otherwise match as three hits.
            text = queries.figure_phrase(stat)
            found.append(Passage(rid, "stat", text, iso, stat["block"], ref=stat["id"],
                                 section=stat["section"]))  # fmt: skip
        if progress and (done % 250 == 0 or done == len(releases)):
            progress(done, len(releases))
    return found


class SearchService:
    """Search over one store. ``build`` and ``refresh`` are slow at scale: run them in a worker."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.index: SearchIndex | None = None
        # Searching while the index is being updated would read half-changed arrays.
        self._lock = threading.Lock()

    @property
    def cache_path(self) -> Path:
        return self.store.dir / CACHE_DIR / CACHE_FILE

    def _state(self) -> dict:
        """What the index must reflect: the store file and each release's (corrected) date."""
        return {
            "store": list(file_signature(self.store.dir / STORE_FILE) or ()),
            "dates": {r["id"]: r["date"] for r in self.store.releases()},
        }

    @staticmethod
    def _fingerprint(state: dict) -> str:
        return hashlib.sha256(json.dumps(state, sort_keys=True).encode()).hexdigest()

    def build(self, progress: Progress | None = None, use_cache: bool = True) -> None:
        """Load the cached index and bring it up to date; build it if there is none."""
        if use_cache and self._load_cache():
            self.refresh(progress)
            return
        state = self._state()
        index = SearchIndex.build(passages(self.store, progress=progress))
        index.meta = self._meta(state)
        with self._lock:
            self.index = index
        with contextlib.suppress(OSError):
            self.save_cache()

    def _meta(self, state: dict) -> dict:
        return {
            "fingerprint": self._fingerprint(state),
            "dates": state["dates"],
            "generation": self.store.generation,
            "format": INDEX_FORMAT,
        }

    def _current(self, meta: dict) -> bool:
        return (
            meta.get("generation") == self.store.generation and meta.get("format") == INDEX_FORMAT
        )

    def refresh(self, progress: Progress | None = None) -> None:
        """Bring the index up to date with the store, re-indexing only what changed.

        A release's id is the hash of its text, so an unchanged id with an unchanged
        date indexes the same; a rebuild (re-parsing everything) changes the store's
        generation and forces a full build.
        """
        if self.index is None or not self._current(self.index.meta):
            self.build(progress, use_cache=False)
            return
        state = self._state()
        if self.index.meta.get("fingerprint") == self._fingerprint(state):
            return
        indexed, current = self.index.meta.get("dates", {}), state["dates"]
        changed = [rid for rid, iso in current.items() if rid not in indexed or indexed[rid] != iso]
        gone = [rid for rid in indexed if rid not in current]
        fresh = passages(self.store, changed, progress)
        with self._lock:
            for rid in gone:
                self.index.remove_release(rid)
            self.index.add(fresh)  # replaces a release that is already indexed
            self.index.meta = self._meta(state)
        with contextlib.suppress(OSError):
            self.save_cache()

    def _load_cache(self) -> bool:
        try:
            index = SearchIndex.from_file(self.cache_path)
        except (OSError, ValueError):
            return False
        if not self._current(index.meta):
            return False  # built from an older parse of the releases: never used
        with self._lock:
            self.index = index
        return True

    def save_cache(self) -> None:
        """Write the index next to the store (atomically)."""
        assert self.index is not None, "build() first"
        self.cache_path.parent.mkdir(exist_ok=True)
        with self._lock:
            data = self.index.dumps()
        atomic_write_bytes(self.cache_path, data)

    def search(self, query: str, limit: int = 50, **filters: str | None) -> SearchResult:
        assert self.index is not None, "build() first"
        with self._lock:
            result = self.index.search(query, limit=limit, **filters)
        for hit in result.hits:
            suffix = _attribution(hit.speaker) if hit.kind == "quote" else ""
            if suffix and hit.text.endswith(suffix):
                hit.text = hit.text[: -len(suffix)]
                hit.spans = [(a, min(b, len(hit.text))) for a, b in hit.spans if a < len(hit.text)]
        return result

    @property
    def passage_count(self) -> int:
        return len(self.index) if self.index is not None else 0
