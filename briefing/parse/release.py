"""One release file's text -> title, date, publisher and its blocks of text."""

from __future__ import annotations

import re
from datetime import date

from briefing.model import BODY, NOTES, SUMMARY, TITLE, Block, ParsedRelease
from briefing.parse.dates import estimate_date, is_date_line, stated_date
from briefing.parse.text import collapse_spaces, strip_controls

# Lines that belong to the web page around a release, not to the release.
_FURNITURE = re.compile(
    r"""^(?:
        skip\ to\ (?:main\ )?content
      | mayor\ of\ london\ logo.*
      | (?:metropolitan\ police|met\ police)(?:\ service)?\ logo.*
      | home
      | menu | search | share(?:\ this\ page)? | print(?:\ this\ page)? | back\ to\ top
      | press\ release\s*-?
      | created\ on | published(?:\ on)?:? | last\ updated:?
      | need\ a\ document\ on\ this\ page\ in\ an\ accessible\ format\??
      | if\ you\ use\ assistive\ technology\b.*
      | it\ will\ also\ help\ us\ if\ you\ tell\ us\ which\ assistive\ technology\b.*
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
# A distribution service's header: "11/26/2024 | Press release | Distributed by Public on ..."
_DISTRIBUTION_HEADER = re.compile(r"^[^|]{0,40}\|\s*press release\s*\|.*$", re.IGNORECASE)
_BULLET = re.compile(r"^(?:[-•·*▪‣◦–]|\d{1,2}[.)](?=\s))\s*")
_NOTES_HEADING = re.compile(
    r"^(?:notes?\s+(?:to|for)\s+(?:editors?|eds)|editors?[’']?\s*notes?|background)\s*:?$",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"(?<=[.!?])[”\"’']?\s")

# A headline is a short line that does not read as a sentence of prose.
_MAX_HEADLINE = 200
_DERIVED_TITLE_WORDS = 12


def _is_furniture(line: str) -> bool:
    return bool(_FURNITURE.match(line) or _DISTRIBUTION_HEADER.match(line))


def _split_bullet(line: str) -> tuple[str, bool]:
    match = _BULLET.match(line)
    if match and match.end() < len(line):
        return line[match.end() :].strip(), True
    return line, False


def _looks_like_headline(line: str) -> bool:
    return (
        len(line) <= _MAX_HEADLINE
        and not line.endswith((".", ":", ";", ","))
        and not _BULLET.match(line)
        and not is_date_line(line)
    )


def derive_title(lead: str) -> str:
    """A short title from a lead paragraph: its first sentence, cut at a word."""
    sentence = _SENTENCE_END.split(lead, maxsplit=1)[0].rstrip(".")
    words = sentence.split()
    if len(words) <= _DERIVED_TITLE_WORDS:
        return sentence
    return " ".join(words[:_DERIVED_TITLE_WORDS]).rstrip(",;:–-") + "…"


def _publisher(lines: list[str], header: list[str]) -> str | None:
    """Mayor of London or Metropolitan Police, from the release's own cues."""
    head = " ".join(header).lower()
    if "mayor of london logo" in head or "london assembly logo" in head:
        return "Mayor of London"
    if "metropolitan police logo" in head or "met police logo" in head:
        return "Metropolitan Police"
    # Whose press office speaks first: the lead paragraph's subject, then the first quote.
    for line in lines[:3]:
        lowered = line.lower()
        if re.match(
            r"^(?:the )?(?:metropolitan police|met police|met)\b(?! commissioner)", lowered
        ):
            return "Metropolitan Police"
    for line in lines:
        match = re.search(r"^(.{3,160}?)(?:,)?\s+(?:said|says|added)\s*:", line)
        if match:
            speaker = match.group(1).lower()
            if re.search(r"\bmayor\b|sadiq khan", speaker) and "deputy mayor" not in speaker:
                return "Mayor of London"
            if re.search(
                r"commissioner|commander|superintendent|inspector|\bmet\b|metropolitan", speaker
            ):
                return "Metropolitan Police"
            break
    text = " ".join(lines).lower()
    if "london.gov.uk" in text:
        return "Mayor of London"
    if "met.police.uk" in text:
        return "Metropolitan Police"
    return None


def parse_release(raw: str, source: str = "", today: date | None = None) -> ParsedRelease:
    """Parse the raw text of one release (pure: no I/O)."""
    today = today or date.today()
    lines = [collapse_spaces(line) for line in strip_controls(raw).split("\n")]
    lines = [line for line in lines if line]

    # Header: furniture and the stated date, up to the first line of content.
    header: list[str] = []
    stated: date | None = None
    position = 0
    while position < len(lines):
        line = lines[position]
        if _is_furniture(line) or is_date_line(line):
            stated = stated or stated_date(line)
            header.append(line)
            position += 1
            continue
        break
    content = [line for line in lines[position:] if not _is_furniture(line)]
    if not stated:
        header_dates = (stated_date(line) for line in header)
        stated = next((d for d in header_dates if d), None)

    title = ""
    if content and _looks_like_headline(content[0]):
        title = content.pop(0)
        # A date line under the headline, and the headline repeated after it (001).
        while content and (is_date_line(content[0]) or content[0] == title):
            stated = stated or stated_date(content[0])
            content.pop(0)

    blocks: list[Block] = []
    if title:
        blocks.append(Block(TITLE, 0, title))
    section = SUMMARY
    for line in content:
        text, bullet = _split_bullet(line)
        if section == SUMMARY and not bullet:
            section = BODY
        if section == BODY and _NOTES_HEADING.match(line):
            section = NOTES
        blocks.append(Block(section, len(blocks), text, bullet))

    title_derived = not title
    if title_derived:
        lead = next((b.text for b in blocks if b.section != TITLE), "")
        title = derive_title(lead) if lead else (source or "Untitled release")

    body_text = "\n\n".join(b.text for b in blocks)
    estimated = False
    published = stated
    if published is None:
        published = estimate_date(body_text, today)
        estimated = published is not None
    if published and published > today:
        published, estimated = None, False

    return ParsedRelease(
        title=title,
        title_derived=title_derived,
        date=published.isoformat() if published else None,
        date_estimated=estimated,
        publisher=_publisher([b.text for b in blocks if b.section != TITLE], header),
        blocks=blocks,
        text=body_text,
        raw=raw,
    )
