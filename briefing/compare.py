"""Lining figures up across releases: which figures measure the same thing (pure, no Textual).

Two figures are "the same metric" when

* their labels say the same thing once the wording is normalised: "Knife crime
  with injury under 25 years", "knife crime with injury where victims were aged
  under 25" and "... for those aged under-25" are one metric; "Knife crime with
  injury" (all ages) and "... under 25 years Non-DA" are two others. Labels are
  compared word by word, each word matched fuzzily (rapidfuzz) so spelling
  variants match but an extra or missing word ("residential burglary" against
  "burglary") does not;
* they share a unit;
* their places are compatible (no place named is taken as the whole force area,
  London; "West End" is a different place);
* their periods are compatible: two stated baselines must agree ("since 2019" is
  not the Mayoralty's "to May 2016 compared to ..."), an unstated one fits any;
* counts and sums are of the same size (within a factor of ``MAGNITUDE``).

``compare`` groups the figures of a few releases into rows; ``latest`` finds the
newest figure for a metric named in a query; ``same_metric`` is the pairwise test.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from functools import lru_cache

from rapidfuzz import fuzz

from briefing.model import Record

WORD_MATCH = 85  # one word against another: "anti-social"/"antisocial", "behaviour"/"behavior"
QUERY_SUBSET = 90  # a query naming part of a label ("robbery" in "personal robbery")
QUERY_MATCH = 80  # a query close to a whole label
# A count or a sum restated later rarely moves by more than this factor; beyond it two
# figures with a generic label ("additional officers": 1,300 and 80) are two pledges.
MAGNITUDE = 4.0
_SIZED_UNITS = frozenset({"count", "gbp", "usd", "eur"})

_AGE = re.compile(
    r"\b(?:(?:for|among|amongst|where|in)\s+)?(?:(?:those|victims|people|children)\s+)?"
    r"(?:(?:were|are|who\s+are|who\s+were)\s+)?(?:aged\s+)?(under|over)[\s-]?(\d{1,2})s?"
    r"(?:[\s-]?(?:years?|yrs)(?:[\s-]?olds?)?|[\s-]year[\s-]olds?)?\b",
    re.I,
)
_FILLER = frozenset(
    "the a an of for in with and to on at by from those where were are who is all its their "
    "his her our this that these".split()
)
# How a metric is reported rather than what it measures: "police officer numbers" and
# "officers" are one metric, and so are "personal robbery offences" and "personal robbery".
_NOISE = frozenset(
    "police number numbers level levels total overall figure figures offence offences "
    "recorded met".split()
)
_SYNONYMS = {"more": "additional", "extra": "additional"}
# No place named means the whole force area: the capital, for a London press office.
_WHOLE_AREA = frozenset({"", "london", "the capital", "capital", "greater london", "across london"})
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _stem(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


@lru_cache(maxsize=65536)
def label_key(label: str) -> tuple[str, ...]:
    """The words of a label that name the metric, normalised: "Gun crime" -> ("gun", "crime")."""
    text = label.lower().replace("’", "'")
    text = re.sub(r"(?<=\d),(?=\d{3})", "", text)
    text = _AGE.sub(lambda m: f" {m.group(1).lower()}{m.group(2)} ", text)
    text = re.sub(r"'s\b", "", text)
    text = re.sub(r"(?<=[a-z])-(?=[a-z])", "", text)  # non-DA, anti-social
    words = [_stem(w) for w in re.findall(r"[a-z0-9]+", text)]
    words = [_SYNONYMS.get(w, w) for w in words if w not in _FILLER]
    meaningful = [w for w in words if w not in _NOISE]
    return tuple(dict.fromkeys(meaningful or words))


def _same_words(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    if set(a) == set(b):
        return True
    if len(a) != len(b) or not a:
        return False
    unmatched = list(b)
    for word in a:
        for i, other in enumerate(unmatched):
            if word == other or (
                not word.isdigit()
                and not other.isdigit()
                and not re.search(r"\d", word + other)
                and fuzz.ratio(word, other) >= WORD_MATCH
            ):
                del unmatched[i]
                break
        else:
            return False
    return True


def scope_key(scope: str | None) -> str:
    """ "the City of Westminster" -> "westminster"; London or no place -> "" (the whole area)."""
    key = re.sub(r"^(?:the\s+)?(?:city\s+of\s+)?", "", (scope or "").strip().lower())
    return "" if key in _WHOLE_AREA else key


def baseline(period: str | None) -> int | None:
    """The first year a period names: its baseline ("since 2019" -> 2019)."""
    match = _YEAR.search(period or "")
    return int(match.group()) if match else None


def same_metric(a: Record, b: Record) -> bool:
    """Whether two figure records measure the same thing (see the module docstring)."""
    if not a.get("label") or not b.get("label") or a.get("unit") != b.get("unit"):
        return False
    if scope_key(a.get("scope")) != scope_key(b.get("scope")):
        return False
    base_a, base_b = baseline(a.get("period")), baseline(b.get("period"))
    if base_a is not None and base_b is not None and base_a != base_b:
        return False
    if not _similar_size(a, b):
        return False
    return _same_words(label_key(a["label"]), label_key(b["label"]))


PERIOD_LIKENESS = 60  # fuzz.ratio of two stated periods below which they are different


def same_period(a: Record, b: Record) -> bool:
    """Whether two figures of one metric can replace each other: their stated periods
    read alike (“twelve-month period to … 2022” / “… 2024”), or one states none.

    “down 5% since April 2024” is not made stale by “down 12.8% in the first six weeks
    of this financial year”: both are current, over different periods.
    """
    period_a, period_b = a.get("period"), b.get("period")
    if not period_a or not period_b:
        return True
    return fuzz.ratio(period_a.lower(), period_b.lower()) >= PERIOD_LIKENESS


def _similar_size(a: Record, b: Record) -> bool:
    if a.get("unit") not in _SIZED_UNITS:
        return True
    low, high = sorted((abs(a.get("value") or 0), abs(b.get("value") or 0)))
    return bool(low == high or (low > 0 and high / low <= MAGNITUDE))


# ----------------------------------------------------------------- grouping


# Figures of one unit and place whose labels have the same words: (unit, place, words).
_Bucket = tuple[str, str, frozenset[str]]


def _groups(stats: Sequence[Record]) -> list[list[Record]]:
    """Figures in groups of the same metric (label, unit, place; periods split later)."""
    buckets: dict[_Bucket, list[Record]] = defaultdict(list)
    for stat in stats:
        key = label_key(stat["label"])
        buckets[(stat["unit"], scope_key(stat.get("scope")), frozenset(key))].append(stat)
    # Merge buckets whose labels differ only in spelling ("behaviour"/"behavior",
    # "organised"/"organized"). Such variants keep each word's first letters, so only
    # buckets of the same unit, place and word prefixes are compared: near-linear
    # however many different labels there are.
    parent = {bucket: bucket for bucket in buckets}

    def root(bucket: _Bucket) -> _Bucket:
        while parent[bucket] != bucket:
            parent[bucket] = parent[parent[bucket]]
            bucket = parent[bucket]
        return bucket

    blocks: dict[tuple[str, str, tuple[str, ...]], list[_Bucket]] = defaultdict(list)
    for bucket in buckets:
        prefixes = tuple(sorted(word[:3] for word in bucket[2]))
        blocks[(bucket[0], bucket[1], prefixes)].append(bucket)
    for members in blocks.values():
        for i, first in enumerate(members):
            for second in members[i + 1 :]:
                if _same_words(tuple(first[2]), tuple(second[2])):
                    parent[root(second)] = root(first)
    merged: dict[_Bucket, list[Record]] = defaultdict(list)
    for bucket, items in buckets.items():
        merged[root(bucket)].extend(items)
    return list(merged.values())


def _by_baseline(items: list[Record]) -> list[list[Record]]:
    """One row per stated baseline; figures with none join the only one, else stand apart."""
    by_year: dict[int | None, list[Record]] = defaultdict(list)
    for stat in items:
        by_year[baseline(stat.get("period"))].append(stat)
    stated = [year for year in by_year if year is not None]
    if len(stated) <= 1:
        return _by_size(items)
    ordered = sorted(by_year, key=lambda y: (y is None, y or 0))
    return [rows for year in ordered for rows in _by_size(by_year[year])]


def _by_size(items: list[Record]) -> list[list[Record]]:
    """Counts and sums in runs of similar size (see ``MAGNITUDE``)."""
    if items[0].get("unit") not in _SIZED_UNITS or len(items) < 2:
        return [items]
    ordered = sorted(items, key=lambda s: abs(s.get("value") or 0))
    runs = [[ordered[0]]]
    for stat in ordered[1:]:
        if _similar_size(runs[-1][-1], stat):
            runs[-1].append(stat)
        else:
            runs.append([stat])
    return runs


def _row_label(items: list[Record]) -> str:
    counts: Counter[str] = Counter(stat["label"] for stat in items)
    # The fullest wording among them: "police officer numbers" over "officers".
    return max(counts, key=lambda label: (len(label_key(label)), len(label.split()), counts[label]))


def _release_order(releases: Sequence[Record]) -> list[Record]:
    indexed = list(enumerate(releases))
    indexed.sort(key=lambda pair: (pair[1].get("date") is None, pair[1].get("date") or "", pair[0]))
    return [{"id": r["id"], "title": r.get("title"), "date": r.get("date")} for _, r in indexed]


def compare(releases: Sequence[Record], stats: Sequence[Record]) -> Record:
    """The figures of ``releases`` in rows of the same metric, columns in date order.

    Returns ``{"releases": [{"id", "title", "date"}], "rows": [{"label", "unit",
    "differs", "cells": {release id: [stat records]}}]}``. Undated releases come
    last; rows found in more releases come first; a row ``differs`` when figures
    from two or more releases disagree.
    """
    columns = _release_order(releases)
    position = {release["id"]: n for n, release in enumerate(columns)}
    pool = [s for s in stats if s.get("release_id") in position]
    labelled = [s for s in pool if s.get("label")]
    groups = [rows for group in _groups(labelled) for rows in _by_baseline(group)]
    groups += [[s] for s in pool if not s.get("label")]  # unlabelled: a row each, never merged

    rows = []
    for items in groups:
        items = sorted(items, key=lambda s: (position[s["release_id"]], s.get("block", 0)))
        cells: dict[str, list[Record]] = {release["id"]: [] for release in columns}
        for stat in items:
            cells[stat["release_id"]].append(stat)
        present = [rid for rid, found in cells.items() if found]
        values = {stat["value"] for stat in items}
        rows.append(
            {
                "label": _row_label(items) if items[0].get("label") else items[0].get("text", ""),
                "unit": items[0]["unit"],
                "differs": len(present) >= 2 and len(values) > 1,
                "cells": cells,
                "_order": (
                    -len(present),
                    position[items[0]["release_id"]],
                    items[0].get("block", 0),
                ),
            }
        )
    rows.sort(key=lambda row: row.pop("_order"))
    return {"releases": columns, "rows": rows}


# ------------------------------------------------------------------- latest


def query_score(query: tuple[str, ...], label: str) -> tuple[int, float]:
    key = label_key(label)
    if _same_words(query, key):
        return 2, 100.0
    a, b = " ".join(query), " ".join(key)
    subset = fuzz.token_set_ratio(a, b)
    if subset >= QUERY_SUBSET:
        return 1, subset + fuzz.token_sort_ratio(a, b) / 1000
    whole = fuzz.token_sort_ratio(a, b)
    return (1, whole) if whole >= QUERY_MATCH else (0, 0.0)


def _newest_first(stat: Record) -> tuple[bool, str, int]:
    date = stat.get("date")
    return (date is None, "".join(chr(0x7F - ord(ch)) for ch in date or ""), stat.get("block", 0))


def latest(query: str, stats: Sequence[Record]) -> Record | None:
    """The newest figure for the metric ``query`` names, with the older figures for it.

    Returns ``{"label", "unit", "latest": record, "older": [records, newest first],
    "related": [records]}`` or None when nothing matches. Records carry their
    release's ``release_title`` and ``date``. ``related`` holds figures whose label
    matches as well but which count over another period or place.
    """
    key = label_key(query)
    if not key:
        return None
    scored = []
    for stat in stats:
        if stat.get("label"):
            score = query_score(key, stat["label"])
            if score[0]:
                scored.append((score, stat))
    if not scored:
        return None
    best_score = max(score for score, _ in scored)
    best = min((s for score, s in scored if score == best_score), key=_newest_first)
    group = sorted((s for _, s in scored if same_metric(best, s)), key=_newest_first)
    in_group = {id(s) for s in group}
    related = sorted(
        (s for score, s in scored if score == best_score and id(s) not in in_group),
        key=_newest_first,
    )
    return {
        "label": _row_label(group),
        "unit": best["unit"],
        "latest": group[0],
        "older": group[1:],
        "related": related,
    }


# -------------------------------------------------------------------- marks


def metric_key(label: str) -> str:
    """The read model's key for a metric: its label's words, sorted."""
    return " ".join(sorted(label_key(label)))


def row_mark(row: Record) -> str:
    """“≠” where releases' figures differ, “=” where two or more agree, “” for a figure
    only one release gives (nothing to agree with)."""
    present = sum(1 for found in row["cells"].values() if found)
    if present < 2:
        return ""
    return "≠" if row["differs"] else "="


# -------------------------------------------------------------------- trend


def trend(stat: Record, figures: Sequence[Record]) -> list[Record]:
    """The figures of ``stat``'s metric (same unit, place and baseline) across releases,
    oldest first, one per release (its first statement), undated ones left out."""
    seen: set[str] = set()
    points = []
    for other in figures:
        if not other.get("date") or other["release_id"] in seen:
            continue
        if other is not stat and not same_metric(stat, other):
            continue
        seen.add(other["release_id"])
        points.append(other)
    return sorted(points, key=lambda s: (s["date"], s["release_id"]))


def signed(stat: Record) -> float:
    """A figure's value as a chart draws it: a fall ("down 19%") below zero."""
    value = float(stat.get("value") or 0)
    return -value if stat.get("direction") == "down" else value
