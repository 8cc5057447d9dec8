"""Damaged records in the store's files and the user's data: no traceback, nothing good lost.

Any JSON value may sit where a release, quote, figure or corrected date should be
(a hand edit, a sync tool, a bad disk). Opening the store, listing, reading, searching
and rebuilding must go on with every good record, and say what was skipped in one line.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.search.service import SearchService
from briefing.store import Store, StoreError

SHARD = "2024-05.json"  # holds one seed release

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-5, 10**6)
    | st.floats(allow_nan=False)
    | st.text(max_size=12),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)
# Records with the keys readers look for, holding anything: the likeliest damage.
FIELDS = [
    "id",
    "release_id",
    "title",
    "source",
    "date",
    "blocks",
    "parts",
    "block_start",
    "block_end",
    "block",
    "unit",
    "value",
    "label",
    "section",
    "speaker",
    "role",
    "paragraphs",
    "sentence_span",
    "text",
    "period",
    "direction",
]
records = st.dictionaries(st.sampled_from(FIELDS), json_values, max_size=10) | json_values


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> tuple[Path, dict[str, int]]:
    """A seeded data dir (read only from here on) and its releases with their quote counts."""
    folder = tmp_path_factory.mktemp("template") / "data"
    store = Store(folder)
    return folder, {r["id"]: r["quotes"] for r in store.releases()}


def _fresh(template: Path, tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("damaged") / "data"
    # Without the cache: a damaged read model would hide the damage; the store is read afresh.
    shutil.copytree(template, folder, ignore=shutil.ignore_patterns("cache"))
    return folder


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    table=st.sampled_from(["releases", "quotes", "figures", "other"]),
    record=records,
    key=st.text(min_size=1, max_size=4),
    user_record=records,
)
def test_damaged_records_never_raise_and_lose_nothing_good(
    template, tmp_path_factory, table, record, key, user_record
):
    folder, good = template
    data = _fresh(folder, tmp_path_factory)
    shard = data / "store" / SHARD
    tables = json.loads(shard.read_text(encoding="utf-8"))
    tables.setdefault(table, {})[f"x{key}"] = record
    shard.write_text(json.dumps(tables), encoding="utf-8")
    user = json.loads((data / "user.json").read_text(encoding="utf-8"))
    user.setdefault("dates", {})[f"x{key}"] = user_record
    (data / "user.json").write_text(json.dumps(user), encoding="utf-8")

    store = Store(data)
    assert all("\n" not in warning for warning in store.warnings)
    shown = {r["id"]: r["quotes"] for r in store.releases()}
    assert shown == good  # every good release, with all its quotes, and nothing made up
    for rid in shown:
        store.release(rid)
        store.quotes(rid)
        store.stats(rid)
    SearchService(store).search("police")
    try:
        assert store.rebuild() == len(good)
    except StoreError as error:  # said in one line, never a traceback
        assert "\n" not in str(error)
