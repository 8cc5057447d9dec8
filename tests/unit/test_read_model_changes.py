"""A store file that changed is brought into the read model release by release: the
releases whose records are as the read model shows them are not derived again (a month
file that gained one release, a data folder copied to a new disk), the others are."""

import shutil
import sqlite3

import pytest
from test_read_model_build import import_months, release_text, tables
from tinydb import Query, TinyDB

from briefing.store import BULK_FILES, Store


def meta(data_dir, key: str) -> str:
    db = sqlite3.connect(data_dir / "cache" / "read.sqlite")
    try:
        return db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()[0]
    finally:
        db.close()


def rowids(data_dir) -> dict[str, list[int]]:
    """Release id -> its passages' rows in the read model (numbered on from the last
    passage derived: a release derived again gets new ones)."""
    db = sqlite3.connect(data_dir / "cache" / "read.sqlite")
    try:
        found: dict[str, list[int]] = {}
        for rid, rowid in db.execute("SELECT release_id, rowid FROM passages ORDER BY rowid"):
            found.setdefault(rid, []).append(rowid)
        return found
    finally:
        db.close()


def shards(data_dir) -> dict[str, list[str]]:
    db = sqlite3.connect(data_dir / "cache" / "read.sqlite")
    try:
        found: dict[str, list[str]] = {}
        for rid, shard in db.execute("SELECT id, shard FROM releases ORDER BY shard"):
            found.setdefault(rid, []).append(shard)
        return found
    finally:
        db.close()


def move_release(data_dir, rid: str, source: str, target: str) -> None:
    """Move a release's records from one store file to another, as a person editing the
    files with TinyDB would."""
    is_it, belongs = Query().id == rid, Query().release_id == rid
    with (
        TinyDB(data_dir / "store" / f"{source}.json") as old,
        TinyDB(data_dir / "store" / f"{target}.json") as new,
    ):
        for name, query in (("releases", is_it), ("quotes", belongs), ("figures", belongs)):
            new.table(name).insert_multiple([dict(doc) for doc in old.table(name).search(query)])
            old.table(name).remove(query)


def test_a_data_folder_copied_to_another_disk_is_not_derived_again(data_dir, tmp_path):
    (tmp_path / "in").mkdir()
    import_months(data_dir, tmp_path / "in")
    copy = tmp_path / "copy"
    shutil.copytree(data_dir, copy)  # new files: every store file's signature differs
    assert len(list((copy / "store").glob("*.json"))) > BULK_FILES  # read in a worker
    before, seq = tables(copy), meta(copy, "next_seq")
    rows = rowids(copy)
    assert len(Store(copy).releases()) == 12
    # Before, each file's releases were removed and derived again: minutes at 50,000.
    assert meta(copy, "next_seq") == seq and rowids(copy) == rows
    assert tables(copy) == before


def test_a_release_added_to_a_month_file_is_the_only_one_derived(data_dir, tmp_path):
    first, second = tmp_path / "clubs.txt", tmp_path / "sport.txt"
    first.write_text(release_text(4), encoding="utf-8")
    second.write_text(release_text(4).replace("youth clubs", "sports clubs"), encoding="utf-8")
    store = Store(data_dir, seed=False)
    store.import_paths([first])
    (kept,) = rowids(data_dir).items()
    store.import_paths([second])
    assert len(list((data_dir / "store").glob("*.json"))) == 1  # one month file, both in it
    now = rowids(data_dir)
    assert len(now) == 2 and now[kept[0]] == kept[1]
    assert [h["title"][:17] for h in store.releases()] == ["Mayor funds May s", "Mayor funds May y"]


def test_a_record_edited_by_hand_is_shown_edited_and_only_it_is_derived(data_dir, tmp_path):
    first, second = tmp_path / "clubs.txt", tmp_path / "sport.txt"
    first.write_text(release_text(4), encoding="utf-8")
    second.write_text(release_text(4).replace("youth clubs", "sports clubs"), encoding="utf-8")
    store = Store(data_dir, seed=False)
    store.import_paths([first, second])
    edited, other = (r["id"] for r in store.releases())
    before = rowids(data_dir)
    (month,) = (data_dir / "store").glob("*.json")
    with TinyDB(month) as db:
        db.table("releases").update({"title": "Corrected headline"}, Query().id == edited)
    titles = {r["id"]: r["title"] for r in Store(data_dir).releases()}
    assert titles[edited] == "Corrected headline"
    now = rowids(data_dir)
    assert now[other] == before[other] and now[edited] != before[edited]


@pytest.mark.parametrize("later", [True, False], ids=["to a later file", "to an earlier one"])
@pytest.mark.parametrize("copied", [False, True], ids=["in place", "in a copied folder"])
def test_a_release_moved_to_another_store_file_is_shown_once_from_it(
    data_dir, tmp_path, later, copied
):
    # Both files change in the same sync; read together in a worker (a copied folder,
    # every file changed) the one read first must not remove what the other brought.
    (tmp_path / "in").mkdir()
    import_months(data_dir, tmp_path / "in")
    folder = data_dir
    if copied:
        folder = tmp_path / "copy"
        shutil.copytree(data_dir, folder)
    placed = shards(folder)
    names = sorted({shard for (shard,) in placed.values()})
    source, target = (names[3], names[7]) if later else (names[7], names[3])
    rid = next(r for r, (shard,) in placed.items() if shard == source)
    move_release(folder, rid, source, target)
    assert len(Store(folder).releases()) == 12
    assert shards(folder)[rid] == [target]


def test_a_release_removed_from_its_file_by_hand_leaves_the_read_model(data_dir, tmp_path):
    (tmp_path / "in").mkdir()
    store = import_months(data_dir, tmp_path / "in")
    gone = store.releases()[0]
    (month,) = (data_dir / "store").glob(f"{gone['date'][:7]}.json")
    with TinyDB(month) as db:
        db.table("releases").remove(Query().id == gone["id"])
    assert gone["id"] not in {r["id"] for r in Store(data_dir).releases()}
    assert len(Store(data_dir).releases()) == 11
