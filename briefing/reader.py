"""A release as readable text (for ``briefing show`` and copying)."""

from __future__ import annotations

import textwrap

from briefing.model import BODY, NOTES, SUMMARY, TITLE
from briefing.parse.dates import display_date


def release_header(release: dict) -> str:
    when = display_date(release["date"], release["date_estimated"])
    parts = [when, release.get("publisher") or "publisher unknown", release.get("source") or ""]
    return " · ".join(part for part in parts if part)


def release_text(release: dict, width: int = 88) -> str:
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
