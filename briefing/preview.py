"""What importing a piece of text would give, before it is imported (no Textual).

The paste screen shows this while the user pastes or types: the same checks and the
same parsing as an import (``source_from_paste`` then ``build_records``), so what the
preview says is what the store will hold.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from briefing.documents import build_records, expand
from briefing.format import figure_phrase
from briefing.ingest import InputError, SourceFile
from briefing.ingest.paste import source_from_paste


@dataclass(frozen=True)
class PreviewQuote:
    speaker: str | None
    role: str | None
    text: str


@dataclass(frozen=True)
class ReleasePreview:
    """A release as it would be imported, or ``error``: why it cannot be."""

    source: SourceFile | None = None
    error: str | None = None
    release_id: str = ""
    title: str = ""
    date: str | None = None
    date_estimated: bool = False
    publisher: str | None = None
    quotes: list[PreviewQuote] = field(default_factory=list)
    figures: list[str] = field(default_factory=list)

    @property
    def importable(self) -> bool:
        return self.error is None


def preview_paste(text: str) -> ReleasePreview:
    """Check and parse pasted text as an import would."""
    try:
        source = source_from_paste(text)
    except InputError as error:
        return ReleasePreview(error=str(error))
    try:
        release, stored_quotes, stored_stats = build_records(source.text, source.name)
        quotes, stats = expand(release, stored_quotes, stored_stats)
    except Exception as error:  # noqa: BLE001 - the import reports the same as "could not parse"
        return ReleasePreview(source=source, error=f"could not parse: {error}")
    return ReleasePreview(
        source=source,
        release_id=release["id"],
        title=release["title"],
        date=release["date"],
        date_estimated=release["date_estimated"],
        publisher=release["publisher"],
        quotes=[PreviewQuote(q["speaker"], q["role"], q["text"]) for q in quotes],
        figures=[figure_phrase(s) for s in stats],
    )
