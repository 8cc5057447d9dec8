"""The shapes that go into the index and come out of a search (no logic)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from briefing.model import HitKind
from briefing.search.query import Query


@dataclass
class SearchHit:
    release_id: str
    kind: HitKind
    text: str
    speaker: str | None
    score: float  # 0-100
    spans: list[tuple[int, int]]  # character spans of ``text`` that matched
    date: str | None
    block: int
    ref: str | None
    section: str

    def to_dict(self) -> dict[str, Any]:
        """JSON-friendly (spans as lists)."""
        return {
            "release_id": self.release_id,
            "kind": self.kind,
            "text": self.text,
            "speaker": self.speaker,
            "score": self.score,
            "spans": [list(s) for s in self.spans],
            "date": self.date,
            "block": self.block,
            "ref": self.ref,
            "section": self.section,
        }


@dataclass
class SearchResult:
    query: Query
    hits: list[SearchHit] = field(default_factory=list)
    # Counts over every passage the query matches, not just the hits returned.
    facets: dict[str, dict[str, int]] = field(
        default_factory=lambda: {"speaker": {}, "year": {}, "kind": {}}
    )
    total: int = 0  # how many passages match (counted up to a cap: see ``total_exact``)
    total_exact: bool = True  # False: at least ``total`` match ("10,000+")
    # True when no passage had every word, so passages with most of them are shown.
    partial: bool = False
    speakers: list[str] = field(default_factory=list)  # what a speaker filter resolved to
    messages: list[str] = field(default_factory=list)  # query errors, unknown speaker, ...
