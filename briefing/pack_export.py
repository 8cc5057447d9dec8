"""A pack as a brief to paste into an email: Markdown or plain text (pure, no I/O).

Items come resolved by ``Packs.items``, in pack order. Every item ends with the
release it came from (title, publisher, date, file and id), so each line of the
brief can be traced back; notes, out-of-date figures and changed sources are said
in words under the item.
"""

from __future__ import annotations

import re

from briefing import format, queries

FORMATS = {"md": "Markdown", "txt": "plain text"}
INDENT = "   "
CHANGED = "its release was edited or removed after this was pinned; the words above are as pinned."
# Emphasis, links, code and HTML; "_" only where it could open or close emphasis.
_MD_SPECIAL = re.compile(r"([\\`*\[\]<]|(?<!\w)_|_(?!\w))")


def render(name: str, items: list[dict], fmt: str) -> str:
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


def _markdown_item(item: dict) -> list[str]:
    if item["kind"] == "quote":
        lines = _blockquote(_paragraphs(item["text"]))
        lines += [">", f"> — {_md(queries.attribution(item))}"]
    elif item["kind"] == "stat":
        lines = [f"**{_md(format.figure_phrase(item))}**"]
        if item.get("sentence"):
            lines += [""] + _blockquote([item["sentence"]])
    else:
        lines = _blockquote(_paragraphs(item["text"]))
    source = f"*{_md(item.get('release_title') or 'untitled release')}*"
    lines += ["", f"Source: {source}, {_where(item, markdown=True)}"]
    for label, remark in _remarks(item):
        lines += ["", f"**{label}:** {_md(remark)}"]
    return lines


# ---------------------------------------------------------------- plain text


def _text_item(item: dict) -> list[str]:
    if item["kind"] == "stat":
        lines = [format.figure_phrase(item)]
        if item.get("sentence"):
            lines.append(f"“{item['sentence']}”")
    else:
        paragraphs = _paragraphs(item["text"])
        lines = []
        for number, paragraph in enumerate(paragraphs):
            opening = "“" if number == 0 else ""
            closing = "”" if number == len(paragraphs) - 1 else ""
            lines += ([""] if number else []) + [f"{opening}{paragraph}{closing}"]
        if item["kind"] == "quote":
            lines.append(f"— {queries.attribution(item)}")
    title = item.get("release_title") or "untitled release"
    lines.append(f"Source: “{title}”, {_where(item)}")
    return lines + [f"{label}: {remark}" for label, remark in _remarks(item)]


# ------------------------------------------------------------------- shared


def _paragraphs(text: str) -> list[str]:
    return [" ".join(p.split()) for p in text.split("\n\n") if p.strip()] or [text]


def _where(item: dict, markdown: bool = False) -> str:
    """“Mayor of London, 11 November 2022 — file 001_….txt, release ee9698a000df”."""
    when = queries.source_date(item) if item.get("date") else "undated"
    who = item.get("publisher") or "publisher unknown"
    file, release = str(item.get("source")), str(item.get("release_id"))
    if markdown:
        who, when = _md(who), _md(when)
        file = f"`{file}`" if "`" not in file else _md(file)
        release = f"`{release}`"
    return f"{who}, {when} — file {file}, release {release}"


def _remarks(item: dict) -> list[tuple[str, str]]:
    """What the reader of the brief must know about an item: (label, one line) each."""
    remarks = []
    newer = item.get("stale")
    if newer:
        publisher = newer.get("publisher") or "publisher unknown"
        remarks.append((
            "Out of date",
            f"a newer release, “{newer['release_title']}” ({publisher}, "
            f"{queries.source_date(newer)}), gives {newer['phrase']}.",
        ))  # fmt: skip
    if item.get("changed"):
        remarks.append(("Changed", CHANGED))
    if item.get("note"):
        remarks.append(("Note", item["note"]))
    return remarks
