"""A parsed release as the documents the store keeps: release, quotes, figures."""

from __future__ import annotations

import hashlib
from datetime import date

from briefing.model import ParsedRelease
from briefing.parse.quotes import extract_quotes
from briefing.parse.release import parse_release
from briefing.parse.stats import extract_stats
from briefing.parse.text import clean_line

ID_LENGTH = 12


def release_id(parsed: ParsedRelease) -> str:
    """Derived from the normalised text, so the same release always gets the same id."""
    digest = hashlib.sha256(parsed.text.encode("utf-8")).hexdigest()
    return digest[:ID_LENGTH]


def build_records(text: str, source: str, today: date | None = None) -> tuple[dict, list, list]:
    """Parse ``text`` and return (release doc, quote docs, stat docs)."""
    source = clean_line(source)  # a file name is untrusted text too
    parsed = parse_release(text, source, today)
    rid = release_id(parsed)
    quotes = extract_quotes(parsed.blocks)
    quote_blocks = {i for q in quotes for i in range(q.block_start, q.block_end + 1)}
    stats = extract_stats(parsed.blocks, quote_blocks)
    release = {
        "id": rid,
        "title": parsed.title,
        "title_derived": parsed.title_derived,
        "date": parsed.date,
        "date_estimated": parsed.date_estimated,
        "publisher": parsed.publisher,
        "source": source,
        # Blocks as compact triples (position = Block.index): the store holds thousands.
        "blocks": [[b.section, b.text, b.bullet] for b in parsed.blocks],
    }
    quote_docs = [
        {"id": f"{rid}.q{n}", "release_id": rid, **vars(quote)}
        for n, quote in enumerate(quotes, start=1)
    ]
    stat_docs = []
    for n, stat in enumerate(stats, start=1):  # "extra" kept: "a year" on £172m, "of 10"
        stat_docs.append({"id": f"{rid}.s{n}", "release_id": rid, **vars(stat)})
    return release, quote_docs, stat_docs
