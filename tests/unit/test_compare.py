"""Figures lined up across the seed releases, the latest figure for a metric, and same_metric."""

from __future__ import annotations

import json
import random
from dataclasses import asdict
from functools import cache
from pathlib import Path

from briefing.compare import baseline, compare, label_key, latest, same_metric, scope_key
from briefing.parse.release import parse_release
from briefing.parse.stats import extract_stats

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@cache
def seed(prefix: str) -> tuple[dict, tuple[dict, ...]]:
    """A seed as the store would hold it: a release record and its stat records."""
    path = next(SEEDS.glob(f"{prefix}_*.txt"))
    parsed = parse_release(path.read_text(encoding="utf-8"), path.name)
    rid = f"r{prefix}"
    stats = tuple(
        {"id": f"{rid}.s{n}", "release_id": rid, **asdict(stat)}
        for n, stat in enumerate(extract_stats(parsed.blocks), start=1)
    )
    return {"id": rid, "title": parsed.title, "date": parsed.date}, stats


def table(*prefixes: str) -> dict:
    releases = [seed(p)[0] for p in prefixes]
    stats = [s for p in prefixes for s in seed(p)[1]]
    return compare(releases, stats)


def row_of(result: dict, release: str, label: str, unit: str = "percent") -> dict:
    """The row holding ``release``'s figure with exactly this label."""
    found = [
        row
        for row in result["rows"]
        if row["unit"] == unit and any(s["label"] == label for s in row["cells"][release])
    ]
    assert len(found) == 1, (label, found)
    return found[0]


def values(row: dict, release: str) -> list:
    return [s["value"] for s in row["cells"][release]]


# ---------------------------------------------------------------- compare


def test_001_and_000_share_the_must_have_rows():
    result = table("001", "000")
    assert [r["id"] for r in result["releases"]] == ["r001", "r000"]  # 2022 before 2024

    gun = row_of(result, "r001", "Gun crime")
    assert (values(gun, "r001"), values(gun, "r000"), gun["differs"]) == ([21], [19], True)
    assert {s["direction"] for s in gun["cells"]["r001"] + gun["cells"]["r000"]} == {"down"}

    burglary = row_of(result, "r001", "Burglary")
    assert (values(burglary, "r001"), values(burglary, "r000")) == ([23], [18])

    under_25 = row_of(result, "r001", "Knife crime with injury under 25")
    assert (values(under_25, "r001"), values(under_25, "r000")) == ([22], [19])

    officers = row_of(result, "r001", "police officer numbers", unit="count")
    assert set(values(officers, "r001")) == {34542}
    assert values(officers, "r000") == [34200]
    assert officers["differs"]


def test_knife_crime_all_ages_and_non_da_are_rows_of_their_own():
    result = table("001", "000")
    all_ages = row_of(result, "r001", "Knife crime with injury")
    under_25 = row_of(result, "r001", "Knife crime with injury under 25")
    non_da = row_of(result, "r000", "Knife crime with injury under 25 years Non-DA")
    assert len({id(all_ages), id(under_25), id(non_da)}) == 3
    assert values(all_ages, "r000") == [] and not all_ages["differs"]
    assert values(non_da, "r001") == [] and values(non_da, "r000") == [21]


def test_a_figure_in_one_release_stays_its_own_row():
    result = table("001", "000")
    homicide = row_of(result, "r000", "Homicide")
    assert values(homicide, "r001") == [] and values(homicide, "r000") == [3]
    assert not homicide["differs"]
    rates = [row for row in result["rows"] if row["unit"] == "rate"]
    assert len(rates) == 3  # London, England and Wales, similar forces: three places


def test_rows_in_several_releases_come_first():
    result = table("001", "000")
    shared = [sum(1 for cell in row["cells"].values() if cell) for row in result["rows"]]
    assert shared == sorted(shared, reverse=True)
    assert shared[:4] == [2, 2, 2, 2]


def test_different_periods_and_places_are_different_rows():
    result = table("000", "001", "002", "003")
    # The VRU's "since 2019" figures line up with each other, not with the Mayoralty's.
    homicides = row_of(result, "r003", "homicides")
    assert (values(homicides, "r000"), values(homicides, "r003")) == ([22], [23])
    gun_2019 = row_of(result, "r003", "gun crime")
    assert values(gun_2019, "r000") == [] and values(gun_2019, "r001") == []
    vru_knife = row_of(result, "r003", "knife crime with injury where victims were aged under 25")
    assert (values(vru_knife, "r000"), values(vru_knife, "r003")) == ([20], [25])
    # Personal robbery: London-wide in 002 and 003 on one row, the West End's on another.
    robbery = [row for row in result["rows"] if 12.8 in values(row, "r002")]
    west_end = [
        row
        for row in result["rows"]
        if any(
            s["scope"] == "West End" and s["label"] == "Personal robbery"
            for s in row["cells"]["r002"]
        )
    ]
    assert len(robbery) == 1 and len(west_end) == 1 and robbery != west_end
    assert 5 in values(robbery[0], "r003") and robbery[0]["differs"]
    assert values(west_end[0], "r002") == [20] and values(west_end[0], "r003") == []


def test_json_shape_is_exact():
    result = table("001", "000")
    assert set(result) == {"releases", "rows"}
    assert all(set(r) == {"id", "title", "date"} for r in result["releases"])
    for row in result["rows"]:
        assert set(row) == {"label", "unit", "differs", "cells"}
        assert set(row["cells"]) == {"r001", "r000"}
        assert isinstance(row["label"], str) and row["label"]
    json.dumps(result)


def test_undated_releases_come_last_and_unknown_ids_are_ignored():
    r000, s000 = seed("000")
    r001, s001 = seed("001")
    undated = {**r001, "date": None}
    result = compare([undated, r000], list(s001) + list(s000) + [{**s000[0], "release_id": "gone"}])
    assert [r["id"] for r in result["releases"]] == ["r000", "r001"]
    assert sum(len(cell) for row in result["rows"] for cell in row["cells"].values()) == len(
        s000
    ) + len(s001)


def test_unlabelled_figures_are_rows_of_their_own():
    stats = [
        {"id": "a.s1", "release_id": "a", "value": 5, "unit": "count", "label": None, "text": "5"},
        {"id": "b.s1", "release_id": "b", "value": 5, "unit": "count", "label": None, "text": "5"},
    ]
    result = compare(
        [{"id": "a", "title": "A", "date": None}, {"id": "b", "title": "B", "date": None}], stats
    )
    assert len(result["rows"]) == 2


# ------------------------------------------------------------ same_metric


def stat(label: str, value=10, unit="percent", scope=None, period=None) -> dict:
    return {"label": label, "value": value, "unit": unit, "scope": scope, "period": period}


def test_same_metric_rules():
    assert same_metric(stat("Gun crime"), stat("gun crime"))
    assert same_metric(
        stat("Knife crime with injury under 25 years"),
        stat("knife crime with injury where victims were aged under 25"),
    )
    assert same_metric(
        stat("knife crime with injury for those aged under-25"),
        stat("Knife crime with injury among under-25s"),
    )
    assert not same_metric(
        stat("Knife crime with injury"), stat("Knife crime with injury under 25")
    )
    assert not same_metric(
        stat("Knife crime with injury under 25 years"),
        stat("Knife crime with injury under 25 years Non-DA"),
    )
    assert not same_metric(stat("Residential burglary"), stat("Burglary"))
    assert same_metric(stat("anti-social behaviour"), stat("antisocial behavior"))
    assert same_metric(stat("Homicide"), stat("homicides"))
    # places
    assert same_metric(stat("Personal robbery", scope="London"), stat("Personal robbery"))
    assert not same_metric(stat("Personal robbery", scope="West End"), stat("Personal robbery"))
    assert same_metric(
        stat("robbery", scope="City of Westminster"), stat("robbery", scope="Westminster")
    )
    # periods: two stated baselines must agree
    mayoralty = "twelve-month period to May 2016 compared to twelve-month period to January 2024"
    assert same_metric(stat("Gun crime", period=mayoralty), stat("Gun crime", period="since 2016"))
    assert not same_metric(
        stat("Gun crime", period=mayoralty), stat("Gun crime", period="since 2019")
    )
    assert same_metric(stat("Gun crime", period="since 2019"), stat("Gun crime"))
    # units and sizes
    assert not same_metric(stat("officers", unit="count"), stat("officers", unit="percent"))
    assert same_metric(
        stat("officers", 34542, "count"), stat("police officer numbers", 34200, "count")
    )
    assert not same_metric(
        stat("additional officers", 1300, "count"), stat("more officers", 80, "count")
    )
    assert not same_metric(stat(""), stat(""))


def test_the_stale_figure_check_of_packs_finds_the_newer_officer_numbers():
    pinned = next(s for s in seed("001")[1] if s["value"] == 34542)
    newer = [s for s in seed("000")[1] if same_metric(pinned, s)]
    assert [s["value"] for s in newer] == [34200]


def test_keys_and_helpers():
    assert label_key("Police officer numbers") == ("officer",)
    assert label_key("Knife crime with injury under 25 years") == label_key(
        "knife crime with injury under-25s"
    )
    assert scope_key("the City of Westminster") == "westminster"
    assert scope_key("London") == scope_key(None) == ""
    assert baseline("since April 2024") == 2024 and baseline("over the last year") is None


# ----------------------------------------------------------------- latest


def all_seeds() -> list[dict]:
    """Every seed's figures as the store serves them: with their release's title and date."""
    pairs = [seed(p) for p in ("000", "001", "002", "003", "004")]
    return joined([r for r, _ in pairs], [s for _, ss in pairs for s in ss])


def joined(releases: list[dict], stats: list[dict]) -> list[dict]:
    info = {r["id"]: r for r in releases}
    return [
        {
            **s,
            "release_title": info[s["release_id"]]["title"],
            "date": info[s["release_id"]]["date"],
        }
        for s in stats
    ]


def test_latest_officer_numbers_with_the_older_figures():
    stats = all_seeds()
    found = latest("police officers", stats)
    assert found["unit"] == "count"
    assert (found["latest"]["value"], found["latest"]["release_id"]) == (34200, "r000")
    assert found["latest"]["release_title"] == seed("000")[0]["title"]
    assert [s["value"] for s in found["older"]] == [34542, 34542]
    assert all(s["release_id"] == "r001" for s in found["older"])
    json.dumps(found)


def test_latest_prefers_the_newest_release_and_lists_other_periods_as_related():
    stats = all_seeds()
    found = latest("gun crime", stats)
    assert (found["latest"]["value"], found["latest"]["period"]) == (25, "since 2019")
    assert {s["value"] for s in found["related"]} == {19, 21}
    burglary = latest("burglary", stats)
    assert burglary["latest"]["value"] == 18 and [s["value"] for s in burglary["older"]] == [23]
    robbery = latest("personal robbery", stats)
    assert robbery["latest"]["value"] == 12.8  # 2025 release, London-wide
    assert 5 in [s["value"] for s in robbery["older"]]


def test_latest_without_a_match():
    stats = all_seeds()
    assert latest("zebra crossings", stats) is None
    assert latest("", stats) is None
    assert latest("the", stats) is None


# ------------------------------------------------------------ performance


def test_compare_and_latest_stay_fast_on_thousands_of_figures():
    rng = random.Random(7)
    nouns = [
        "robbery",
        "burglary",
        "knife crime",
        "gun crime",
        "officers",
        "PCSOs",
        "theft",
        "homicides",
        "violence with injury",
        "shoplifting",
        "arrests",
        "stations",
    ]
    words = ["personal", "residential", "additional", "new", "serious", "youth", "town centre"]
    releases = [
        {"id": f"r{n}", "title": f"R{n}", "date": f"20{10 + n % 15}-01-{1 + n % 28:02d}"}
        for n in range(300)
    ]
    stats = []
    for n in range(4000):
        label = f"{rng.choice(words)} {rng.choice(nouns)} {rng.choice(['', 'in cars', 'online'])}"
        stats.append(
            {
                "id": f"s{n}",
                "release_id": f"r{n % 300}",
                "value": rng.randint(1, 99),
                "unit": rng.choice(["percent", "count"]),
                "label": label.strip(),
                "scope": rng.choice([None, "West End"]),
                "period": None,
                "block": n,
            }
        )
    stats += [{**stats[0], "id": f"same{n}", "release_id": f"r{n % 300}"} for n in range(2000)]
    # (How fast is the benchmark's to say: cold `compare` and `latest` have their bounds there.)
    result = compare(releases, stats)
    found = latest("personal robbery", joined(releases, stats))
    assert sum(len(c) for row in result["rows"] for c in row["cells"].values()) == len(stats)
    assert found is not None


# Issue 14: the marks, the opening pair and a metric's trend.


def test_marks_need_two_releases_to_agree_or_differ():
    from briefing.compare import row_mark

    one = {"differs": False, "cells": {"a": [{"value": 1}], "b": []}}
    agree = {"differs": False, "cells": {"a": [{"value": 1}], "b": [{"value": 1}]}}
    differ = {"differs": True, "cells": {"a": [{"value": 1}], "b": [{"value": 2}]}}
    assert (row_mark(one), row_mark(agree), row_mark(differ)) == ("", "=", "≠")


def test_compare_opens_on_the_newest_pair_sharing_a_metric(store):
    from briefing import figures

    pair = figures.default_pair(store)
    views = store.release_views(pair)
    assert [views[rid]["source"][:3] for rid in pair] == ["002", "003"]


def test_the_trend_of_officer_numbers_is_oldest_first_one_per_release(store):
    from briefing import figures

    stat = next(s for s in store.stats() if s["label"] == "officers" and s["value"] == 34200)
    trend = figures.trend(store, stat["id"])
    assert [(p["date"], p["value"]) for p in trend["points"]] == [
        ("2022-11-11", 34542),
        ("2024-05-20", 34200),
    ]
