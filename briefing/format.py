"""How a release, a quote and a figure read to a person: the same words in the command line,
the app, search, clips and exports (no I/O, no Textual).

Figures: ``format_number``, ``figure_phrase``. Dates and attributions: ``reader_date``,
``credit``, ``attribution``, ``source``. Copyable text: ``quoted``, ``format_quote``,
``format_passage``, ``format_figure``. A whole release: ``release_header``, ``release_text``.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Sequence
from datetime import date
from typing import Any

from briefing.model import BODY, NOTES, SUMMARY, TITLE

CLIP_FORMATS = ("plain", "attributed", "markdown")
HONORIFICS = r"(?:Sir|Dame|Lord|Lady|Baroness|Baron|Dr|Professor|Prof|Cllr|Councillor|Rt Hon)"
_CONNECTORS = {"of", "for", "the", "and", "at", "in", "to", "on"}

CURRENCY_SIGNS = {"gbp": "£", "usd": "$", "eur": "€"}


def display_date(iso: str | None, estimated: bool = False) -> str:
    """How a release date reads to a person: “26 Nov 2024”, “≈ May 2024”, “undated”."""
    if not iso:
        return "undated"
    value = date.fromisoformat(iso)
    if estimated:
        return f"≈ {value:%b %Y}"
    return f"{value.day} {value:%b %Y}"


def format_number(value: float | int, unit: str) -> str:
    """Figures as a person writes them: 34,542 · 15.3% · £151 million · £1bn · 26.97."""
    if unit == "percent":
        return f"{value:g}%"
    if unit == "fraction":  # "almost a fifth" is kept as 0.2
        return f"{value * 100:.3g}%"
    if unit in CURRENCY_SIGNS:
        sign = CURRENCY_SIGNS[unit]
        for size, word in ((1_000_000_000, "bn"), (1_000_000, " million")):
            if abs(value) >= size:
                return f"{sign}{value / size:,.10g}{word}"
        return f"{sign}{value:,.10g}"
    if isinstance(value, float) and not value.is_integer():
        return f"{value:,.10g}"
    return f"{int(value):,}"


def figure_phrase(stat: dict[str, Any]) -> str:
    """“34,200 police officers”, “gun crime down 19%”."""
    number = format_number(stat["value"], stat["unit"])
    label = stat.get("label") or ""
    if stat["unit"] == "count":
        phrase = f"{number} {label}".strip()
    else:
        direction = f" {stat['direction']}" if stat.get("direction") else ""
        phrase = f"{label}{direction} {number}".strip()
    if stat.get("period"):
        phrase += f" ({stat['period']})"
    return phrase


# ------------------------------------------------------------------ dates and people


def reader_date(record: dict[str, Any]) -> str:
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
    if not speaker or (role and role.casefold() == speaker.casefold()):
        # No one named, or only the post ("Home Office spokesperson"): said once.
        if not role:
            return "Unattributed"
        return role[:1].upper() + role[1:]
    name = written or speaker
    if not role:
        return name
    return f"{role} {name}" if _role_first(role) else f"{name}, {role}"


STATEMENT_MARK = "(statement)"


def attribution(quote: dict[str, Any], written: str | None = None) -> str:
    """“Commissioner Sir Mark Rowley, May 2025 (date estimated)”; a statement printed
    under "X said:" without quote marks says so (“…, 3 May 2025 (statement)”), so it is
    never passed off as words in quotation marks."""
    said = f"{credit(quote.get('speaker'), quote.get('role'), written)}, {reader_date(quote)}"
    return f"{said} {STATEMENT_MARK}" if quote.get("kind") == "statement" else said


def source(record: dict[str, Any], markdown: bool = False) -> str:
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


def format_quote(
    quote: dict[str, Any], fmt: str = "plain", text: str | None = None, written: str | None = None
) -> str:
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


def format_passage(record: dict[str, Any], fmt: str = "plain", text: str | None = None) -> str:
    """A press-office paragraph (or title), not in quotation marks: it is nobody's words."""
    words = " ".join((text if text is not None else record["text"]).split())
    if fmt == "plain":
        return words
    if fmt == "attributed":
        return f"{words}\n— {source(record)}"
    if fmt == "markdown":
        return f"{_md(words)}\n\nSource: {source(record, markdown=True)}"
    raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(CLIP_FORMATS)}")


def format_figure(stat: dict[str, Any], newer: dict[str, Any] | None = None) -> str:
    """“34,200 police officers — Mayor of London, “Title”, 26 November 2024”, and a
    second line when a newer release gives a different figure."""
    parts = [
        stat.get("publisher"),
        f"“{stat['release_title']}”" if stat.get("release_title") else None,
        reader_date(stat),
    ]
    text = f"{figure_phrase(stat)} — {', '.join(p for p in parts if p)}"
    if newer:
        text += (
            f"\nOut of date: a newer release gives {newer['phrase']} — "
            f"“{newer['release_title']}”, {reader_date(newer)}."
        )
    return text


# ------------------------------------------------------------------ a whole release


def release_header(release: dict[str, Any]) -> str:
    when = display_date(release["date"], release["date_estimated"])
    parts = [when, release.get("publisher") or "publisher unknown", release.get("source") or ""]
    return " · ".join(part for part in parts if part)


def release_text(release: dict[str, Any], width: int = 88) -> str:
    """Title, date line, summary bullets, body and notes, wrapped to ``width``."""
    lines = [
        release["title"]
        + (" (title derived from the lead)" if release.get("title_derived") else "")
    ]
    lines += [release_header(release), f"id {release['id']}", ""]
    section = None
    for block_section, text, bullet in release["blocks"]:
        if block_section == TITLE:
            continue
        if block_section != section:
            if section is not None:
                lines.append("")
            section = block_section  # notes open with their own heading line
        if bullet or block_section == SUMMARY:
            lines += textwrap.wrap(text, width, initial_indent="  • ", subsequent_indent="    ")
        else:
            lines += textwrap.wrap(text, width) + ([""] if block_section in (BODY, NOTES) else [])
    return "\n".join(lines).rstrip() + "\n"
