"""The query syntax people type into the search box.

    knife crime                 words (typos allowed; the last one may be unfinished)
    "mayor of london"           exact phrase, must appear
    -robbery  -"west end"       exclude passages with that word / phrase
    speaker:khan  speaker:"mark rowley"
    after:2023-01  before:2024  year, year-month or full date; after is inclusive of the
                                start of its period, before is exclusive of its start
    kind:quote                  quote | paragraph (para) | stat (figure) | title
    release:3b58                release id prefix

Parsing never fails: what cannot be understood is searched as words, or noted in
``Query.errors`` (a bad date or kind) so the UI can say so.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from briefing.tokens import STOPWORDS, TOKEN_RE, tokens

KINDS = ("title", "paragraph", "quote", "stat")
KIND_ALIASES = {
    "title": "title", "titles": "title", "headline": "title", "headlines": "title",
    "paragraph": "paragraph", "paragraphs": "paragraph", "para": "paragraph",
    "paras": "paragraph", "p": "paragraph", "text": "paragraph",
    "quote": "quote", "quotes": "quote", "q": "quote",
    "stat": "stat", "stats": "stat", "figure": "stat", "figures": "stat",
    "number": "stat", "numbers": "stat", "fig": "stat",
}  # fmt: skip
FIELD_ALIASES = {
    "speaker": "speaker", "by": "speaker", "who": "speaker",
    "kind": "kind", "type": "kind", "is": "kind",
    "after": "after", "since": "after", "from": "after",
    "before": "before", "until": "before",
    "release": "release", "id": "release",
}  # fmt: skip


def _filter_pattern(names: Iterable[str]) -> re.Pattern[str]:
    """A field filter written with one of ``names`` ("speaker:khan", 'by:"the mayor"'),
    with the space after it."""
    fields = "|".join(names)
    return re.compile(rf'(?<!\S)(?:{fields}):(?:"[^"]*"?|\S*)\s*', re.IGNORECASE)


_FILTERS = _filter_pattern(FIELD_ALIASES)
_FILTERS_FOR = {
    key: _filter_pattern(name for name, field in FIELD_ALIASES.items() if field == key)
    for key in set(FIELD_ALIASES.values())
}


def without_filters(text: str, *keys: str) -> str:
    """``text`` with its field filters taken out (those for ``keys`` only, if given:
    "speaker" takes out ``by:`` and ``who:`` too)."""
    if not keys:
        return _FILTERS.sub("", text).strip()
    for key in keys:
        text = _FILTERS_FOR[key].sub("", text)
    return text.strip()


# One query element: optional "-", optional "field:", then a quoted string or a bare run.
_ELEMENT = re.compile(
    r'(?P<neg>-)?(?:(?P<field>[A-Za-z]+):)?(?:"(?P<quoted>[^"]*)"?|(?P<bare>\S+))'
)
_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "＂": '"'})
_PERIOD = re.compile(r"(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?")


@dataclass
class Query:
    """A parsed query. Words and phrases are folded tokens (see ``text.fold``)."""

    raw: str = ""
    words: list[str] = field(default_factory=list)  # unquoted words in order, stopwords kept
    phrases: list[list[str]] = field(default_factory=list)  # "quoted" phrases: must appear
    exclude: list[list[str]] = field(default_factory=list)  # -word / -"phrase"
    speaker: str | None = None  # as typed; resolved to canonical names by the index
    kind: str | None = None  # one of KINDS
    after: str | None = None  # ISO date, inclusive
    before: str | None = None  # ISO date, exclusive
    release: str | None = None  # id prefix
    prefix: bool = False  # the last word may be unfinished (the user is still typing)
    errors: list[str] = field(default_factory=list)
    stray: bool = False  # something that is not a word was typed ("?!", "--")

    @property
    def terms(self) -> list[str]:
        """The words that must match (stopwords dropped, duplicates removed)."""
        return list(dict.fromkeys(w for w in self.words if w not in STOPWORDS))

    @property
    def has_text(self) -> bool:
        """Whether the query has words or phrases to match (not only filters)."""
        return bool(self.terms or any(self.phrases))

    @property
    def has_filters(self) -> bool:
        return any(
            v is not None for v in (self.speaker, self.kind, self.after, self.before, self.release)
        )

    @property
    def typed_text(self) -> bool:
        """Whether the user typed anything other than filters (even just "the" or "?!")."""
        return bool(self.words or self.phrases or self.exclude or self.stray)


def parse_period(value: str) -> date | None:
    """Start of the period "2024", "2024-03" or "2024-03-15"; None if not a date."""
    m = _PERIOD.fullmatch(value.strip())
    if not m:
        return None
    year, month, day = int(m[1]), int(m[2] or 1), int(m[3] or 1)
    try:
        return date(year, month, day)
    except ValueError:
        return None


def parse_query(text: str) -> Query:
    """Parse what the user typed. Never raises."""
    query = Query(raw=text)
    text = text.translate(_QUOTES)
    last_bare_word = False
    for m in _ELEMENT.finditer(text):
        neg, name, quoted, bare = m["neg"], m["field"], m["quoted"], m["bare"]
        last_bare_word = False
        key = FIELD_ALIASES.get(name.lower()) if name else None
        if name and key is None:
            # Not a filter we know ("10:30", "http:"): search it as words.
            quoted, bare = None, m.group(0).lstrip("-")
        value = quoted if quoted is not None else (bare or "")
        if key is not None:
            if neg:
                query.errors.append(f"cannot exclude by {key}: {value!r} ignored")
                continue
            _set_filter(query, key, value)
            continue
        words = tokens(value)
        if not words:
            query.stray = query.stray or bool(value.strip())
            continue
        if neg:
            query.exclude.append(words)
        elif quoted is not None:
            query.phrases.append(words)
        else:
            query.words.extend(words)
            last_bare_word = True
    # Still typing the last word: the query ends in a letter/digit right after a bare word.
    query.prefix = last_bare_word and bool(text) and TOKEN_RE.search(text[-1:]) is not None
    return query


def _set_filter(query: Query, key: str, value: str) -> None:
    value = value.strip()
    if not value:
        return
    if key == "speaker":
        query.speaker = value
    elif key == "release":
        query.release = value
    elif key == "kind":
        kind = KIND_ALIASES.get(value.lower())
        if kind is None:
            query.errors.append(f"unknown kind {value!r} (quote, paragraph, stat, title)")
        else:
            query.kind = kind
    else:
        start = parse_period(value)
        if start is None:
            query.errors.append(f"{key}: expects a year, year-month or date, not {value!r}")
        elif key == "after":
            query.after = start.isoformat()
        else:
            query.before = start.isoformat()
