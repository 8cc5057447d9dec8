"""A parsed release as the documents the store keeps: release, quotes, figures.

Each fact is stored once. A release keeps its cleaned blocks; a quote or figure
points into them by character span instead of copying text:

    quote   "parts": [[block, start, end], ...]   one per paragraph; a paragraph the
            extractor had to mend (two fragments joined around "she said") is kept
            as its text, the only case where words are stored twice
    figure  "sentence_span": [start, end] in its block (or "sentence" when the
            sentence is not verbatim in the block)

``quote_text`` and ``figure_sentence`` turn them back into words.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any, cast

from briefing.model import (
    BlockTriple,
    FigureDoc,
    ParsedRelease,
    QuoteDoc,
    Record,
    ReleaseDoc,
)

ID_LENGTH = 12

Records = tuple[
    ReleaseDoc, list[QuoteDoc], list[FigureDoc]
]  # (release doc, quote docs, figure docs)


def release_id(parsed: ParsedRelease) -> str:
    """Derived from the normalised text, so the same release always gets the same id."""
    digest = hashlib.sha256(parsed.text.encode("utf-8")).hexdigest()
    return digest[:ID_LENGTH]


def _span_in(
    blocks: list[BlockTriple], first: int, last: int, text: str, after: list[int] | None = None
) -> list[int] | None:
    """[block, start, end] where ``text`` stands verbatim in blocks first..last. Quotes
    and figures come in reading order: ``after``, the span found before, says where in
    its block to look first, so a block of thousands is not searched from its start
    for each."""
    for index in range(first, last + 1):
        block = blocks[index][1] if index < len(blocks) else ""
        start = block.find(text, after[1]) if after and after[0] == index else -1
        if start < 0:
            start = block.find(text)
        if start >= 0:
            return [index, start, start + len(text)]
    return None


def build_records(text: str, source: str, today: date | None = None) -> Records:
    """Parse ``text`` and return (release doc, quote docs, figure docs) as stored."""
    # The parser is only needed on import: a process that only reads never loads it.
    from briefing.parse.quotes import extract_quotes
    from briefing.parse.release import parse_release
    from briefing.parse.stats import extract_stats
    from briefing.parse.text import clean_line

    source = clean_line(source)  # a file name is untrusted text too
    parsed = parse_release(text, source, today)
    rid = release_id(parsed)
    quotes = extract_quotes(parsed.blocks)
    quote_blocks = {i for q in quotes for i in range(q.block_start, q.block_end + 1)}
    stats = extract_stats(parsed.blocks, quote_blocks)
    blocks: list[BlockTriple] = [[b.section, b.text, b.bullet] for b in parsed.blocks]
    release: ReleaseDoc = {
        "id": rid,
        "title": parsed.title,
        "title_derived": parsed.title_derived,
        "date": parsed.date,
        "date_estimated": parsed.date_estimated,
        "publisher": parsed.publisher,
        "source": source,
        # Blocks as compact triples (position = Block.index): the store holds thousands.
        "blocks": blocks,
    }
    quote_docs: list[QuoteDoc] = []
    found: list[int] | None = None
    for n, quote in enumerate(quotes, start=1):
        parts: list[list[int] | str] = []
        for paragraph in quote.text.split("\n\n"):
            span = _span_in(blocks, quote.block_start, quote.block_end, paragraph, found)
            found = span or found
            parts.append(span if span is not None else paragraph)
        quote_docs.append(
            {
                "id": f"{rid}.q{n}",
                "release_id": rid,
                "speaker": quote.speaker,
                "role": quote.role,
                "paragraphs": quote.paragraphs,
                "block_start": quote.block_start,
                "block_end": quote.block_end,
                "parts": parts,
                "kind": quote.kind,
            }
        )
    stat_docs: list[FigureDoc] = []
    found = None
    for n, stat in enumerate(stats, start=1):  # "extra" kept: "a year" on £172m, "of 10"
        fields = dict(vars(stat))
        sentence = fields.pop("sentence")
        # ExtractedStat's fields are FigureDoc's, less the sentence (kept as a span below).
        doc = cast(FigureDoc, {"id": f"{rid}.s{n}", "release_id": rid, **fields})
        span = _span_in(blocks, stat.block, stat.block, sentence, found) if sentence else None
        if span is not None:
            found = span
            doc["sentence_span"] = span[1:]
        else:
            doc["sentence"] = sentence
        stat_docs.append(doc)
    return release, quote_docs, stat_docs


def quote_text(blocks: list[BlockTriple], quote: Mapping[str, Any]) -> str:
    """A stored quote's words: its paragraphs joined by a blank line."""
    return "\n\n".join(
        part if isinstance(part, str) else blocks[part[0]][1][part[1] : part[2]]
        for part in quote["parts"]
    )


def figure_sentence(blocks: list[BlockTriple], figure: Mapping[str, Any]) -> str:
    """The sentence a stored figure sits in."""
    if "sentence_span" not in figure:
        return str(figure.get("sentence", ""))
    start, end = figure["sentence_span"]
    return str(blocks[figure["block"]][1][start:end])


def expand(
    release: Mapping[str, Any],
    quotes: Sequence[Mapping[str, Any]],
    figures: Sequence[Mapping[str, Any]],
) -> tuple[list[Record], list[Record]]:
    """Quotes and figures of one release with their words filled in (as readers see them)."""
    blocks = release["blocks"]
    full_quotes = []
    for quote in quotes:
        full = {k: v for k, v in quote.items() if k != "parts"}
        full["text"] = quote_text(blocks, quote)
        full_quotes.append(full)
    full_figures = []
    for figure in figures:
        full = {k: v for k, v in figure.items() if k != "sentence_span"}
        full["sentence"] = figure_sentence(blocks, figure)
        full_figures.append(full)
    return full_quotes, full_figures
