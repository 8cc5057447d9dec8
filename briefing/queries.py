"""Questions the command line and the app both ask of the store (no Textual)."""

from __future__ import annotations

from collections.abc import Sequence

from briefing import clips, compare
from briefing.parse.speakers import match_speakers, order_speakers
from briefing.store import Store, StoreError

QUOTE_FORMATS = clips.CLIP_FORMATS


def speakers(store: Store) -> list[dict]:
    """Everyone quoted: key speakers first, then by number of quotes."""
    found = {name: (count, releases, roles) for name, count, releases, roles in store.speakers()}
    ordered = order_speakers({name: count for name, (count, _, _) in found.items()})
    return [
        {
            "name": name,
            "roles": found[name][2],
            "quotes": found[name][0],
            "releases": found[name][1],
        }
        for name in ordered
    ]


def resolve_speaker(store: Store, query: str) -> str:
    """The canonical name a user means by ``query`` ("rowly", "the mayor")."""
    matches = match_speakers(query, store.speaker_names())
    if not matches:
        raise StoreError(f"nobody quoted matches {query!r} (see `briefing speakers`)")
    return matches[0]


def quotes_by(
    store: Store,
    speaker: str | None = None,
    release: str | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> list[dict]:
    """Quotes newest first, each with up to 20 quotes that reuse one of its lines
    (``repeats``, newest first) and how many do in all (``repeats_total``)."""
    name = resolve_speaker(store, speaker) if speaker else None
    found = store.quotes(release, speaker=name, limit=limit, offset=offset)
    reused = store.repeats([q["id"] for q in found])
    for quote in found:
        quote["repeats"], quote["repeats_total"] = reused.get(quote["id"], ([], 0))
    return found


def source_date(record: dict) -> str:
    """A record's release date as citations write it (“May 2024 (date estimated)”)."""
    return clips.reader_date(record)


def attribution(quote: dict) -> str:
    """“Sadiq Khan, Mayor of London, 26 November 2024” (see ``clips.attribution``)."""
    return clips.attribution(quote)


def format_quote(quote: dict, fmt: str = "plain") -> str:
    """A quote as speechwriters paste it: plain, with attribution, or as Markdown.

    Without the release at hand the name is the canonical one; ``clips.quote_clip``
    gives it as the release writes it ("Sir Mark Rowley").
    """
    if fmt not in QUOTE_FORMATS:
        raise StoreError(f"unknown format {fmt!r}; use one of {', '.join(QUOTE_FORMATS)}")
    return clips.format_quote(quote, fmt)


def format_figure(stat: dict) -> str:
    """A figure with its source, for copying: “34,200 police officers — Mayor of London, …”."""
    return clips.format_figure(stat)


def compare_releases(store: Store, refs: Sequence[str]) -> dict:
    """Figures of the given releases aligned by metric (see ``briefing.compare``)."""
    ids = list(dict.fromkeys(store.resolve(ref) for ref in refs))
    if len(ids) < 2:
        raise StoreError("compare needs at least two different releases")
    views = store.release_views(ids)
    releases = [
        {"id": rid, "title": views[rid]["title"], "date": views[rid]["date"]} for rid in ids
    ]
    stats = [s for rid in ids for s in store.stats(rid)]
    return compare.compare(releases, stats)


LATEST_CANDIDATES = 2000  # newest figures of a metric looked at (``everything``: all)
LATEST_OLDER = 20  # older figures listed with the latest one (``everything`` for all)


def latest_figure(store: Store, query: str, everything: bool = False) -> dict | None:
    """The newest figure for a metric across the store, with (up to 20) older ones.

    Candidates come from the read model's metric index (labels sharing a word with the
    query), so the answer costs a few lookups, not a pass over every figure.
    """
    key = compare.label_key(query)
    if not key:
        return None
    metrics = store.metrics_like(key)
    if not metrics:
        return None
    scored = [(compare.query_score(key, label), metric) for metric, label in metrics]
    best_score = max(score for score, _ in scored)
    if not best_score[0]:
        return None
    chosen = [metric for score, metric in scored if score == best_score]
    limit = None if everything else LATEST_CANDIDATES
    figures = [f for metric in chosen for f in store.figures_for_metric(metric, limit=limit)]
    found = compare.latest(query, figures)
    if found is not None and not everything:
        for key in ("older", "related"):
            found[f"{key}_total"] = len(found[key])
            found[key] = found[key][:LATEST_OLDER]
    return found


PAIR_LOOKAHEAD = 20  # newest releases looked at for a pair sharing a metric


def default_pair(store: Store) -> list[str]:
    """The two newest releases that share a metric, for Compare to open on ([] if none)."""
    keys: list[tuple[str, set[str]]] = []
    for release in store.releases(limit=PAIR_LOOKAHEAD):
        metrics = {compare.metric_key(s["label"]) for s in store.stats(release["id"]) if s["label"]}
        for other, other_metrics in keys:
            if metrics & other_metrics:
                return [other, release["id"]]
        keys.append((release["id"], metrics))
    return []


def trend(store: Store, stat_id: str) -> dict:
    """A figure's metric across every release: ``{"label", "unit", "points"}``, the
    points oldest first (see ``compare.trend``)."""
    stat = store.stat(stat_id)
    figures: list[dict] = []
    if stat["label"]:
        # Labels word the same metric differently ("under 25", "aged under-25"): every
        # metric sharing its words is a candidate; ``compare.trend`` keeps the same ones.
        keys = {compare.metric_key(stat["label"])}
        keys |= {metric for metric, _ in store.metrics_like(compare.label_key(stat["label"]), 50)}
        figures = [
            f
            for key in sorted(keys)
            for f in store.figures_for_metric(key, limit=LATEST_CANDIDATES)
        ]
    if not any(f["id"] == stat["id"] for f in figures):
        figures.append(stat)
    return {"label": stat["label"], "unit": stat["unit"], "points": compare.trend(stat, figures)}
