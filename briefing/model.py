"""Plain data shapes shared by parsing, the store, search and the UI (no I/O)."""

from __future__ import annotations

from dataclasses import dataclass, field

# Sections a block of release text can sit in.
TITLE = "title"
SUMMARY = "summary"
BODY = "body"
NOTES = "notes"


@dataclass(frozen=True)
class Block:
    """One paragraph (or bullet, or heading line) of a cleaned release.

    ``index`` is the block's position in the release: the stable anchor that
    quotes, figures and search hits point at, and where the reader scrolls to.
    """

    section: str
    index: int
    text: str
    bullet: bool = False  # a list item in the source (its marker stripped from text)


@dataclass
class ParsedRelease:
    """What parsing one release file yields, before quotes and figures."""

    title: str
    title_derived: bool
    date: str | None  # ISO YYYY-MM-DD
    date_estimated: bool
    publisher: str | None
    blocks: list[Block]
    text: str  # the cleaned text, blocks joined by blank lines
    raw: str  # the text exactly as read

    def section(self, name: str) -> list[str]:
        return [b.text for b in self.blocks if b.section == name]

    @property
    def summary(self) -> list[str]:
        return self.section(SUMMARY)

    @property
    def paragraphs(self) -> list[str]:
        return self.section(BODY)

    @property
    def notes(self) -> list[str]:
        return self.section(NOTES)


@dataclass
class ExtractedQuote:
    """A direct quote found in a release."""

    text: str  # paragraphs joined by a blank line, quote marks removed
    speaker: str | None  # canonical name, e.g. "Sadiq Khan"
    role: str | None  # title/organisation as written, e.g. "Assistant Commissioner"
    paragraphs: int
    block_start: int  # Block.index of the first paragraph
    block_end: int  # Block.index of the last paragraph (inclusive)
    # "quote": words in quote marks; "statement": a paragraph under "X said:" with
    # no quote marks (GOV.UK style), the speaker's words as printed, never made up.
    kind: str = "quote"


@dataclass
class ExtractedStat:
    """A figure found in a release, with what it measures."""

    value: float | int
    unit: str  # percent, gbp, count, rate, ...
    text: str  # as written, e.g. "down 19%", "£151 million"
    qualifier: str | None = None
    rounded: float | int | None = None  # "nearly 500 (497)": 497 with 500 kept here
    direction: str | None = None  # "up" | "down" | None
    label: str | None = None
    period: str | None = None
    scope: str | None = None
    sentence: str = ""
    section: str = BODY  # title | summary | body | quote | notes
    block: int = 0  # Block.index the figure sits in
    extra: dict = field(default_factory=dict)
