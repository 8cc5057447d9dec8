"""What lands on the clipboard: a quote, a paragraph, a sentence or a figure, as a person
pastes it (no Textual here; the app, the CLI and the tests build the same text).

A quote is put in quotation marks and attributed as the release names the person
("Commissioner Sir Mark Rowley", "Sadiq Khan, Mayor of London"), dated in words a
reader accepts ("May 2024 (date estimated)", never "≈"). A figure carries a line
saying so when a newer release gives a different value for the same metric.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from briefing.format import format_figure, format_passage, format_quote, written_name
from briefing.model import TITLE, BlockTriple
from briefing.packs import pins
from briefing.store import Store

if TYPE_CHECKING:
    from briefing.search.results import SearchHit

_SENTENCE_END = re.compile(r"(?<=[.!?…])[”’\"')]*\s+(?=[“‘\"'(A-Z0-9£$€])")


@dataclass
class Clip:
    """Text for the clipboard, how the notice names it, and the figures it holds.

    ``stale`` pairs each copied figure with the newer one a later release gives.
    """

    text: str
    what: str
    figures: list[dict[str, Any]] = field(default_factory=list)
    stale: list[tuple[dict[str, Any], dict[str, Any]]] = field(default_factory=list)


# ------------------------------------------------------------ where the match is


def focus(spans: Sequence[tuple[int, int]]) -> int | None:
    """Where the best match starts: the longest span (a phrase beats a word), first wins."""
    if not spans:
        return None
    return max(spans, key=lambda span: (span[1] - span[0], -span[0]))[0]


def paragraph_at(text: str, offset: int) -> tuple[int, str]:
    """(number, text) of the ``\\n\\n``-separated paragraph holding character ``offset``."""
    start = 0
    paragraphs = text.split("\n\n")
    for number, paragraph in enumerate(paragraphs):
        end = start + len(paragraph)
        if offset < end or number == len(paragraphs) - 1:
            return number, paragraph
        start = end + 2
    return 0, text


def sentence_at(text: str, offset: int) -> str:
    """The sentence of ``text`` holding character ``offset``."""
    start = 0
    for match in _SENTENCE_END.finditer(text):
        if match.start() >= offset:
            return text[start : match.start()].strip()
        start = match.end()
    return text[start:].strip()


def _local(text: str, offset: int) -> tuple[str, int]:
    """The paragraph holding ``offset`` and the offset within it."""
    start = 0
    for paragraph in text.split("\n\n"):
        if offset < start + len(paragraph):
            return paragraph, offset - start
        start += len(paragraph) + 2
    return text, min(offset, len(text))


def part_of(text: str, spans: Sequence[tuple[int, int]], part: str) -> str:
    """The ``part`` ("whole", "paragraph", "sentence") of ``text`` holding the best match."""
    at = focus(spans)
    if part == "whole" or at is None and part != "sentence":
        return text
    paragraph, local = _local(text, at or 0)
    if part == "paragraph":
        return paragraph
    return sentence_at(paragraph, local)


def quote_block(quote: dict[str, Any], blocks: Sequence[BlockTriple], paragraph: int) -> int:
    """The release block holding paragraph ``paragraph`` of ``quote`` (for the reader)."""
    first: int = quote["block_start"]
    last: int = quote.get("block_end", first)
    paragraphs = quote["text"].split("\n\n")
    if not 0 <= paragraph < len(paragraphs):
        return first
    opening = " ".join(paragraphs[paragraph].split())[:40]
    for number in range(first, min(last, len(blocks) - 1) + 1):
        if opening and opening in " ".join(blocks[number][1].split()):
            return number
    return min(first + paragraph, last)


# ------------------------------------------------------------------- from the store


def _nearby(quote: dict[str, Any], blocks: Sequence[BlockTriple]) -> list[str]:
    """The release's text nearest the quote first (its attribution line), then the rest."""
    first = max(0, quote["block_start"] - 2)
    last = quote.get("block_end", quote["block_start"]) + 2
    near = [b[1] for b in blocks[first : last + 1]]
    return near + [b[1] for b in blocks if b[0] != TITLE]


def quote_clip(store: Store, quote_id: str, fmt: str, text: str | None = None) -> Clip:
    """A quote (or ``text``, a paragraph or sentence of it) ready to paste."""
    quote = store.quote(quote_id)
    written = None
    if quote.get("speaker"):
        blocks = store.release(quote["release_id"])["blocks"]
        written = written_name(quote["speaker"], _nearby(quote, blocks))
    who = f"{quote['speaker']}'s" if quote.get("speaker") else "the unattributed"
    if text is None or " ".join(text.split()) == " ".join(quote["text"].split()):
        noun = "quote"
    elif "\n\n" in text or text in quote["text"].split("\n\n"):
        noun = "paragraph of a quote"
    else:
        noun = "sentence"
    how = {"plain": "", "attributed": " with attribution", "markdown": " as Markdown"}[fmt]
    return Clip(format_quote(quote, fmt, text, written), f"{who} {noun}{how}")


def passage_clip(
    store: Store, release_id: str, block: int, fmt: str, text: str | None = None
) -> Clip:
    """A paragraph (or a sentence of it) with its source."""
    record = pins.lookup(store, "passage", pins.passage_id(release_id, block))
    noun = "title" if record.get("section") == TITLE else "paragraph"
    if text is not None and " ".join(text.split()) != " ".join(record["text"].split()):
        noun = "sentence"
    how = {"plain": "", "attributed": " with its source", "markdown": " as Markdown"}[fmt]
    return Clip(format_passage(record, fmt, text), f"the {noun}{how}")


def figures_clip(store: Store, stat_ids: Sequence[str]) -> Clip:
    """Figures with their sources, each flagged when a newer release contradicts it."""
    lines: list[str] = []
    figures: list[dict[str, Any]] = []
    stale: list[tuple[dict[str, Any], dict[str, Any]]] = []
    for stat_id in stat_ids:
        stat = store.stat(stat_id)
        newer = pins.newer_figure(store, stat)
        if newer and any(newer["id"] == known["id"] for _, known in stale):
            newer = None  # the same figure stated twice in its release: flagged once
        lines.append(format_figure(stat, newer))
        figures.append(stat)
        if newer:
            stale.append((stat, newer))
    what = "figure with its source" if len(figures) == 1 else f"{len(figures)} figures"
    if stale:
        what += " (flagged: a newer figure exists)"
    return Clip("\n".join(lines), what, figures, stale)


def hit_clip(store: Store, hit: SearchHit, fmt: str, part: str = "paragraph") -> Clip:
    """What a search hit gives: the matched paragraph of a quote (``part``: or its
    sentence, or the whole quote), a paragraph with its source, a figure flagged."""
    if hit.kind == "stat" and hit.ref:
        return figures_clip(store, [hit.ref])
    text = part_of(hit.text, hit.spans, part)
    if hit.kind == "quote" and hit.ref:
        return quote_clip(store, hit.ref, fmt, text)
    return passage_clip(store, hit.release_id, hit.block, fmt, None if part != "sentence" else text)


def item_clip(store: Store, item: dict[str, Any], fmt: str) -> Clip:
    """A pack item (as ``Packs.items`` resolves it): its quote, figure or paragraph as
    the other panes copy it; an item whose release changed is copied as pinned."""
    if not item.get("changed"):
        if item["kind"] == "quote":
            return quote_clip(store, item["id"], fmt)
        if item["kind"] == "stat":
            return figures_clip(store, [item["id"]])
        return passage_clip(store, item["release_id"], item["block"], fmt)
    if item["kind"] == "quote":
        return Clip(format_quote(item, fmt), "the quote as pinned")
    if item["kind"] == "stat":
        return Clip(format_figure(item, item.get("stale")), "the figure as pinned", [item])
    return Clip(format_passage(item, fmt), "the paragraph as pinned")
