"""The store's search service: passages from the store, an on-disk cache never used stale."""

import shutil

from tests_support import seed_path

from briefing.searching import SearchService, passages
from briefing.store import Store


def test_quotes_are_indexed_once_with_their_speaker(store):
    found = passages(store)
    quotes = [p for p in found if p.kind == "quote"]
    assert len(quotes) == 21
    assert {p.speaker for p in quotes} >= {"Sadiq Khan", "Mark Rowley", "Louisa Rolfe"}
    assert not any(p.kind == "paragraph" and "laser-like focus" in p.text for p in found)
    assert sum(p.kind == "title" for p in found) == 5


def test_search_finds_typos_and_filters_by_speaker(store):
    service = SearchService(store)
    service.build()
    hits = service.search("facial recogniton").hits
    assert hits and "facial recognition" in hits[0].text.lower()
    hits = service.search("speaker:rowly smaller").hits
    assert hits and {h.speaker for h in hits} == {"Mark Rowley"}


def test_cache_is_used_and_brought_up_to_date(data_dir, tmp_path):
    store = Store(data_dir)
    SearchService(store).build()
    cache = data_dir / "cache" / "search-index.bin"
    assert cache.exists()
    # Another import and a corrected date since the cache was written.
    extra = tmp_path / "extra.txt"
    text = (
        seed_path("004")
        .read_text(encoding="utf-8")
        .replace("Real neighbourhood", "Zanzibar neighbourhood")
    )
    extra.write_text(text, encoding="utf-8")
    store.import_paths([extra])
    rid = next(r["id"] for r in store.releases() if r["source"].startswith("001"))
    store.set_date(rid, "2001-02-03")

    service = SearchService(Store(data_dir))
    service.build()
    assert service.search("zanzibar").hits
    assert {h.date for h in service.search("release:" + rid + " gun crime").hits} == {"2001-02-03"}
    assert service.search("after:2001-02 before:2001-03").hits


def test_cache_from_an_older_parse_is_never_used(data_dir):
    store = Store(data_dir)
    SearchService(store).build()
    store.rebuild()
    service = SearchService(store)
    assert not service._load_cache()
    service.build()
    assert service.index.meta["generation"] == store.generation == 1


def test_corrupt_cache_is_rebuilt(data_dir):
    store = Store(data_dir)
    SearchService(store).build()
    (data_dir / "cache" / "search-index.bin").write_bytes(b"garbage")
    service = SearchService(store)
    service.build()
    assert service.search("robbery").hits


def test_deleted_release_leaves_the_index(data_dir):
    store = Store(data_dir, seed=False)
    shutil.copy(seed_path("002"), data_dir.parent / "002.txt")
    store.import_paths([data_dir.parent / "002.txt", seed_path("001")])
    service = SearchService(store)
    service.build()
    assert service.search("laser-like").hits
    store.delete_release(next(r["id"] for r in store.releases() if r["source"] == "002.txt"))
    service.refresh()
    assert not service.search("laser-like").hits


def test_a_speakers_name_finds_their_quotes_with_exact_text(store):
    service = SearchService(store)
    service.build()
    top = service.search("rowly ").hits[0]
    assert (top.kind, top.speaker) == ("quote", "Mark Rowley")
    quote = store.quote(top.ref)
    assert top.text == quote["text"]
    assert all(0 <= a < b <= len(top.text) for a, b in top.spans)
