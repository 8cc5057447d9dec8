"""Figures across releases: compare a few, the latest for a metric, a metric's trend
(over the store; the matching rules are ``briefing.compare``; no Textual)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from briefing import compare
from briefing.store import Store, StoreError


def compare_releases(store: Store, refs: Sequence[str]) -> dict[str, Any]:
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


def latest_figure(store: Store, query: str, everything: bool = False) -> dict[str, Any] | None:
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
        for part in ("older", "related"):
            found[f"{part}_total"] = len(found[part])
            found[part] = found[part][:LATEST_OLDER]
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


def trend(store: Store, stat_id: str) -> dict[str, Any]:
    """A figure's metric across every release: ``{"label", "unit", "points"}``, the
    points oldest first (see ``compare.trend``)."""
    stat = store.stat(stat_id)
    figures: list[dict[str, Any]] = []
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
