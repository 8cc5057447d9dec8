"""Release text made displayable.

Release text comes from outside: it is always wrapped in ``Content`` (which is
literal), never formatted into a markup string, so ``[link=...]``, ``[@click=...]``
or a lone ``[/`` show as the characters they are.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from rich.text import Text
from textual.content import Content

from briefing.format import display_date
from briefing.parse.text import strip_controls

MATCH_STYLE = "bold reverse"
KIND_LABELS = {"title": "title", "paragraph": "paragraph", "quote": "quote", "stat": "figure"}


def literal(text: str | None, style: str = "") -> Content:
    """Untrusted text as literal content, control characters removed."""
    content = Content(strip_controls(text or ""))
    return content.stylize(style) if style else content


def join(parts: Iterable[Content | str], separator: str = " · ") -> Content:
    """Join pieces (plain strings here are our own words, never release text)."""
    return Content(separator).join(Content(p) if isinstance(p, str) else p for p in parts if p)


def when(record: dict) -> str:
    """A record's date as people read it: “26 Nov 2024”, “≈ May 2024”, “undated”."""
    return display_date(record.get("date"), bool(record.get("date_estimated")))


def count(number: int, word: str, plural: str | None = None) -> str:
    """“1 quote”, “34,542 quotes”, “2 matches”."""
    return f"{number:,} {word if number == 1 else plural or word + 's'}"


def highlighted(text: str, spans: Sequence[tuple[int, int]], style: str = MATCH_STYLE) -> Content:
    """``text`` with the character ``spans`` styled (spans index the text as given)."""
    content = Content(text)
    for start, end in spans:
        content = content.stylize(style, start, end)
    return content


def snippet(
    text: str, spans: Sequence[tuple[int, int]], width: int = 240
) -> tuple[str, list[tuple[int, int]]]:
    """Up to ``width`` characters of ``text`` around its first matched span.

    Returns the cut text (with “…” where it was cut) and the spans moved to match.
    """
    text = " ".join(strip_controls(text).split("\n"))
    if len(text) <= width:
        return text, [(s, e) for s, e in spans if e <= len(text)]
    # Centre on where the matches cluster: the span whose window holds the most others.
    starts = sorted(s for s, _ in spans) or [0]
    first = max(starts, key=lambda s: sum(s <= other < s + width // 2 for other in starts))
    start = max(0, min(first - width // 4, len(text) - width))
    if start:
        space = text.rfind(" ", 0, start + 1)
        start = space + 1 if space > start - 20 else start
    end = min(len(text), start + width)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > end - 20 else end
    prefix = "…" if start else ""
    suffix = "…" if end < len(text) else ""
    shift = len(prefix) - start
    moved = [
        (max(s, start) + shift, min(e, end) + shift) for s, e in spans if e > start and s < end
    ]
    return prefix + text[start:end] + suffix, moved


def cell(text: str | None, style: str = "") -> Text:
    """Untrusted text for a DataTable cell or header (Rich ``Text`` is literal)."""
    return Text(strip_controls(text or ""), style=style, end="")
