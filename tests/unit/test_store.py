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


def store_files(data_dir: Path) -> dict[str, bytes]:
    """The monthly store files, by name."""
    return {p.name: p.read_bytes() for p in sorted((data_dir / "store").glob("*.json"))}


def test_import_twice_changes_nothing(data_dir):
    store = Store(data_dir, seed=False)
    first = store.import_paths([seed_path("001")])
    before = store_files(data_dir)
    second = store.import_paths([seed_path("001")])
    assert [r.status for r in first.results] == ["imported"]
    assert [r.status for r in second.results] == ["unchanged"]
    assert list(before) == ["2022-11.json"]  # the month the release states
    assert store_files(data_dir) == before


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
    stamps = {p.name: p.stat().st_mtime_ns for p in (data_dir / "store").glob("*.json")}
    store.set_date(release["id"], "2020-01-01")
    # The release stays in the file of its own month: a correction moves no store file.
    assert {p.name: p.stat().st_mtime_ns for p in (data_dir / "store").glob("*.json")} == stamps
    dates = json.loads((data_dir / "user.json").read_text(encoding="utf-8"))["dates"]
    assert list(dates.values()) == [{"release_id": release["id"], "date": "2020-01-01"}]
    assert {r["id"]: r["date"] for r in Store(data_dir).releases()}[release["id"]] == "2020-01-01"


def test_orphan_temp_files_are_cleaned(data_dir):
    Store(data_dir)
    orphans = [
        data_dir / ".tmp-user.json.abc",
        data_dir / "store" / ".tmp-2024-05.json.abc",
        data_dir / "originals" / ".tmp-abc.json.def",
    ]
    for orphan in orphans:
        orphan.write_text("half a write")
    (data_dir / "originals" / ".unsettled").touch()  # what a writer killed mid-import leaves
    assert len(Store(data_dir).releases()) == 5
    assert not any(orphan.exists() for orphan in orphans)


def test_store_file_is_utf8_json(store, data_dir):
    assert sorted(p.name for p in (data_dir / "store").iterdir()) == [
        "2017-03.json",
        "2022-11.json",
        "2024-05.json",
        "2024-11.json",
        "2025-05.json",
    ]
    assert not (data_dir / "store.json").exists()
    raw = (data_dir / "store" / "2022-11.json").read_bytes()
    data = json.loads(raw.decode("utf-8"))
    assert set(data) >= {"releases", "quotes", "figures"}
    [release] = data["releases"].values()
    assert (
        release["title"]
        == "Mayor joins local neighbourhood policing teams working to keep London’s communities safe"
    )
    # Quotes and figures point into the release's blocks; they do not copy its text.
    blocks = release["blocks"]
    quote = next(iter(data["quotes"].values()))
    assert quote["release_id"] == release["id"] and "text" not in quote
    block, start, end = quote["parts"][0]
    assert blocks[block][1][start:end] in store.quote(quote["id"])["text"]
    figure = next(iter(data["figures"].values()))
    start, end = figure["sentence_span"]
    assert 0 <= start < end <= len(blocks[figure["block"]][1])


def test_rebuild_recreates_store_from_originals(store, data_dir):
    ids = sorted(r["id"] for r in store.releases())
    for path in (data_dir / "store").glob("*.json"):
        path.unlink()
    assert Store(data_dir, seed=False).rebuild() == 5
    assert sorted(r["id"] for r in Store(data_dir).releases()) == ids


def test_corrupt_store_file_is_moved_aside_and_rebuild_brings_its_releases_back(store, data_dir):
    ids = sorted(r["id"] for r in store.releases())
    lost = next(r["id"] for r in store.releases() if r["date"].startswith("2022-11"))
    path = data_dir / "store" / "2022-11.json"
    damaged = path.read_bytes()[:1000]  # truncated
    path.write_bytes(damaged)
    reopened = Store(data_dir)
    # The other months are untouched; the damaged file is kept aside as it was.
    assert sorted(r["id"] for r in reopened.releases()) == sorted(set(ids) - {lost})
    kept = list((data_dir / "store").glob("2022-11.json.corrupt-*"))
    assert len(kept) == 1 and kept[0].read_bytes() == damaged
    assert len(reopened.warnings) == 1 and "\n" not in reopened.warnings[0]
    assert kept[0].name in reopened.warnings[0] and "briefing rebuild" in reopened.warnings[0]
    # ... and the rebuild the warning suggests brings that month back from its original.
    assert reopened.rebuild() == 5
    assert sorted(r["id"] for r in Store(data_dir).releases()) == ids


@pytest.mark.parametrize(
    "content", [b"", b"not json", b"[1, 2, 3]", b'{"releases": [1]}', b"\xff\xfe"]
)
def test_corrupt_store_shapes(store, data_dir, content):
    (data_dir / "store" / "2024-05.json").write_bytes(content)
    reopened = Store(data_dir)
    assert len(reopened.releases()) == 4
    assert len(reopened.warnings) == 1 and "2024-05.json" in reopened.warnings[0]
    kept = (data_dir / "store").glob("2024-05.json.corrupt-*")
    assert [p.read_bytes() for p in kept] == [content]
    assert Store(data_dir).warnings == []  # said once: the damaged file is out of the way


def test_damaged_record_in_a_store_file_is_skipped_with_one_line(store, data_dir, capsys):
    from briefing.cli import main

    path = data_dir / "store" / "2024-05.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["releases"]["1"] = {}  # a record that is not a release
    path.write_text(json.dumps(data), encoding="utf-8")
    assert main(["releases", "--json"]) == 0
    out, err = capsys.readouterr()
    assert len(json.loads(out)) == 4
    assert err.count("\n") == 1 and "Traceback" not in err and "damaged record" in err
    assert "2024-05.json" in err
    assert path.exists()  # the file itself is left as it is
    reopened = Store(data_dir)
    assert len(reopened.releases()) == 4 and len(reopened.quotes()) == len(store.quotes()) - len(
        [q for q in store.quotes() if q["date"].startswith("2024-05")]
    )
    assert reopened.warnings == []  # the read model holds what could be read: said once


def test_a_store_file_holding_one_empty_release_skips_only_that(data_dir, capsys):
    from briefing.cli import main

    store = Store(data_dir)
    ids = sorted(r["id"] for r in store.releases())
    (data_dir / "store" / "2099-01.json").write_text('{"releases": {"1": {}}}', encoding="utf-8")
    assert main(["releases", "--json"]) == 0
    out, err = capsys.readouterr()
    assert sorted(r["id"] for r in json.loads(out)) == ids
    assert err.count("\n") == 1 and "2099-01.json" in err and "Traceback" not in err


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


def test_same_file_name_in_two_folders_are_two_releases(data_dir, tmp_path):
    store = Store(data_dir, seed=False)
    first, second = tmp_path / "a" / "index.html", tmp_path / "b" / "index.html"
    for path, prefix in ((first, "001"), (second, "004")):
        path.parent.mkdir()
        shutil.copy(seed_path(prefix), path)
    report = store.import_paths([first, second])
    assert [r.status for r in report.results] == ["imported", "imported"]
    assert sorted(r["title"] for r in store.releases()) == sorted(r.title for r in report.results)
    # Imported again (each from its own folder): both are the same documents, nothing moves.
    again = store.import_paths([second, first])
    assert [r.status for r in again.results] == ["unchanged", "unchanged"]
    # Another import of one of them, edited: it replaces only its own earlier version.
    first.write_text(first.read_text(encoding="utf-8") + "\nOne more line.", encoding="utf-8")
    assert [r.status for r in store.import_paths([first]).results] == ["updated"]
    assert len(Store(data_dir, seed=False).releases()) == 2


def test_same_document_twice_in_one_import_keeps_the_later(data_dir, tmp_path):
    store = Store(data_dir, seed=False)
    # The same page saved twice, to two places, the second with a small fix.
    first, second = tmp_path / "a" / "page.txt", tmp_path / "b" / "copy.txt"
    for path in (first, second):
        path.parent.mkdir()
        shutil.copy(seed_path("001"), path)
    second.write_text(
        second.read_text(encoding="utf-8").replace("Peckham", "Lewisham"), encoding="utf-8"
    )
    report = store.import_paths([first, second])
    assert [r.status for r in report.results] == ["failed", "imported"]
    assert report.results[0].error == f"replaced by {second} (same document)"
    assert [r["id"] for r in store.releases()] == [report.results[1].release_id]
    assert not (data_dir / "originals" / f"{report.results[0].release_id}.json").exists()


def test_reimport_from_the_same_path_replaces_and_the_corrected_date_follows(data_dir, tmp_path):
    store = Store(data_dir, seed=False)
    path = tmp_path / "inbox" / "index.html"
    path.parent.mkdir()
    shutil.copy(seed_path("000"), path)
    [result] = store.import_paths([path]).results
    store.set_date(result.release_id, "2024-05-21")
    path.write_text(
        path.read_text(encoding="utf-8").replace("Mayor", "The Mayor", 1), encoding="utf-8"
    )
    [updated] = store.import_paths([path]).results
    assert updated.status == "updated" and updated.release_id != result.release_id
    # In this process at once, and in the next one.
    for view in (store, Store(data_dir, seed=False)):
        [release] = view.releases()
        assert release["id"] == updated.release_id
        assert (release["date"], release["date_corrected"]) == ("2024-05-21", True)
    dates = json.loads((data_dir / "user.json").read_text(encoding="utf-8"))["dates"]
    assert [d["release_id"] for d in dates.values()] == [updated.release_id]


def test_set_date_takes_only_year_month_day(store):
    rid = store.releases()[0]["id"]
    before = store.releases()[0]["date"]
    for bad in ("20240105", "2024-W01-1", "2024-02-30", "2024-1-5", " 2024-01-05"):
        with pytest.raises(StoreError, match="YYYY-MM-DD") as caught:
            store.set_date(rid, bad)
        assert "\n" not in str(caught.value)
    assert store.releases()[0]["date"] == before


def test_set_date_20240105_via_cli_is_one_line(store, capsys):
    from briefing.cli import main

    rid = store.releases()[0]["id"]
    assert main(["set-date", rid, "20240105"]) == 1
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1 and "YYYY-MM-DD" in err


def test_interrupted_delete_is_settled_on_next_open(store, data_dir):
    rid = store.releases()[0]["id"]
    original = data_dir / "originals" / f"{rid}.json"
    # Killed after setting the original aside, before the store was written: not deleted.
    (data_dir / "originals" / ".unsettled").touch()  # the writer's mark, left by the kill
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


def test_a_search_does_not_hide_another_windows_import(data_dir, tmp_path):
    from briefing.search.service import SearchService

    Store(data_dir)  # seeded (see test_store_faults for refresh right after seeding)
    first, second = Store(data_dir), Store(data_dir)
    assert first.refresh() is False  # nothing changed since it opened
    extra = tmp_path / "extra.txt"
    extra.write_text(  # another headline: another document, not a new version of 004
        seed_path("004").read_text(encoding="utf-8").replace("Real neighbourhood", "Quixotic"),
        encoding="utf-8",
    )
    assert [r.status for r in second.import_paths([extra]).results] == ["imported"]
    SearchService(first).search("neighbourhood")  # e.g. the search pane, between two polls
    assert first.refresh() and len(first.releases()) == 6
    assert first.refresh() is False


def test_a_windows_own_write_is_not_news_but_anothers_before_it_is(data_dir):
    # The app polls ``refresh`` and says "the store changed in another window" on True.
    first, second = Store(data_dir), Store(data_dir)
    rid = first.releases()[0]["id"]
    first.set_date(rid, "2003-03-03")
    first.save_user(lambda user: user.table("packs").insert({"name": "Mine", "items": []}))
    assert first.refresh() is False
    second.set_date(rid, "2004-04-04")
    first.set_date(rid, "2005-05-05")  # its write takes in the other's first
    assert first.refresh() is True
    assert first.refresh() is False


def test_same_headline_and_stated_date_from_elsewhere_is_a_new_version(data_dir, tmp_path):
    store = Store(data_dir, seed=False)
    [first] = store.import_paths([seed_path("004")]).results
    saved_again = tmp_path / "downloads" / "page.txt"
    saved_again.parent.mkdir()
    saved_again.write_text(
        seed_path("004").read_text(encoding="utf-8") + "\nA new closing line of text.",
        encoding="utf-8",
    )
    [second] = store.import_paths([saved_again]).results
    assert second.status == "updated" and second.release_id != first.release_id
    assert store.release_ids() == [second.release_id]


def test_a_saved_page_with_the_same_canonical_address_is_a_new_version(data_dir, tmp_path):
    store = Store(data_dir, seed=False)
    page = (
        '<html><head><link rel="canonical" href="https://www.london.gov.uk/press/abc/">'
        "<title>Mayor opens library</title></head><body><article><h1>Mayor opens library</h1>"
        "<p>{}</p></article></body></html>"
    )
    body = "The Mayor of London today opened a new library in Deptford for local residents."
    first_dir, second_dir = tmp_path / "monday", tmp_path / "tuesday"
    first_dir.mkdir(), second_dir.mkdir()
    (first_dir / "index.html").write_text(page.format(body), encoding="utf-8")
    (second_dir / "page.html").write_text(page.format(body + " It has 20,000 books."), "utf-8")
    [first] = store.import_paths([first_dir / "index.html"]).results
    [second] = store.import_paths([second_dir / "page.html"]).results
    assert (first.status, second.status) == ("imported", "updated")
    assert store.release_ids() == [second.release_id]
    # A page with another address (or none) under the same file name is another release.
    other = tmp_path / "other"
    other.mkdir()
    (other / "index.html").write_text(
        page.replace("press/abc", "press/xyz").format(body + " Another story entirely here."),
        encoding="utf-8",
    )
    [third] = store.import_paths([other / "index.html"]).results
    assert third.status == "imported" and len(store.release_ids()) == 2
