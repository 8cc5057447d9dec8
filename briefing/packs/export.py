"""A pack as a brief to paste into an email: Markdown or plain text (pure, no I/O).

Items come resolved by ``Packs.items``, in pack order. Every item ends with the
release it came from (title, publisher and date, as a reader cites it); notes,
out-of-date figures and changed sources are said in words under the item. A quote
is a block quote in quotation marks with who said it; a press-office paragraph is
plain text introduced as the release's words, so prose is never taken for a quote.
"""

from __future__ import annotations

import re
from typing import Any

from briefing import format

FORMATS = {"md": "Markdown", "txt": "plain text"}
INDENT = "   "
CHANGED = "its release was edited or removed after this was pinned; the words above are as pinned."
# Emphasis, links, code and HTML; "_" only where it could open or close emphasis.
_MD_SPECIAL = re.compile(r"([\\`*\[\]<]|(?<!\w)_|_(?!\w))")


def render(name: str, items: list[dict[str, Any]], fmt: str) -> str:
    """The whole brief: a heading, then each item numbered, a blank line between."""
    markdown = fmt == "md"
    lines = [f"# {_md(name)}" if markdown else name]
    if not markdown:
        lines.append("=" * len(name))
    lines.append("")
    if not items:
        lines += ["(This pack is empty.)", ""]
    for number, item in enumerate(items, start=1):
        body = _markdown_item(item) if markdown else _text_item(item)
        lines.append(f"{number}.".ljust(len(INDENT)) + body[0])
        lines += [INDENT + line if line else "" for line in body[1:]]
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


# ------------------------------------------------------------------ Markdown


def _md(text: str | None) -> str:
    """Release text made literal in Markdown (emphasis, links, code and HTML escaped)."""
    return _MD_SPECIAL.sub(r"\\\1", " ".join((text or "").split()))


def _blockquote(paragraphs: list[str]) -> list[str]:
    lines: list[str] = []
    for paragraph in paragraphs:
        if lines:
            lines.append(">")
        lines.append(f"> {_md(paragraph)}")
    return lines


def _markdown_item(item: dict[str, Any]) -> list[str]:
    if item["kind"] == "quote":
        lines = _blockquote(_quoted(_paragraphs(item["text"])))
        lines += [">", f"> — {_md(format.attribution(item))}"]
        intro = "Source"
    elif item["kind"] == "stat":
        lines = [f"**{_md(format.figure_phrase(item))}**"]
        if item.get("sentence"):
            lines += ["", f"In the release: {_md(item['sentence'])}"]
        intro = "Source"
    else:
        lines = []
        for paragraph in _paragraphs(item["text"]):
            lines += ([""] if lines else []) + [_md(paragraph)]
        intro = "Release text from"
    source = f"*{_md(item.get('release_title') or 'untitled release')}*"
    lines += ["", f"{intro}: {source}, {_where(item, markdown=True)}"]
    for label, remark in _remarks(item):
        lines += ["", f"**{label}:** {_md(remark)}"]
    return lines


def _quoted(paragraphs: list[str]) -> list[str]:
    """Each paragraph of a quote opens with a mark, only the last one closes."""
    last = len(paragraphs) - 1
    return [f"“{p}”" if n == last else f"“{p}" for n, p in enumerate(paragraphs)]


# ---------------------------------------------------------------- plain text


def _text_item(item: dict[str, Any]) -> list[str]:
    intro = "Source"
    if item["kind"] == "stat":
        lines = [format.figure_phrase(item)]
        if item.get("sentence"):
            lines.append(f"In the release: {item['sentence']}")
    elif item["kind"] == "quote":
        lines = []
        for paragraph in _quoted(_paragraphs(item["text"])):
            lines += ([""] if lines else []) + [paragraph]
        lines.append(f"— {format.attribution(item)}")
    else:
        lines = []
        for paragraph in _paragraphs(item["text"]):
            lines += ([""] if lines else []) + [paragraph]
        intro = "Release text from"
    title = item.get("release_title") or "untitled release"
    lines.append(f"{intro}: “{title}”, {_where(item)}")
    return lines + [f"{label}: {remark}" for label, remark in _remarks(item)]


# ------------------------------------------------------------------- shared


def _paragraphs(text: str) -> list[str]:
    return [" ".join(p.split()) for p in text.split("\n\n") if p.strip()] or [text]


def _where(item: dict[str, Any], markdown: bool = False) -> str:
    """“Mayor of London, 11 November 2022”: who published it and when."""
    when = format.reader_date(item) if item.get("date") else "undated"
    who = item.get("publisher") or "publisher unknown"
    if markdown:
        who, when = _md(who), _md(when)
    return f"{who}, {when}"


def _remarks(item: dict[str, Any]) -> list[tuple[str, str]]:
    """What the reader of the brief must know about an item: (label, one line) each."""
    remarks = []
    newer = item.get("stale")
    if newer:
        publisher = newer.get("publisher") or "publisher unknown"
        remarks.append(
            (
                "Out of date",
                f"a newer release, “{newer['release_title']}”, {publisher}, "
                f"{format.reader_date(newer)}, gives {newer['phrase']}.",
            )
        )
    if item.get("changed"):
        remarks.append(("Changed", CHANGED))
    if item.get("note"):
        remarks.append(("Note", item["note"]))
    return remarks
