"""The store's search index: built from its passages, cached on disk while fresh."""

from __future__ import annotations

import contextlib
import hashlib
import json
from collections.abc import Callable
from pathlib import Path

from briefing.model import TITLE
from briefing.search import Passage, SearchIndex, SearchResult
from briefing.storage import atomic_write_bytes, file_signature
from briefing.store import STORE_FILE, Store

CACHE_DIR = "cache"
CACHE_FILE = "search-index.bin"
Progress = Callable[[int, int], None]


def passages(store: Store, progress: Progress | None = None) -> list[Passage]:
    """Every searchable piece of every release: title, paragraphs, quotes, figures."""
    found: list[Passage] = []
    quotes: dict[str, list[dict]] = {}
    for quote in store.quotes():
        quotes.setdefault(quote["release_id"], []).append(quote)
    releases = store.releases()
    for done, release in enumerate(releases, start=1):
        rid, iso = release["id"], release["date"]
        own_quotes = quotes.get(rid, [])
        quoted = {i for q in own_quotes for i in range(q["block_start"], q["block_end"] + 1)}
        found.append(Passage(rid, "title", release["title"], iso, 0, section=TITLE))
        for index, (section, text, _bullet) in enumerate(store.release(rid)["blocks"]):
            if section != TITLE and index not in quoted:
                found.append(Passage(rid, "paragraph", text, iso, index, section=section))
        for quote in own_quotes:
            found.append(Passage(rid, "quote", quote["text"], iso, quote["block_start"],
                                 quote["speaker"], quote["id"], "quote"))  # fmt: skip
        if progress and (done % 200 == 0 or done == len(releases)):
            progress(done, len(releases))
    for stat in store.stats():
        text = f"{stat.get('label') or ''}: {stat['sentence']}"
        found.append(Passage(stat["release_id"], "stat", text, stat["date"], stat["block"],
                             ref=stat["id"], section=stat["section"]))  # fmt: skip
    return found


class SearchService:
    """Search over one store. ``build`` is slow at scale: call it from a worker."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.index: SearchIndex | None = None
        self._texts: list[str] = []

    @property
    def cache_path(self) -> Path:
        return self.store.dir / CACHE_DIR / CACHE_FILE

    def fingerprint(self) -> str:
        """Changes with the releases, their text or their (corrected) dates."""
        digest = hashlib.sha256(json.dumps(file_signature(self.store.dir / STORE_FILE)).encode())
        for release in self.store.releases():
            digest.update(f"{release['id']}={release['date']};".encode())
        return digest.hexdigest()

    def build(self, progress: Progress | None = None, use_cache: bool = True) -> None:
        """Load the on-disk index if it matches the store now; else build it."""
        fingerprint = self.fingerprint()
        if use_cache and self._load_cache(fingerprint):
            return
        found = passages(self.store, progress)
        self._texts = [p.text for p in found]
        self.index = SearchIndex.build(found)
        self._fingerprint = fingerprint
        with contextlib.suppress(OSError):
            self.save_cache()

    def _load_cache(self, fingerprint: str) -> bool:
        try:
            data = self.cache_path.read_bytes()
        except OSError:
            return False
        header, _, body = data.partition(b"\n")
        if header.decode("ascii", "replace") != fingerprint:
            return False  # a stale cache is never used
        try:
            self.index = SearchIndex.loads(body)
        except ValueError:
            return False
        self._texts = []
        self._fingerprint = fingerprint
        return True

    def save_cache(self) -> None:
        """Write the index next to the store, tagged with the store state it reflects."""
        assert self.index is not None, "build() first"
        self.cache_path.parent.mkdir(exist_ok=True)
        atomic_write_bytes(self.cache_path, self._fingerprint.encode() + b"\n" + self.index.dumps())

    def search(self, query: str, limit: int = 50, **filters: str | None) -> SearchResult:
        assert self.index is not None, "build() first"
        return self.index.search(query, limit=limit, **filters)

    @property
    def passage_count(self) -> int:
        return len(self.index) if self.index is not None else 0

    def passage_texts(self) -> list[str]:
        """Every passage's text (for the benchmark's naive baseline)."""
        if not self._texts:
            self._texts = [p.text for p in passages(self.store)]
        return self._texts
