"""Plain data shapes shared by parsing, the store, search and the UI (no I/O).

The dataclasses are what parsing yields. The TypedDicts are the records that cross
layers as JSON-shaped dicts: the documents the store keeps (``ReleaseDoc``, ``QuoteDoc``,
``FigureDoc``, built by ``briefing.documents``) and a pin in the user's data (``Pin``).
Reads from the store still come back as ``Record`` (``dict[str, Any]``): the store's
own types arrive with its split into a package. Statuses and kinds are ``Literal``s.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal, NotRequired, TypedDict

# Sections a block of release text can sit in.
TITLE = "title"
SUMMARY = "summary"
BODY = "body"
NOTES = "notes"

Section = Literal["title", "summary", "body", "notes"]
# What became of one file on import (``store.ImportResult.status``).
ImportStatus = Literal["imported", "updated", "unchanged", "failed", "skipped"]
# What a search hit is (``search.query.KINDS``).
HitKind = Literal["title", "paragraph", "quote", "stat"]
# What a pin holds: a quote (``<release>.qN``), a figure (``.sN``), a passage (``#N``).
PinKind = Literal["quote", "stat", "passage"]
# A statement: words printed under "X said:" without quote marks, never shown as a quote.
QuoteKind = Literal["quote", "statement"]
Direction = Literal["up", "down"]
ExportFormat = Literal["md", "txt"]
ClipFormat = Literal["plain", "attributed", "markdown"]

# A read from the store: a release, quote or figure with its release's title and date.
Record = dict[str, Any]
# A stored block: [section, text, bullet] (its position in the list is ``Block.index``).
BlockTriple = list[Any]


@dataclass(frozen=True)
class Block:
    """One paragraph (or bullet, or heading line) of a cleaned release.

    ``index`` is the block's position in the release: the stable anchor that
    quotes, figures and search hits point at, and where the reader scrolls to.
    """

    section: str
    index: int
    text: str
    bullet: bool = False  # a list item in the source (its marker stripped from text)


@dataclass
class ParsedRelease:
    """What parsing one release file yields, before quotes and figures."""

    title: str
    title_derived: bool
    date: str | None  # ISO YYYY-MM-DD
    date_estimated: bool
    publisher: str | None
    blocks: list[Block]
    text: str  # the cleaned text, blocks joined by blank lines
    raw: str  # the text exactly as read

    def section(self, name: str) -> list[str]:
        return [b.text for b in self.blocks if b.section == name]

    @property
    def summary(self) -> list[str]:
        return self.section(SUMMARY)

    @property
    def paragraphs(self) -> list[str]:
        return self.section(BODY)

    @property
    def notes(self) -> list[str]:
        return self.section(NOTES)


@dataclass
class ExtractedQuote:
    """A direct quote found in a release."""

    text: str  # paragraphs joined by a blank line, quote marks removed
    speaker: str | None  # canonical name, e.g. "Sadiq Khan"
    role: str | None  # title/organisation as written, e.g. "Assistant Commissioner"
    paragraphs: int
    block_start: int  # Block.index of the first paragraph
    block_end: int  # Block.index of the last paragraph (inclusive)
    # "quote": words in quote marks; "statement": a paragraph under "X said:" with
    # no quote marks (GOV.UK style), the speaker's words as printed, never made up.
    kind: QuoteKind = "quote"


@dataclass
class ExtractedStat:
    """A figure found in a release, with what it measures."""

    value: float | int
    unit: str  # percent, gbp, count, rate, ...
    text: str  # as written, e.g. "down 19%", "£151 million"
    qualifier: str | None = None
    rounded: float | int | None = None  # "nearly 500 (497)": 497 with 500 kept here
    direction: str | None = None  # "up" | "down" | None
    label: str | None = None
    period: str | None = None
    scope: str | None = None
    sentence: str = ""
    section: str = BODY  # title | summary | body | quote | notes
    block: int = 0  # Block.index the figure sits in
    extra: dict[str, Any] = field(default_factory=dict)


class ReleaseDoc(TypedDict):
    """A release as the store keeps it."""

    id: str
    title: str
    title_derived: bool
    date: str | None
    date_estimated: bool
    publisher: str | None
    source: str
    blocks: list[BlockTriple]
    origin: NotRequired[str]  # the file it came from, as the store names it
    canonical: NotRequired[str]  # a saved page's canonical address


class QuoteDoc(TypedDict):
    """A quote as the store keeps it: its words as spans into the release's blocks."""

    id: str
    release_id: str
    speaker: str | None
    role: str | None
    paragraphs: int
    block_start: int
    block_end: int
    parts: list[list[int] | str]  # [block, start, end], or the words when mended
    kind: NotRequired[QuoteKind]  # absent in stores written before statements were kept


class FigureDoc(TypedDict):
    """A figure as the store keeps it (``ExtractedStat``'s fields, its sentence as a span)."""

    id: str
    release_id: str
    value: float | int
    unit: str
    text: str
    qualifier: str | None
    rounded: float | int | None
    direction: str | None
    label: str | None
    period: str | None
    scope: str | None
    section: str
    block: int
    extra: dict[str, Any]
    sentence_span: NotRequired[list[int]]  # [start, end] in its block, or
    sentence: NotRequired[str]  # the sentence, when it is not verbatim in the block


class Pin(TypedDict):
    """A pin in the user's data: the id, the words, and a snapshot of the rest."""

    kind: PinKind
    id: str
    release_id: str
    source: str | None
    text: str
    note: str | None
    snapshot: dict[str, Any]
    added: str
