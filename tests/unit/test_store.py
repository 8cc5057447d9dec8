"""The store: seeding, idempotent import, edit-and-reimport, corrected dates, atomic files."""

import json
import shutil
from pathlib import Path

import pytest
from tests_support import SEEDS, seed_path

from briefing.store import Store, StoreError, UnknownIdError


def test_empty_store_is_seeded_from_bundled_releases(store):
    releases = store.releases()
    assert len(releases) == 5
    assert {r["source"] for r in releases} == {p.name for p in SEEDS}
    assert [r["date"][:4] for r in releases] == ["2025", "2024", "2024", "2022", "2017"]


def test_seeding_happens_once(data_dir):
    store = Store(data_dir)
    for release in store.releases():
        store.delete_release(release["id"])
    assert Store(data_dir).releases() == []


def test_no_seed_when_asked(data_dir):
    assert Store(data_dir, seed=False).releases() == []


def test_import_twice_changes_nothing(data_dir):
    store = Store(data_dir, seed=False)
    first = store.import_paths([seed_path("001")])
    before = (data_dir / "store.json").read_bytes()
    second = store.import_paths([seed_path("001")])
    assert [r.status for r in first.results] == ["imported"]
    assert [r.status for r in second.results] == ["unchanged"]
    assert (data_dir / "store.json").read_bytes() == before


def test_edited_file_with_same_name_replaces_release(data_dir, tmp_path):
    store = Store(data_dir, seed=False)
    path = tmp_path / "release.txt"
    shutil.copy(seed_path("001"), path)
    store.import_paths([path])
    old_id = store.releases()[0]["id"]
    path.write_text(
        path.read_text(encoding="utf-8").replace("Peckham", "Lewisham"), encoding="utf-8"
    )
    report = store.import_paths([path])
    assert [r.status for r in report.results] == ["updated"]
    releases = store.releases()
    assert len(releases) == 1 and releases[0]["id"] != old_id
    assert all(q["release_id"] == releases[0]["id"] for q in store.quotes())
    assert not (data_dir / "originals" / f"{old_id}.json").exists()


def test_release_ids_are_derived_from_text(data_dir, tmp_path):
    store = Store(data_dir, seed=False)
    copy = tmp_path / "other-name.txt"
    shutil.copy(seed_path("004"), copy)
    store.import_paths([seed_path("004")])
    report = store.import_paths([copy])
    assert [r.status for r in report.results] == ["unchanged"]


def test_prefix_ids(store):
    release = store.releases()[0]
    assert store.resolve(release["id"][:6]) == release["id"]
    with pytest.raises(UnknownIdError):
        store.resolve("zzzz")
    with pytest.raises(UnknownIdError):
        store.resolve("")


def test_corrected_date_survives_reimport_and_restart(data_dir, tmp_path):
    store = Store(data_dir, seed=False)
    path = tmp_path / "release.txt"
    shutil.copy(seed_path("000"), path)
    store.import_paths([path])
    rid = store.releases()[0]["id"]
    store.set_date(rid[:5], "2024-05-21")
    assert store.releases()[0]["date"] == "2024-05-21"
    assert store.releases()[0]["date_estimated"] is False
    store.import_paths([path])
    assert Store(data_dir).releases()[0]["date"] == "2024-05-21"
    # An edited version of the same file keeps the correction too.
    path.write_text(
        path.read_text(encoding="utf-8") + "\nOne more paragraph of text here.", encoding="utf-8"
    )
    store.import_paths([path])
    assert Store(data_dir).releases()[0]["date"] == "2024-05-21"


def test_bad_date_is_refused(store):
    with pytest.raises(StoreError, match="YYYY-MM-DD"):
        store.set_date(store.releases()[0]["id"], "21/05/2024")


def test_user_data_lives_apart_from_releases(store, data_dir):
    release = store.releases()[0]
    before = (data_dir / "store.json").stat().st_mtime_ns
    store.set_date(release["id"], "2020-01-01")
    assert (data_dir / "store.json").stat().st_mtime_ns == before
    assert json.loads((data_dir / "user.json").read_text(encoding="utf-8"))["dates"]


def test_orphan_temp_files_are_cleaned(data_dir):
    Store(data_dir)
    orphan = data_dir / ".tmp-store.json.abc"
    orphan.write_text("half a write")
    Store(data_dir)
    assert not orphan.exists()


def test_store_file_is_utf8_json(store, data_dir):
    raw = (data_dir / "store.json").read_bytes()
    data = json.loads(raw.decode("utf-8"))
    assert set(data) >= {"releases", "quotes", "stats"}
    titles = [doc["title"] for doc in data["releases"].values()]
    assert (
        "Mayor joins local neighbourhood policing teams working to keep London’s communities safe"
        in titles
    )


def test_rebuild_recreates_store_from_originals(store, data_dir):
    ids = sorted(r["id"] for r in store.releases())
    (data_dir / "store.json").unlink()
    assert Store(data_dir).rebuild() == 5
    assert sorted(r["id"] for r in Store(data_dir).releases()) == ids


def test_corrupt_store_is_moved_aside_and_rebuilt(store, data_dir):
    ids = sorted(r["id"] for r in store.releases())
    path = data_dir / "store.json"
    path.write_bytes(path.read_bytes()[:1000])  # truncated
    reopened = Store(data_dir)
    assert sorted(r["id"] for r in reopened.releases()) == ids
    kept = list(data_dir.glob("store.json.corrupt-*"))
    assert len(kept) == 1
    assert len(reopened.warnings) == 1 and str(kept[0]) in reopened.warnings[0]


@pytest.mark.parametrize("content", [b"", b"not json", b"[1, 2, 3]", b'{"releases": [1]}'])
def test_corrupt_store_shapes(store, data_dir, content):
    (data_dir / "store.json").write_bytes(content)
    assert len(Store(data_dir).releases()) == 5


def test_corrupt_user_data_is_restored_from_its_last_good_copy(store, data_dir):
    ids = [r["id"] for r in store.releases()]
    store.set_date(ids[0], "2020-01-01")
    store.set_date(ids[1], "2020-01-02")
    (data_dir / "user.json").write_text("{broken")
    reopened = Store(data_dir)
    dates = {r["id"]: r["date"] for r in reopened.releases()}
    assert dates[ids[0]] == "2020-01-01"  # the copy before the last save
    assert list(data_dir.glob("user.json.corrupt-*"))
    assert "kept as" in reopened.warnings[0]


def test_another_process_write_is_seen(data_dir):
    first, second = Store(data_dir), Store(data_dir)
    rid = first.releases()[0]["id"]
    second.set_date(rid, "2001-01-01")
    assert first.refresh()
    assert {r["id"]: r["date"] for r in first.releases()}[rid] == "2001-01-01"
    second.delete_release(rid)
    first.set_date(first.releases()[1]["id"], "2002-02-02")  # re-reads before it writes
    assert rid not in {r["id"] for r in Store(data_dir).releases()}


def test_read_only_data_dir_gives_a_clear_error(store, data_dir):
    import os

    if os.geteuid() == 0:
        pytest.skip("root ignores file permissions")
    data_dir.chmod(0o500)
    try:
        with pytest.raises(StoreError, match="read-only|permission"):
            Store(data_dir).set_date(store.releases()[0]["id"], "2020-01-01")
    finally:
        data_dir.chmod(0o700)


def test_failed_write_leaves_no_partial_file(store, data_dir, monkeypatch):
    import errno
    import os

    def full_disk(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(StoreError, match="disk is full"):
        store.set_date(store.releases()[0]["id"], "2020-01-01")
    monkeypatch.undo()
    assert not list(Path(data_dir).glob(".tmp-*"))
    assert all(not r.get("date_corrected") for r in Store(data_dir).releases())


def test_same_file_name_twice_in_one_import_keeps_the_later(data_dir, tmp_path):
    store = Store(data_dir, seed=False)
    first, second = tmp_path / "a" / "release.txt", tmp_path / "b" / "release.txt"
    for path, prefix in ((first, "001"), (second, "004")):
        path.parent.mkdir()
        shutil.copy(seed_path(prefix), path)
    report = store.import_paths([first, second])
    assert [r.status for r in report.results] == ["failed", "imported"]
    assert "same file name" in report.results[0].error
    assert [r["title"] for r in store.releases()] == [report.results[1].title]


def test_interrupted_delete_is_settled_on_next_open(store, data_dir):
    rid = store.releases()[0]["id"]
    original = data_dir / "originals" / f"{rid}.json"
    # Killed after setting the original aside, before the store was written: not deleted.
    original.rename(original.with_name(original.name + ".deleting"))
    assert Store(data_dir).rebuild() == 5
    assert original.exists()
    # Killed after the store write: deleted, and a rebuild must not bring it back.
    store = Store(data_dir)
    store.delete_release(rid)
    assert not original.exists() and not list((data_dir / "originals").glob("*.deleting"))
    assert rid not in {r["id"] for r in Store(data_dir).releases()}
    assert Store(data_dir).rebuild() == 4


def test_a_read_of_user_data_does_not_hide_another_windows_change(data_dir):
    first, second = Store(data_dir), Store(data_dir)
    rid = first.releases()[0]["id"]
    second.set_date(rid, "2003-03-03")
    first.user_table("packs")  # e.g. the Pack pane reading between two polls
    assert first.refresh()
    assert {r["id"]: r["date"] for r in first.releases()}[rid] == "2003-03-03"


def test_reading_the_generation_does_not_hide_another_windows_import(data_dir, tmp_path):
    first, second = Store(data_dir), Store(data_dir)
    extra = tmp_path / "extra.txt"
    extra.write_text(
        seed_path("004").read_text(encoding="utf-8") + "\nA new closing line of text.",
        encoding="utf-8",
    )
    second.import_paths([extra])
    assert first.generation == 0  # e.g. the search service checking its cache
    assert first.refresh() and len(first.releases()) == 6
