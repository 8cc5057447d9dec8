"""The user's own data (user.json) is a TinyDB database written through TinyDB's API."""

import json

import pytest
from tinydb import Query, TinyDB

from briefing.packs import DEFAULT_PACK, Packs
from briefing.store import Store, StoreError, files


def user_db(data_dir) -> TinyDB:
    """user.json opened by TinyDB itself, as another program would."""
    return TinyDB(data_dir / "user.json")


def write_old_user_file(data_dir, first: str, second: str) -> None:
    """A user.json as earlier versions wrote it: ids "1", "2", ... given by hand."""
    old = {
        "store": {"1": {"seeded": True}},
        "dates": {
            "1": {"release_id": first, "date": "2001-01-01"},
            "2": {"release_id": second, "date": "2002-02-02"},
        },
        "packs": {
            "1": {"name": "Brief", "items": [], "created": "2024-01-01T00:00:00.000001"},
            "2": {"name": "Speech", "items": [], "created": "2024-01-02T00:00:00.000001"},
        },
        "settings": {"1": {"current_pack": "Speech"}},
    }
    (data_dir / "user.json").write_text(json.dumps(old), encoding="utf-8")


def test_an_old_user_file_loads_and_is_edited_in_place(data_dir):
    rids = [release["id"] for release in Store(data_dir).releases()]
    write_old_user_file(data_dir, rids[0], rids[1])
    store = Store(data_dir)
    assert store.release_views([rids[0]])[rids[0]]["date"] == "2001-01-01"
    packs = Packs(store)
    assert packs.names() == ["Brief", "Speech"] and packs.current() == "Speech"

    store.set_date(rids[0], "2003-03-03")  # a correction corrected again keeps its doc
    store.set_date(rids[2], "2004-04-04")  # a new one gets the id TinyDB gives it
    packs.rename("Speech", "Keynote")
    packs.create("Notes")
    packs.delete("Brief")

    with user_db(data_dir) as db:
        dates = db.table("dates")
        assert dates.get(doc_id=1) == {"release_id": rids[0], "date": "2003-03-03"}
        assert dates.get(doc_id=2) == {"release_id": rids[1], "date": "2002-02-02"}
        [new] = dates.search(Query().release_id == rids[2])
        assert new.doc_id == 3 and new["date"] == "2004-04-04"
        packs_table = db.table("packs")
        assert sorted(doc.doc_id for doc in packs_table.all()) == [2, 3]
        assert packs_table.get(doc_id=2)["name"] == "Keynote"  # type: ignore[index]
        assert packs_table.get(doc_id=3)["name"] == "Notes"  # type: ignore[index]
        assert db.table("settings").all() == [{"current_pack": "Keynote"}]
    assert Packs(Store(data_dir)).names() == ["Keynote", "Notes"]


def test_the_one_settings_doc_is_updated_wherever_its_id_is(data_dir):
    # Ids are TinyDB's to give: the settings doc need not be "1".
    Store(data_dir)
    (data_dir / "user.json").write_text(
        json.dumps({"store": {"4": {"seeded": True}}, "settings": {"7": {"current_pack": "A"}}}),
        encoding="utf-8",
    )
    packs = Packs(Store(data_dir))
    packs.create("A")
    packs.create("B")
    packs.set_current("B")
    assert Packs(Store(data_dir)).current() == "B"
    with user_db(data_dir) as db:
        [settings] = db.table("settings").all()
        assert settings.doc_id == 7 and settings["current_pack"] == "B"
        assert [doc.doc_id for doc in db.table("store").all()] == [4]


def test_save_user_hands_over_tinydb_and_writes_once(data_dir, monkeypatch):
    store = Store(data_dir)
    written = []
    real_write = files.atomic_write_bytes

    def counting_write(path, data, durable=True):
        written.append(path.name)
        real_write(path, data, durable)

    monkeypatch.setattr(files, "atomic_write_bytes", counting_write)  # what the storage calls

    def change(user: TinyDB) -> None:
        notes = user.table("notes")
        notes.insert_multiple([{"text": "one"}, {"text": "two"}])
        notes.update({"text": "2"}, Query().text == "two")

    store.save_user(change)
    assert written == ["user.json"]
    assert store.user_table("notes") == [{"text": "one"}, {"text": "2"}]
    with user_db(data_dir) as db:
        assert [(doc.doc_id, doc["text"]) for doc in db.table("notes").all()] == [
            (1, "one"),
            (2, "2"),
        ]


def test_a_change_that_fails_halfway_changes_nothing(data_dir):
    store = Store(data_dir)
    before = (data_dir / "user.json").read_bytes()

    def change(user: TinyDB) -> None:
        user.table("notes").insert({"text": "half"})
        raise RuntimeError("the second half fails")

    with pytest.raises(RuntimeError):
        store.save_user(change)
    assert (data_dir / "user.json").read_bytes() == before
    assert store.user_table("notes") == []  # memory is what is on disk
    store.save_user(lambda user: user.table("notes").insert({"text": "whole"}))
    assert store.user_table("notes") == [{"text": "whole"}]


def test_a_failed_pack_edit_leaves_user_json_as_it_was(data_dir):
    # The first pack edit makes the default pack real before the edit runs: when
    # the edit then fails, that insert must not reach the file or the store's view.
    store = Store(data_dir)
    packs = Packs(store)
    before = (data_dir / "user.json").read_bytes()
    with pytest.raises(StoreError, match="no pack is called"):
        packs.rename("Nowhere", "Somewhere")
    assert (data_dir / "user.json").read_bytes() == before
    assert store.user_table("packs") == []
    packs.create("Speech")
    with pytest.raises(StoreError, match="already exists"):
        packs.create("Speech")
    after = (data_dir / "user.json").read_bytes()
    with pytest.raises(StoreError, match="already exists"):
        packs.rename(DEFAULT_PACK, "Speech")
    assert (data_dir / "user.json").read_bytes() == after
    assert packs.names() == [DEFAULT_PACK, "Speech"]


def test_reads_are_copies(data_dir):
    store = Store(data_dir)
    Packs(store).create("Speech")
    store.user_table("packs")[0]["items"].append({"id": "made up"})
    store.user_table("packs")[0]["name"] = "Changed"
    assert [doc["items"] for doc in store.user_table("packs")] == [[], []]
    assert Packs(store).names() == [DEFAULT_PACK, "Speech"]
