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
from datetime import date

from briefing import pins
from briefing.format import figure_phrase
from briefing.model import TITLE
from briefing.store import Store

CLIP_FORMATS = ("plain", "attributed", "markdown")
HONORIFICS = r"(?:Sir|Dame|Lord|Lady|Baroness|Baron|Dr|Professor|Prof|Cllr|Councillor|Rt Hon)"
_CONNECTORS = {"of", "for", "the", "and", "at", "in", "to", "on"}
_SENTENCE_END = re.compile(r"(?<=[.!?…])[”’\"')]*\s+(?=[“‘\"'(A-Z0-9£$€])")


@dataclass
class Clip:
    """Text for the clipboard, how the notice names it, and the figures it holds.

    ``stale`` pairs each copied figure with the newer one a later release gives.
    """

    text: str
    what: str
    figures: list[dict] = field(default_factory=list)
    stale: list[tuple[dict, dict]] = field(default_factory=list)


# ------------------------------------------------------------------ the words


def reader_date(record: dict) -> str:
    """“26 November 2024”, “May 2024 (date estimated)”, “undated”."""
    iso = record.get("date")
    if not iso:
        return "undated"
    value = date.fromisoformat(iso)
    if record.get("date_estimated"):
        return f"{value:%B %Y} (date estimated)"
    return f"{value.day} {value:%B %Y}"


def written_name(speaker: str, texts: Sequence[str]) -> str:
    """The speaker's name with the honorific the release gives it ("Sir Mark Rowley")."""
    words = r"\s+".join(re.escape(word) for word in speaker.split())
    pattern = re.compile(rf"\b((?:{HONORIFICS}\.?\s+)+){words}\b")
    for text in texts:
        found = pattern.search(text)
        if found:
            return " ".join(found.group(1).split() + speaker.split())
    return speaker


def _role_first(role: str) -> bool:
    """A rank read before the name ("Commissioner", "Assistant Commissioner"), not a post
    with an organisation after it ("Mayor of London", "Chief Executive, Boots")."""
    words = role.split()
    return (
        "," not in role
        and len(words) <= 3
        and all(word[:1].isupper() and word.lower() not in _CONNECTORS for word in words)
    )


def credit(speaker: str | None, role: str | None, written: str | None = None) -> str:
    """Who said it, as the release puts it: “Commissioner Sir Mark Rowley”,
    “Sadiq Khan, Mayor of London”, “A Met Police spokesperson”."""
    if not speaker:
        if not role:
            return "Unattributed"
        return role[:1].upper() + role[1:]
    name = written or speaker
    if not role:
        return name
    return f"{role} {name}" if _role_first(role) else f"{name}, {role}"


STATEMENT_MARK = "(statement)"


def attribution(quote: dict, written: str | None = None) -> str:
    """“Commissioner Sir Mark Rowley, May 2025 (date estimated)”; a statement printed
    under "X said:" without quote marks says so (“…, 3 May 2025 (statement)”), so it is
    never passed off as words in quotation marks."""
    said = f"{credit(quote.get('speaker'), quote.get('role'), written)}, {reader_date(quote)}"
    return f"{said} {STATEMENT_MARK}" if quote.get("kind") == "statement" else said


def source(record: dict, markdown: bool = False) -> str:
    """“Title”, Publisher, 26 November 2024 — where a passage or figure was said."""
    title = record.get("release_title") or "Untitled release"
    parts = [f"*{_md(title)}*" if markdown else f"“{title}”"]
    if record.get("publisher"):
        parts.append(_md(record["publisher"]) if markdown else record["publisher"])
    parts.append(reader_date(record))
    return ", ".join(parts)


def quoted(text: str) -> str:
    """A quote in quotation marks, paragraphs as the press writes them: each opens with
    a mark, only the last one closes."""
    paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
    return "\n\n".join(
        f"“{p}”" if n == len(paragraphs) - 1 else f"“{p}" for n, p in enumerate(paragraphs)
    )


def _md(text: str) -> str:
    """Markdown's own characters escaped in release text."""
    return re.sub(r"([\\`*_\[\]<>#|])", r"\\\1", text)


def format_quote(quote: dict, fmt: str = "plain", text: str | None = None, written=None) -> str:
    """A quote (or ``text``, a part of it) as speechwriters paste it: in quotation marks,
    with its attribution, or as a Markdown block quote with its source."""
    words = quoted(text if text is not None else quote["text"])
    if fmt == "plain":
        return words
    if fmt == "attributed":
        return f"{words}\n— {attribution(quote, written)}"
    if fmt == "markdown":
        body = "\n".join(f"> {line}" if line else ">" for line in _md(words).split("\n"))
        return (
            f"{body}\n>\n> — {_md(attribution(quote, written))}\n\n"
            f"Source: {source(quote, markdown=True)}"
        )
    raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(CLIP_FORMATS)}")


def format_passage(record: dict, fmt: str = "plain", text: str | None = None) -> str:
    """A press-office paragraph (or title), not in quotation marks: it is nobody's words."""
    words = " ".join((text if text is not None else record["text"]).split())
    if fmt == "plain":
        return words
    if fmt == "attributed":
        return f"{words}\n— {source(record)}"
    if fmt == "markdown":
        return f"{_md(words)}\n\nSource: {source(record, markdown=True)}"
    raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(CLIP_FORMATS)}")


def format_figure(stat: dict, newer: dict | None = None) -> str:
    """“34,200 police officers — Mayor of London, “Title”, 26 November 2024”, and a
    second line when a newer release gives a different figure."""
    parts = [stat.get("publisher"), f"“{stat['release_title']}”" if stat.get("release_title")
             else None, reader_date(stat)]  # fmt: skip
    text = f"{figure_phrase(stat)} — {', '.join(p for p in parts if p)}"
    if newer:
        text += (
            f"\nOut of date: a newer release gives {newer['phrase']} — "
            f"“{newer['release_title']}”, {reader_date(newer)}."
        )
    return text


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


def quote_block(quote: dict, blocks: Sequence, paragraph: int) -> int:
    """The release block holding paragraph ``paragraph`` of ``quote`` (for the reader)."""
    first, last = quote["block_start"], quote.get("block_end", quote["block_start"])
    paragraphs = quote["text"].split("\n\n")
    if not 0 <= paragraph < len(paragraphs):
        return first
    opening = " ".join(paragraphs[paragraph].split())[:40]
    for number in range(first, min(last, len(blocks) - 1) + 1):
        if opening and opening in " ".join(blocks[number][1].split()):
            return number
    return min(first + paragraph, last)


# ------------------------------------------------------------------- from the store


def _nearby(quote: dict, blocks: Sequence) -> list[str]:
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


def passage_clip(store: Store, release_id: str, block: int, fmt: str, text: str | None = None):
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
    figures: list[dict] = []
    stale: list[tuple[dict, dict]] = []
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


def hit_clip(store: Store, hit, fmt: str, part: str = "paragraph") -> Clip:
    """What a search hit gives: the matched paragraph of a quote (``part``: or its
    sentence, or the whole quote), a paragraph with its source, a figure flagged."""
    if hit.kind == "stat" and hit.ref:
        return figures_clip(store, [hit.ref])
    text = part_of(hit.text, hit.spans, part)
    if hit.kind == "quote" and hit.ref:
        return quote_clip(store, hit.ref, fmt, text)
    return passage_clip(store, hit.release_id, hit.block, fmt, None if part != "sentence" else text)


def item_clip(store: Store, item: dict, fmt: str) -> Clip:
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
