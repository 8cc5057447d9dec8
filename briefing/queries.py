"""Questions the command line and the app both ask of the store (no Textual)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from briefing import compare
from briefing.parse.dates import display_date, long_date
from briefing.parse.repeats import find_repeats
from briefing.parse.speakers import match_speakers, order_speakers
from briefing.store import Store, StoreError

QUOTE_FORMATS = ("plain", "attributed", "markdown")


def speakers(store: Store) -> list[dict]:
    """Everyone quoted: key speakers first, then by number of quotes."""
    quotes = store.quotes()
    counts = Counter(q["speaker"] for q in quotes if q["speaker"])
    roles: dict[str, list[str]] = {}
    releases: dict[str, set[str]] = {}
    for quote in quotes:  # newest first, so the current role is listed first
        name = quote["speaker"]
        if not name:
            continue
        if quote["role"] and quote["role"] not in roles.setdefault(name, []):
            roles[name].append(quote["role"])
        roles.setdefault(name, [])
        releases.setdefault(name, set()).add(quote["release_id"])
    return [
        {
            "name": name,
            "roles": roles[name],
            "quotes": counts[name],
            "releases": len(releases[name]),
        }
        for name in order_speakers(counts)
    ]


def resolve_speaker(store: Store, query: str) -> str:
    """The canonical name a user means by ``query`` ("rowly", "the mayor")."""
    names = {q["speaker"] for q in store.quotes() if q["speaker"]}
    matches = match_speakers(query, names)
    if not matches:
        raise StoreError(f"nobody quoted matches {query!r} (see `briefing speakers`)")
    return matches[0]


_repeats_cache: dict[str, dict[str, list[str]]] = {}


def repeats(store: Store) -> dict[str, list[str]]:
    """Quote id -> ids of other quotes that reuse one of its sentences."""
    key = f"{store.dir}:{store.fingerprint()}"
    if key not in _repeats_cache:
        _repeats_cache.clear()
        _repeats_cache[key] = find_repeats([(q["id"], q["text"]) for q in store.quotes()])
    return _repeats_cache[key]


def quotes_by(store: Store, speaker: str | None = None, release: str | None = None) -> list[dict]:
    """Quotes newest first, each with the ids of quotes that repeat a sentence of it."""
    found = store.quotes(release)
    if speaker:
        name = resolve_speaker(store, speaker)
        found = [q for q in found if q["speaker"] == name]
    reused = repeats(store)
    return [{**q, "repeats": reused.get(q["id"], [])} for q in found]


def source_date(record: dict) -> str:
    """A record's release date as citations write it (estimates marked)."""
    if record.get("date_estimated"):
        return display_date(record["date"], True)
    return long_date(record["date"])


def attribution(quote: dict) -> str:
    """“Sadiq Khan, Mayor of London, 26 November 2024”."""
    # An unnamed source ("A Met Police spokesperson said") is attributed to its role.
    parts = [quote["speaker"] or quote.get("role") or "Unattributed", source_date(quote)]
    if quote["speaker"] and quote.get("role"):
        parts.insert(1, quote["role"])
    return ", ".join(part for part in parts if part)


def format_quote(quote: dict, fmt: str = "plain") -> str:
    """A quote as speechwriters paste it: plain, with attribution, or as Markdown."""
    if fmt == "plain":
        return quote["text"]
    if fmt == "attributed":
        return f"{quote['text']}\n— {attribution(quote)}"
    if fmt == "markdown":
        body = "\n".join(f"> {line}" if line else ">" for line in quote["text"].split("\n"))
        source = f"*{quote['release_title']}*"
        if quote.get("publisher"):
            source += f", {quote['publisher']}"
        return f"{body}\n>\n> — {attribution(quote)}\n\nSource: {source} ({quote['source']})"
    raise StoreError(f"unknown format {fmt!r}; use one of {', '.join(QUOTE_FORMATS)}")


CURRENCY_SIGNS = {"gbp": "£", "usd": "$", "eur": "€"}


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


def figure_phrase(stat: dict) -> str:
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


def format_figure(stat: dict) -> str:
    """A figure with its source, for copying: “34,200 police officers — Mayor of London, …”."""
    source = ", ".join(
        part
        for part in (stat.get("publisher"), stat.get("release_title"), source_date(stat))
        if part
    )
    return f"{figure_phrase(stat)} — {source}"


def compare_releases(store: Store, refs: Sequence[str]) -> dict:
    """Figures of the given releases aligned by metric (see ``briefing.compare``)."""
    ids = list(dict.fromkeys(store.resolve(ref) for ref in refs))
    if len(ids) < 2:
        raise StoreError("compare needs at least two different releases")
    views = {r["id"]: r for r in store.releases()}
    releases = [
        {"id": rid, "title": views[rid]["title"], "date": views[rid]["date"]} for rid in ids
    ]
    stats = [s for rid in ids for s in store.stats(rid)]
    return compare.compare(releases, stats)


def latest_figure(store: Store, query: str) -> dict | None:
    """The newest figure for a metric across the store, with the older ones."""
    releases = [{"id": r["id"], "title": r["title"], "date": r["date"]} for r in store.releases()]
    return compare.latest(query, releases, store.stats())
