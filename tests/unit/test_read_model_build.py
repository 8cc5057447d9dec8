"""A read model built whole (after ``cache/`` is deleted) holds what one kept up to date
release by release holds: the two take different paths (bulk load, indexes afterwards,
speakers counted in one pass), so they are compared table by table."""

import json
import shutil
import sqlite3
import subprocess
import sys

import pytest

from briefing.search.service import SearchService
from briefing.store import BULK_FILES, RELEASE_ORDERS, Store, readmodel, reads
from briefing.store.base import POOL_THRESHOLD
from briefing.store.readmodel import FORMAT

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]  # fmt: skip


def release_text(month: int) -> str:
    name = MONTHS[month]
    return (
        f"Mayor funds {name} youth clubs in Lewisham\n\n"
        f"{month + 3} {name} 2021\n\n"
        f"The Mayor of London has announced £{month + 2} million for youth clubs, "
        f"with {100 + month} new places this {name}.\n\n"
        'Sadiq Khan, the Mayor of London, said: "Every young Londoner deserves a safe '
        f'place to go after school. This {name} we are opening more doors than ever."\n\n'
        f'Sir Mark Rowley said: "Officers in {name} saw knife crime fall by {month + 4} '
        'per cent across the capital."\n'
    )


def tables(data_dir) -> dict[str, list]:
    db = sqlite3.connect(data_dir / "cache" / "read.sqlite")
    queries = {
        "releases": "SELECT id, shard, title, date, quotes, stats, sort, filter_text FROM releases",
        "blocks": "SELECT * FROM blocks",
        "quotes": "SELECT id, release_id, speaker, role, text, sort FROM quotes",
        "figures": "SELECT id, release_id, metric, sort, doc FROM figures",
        "passages": "SELECT release_id, kind, section, block, ref, speaker, text, tags FROM passages",
        "speakers": "SELECT * FROM speakers",
        "terms": "SELECT * FROM terms",
        "metrics": "SELECT metric, label, figures FROM metrics",
        "repeats": "SELECT l.words, m.quote_id FROM repeat_members m JOIN repeat_lines l USING (line)",
        "indexes": "SELECT name FROM sqlite_master WHERE type = 'index'",
    }
    out = {name: sorted(db.execute(sql).fetchall(), key=repr) for name, sql in queries.items()}
    db.close()
    return out


def test_a_rebuilt_read_model_equals_the_one_kept_up_to_date(data_dir, tmp_path):
    for month in range(12):
        (tmp_path / f"release-{month:02}.txt").write_text(release_text(month), encoding="utf-8")
    store = Store(data_dir, seed=False)
    store.import_paths(sorted(tmp_path.glob("*.txt")))
    assert len(list((data_dir / "store").glob("*.json"))) > BULK_FILES  # so built whole
    kept = tables(data_dir)
    hits = [h.release_id for h in SearchService(store).search("youth clubs").hits]

    shutil.rmtree(data_dir / "cache")
    rebuilt = Store(data_dir, seed=False)
    assert tables(data_dir) == kept
    assert [h.release_id for h in SearchService(rebuilt).search("youth clubs").hits] == hits
    assert {name for name, *_ in rebuilt.speakers()} == {"Sadiq Khan", "Mark Rowley"}
    assert not list((data_dir / "cache").glob("*.building"))
    # The rebuilt file takes writes as before: a release deleted is gone from every table.
    rebuilt.delete_release(kept["releases"][0][0])
    assert len(tables(data_dir)["releases"]) == 11


def test_an_import_bigger_than_the_read_model_loads_without_indexes_then_makes_them(
    data_dir, tmp_path, monkeypatch
):
    """Past BULK_RELEASES into a smaller read model, the indexes are dropped for the load
    and made again: the model then holds what a build whole holds, indexes included."""
    monkeypatch.setattr("briefing.store.importing.BULK_RELEASES", 3)
    for month in range(12):
        (tmp_path / f"release-{month:02}.txt").write_text(release_text(month), encoding="utf-8")
    store = Store(data_dir, seed=False)
    dropped = []
    real_drop = store._read.drop_indexes
    monkeypatch.setattr(store._read, "drop_indexes", lambda: dropped.append(real_drop()))
    store.import_paths(sorted(tmp_path.glob("*.txt")))
    assert dropped  # the load went the way under test
    imported = tables(data_dir)
    assert len(imported["indexes"]) > 10

    shutil.rmtree(data_dir / "cache")
    Store(data_dir, seed=False)
    assert tables(data_dir) == imported


def test_a_build_whole_sets_damaged_files_and_records_aside(data_dir, tmp_path):
    """Built whole, the store files are read in a second process; a damaged file and a
    damaged record are still set aside, said in one line each, and the rest is there."""
    for month in range(12):
        (tmp_path / f"release-{month:02}.txt").write_text(release_text(month), encoding="utf-8")
    Store(data_dir, seed=False).import_paths(sorted(tmp_path.glob("*.txt")))
    files = sorted((data_dir / "store").glob("*.json"))
    files[0].write_bytes(b'{"releases": {"1": {"id": "x"')  # cut off mid-write
    tables = json.loads(files[1].read_text(encoding="utf-8"))
    tables["quotes"]["99"] = {"release_id": "nobody", "parts": "not a list"}
    files[1].write_text(json.dumps(tables), encoding="utf-8")
    shutil.rmtree(data_dir / "cache")

    store = Store(data_dir, seed=False)
    assert len(store.warnings) == 2 and all("\n" not in w for w in store.warnings)
    assert f"{files[0].name} was damaged" in store.warnings[0]
    assert "1 damaged record(s)" in store.warnings[1]
    assert len(list((data_dir / "store").glob(f"{files[0].name}.corrupt-*"))) == 1
    assert len(list((data_dir / "store").glob(f"{files[1].name}.damaged-*"))) == 1
    assert store.count_releases() == 11
    assert Store(data_dir, seed=False).warnings == []  # said once


def index_state(data_dir) -> tuple[int, dict]:
    """The passage index's segments and its FTS5 merge settings, as stored."""
    db = sqlite3.connect(data_dir / "cache" / "read.sqlite")
    segments = db.execute("SELECT count(DISTINCT segid) FROM passage_index_idx").fetchone()[0]
    settings = dict(db.execute("SELECT k, v FROM passage_index_config WHERE k LIKE '%merge'"))
    db.close()
    return segments, {"crisismerge": 16, **settings}  # FTS5's default unless set


def import_months(data_dir, tmp_path) -> Store:
    for month in range(12):
        (tmp_path / f"release-{month:02}.txt").write_text(release_text(month), encoding="utf-8")
    store = Store(data_dir, seed=False)
    store.import_paths(sorted(tmp_path.glob("*.txt")))
    return store


def test_a_build_whole_reports_progress_through_its_indexes(data_dir, tmp_path):
    """Progress runs past the last store file: the index merge and the indexes made
    after it are steps too, so the bar never stands full while work goes on."""
    import_months(data_dir, tmp_path)
    files = len(list((data_dir / "store").glob("*.json")))
    shutil.rmtree(data_dir / "cache")
    seen: list[tuple[int, int]] = []
    Store(data_dir, seed=False, progress=lambda done, total: seen.append((done, total)))
    total = seen[-1][1]
    assert [done for done, _ in seen] == list(range(1, total + 1))
    assert {t for _, t in seen} == {total} and total > files + 2


def test_a_bulk_load_leaves_the_passage_index_merged_with_merging_on(
    data_dir, tmp_path, monkeypatch
):
    """A bulk load indexes with FTS5's merging off and merges once at the end: after a
    build whole and after a big import, one segment and the usual settings."""
    monkeypatch.setattr("briefing.store.importing.BULK_RELEASES", 3)
    import_months(data_dir, tmp_path)
    assert index_state(data_dir) == (1, {"automerge": 8, "crisismerge": 16})
    shutil.rmtree(data_dir / "cache")
    Store(data_dir, seed=False)
    assert index_state(data_dir) == (1, {"automerge": 8, "crisismerge": 16})


def test_merging_left_off_by_a_stopped_bulk_load_is_put_right_by_the_next_write(data_dir, tmp_path):
    store = import_months(data_dir, tmp_path)
    db = store._read.db
    db.execute("INSERT INTO passage_index(passage_index, rank) VALUES ('automerge', 0)")
    db.execute("INSERT INTO passage_index(passage_index, rank) VALUES ('crisismerge', 500)")
    store.delete_release(store.releases()[0]["id"])
    assert index_state(data_dir)[1]["automerge"] == 8


def test_a_release_left_in_two_store_files_is_counted_once_by_a_build(data_dir, tmp_path):
    """A crash between writing a release's new file and removing it from its old one
    leaves it in both: a build whole keeps one copy, and counts its figures once."""
    import_months(data_dir, tmp_path)
    kept = tables(data_dir)
    files = sorted((data_dir / "store").glob("*.json"))
    first = json.loads(files[0].read_text(encoding="utf-8"))
    second = json.loads(files[1].read_text(encoding="utf-8"))
    for table in ("releases", "quotes", "figures"):
        start = max(map(int, second[table]), default=0) + 1
        for number, record in enumerate(first[table].values(), start=start):
            second[table][str(number)] = record
    files[1].write_text(json.dumps(second), encoding="utf-8")
    assert kept["metrics"] and all(count >= 1 for _, _, count in kept["metrics"])

    shutil.rmtree(data_dir / "cache")
    Store(data_dir, seed=False)
    assert tables(data_dir)["metrics"] == kept["metrics"]


class _WorkerThatNeverRuns:
    """A process that starts but dies before sending anything (killed, out of memory)."""

    def __init__(self, **_: object) -> None:
        pass

    def start(self) -> None:
        pass

    def join(self, timeout: float | None = None) -> None:
        pass

    def is_alive(self) -> bool:
        return False


def test_a_build_whose_worker_dies_derives_the_rest_itself(data_dir, tmp_path, monkeypatch):
    import multiprocessing

    import_months(data_dir, tmp_path)
    kept = tables(data_dir)
    shutil.rmtree(data_dir / "cache")

    class Context:
        Pipe = staticmethod(multiprocessing.Pipe)
        Process = _WorkerThatNeverRuns

    monkeypatch.setattr("briefing.store.sync.process_context", Context)
    store = Store(data_dir, seed=False)
    assert store.warnings == []
    assert tables(data_dir) == kept


def test_a_speakers_recount_reads_the_index_alone(data_dir, tmp_path):
    """After an import the touched speakers are counted again; their quotes' rows are
    not read (a prolific speaker has thousands), only the covering index."""
    for month in range(2):
        (tmp_path / f"release-{month}.txt").write_text(release_text(month), encoding="utf-8")
    store = Store(data_dir, seed=False)
    store.import_paths([tmp_path / "release-0.txt"])
    db = store.read_model.db
    run: list[str] = []
    db.set_trace_callback(run.append)
    store.import_paths([tmp_path / "release-1.txt"])
    db.set_trace_callback(None)
    recounts = [sql for sql in run if sql.startswith("SELECT speaker") and "FROM quotes" in sql]
    assert len(recounts) == 2, run
    for sql in recounts:
        plan = " ".join(row[-1] for row in db.execute(f"EXPLAIN QUERY PLAN {sql}"))
        assert "USING COVERING INDEX quotes_speaker" in plan, plan


def test_every_release_order_pages_through_an_index_without_sorting(seeded_store_dir):
    """A page of the Releases pane in any order reads its rows off an index: sorting a
    whole archive for 100 rows took 3.4 s at 50,000 (by title, cold)."""
    store = Store(seeded_store_dir)
    db = store.read_model.db
    run: list[str] = []
    for order in RELEASE_ORDERS:
        db.set_trace_callback(run.append)
        assert len(store.releases(limit=2, order=order)) == 2
        db.set_trace_callback(None)
        plan = " ".join(row[-1] for row in db.execute(f"EXPLAIN QUERY PLAN {run[-1]}"))
        assert "TEMP B-TREE" not in plan and "INDEX" in plan, (order, plan)


def test_a_filter_most_releases_pass_walks_the_orders_index_to_the_same_page(
    seeded_store_dir, monkeypatch
):
    """Past ``DENSE_FILTER`` matches a filtered page is read off the order's index,
    testing each row, not sorted from all matches (55-120 ms for "mayor" at 50,000):
    the same rows, in the same order, and the same count."""
    store = Store(seeded_store_dir)
    db = store.read_model.db
    for text in ("mayor", "police london", "m", "2024", "nothing-matches-this"):
        for order in RELEASE_ORDERS:
            monkeypatch.setattr(reads, "DENSE_FILTER", 10**9)
            narrow = store.releases(limit=3, offset=1, text=text, order=order)
            monkeypatch.setattr(reads, "DENSE_FILTER", -1)
            run: list[str] = []
            db.set_trace_callback(run.append)
            dense = store.releases(limit=3, offset=1, text=text, order=order)
            db.set_trace_callback(None)
            assert dense == narrow, (text, order)
            page = next(sql for sql in run if sql.startswith("SELECT id"))  # values in it
            plan = " ".join(row[-1] for row in db.execute(f"EXPLAIN QUERY PLAN {page}"))
            assert "TEMP B-TREE" not in plan, (text, order, plan)
        joined = db.execute(
            "SELECT count(*) FROM releases WHERE rowid IN "
            "(SELECT rowid FROM release_filter WHERE release_filter MATCH ?)",
            (reads._filter_match(text),),
        ).fetchone()[0]
        assert store.count_releases(text) == joined


def test_a_page_of_the_releases_pane_counts_its_filter_once(seeded_store_dir):
    """The pane reads a page and its "N of M" on every keystroke: the filter's matches
    are counted once for both (twice before, 6-14 ms a keystroke at 50,000), and the
    page and count are those of ``releases`` and ``count_releases``."""
    store = Store(seeded_store_dir)
    db = store.read_model.db
    for text in ("mayor", "police london", "2024", "", "nothing-matches-this"):
        run: list[str] = []
        db.set_trace_callback(run.append)
        page, matching, _ = store.release_page(3, 1, text, "title")
        db.set_trace_callback(None)
        assert sum("MATCH" in sql for sql in run) == (2 if text else 0), (text, run)
        assert page == store.releases(limit=3, offset=1, text=text, order="title")
        assert matching == store.count_releases(text)


def test_a_date_correction_rewrites_the_search_index_in_a_few_segments(data_dir):
    """A corrected date moves each passage of the release in the index. Written passage
    by passage, FTS5 made a segment for each (a rowid lower than the last flushes its
    batch), and merging them into a big archive's segments stalled one correction in a
    few for up to 18 s at 50,000 releases; in rowid order it is two segments."""
    store = Store(data_dir)
    db = store.read_model.db
    release = max(store.releases(), key=lambda r: r["quotes"])
    passages = db.execute(
        "SELECT count(*) FROM passages WHERE release_id = ?", (release["id"],)
    ).fetchone()[0]
    for setting, value in (("automerge", 0), ("crisismerge", 1000)):  # every segment kept
        db.execute("INSERT INTO passage_index(passage_index, rank) VALUES (?, ?)", (setting, value))

    def index_rows() -> int:
        return db.execute("SELECT count(*) FROM passage_index_data").fetchone()[0]

    before = index_rows()
    store.set_date(release["id"], "2001-02-03")
    assert passages >= 40
    assert index_rows() - before <= 10
    hits = SearchService(store).search(f"release:{release['id']} after:2001-02 before:2001-03")
    assert hits.hits and {hit.date for hit in hits.hits} == {"2001-02-03"}


def test_releases_imported_again_leave_the_search_index_in_a_few_segments(data_dir, tmp_path):
    """Twelve changed releases imported again: their old passages leave the index in
    one segment (rowid order across releases), their new ones come in another."""
    paths = [tmp_path / f"release-{month}.txt" for month in range(12)]
    for month, path in enumerate(paths):
        path.write_text(release_text(month), encoding="utf-8")
    store = Store(data_dir, seed=False)
    store.import_paths(paths)
    db = store.read_model.db
    for setting, value in (("automerge", 0), ("crisismerge", 1000)):  # every segment kept
        db.execute("INSERT INTO passage_index(passage_index, rank) VALUES (?, ?)", (setting, value))
    before = db.execute("SELECT count(*) FROM passage_index_data").fetchone()[0]
    for month, path in enumerate(paths):
        path.write_text(release_text(month).replace("youth clubs", "youth centres"), "utf-8")
    store.import_paths(paths[::-1])
    assert db.execute("SELECT count(*) FROM passage_index_data").fetchone()[0] - before <= 8
    search = SearchService(store).search
    assert len({hit.release_id for hit in search('"youth centres"').hits}) == 12
    assert not search('"youth clubs"').hits


@pytest.mark.parametrize("older", ["12", "13"])
def test_an_older_read_model_is_derived_again_with_fingerprints(data_dir, older):
    """Rows of format 13 and before lack the fingerprints a changed store file is
    compared by: such a read model is built again, not taken as it is."""
    Store(data_dir)
    path = data_dir / "cache" / "read.sqlite"
    with sqlite3.connect(path) as db:
        db.execute("UPDATE releases SET fingerprint = NULL")
        db.execute("UPDATE meta SET value = ? WHERE key = 'format'", (older,))
        db.execute("INSERT INTO meta VALUES ('left-by-an-older-format', 'kept')")
    store = Store(data_dir)
    assert store.read_model.get("format") == str(FORMAT)
    assert store.read_model.get("left-by-an-older-format") is None  # built again
    prints = [row[0] for row in store.read_model.db.execute("SELECT fingerprint FROM releases")]
    assert len(prints) == 5 and all(prints)


def test_a_quotes_reused_lines_count_releases_up_to_one_past_the_cap(
    data_dir, tmp_path, monkeypatch
):
    """The Quotes pane's "Line reused in N releases": a stock line in thousands of
    releases is counted to one past ``REPEATS_COUNTED`` (shown as "1,000+"), not whole."""
    paths = []
    for month in range(4):
        paths.append(tmp_path / f"release-{month}.txt")
        paths[-1].write_text(release_text(month), encoding="utf-8")
    store = Store(data_dir, seed=False)
    store.import_paths(paths)
    khan = store.read_model.one("SELECT id FROM quotes WHERE speaker = 'Sadiq Khan' LIMIT 1")[0]
    lines = dict(store.reused_lines(khan))
    assert lines["every young londoner deserves a safe place to go after school"] == 4
    assert set(lines.values()) == {4}
    monkeypatch.setattr(readmodel, "REPEATS_COUNTED", 2)
    assert {releases for _, releases in store.reused_lines(khan)} == {3}


# Run in a process of its own, where no resource tracker is running yet: a running Textual
# app's stderr, whose fileno() is -1, in place while worker processes start.
UNDER_AN_APPS_STDERR = """
import os, sys
from pathlib import Path

class AppStderr:  # what textual.app's capture gives for a file number
    def write(self, text): return len(text)
    def flush(self): pass
    def fileno(self): return -1

os.cpu_count = lambda: 2  # the worker paths are taken on two cores or more
sys.stderr = AppStderr()
from briefing.store import Store
data_dir, *files = sys.argv[1:]
store = Store(Path(data_dir), seed=False)
if files:
    store.import_paths(files)
print(store.count_releases())
"""


def run_under_an_apps_stderr(*args: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", UNDER_AN_APPS_STDERR, *args],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout.strip()


def test_a_build_in_a_worker_starts_under_the_apps_stderr(data_dir, tmp_path):
    """The app rebuilds a deleted cache/ in its own process: the second process that
    derives the store files must start there (it crashed the app at start)."""
    import_months(data_dir, tmp_path)
    kept = tables(data_dir)
    shutil.rmtree(data_dir / "cache")
    assert run_under_an_apps_stderr(str(data_dir)) == "12"
    assert tables(data_dir) == kept


def test_an_import_pool_starts_under_the_apps_stderr(data_dir, tmp_path):
    """An import of POOL_THRESHOLD files or more parses in a process pool, from the app too."""
    folder = tmp_path / "inbox"
    folder.mkdir()
    for number in range(POOL_THRESHOLD):
        text = release_text(number % 12).replace("Lewisham", f"Lewisham ward {number}")
        (folder / f"release-{number:03}.txt").write_text(text, encoding="utf-8")
    assert run_under_an_apps_stderr(str(data_dir), str(folder)) == str(POOL_THRESHOLD)
