"""Search over the store's read model: passages from the store, never stale, never fatal."""

import shutil
import sqlite3

from tests_support import seed_path

from briefing.search.service import SearchService
from briefing.store import Store
from briefing.store.readmodel import FORMAT


def _passages(store, kind):
    return store.read_model.all("SELECT speaker, text FROM passages WHERE kind = ?", (kind,))


def test_quotes_are_indexed_once_with_their_speaker(store):
    quotes = _passages(store, "quote")
    assert len(quotes) == 21
    assert {speaker for speaker, _ in quotes} >= {"Sadiq Khan", "Mark Rowley", "Louisa Rolfe"}
    assert not any("laser-like focus" in text for _, text in _passages(store, "paragraph"))
    assert len(_passages(store, "title")) == 5


def test_search_finds_typos_and_filters_by_speaker(store):
    service = SearchService(store)
    hits = service.search("facial recogniton").hits
    assert hits and "facial recognition" in hits[0].text.lower()
    hits = service.search("speaker:rowly smaller").hits
    assert hits and {h.speaker for h in hits} == {"Mark Rowley"}


def test_another_processs_import_and_date_are_seen(data_dir, tmp_path):
    store = Store(data_dir)
    service = SearchService(store)
    assert not service.search("zanzibar").hits
    # Another process imports a release and corrects a date.
    other = Store(data_dir)
    extra = tmp_path / "extra.txt"
    text = seed_path("004").read_text(encoding="utf-8")
    extra.write_text(text.replace("Real neighbourhood", "Zanzibar neighbourhood"), encoding="utf-8")
    other.import_paths([extra])
    rid = other.resolve("001")
    other.set_date(rid, "2001-02-03")

    assert store.refresh()
    assert service.search("zanzibar").hits
    assert {h.date for h in service.search("release:" + rid + " gun crime").hits} == {"2001-02-03"}
    assert service.search("after:2001-02 before:2001-03").hits


def test_read_model_from_an_older_format_is_rebuilt(data_dir):
    Store(data_dir)
    path = data_dir / "cache" / "read.sqlite"
    with sqlite3.connect(path) as db:
        db.execute("UPDATE meta SET value = ? WHERE key = 'format'", (str(FORMAT - 2),))
    store = Store(data_dir)
    assert store.read_model.get("format") == str(FORMAT)
    assert SearchService(store).search("robbery").hits


def test_deleted_cache_is_rebuilt_from_the_store(data_dir):
    Store(data_dir)
    shutil.rmtree(data_dir / "cache")
    store = Store(data_dir)
    assert store.count_releases() == 5
    assert SearchService(store).search("robbery").hits


def test_corrupt_cache_is_rebuilt_with_a_notice(data_dir):
    Store(data_dir)
    path = data_dir / "cache" / "read.sqlite"
    for suffix in ("-wal", "-shm"):
        (data_dir / "cache" / f"read.sqlite{suffix}").unlink(missing_ok=True)
    data = bytearray(path.read_bytes())
    data[4096 : 4096 * 3] = b"\xff" * (4096 * 2)  # pages of the tables, not the header
    path.write_bytes(bytes(data))
    store = Store(data_dir)
    assert SearchService(store).search("robbery").hits
    assert store.count_releases() == 5


def test_garbage_cache_file_is_rebuilt(data_dir):
    Store(data_dir)
    for suffix in ("-wal", "-shm"):
        (data_dir / "cache" / f"read.sqlite{suffix}").unlink(missing_ok=True)
    (data_dir / "cache" / "read.sqlite").write_bytes(b"garbage" * 100)
    store = Store(data_dir)
    assert SearchService(store).search("robbery").hits


def test_deleted_release_leaves_the_index(data_dir):
    store = Store(data_dir, seed=False)
    shutil.copy(seed_path("002"), data_dir.parent / "002.txt")
    store.import_paths([data_dir.parent / "002.txt", seed_path("001")])
    service = SearchService(store)
    assert service.search("laser-like").hits
    store.delete_release(store.resolve("002.txt"))
    assert not service.search("laser-like").hits
    assert not store.read_model.all("SELECT 1 FROM terms WHERE term = 'laser'")


def test_a_speakers_name_finds_their_quotes_with_exact_text(store):
    service = SearchService(store)
    top = service.search("rowly ").hits[0]
    assert (top.kind, top.speaker) == ("quote", "Mark Rowley")
    quote = store.quote(top.ref)
    assert top.text == quote["text"]
    assert all(0 <= a < b <= len(top.text) for a, b in top.spans)
