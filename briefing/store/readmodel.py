"""The read model: what every read is served from, in SQLite (``cache/read.sqlite``).

The TinyDB store is the system of record; this file is derived from it and disposable.
It holds each release's row and blocks, quotes with their words, figures with their
metric key, the passages search runs over (an FTS5 index), the vocabulary with
document frequencies (for typo and prefix expansion), and the groups of quotes that
reuse a line. Reads are indexed lookups, so a process that opens it answers at once
and holds little in memory.

It records which version of each store file it reflects (``meta``): ``Store`` brings it
up to date file by file before it is read, and rebuilds it when it is missing, from an
older format or damaged.

Passage rowids order the index: ``(section group, day, sequence)`` packed into one
integer, group and day counted down, so "best section first, newest first" is
``ORDER BY rowid`` (ascending, the order FTS5 walks its lists in without loading them
whole) and a date filter is a rowid range, both answered without sorting.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import sqlite3
import threading
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from itertools import islice
from pathlib import Path
from typing import Any

from briefing.compare import label_key
from briefing.documents import expand
from briefing.format import display_date, figure_phrase
from briefing.model import TITLE
from briefing.parse.repeats import SHINGLE, similar, units
from briefing.store.files import json_bytes
from briefing.tokens import folded_words

# Bumped when what is derived changes: an older read model is rebuilt (14: each
# release's fingerprint, which older rows lack).
FORMAT = 14

# How the release list can be ordered (the SQL is ours, never the user's); each order
# has an index, so any page of 50,000 releases is read without sorting them all.
RELEASE_ORDERS = {
    "newest": "sort, id",
    "oldest": "date IS NULL, date, id",
    "title": "title COLLATE NOCASE, sort, id",
    "publisher": "publisher IS NULL, publisher COLLATE NOCASE, sort, id",
    "quotes": "quotes DESC, sort, id",
    "figures": "stats DESC, sort, id",
}

# Section groups, best first in search (see ``search.engine.SECTION_WEIGHT``).
SECTION_GROUP = {"title": 3, "quote": 3, "summary": 2, "body": 1, "notes": 0}
GROUP_BITS, DAY_BITS, SEQ_BITS = 2, 17, 30
_EPOCH = date(1900, 1, 1).toordinal()
MAX_SEQ = (1 << SEQ_BITS) - 1
MAX_DAY = (1 << DAY_BITS) - 1
MAX_REPEATS = 20  # quote ids listed with a quote; the total is given beside them
REPEATS_COUNTED = 1000  # a stock line's reuses are counted up to here ("1,000 or more")
# A shingle shared by more lines than this is boilerplate ("the mayor of london"): it
# finds no useful candidates and would cost a quadratic scan.
MAX_POSTINGS = 400
ROWS_BATCH = 500  # releases derived and written at a time: bounded memory on a big add

# What ``add_releases`` takes: (shard, release doc, quote docs, figure docs) as stored.
StoredRelease = tuple[
    str, Mapping[str, Any], Sequence[Mapping[str, Any]], Sequence[Mapping[str, Any]]
]

SCHEMA = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE releases(
    id TEXT NOT NULL, shard TEXT NOT NULL, title TEXT NOT NULL, title_derived INT,
    date TEXT, date_estimated INT, date_corrected INT, publisher TEXT, source TEXT,
    quotes INT, stats INT, sort TEXT NOT NULL, filter_text TEXT NOT NULL, origin TEXT,
    parsed_date TEXT, canonical TEXT, fingerprint TEXT);
CREATE VIRTUAL TABLE release_filter USING fts5(
    filter_text, content='releases', content_rowid='rowid', tokenize='unicode61 remove_diacritics 0');
CREATE TABLE blocks(release_id TEXT, idx INT, section TEXT, bullet INT, text TEXT);
CREATE TABLE quotes(
    id TEXT NOT NULL, release_id TEXT, seq INT, speaker TEXT, role TEXT, text TEXT,
    paragraphs INT, block_start INT, block_end INT, sort TEXT NOT NULL, kind TEXT NOT NULL);
CREATE TABLE figures(
    id TEXT NOT NULL, release_id TEXT, seq INT, metric TEXT, sort TEXT NOT NULL,
    doc TEXT NOT NULL);
CREATE TABLE passages(
    rowid INTEGER PRIMARY KEY, release_id TEXT NOT NULL, kind TEXT NOT NULL,
    section TEXT NOT NULL, block INT, ref TEXT, speaker TEXT, text TEXT NOT NULL,
    tags TEXT NOT NULL);
CREATE VIRTUAL TABLE passage_index USING fts5(
    text, tags, content='passages', content_rowid='rowid',
    tokenize='unicode61 remove_diacritics 0');
INSERT INTO passage_index(passage_index, rank) VALUES ('hashsize', 16777216);
INSERT INTO passage_index(passage_index, rank) VALUES ('automerge', 8);
CREATE TABLE speakers(name TEXT PRIMARY KEY, quotes INT NOT NULL, releases INT NOT NULL,
    roles TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE terms(term TEXT PRIMARY KEY, df INT NOT NULL, length INT NOT NULL) WITHOUT ROWID;
CREATE TABLE metrics(metric TEXT UNIQUE NOT NULL, label TEXT NOT NULL, figures INT NOT NULL);
CREATE VIRTUAL TABLE metric_index USING fts5(metric, content='metrics', content_rowid='rowid');
CREATE TABLE repeat_lines(line INTEGER PRIMARY KEY, words TEXT UNIQUE NOT NULL);
CREATE TABLE repeat_shingles(shingle TEXT NOT NULL, line INT NOT NULL);
-- Keyed newest first within a line, so a line's newest members are read in key order
-- (a quote has one sort key, so (line, quote_id) stays unique).
CREATE TABLE repeat_members(line INT NOT NULL, quote_id TEXT NOT NULL, sort TEXT NOT NULL,
    PRIMARY KEY(line, sort, quote_id)) WITHOUT ROWID;
"""
# FTS5 settings above: a larger in-memory batch of terms before it is written as a segment
# (16 MB, not 1 MB) and merging 8 segments at a time (not 4) write each posting fewer
# times: a 10,000-release load indexes in two thirds of the time.
# A load's passages wait here and go into ``passage_index`` in rowid order when it ends:
# FTS5 writes out its batch of terms whenever a rowid is lower than the last one, and
# passages arrive grouped by release, not by rowid, so added as they come each became a
# segment of a few rows (a 50,000-release build spent 70 s merging them). A bulk load
# instead adds each call's passages sorted, one segment per store file or import batch,
# with merging off (``BULK_MERGING``) until ``merge_index`` merges them all once: the
# indexing is done while the next file is derived, not after the last one.
# Likewise a load's repeat members, added in key order at its end: one at a time, in
# the order quotes come, they went into random places of the table (11 s at 50,000).
PENDING = """
CREATE TEMP TABLE IF NOT EXISTS pending_index(
    rowid INTEGER PRIMARY KEY, text TEXT NOT NULL, tags TEXT NOT NULL);
CREATE TEMP TABLE IF NOT EXISTS pending_members(line INT, quote_id TEXT, sort TEXT)
"""
# Created after the tables are filled when the read model is built whole: inserting
# into a finished index row by row costs several times more than sorting once. Ids are
# hashes, so even the unique keys are indexes made here, not primary keys.
# ``quotes_speaker`` covers the recount of a speaker's quotes, releases and roles after
# an import: a speaker with 5,000 quotes is counted from the index alone (0.55 s -> 0.18 s
# cold at 50,000 releases), not by reading each quote's row.
INDEXES = """
CREATE UNIQUE INDEX IF NOT EXISTS releases_id ON releases(id);
CREATE UNIQUE INDEX IF NOT EXISTS blocks_key ON blocks(release_id, idx);
CREATE UNIQUE INDEX IF NOT EXISTS quotes_id ON quotes(id);
CREATE UNIQUE INDEX IF NOT EXISTS figures_id ON figures(id);
CREATE INDEX IF NOT EXISTS releases_canonical ON releases(canonical);
-- Newest first with every listed column (``reads._RELEASE_COLUMNS``): a page, or all
-- 50,000 for `releases --json`, is read from the index alone (0.38 s -> 0.22 s).
CREATE INDEX IF NOT EXISTS releases_sort ON releases(
    sort, id, title, title_derived, date, date_estimated, date_corrected, publisher, source,
    quotes, stats, shard);
CREATE INDEX IF NOT EXISTS releases_origin ON releases(origin);
CREATE INDEX IF NOT EXISTS releases_title ON releases(title);
CREATE INDEX IF NOT EXISTS releases_shard ON releases(shard);
CREATE INDEX IF NOT EXISTS quotes_release ON quotes(release_id);
CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes(speaker, sort, release_id, role);
CREATE INDEX IF NOT EXISTS figures_release ON figures(release_id);
CREATE INDEX IF NOT EXISTS figures_metric ON figures(metric, sort);
CREATE INDEX IF NOT EXISTS passages_release ON passages(release_id);
CREATE INDEX IF NOT EXISTS terms_length ON terms(length);
CREATE INDEX IF NOT EXISTS repeat_shingles_shingle ON repeat_shingles(shingle);
CREATE INDEX IF NOT EXISTS repeat_members_quote ON repeat_members(quote_id);
"""
INDEX_STATEMENTS = [statement for statement in INDEXES.split(";") if statement.strip()] + [
    f"CREATE INDEX IF NOT EXISTS releases_by_{name} ON releases({order})"
    for name, order in RELEASE_ORDERS.items()
    if name != "newest"  # releases_sort
]


# FTS5 merge settings during a bulk load, and as kept otherwise (``SCHEMA``; 16 is FTS5's
# default). A crisis merge still bounds the segments a load can leave (FTS5 allows 2,000).
BULK_MERGING = {"automerge": 0, "crisismerge": 500}
MERGING = {"automerge": 8, "crisismerge": 16}


class ReadModelError(Exception):
    """The read model cannot be used (damaged, unreadable): rebuild it."""


def sort_key(iso: str | None, title: str = "") -> str:
    """Newest first, undated last, as one string that sorts ascending."""
    if not iso:
        return "~" + title.casefold()
    return "".join(chr(0x7F - ord(ch)) for ch in iso) + title.casefold()


def day_number(iso: str | None) -> int:
    """Days since 1900 (0: undated): the middle field of a passage rowid."""
    if not iso:
        return 0
    try:
        return min(max(date.fromisoformat(iso).toordinal() - _EPOCH + 1, 1), MAX_DAY)
    except ValueError:
        return 0


def date_of_day(day: int) -> date:
    """The date a passage rowid's day field (``day_number``) stands for."""
    return date.fromordinal(day + _EPOCH - 1)


TOP_GROUP = max(SECTION_GROUP.values())


def passage_rowid(group: int, day: int, seq: int) -> int:
    """A passage's rowid: best group and newest day give the smallest numbers."""
    return ((((TOP_GROUP - group) << DAY_BITS) | (MAX_DAY - day)) << SEQ_BITS) | seq


def rowid_group(rowid: int) -> int:
    return TOP_GROUP - (rowid >> (DAY_BITS + SEQ_BITS))


def rowid_day(rowid: int) -> int:
    return MAX_DAY - ((rowid >> SEQ_BITS) & MAX_DAY)


def rowid_range(group: int, first_day: int = 0, last_day: int = MAX_DAY) -> tuple[int, int]:
    """The passage rowids of one section group between two days, inclusive."""
    return passage_rowid(group, last_day, 0), passage_rowid(group, first_day, MAX_SEQ)


def speaker_tag(name: str) -> str:
    return "sp" + hashlib.sha1(name.casefold().encode("utf-8")).hexdigest()[:12]


def kind_tag(kind: str) -> str:
    return "k" + kind


def release_tag(release_id: str) -> str:
    return "r" + release_id


def attribution_suffix(speaker: str | None) -> str:
    """Indexed after a quote's words, so "rowly" finds Rowley's quotes, not just the
    line that introduces them; the search engine cuts it off the hits."""
    return f"\n\n— {speaker}" if speaker else ""


def index_text(text: str) -> str:
    """What FTS5 indexes for a passage: its folded words, space-separated, so the index
    holds exactly the words the query side folds to ("Straße" as "strasse")."""
    return _joined_words(folded_words(text))


def _joined_words(words: list[str] | list[bytes]) -> str:
    if words and isinstance(words[0], bytes):
        return b" ".join(words).decode("ascii")  # type: ignore[arg-type]
    return " ".join(words)  # type: ignore[arg-type]


class ReadModel:
    """One SQLite read model. Thread-safe: one connection, serialised by a lock."""

    def __init__(self, path: Path, *, building: bool = False) -> None:
        """``building``: a new file being filled whole, renamed into place when done, so
        it needs no journal (a crash leaves only a file that is never opened as is)."""
        self.path = path
        self.lock = threading.RLock()
        try:
            self.db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
            if building:
                self.db.execute("PRAGMA journal_mode=OFF")
                self.db.execute("PRAGMA synchronous=OFF")
                self.db.execute("PRAGMA cache_size=-128000")  # the rebuild's random inserts
            else:
                self.db.execute("PRAGMA journal_mode=WAL")
                self.db.execute("PRAGMA synchronous=NORMAL")
                self.db.execute("PRAGMA cache_size=-16000")  # 16 MB of pages at most
        except sqlite3.DatabaseError as error:
            raise ReadModelError(str(error)) from None

    def close(self) -> None:
        with self.lock, contextlib.suppress(sqlite3.Error):
            self.db.close()

    # ------------------------------------------------------------ state

    def is_current(self) -> bool:
        """Whether this file has our schema at our format (else it is rebuilt)."""
        try:
            return self.get("format") == str(FORMAT)
        except (ReadModelError, sqlite3.Error):
            return False

    def get(self, key: str) -> str | None:
        row = self.one("SELECT value FROM meta WHERE key = ?", (key,))
        return row[0] if row else None

    def get_json(self, key: str, default: Any) -> Any:
        value = self.get(key)
        return json.loads(value) if value is not None else default

    def put(self, key: str, value: Any) -> None:
        text = value if isinstance(value, str) else json.dumps(value, sort_keys=True)
        self.db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, text))

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """All of a change or none of it; a reader in another process sees either."""
        with self.lock:
            try:
                self.db.execute("BEGIN IMMEDIATE")
                yield
                # Every process can tell that something changed since it last looked.
                self.put("revision", str(int(self.get("revision") or 0) + 1))
                self.db.execute("COMMIT")
            except BaseException:
                with contextlib.suppress(sqlite3.Error):
                    self.db.execute("ROLLBACK")
                raise

    def is_empty(self) -> bool:
        return self.one("SELECT 1 FROM releases LIMIT 1") is None

    def reset(self, *, indexes: bool = True) -> None:
        """Drop everything and create the empty schema (inside a transaction); without
        ``indexes`` until ``create_indexes``, for a model about to be filled whole."""
        # Virtual tables first: dropping one drops its shadow tables with it.
        for kind in ("CREATE VIRTUAL%", "CREATE TABLE%"):
            names = self.db.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE ?", (kind,)
            ).fetchall()
            for (name,) in names:
                self.db.execute(f'DROP TABLE IF EXISTS "{name}"')
        for statement in SCHEMA.split(";"):
            if statement.strip():
                self.db.execute(statement)
        if indexes:
            self.create_indexes()
        self.put("format", str(FORMAT))
        self.put("next_seq", "0")

    def create_indexes(self, progress: Callable[[], None] | None = None) -> None:
        """Create the ``INDEXES`` (calling ``progress`` after each of them)."""
        for statement in INDEX_STATEMENTS:
            self.db.execute(statement)
            if progress:
                progress()

    def drop_indexes(self) -> None:
        """Drop the ``INDEXES`` (until ``create_indexes``) for a load bigger than what is
        here, as a build whole does; all but the release ids, which a load looks up."""
        for (name,) in self.db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
            "AND name != 'releases_id'"
        ).fetchall():
            self.db.execute(f'DROP INDEX "{name}"')

    def count_releases(self) -> int:
        return self.db.execute("SELECT count(*) FROM releases").fetchone()[0]

    # ------------------------------------------------------------ reading helpers

    def all(self, sql: str, params: Sequence[Any] = ()) -> list[tuple]:
        with self.lock:
            try:
                return self.db.execute(sql, params).fetchall()
            except sqlite3.DatabaseError as error:
                if isinstance(error, sqlite3.OperationalError) and "fts5: syntax" in str(error):
                    raise
                raise ReadModelError(str(error)) from None

    def merge_index(self) -> None:
        """Merge the passage index's segments into one. After a load of many releases:
        left as loaded, the next small write (a date fix, a pin) paid for merging them
        (1.2 s at 10,000 releases); after a bulk load, merging is on again. Call inside
        ``transaction`` or a build."""
        self.db.execute("INSERT INTO passage_index(passage_index) VALUES ('optimize')")
        self._set_merging(MERGING)

    def one(self, sql: str, params: Sequence[Any] = ()) -> tuple | None:
        rows = self.all(sql, params)
        return rows[0] if rows else None

    # ------------------------------------------------------------ writing

    @contextlib.contextmanager
    def loading(self, *, bulk: bool = False) -> Iterator[Loading]:
        """A run of ``add_releases``/``remove_releases`` calls whose totals (vocabulary,
        metrics, speakers, repeat lines) are written once, at the end. ``bulk``: many
        files, so the repeat lines are held in memory, and each call's passages are
        indexed as it comes with FTS5's merging off: call ``merge_index`` after the last
        bulk load. Call inside ``transaction``."""
        for statement in PENDING.split(";"):
            self.db.execute(statement)
        if bulk:
            self._set_merging(BULK_MERGING)
        elif self._merging() != MERGING:  # a bulk load stopped before ``merge_index``
            self.merge_index()
        load = Loading(_LineIndex(self.db, bulk), fresh=self.is_empty(), bulk=bulk)
        yield load
        self.db.execute(
            "INSERT INTO passage_index(rowid, text, tags) "
            "SELECT rowid, text, tags FROM pending_index ORDER BY rowid"
        )
        self.db.execute(
            "INSERT OR IGNORE INTO repeat_members "
            "SELECT line, quote_id, sort FROM pending_members ORDER BY line, sort, quote_id"
        )
        self.db.execute("DELETE FROM pending_index")
        self.db.execute("DELETE FROM pending_members")
        load.lines.save()
        self._add_terms(load.df)
        self._add_metrics(load.metrics, load.labels)
        self._count_speakers(None if load.fresh else load.speakers)

    def _merging(self) -> dict[str, int]:
        found = dict(
            self.db.execute(
                "SELECT k, v FROM passage_index_config WHERE k IN ('automerge', 'crisismerge')"
            ).fetchall()
        )
        return {name: found.get(name, value) for name, value in MERGING.items()}

    def _set_merging(self, settings: dict[str, int]) -> None:
        for name, value in settings.items():
            self.db.execute(
                "INSERT INTO passage_index(passage_index, rank) VALUES (?, ?)", (name, value)
            )

    def add_releases(
        self,
        items: Iterable[StoredRelease],
        corrected: Mapping[str, str],
        load: Loading | None = None,
    ) -> None:
        """Add (shard, release doc, quote docs, figure docs) as stored; replaces any
        release already here with the same id. Call inside ``transaction``, and inside
        ``loading`` to share one load's totals across calls."""
        if load is None:
            with self.loading() as own:
                self.add_releases(items, corrected, own)
            return
        batch = iter(items)
        while chunk := list(islice(batch, ROWS_BATCH)):
            self.add_rows(derive_rows(chunk, corrected, int(self.get("next_seq") or 0)), load)

    def add_rows(self, rows: Rows, load: Loading) -> None:
        """Write rows ``derive_rows`` made, replacing the releases already here with the
        same ids. Call inside ``loading``."""
        replaced = rows.ids if not load.fresh else [r for r in rows.ids if r in load.added]
        self._remove(replaced, load)
        load.added.update(rows.ids)
        load.df.update(rows.df)
        load.metrics.update(rows.metrics)
        for metric, label in rows.labels.items():
            load.labels.setdefault(metric, label)
        load.speakers.update(rows.speakers)
        db = self.db
        last = db.execute("SELECT max(rowid) FROM releases").fetchone()[0] or 0
        db.executemany(f"INSERT INTO releases VALUES ({', '.join('?' * 17)})", rows.releases)
        # The rows just added are the ones past the last rowid (new rowids only grow).
        db.execute(
            "INSERT INTO release_filter(rowid, filter_text) "
            "SELECT rowid, filter_text FROM releases WHERE rowid > ?",
            (last,),
        )
        db.executemany("INSERT INTO blocks VALUES (?, ?, ?, ?, ?)", rows.blocks)
        db.executemany(f"INSERT INTO quotes VALUES ({', '.join('?' * 11)})", rows.quotes)
        db.executemany("INSERT INTO figures VALUES (?, ?, ?, ?, ?, ?)", rows.figures)
        db.executemany(f"INSERT INTO passages VALUES ({', '.join('?' * 9)})", rows.passages)
        if load.bulk:
            db.executemany(
                "INSERT INTO passage_index(rowid, text, tags) VALUES (?, ?, ?)", sorted(rows.index)
            )
        else:
            db.executemany("INSERT INTO pending_index VALUES (?, ?, ?)", rows.index)
        self._link_repeats(rows.lines, load.lines)
        self.put("next_seq", str(rows.seq))

    def _add_terms(self, df: Counter[str]) -> None:
        self.db.executemany(
            "INSERT INTO terms VALUES (?, ?, ?) ON CONFLICT(term) DO UPDATE SET df = df + excluded.df",
            [(term, count, len(term)) for term, count in _decoded(df).items() if count],
        )
        self.db.execute("DELETE FROM terms WHERE df <= 0")
        # Processes holding words of the vocabulary in memory read it again.
        self.put("terms_version", str(int(self.get("terms_version") or 0) + 1))

    def _add_metrics(self, metrics: Counter[str], labels: dict[str, str]) -> None:
        for metric, count in metrics.items():
            row = self.db.execute(
                "SELECT rowid, figures FROM metrics WHERE metric = ?", (metric,)
            ).fetchone()
            if row:
                self.db.execute(
                    "UPDATE metrics SET figures = ? WHERE rowid = ?", (row[1] + count, row[0])
                )
                continue
            if count <= 0:  # added and removed again within the load
                continue
            cursor = self.db.execute(
                "INSERT INTO metrics VALUES (?, ?, ?)", (metric, labels[metric], count)
            )
            self.db.execute(
                "INSERT INTO metric_index(rowid, metric) VALUES (?, ?)", (cursor.lastrowid, metric)
            )

    def remove_releases(self, release_ids: Iterable[str], load: Loading | None = None) -> None:
        """Remove releases with everything derived from them. Call inside ``transaction``
        (and ``loading``, as ``add_releases``)."""
        if load is None:
            with self.loading() as own:
                self.remove_releases(release_ids, own)
            return
        self._remove(list(release_ids), load)

    def _count_speakers(self, names: set[str] | None) -> None:
        """Everyone quoted (``names``: only these), with their quotes, releases and roles
        (newest first), kept as a table so listing speakers is one read, not a pass over
        every quote. A name with no quotes left is dropped."""
        params: tuple[str, ...] = ()
        if names is None:
            scope = "speaker IS NOT NULL"
            self.db.execute("DELETE FROM speakers")
        elif names:
            scope = "speaker IN (SELECT value FROM json_each(?))"
            params = (json.dumps(sorted(names)),)
            self.db.execute(
                "DELETE FROM speakers WHERE name IN (SELECT value FROM json_each(?))", params
            )
        else:
            return
        roles: dict[str, list[str]] = {}
        for name, role in self.db.execute(
            f"SELECT speaker, role FROM quotes WHERE {scope} AND role IS NOT NULL "
            "GROUP BY speaker, role ORDER BY speaker, min(sort)",
            params,
        ):
            roles.setdefault(name, []).append(role)
        counted = self.db.execute(
            f"SELECT speaker, count(*), count(DISTINCT release_id) FROM quotes WHERE {scope} "
            "GROUP BY speaker",
            params,
        ).fetchall()
        self.db.executemany(
            "INSERT INTO speakers VALUES (?, ?, ?, ?)",
            [
                (name, quotes, releases, json.dumps(roles.get(name, [])))
                for name, quotes, releases in counted
            ],
        )

    def _remove(self, release_ids: list[str], load: Loading) -> None:
        db, df, speakers = self.db, load.df, load.speakers
        unindexed: list[tuple[int, str, str]] = []
        for rid in release_ids:
            if not db.execute("SELECT 1 FROM releases WHERE id = ?", (rid,)).fetchone():
                continue
            for rowid, text, tags in db.execute(
                "SELECT rowid, text, tags FROM passages WHERE release_id = ?", (rid,)
            ).fetchall():
                # Added earlier in this load: not in the index yet.
                if not db.execute("DELETE FROM pending_index WHERE rowid = ?", (rowid,)).rowcount:
                    unindexed.append((rowid, index_text(text), tags))
                df.subtract(set(folded_words(text)))
            for (metric,) in db.execute(
                "SELECT metric FROM figures WHERE release_id = ? AND metric != ''", (rid,)
            ).fetchall():
                if rid in load.added:  # counted in this load's totals, not written yet
                    load.metrics[metric] -= 1
                else:
                    db.execute(
                        "UPDATE metrics SET figures = figures - 1 WHERE metric = ?", (metric,)
                    )
            quoted = db.execute(
                "SELECT id, speaker FROM quotes WHERE release_id = ?", (rid,)
            ).fetchall()
            quote_ids = [quote_id for quote_id, _ in quoted]
            speakers.update(name for _, name in quoted if name)
            # Added earlier in this load, its members wait (read whole: it is rare).
            members = "pending_members" if rid in load.added else "repeat_members"
            db.executemany(f"DELETE FROM {members} WHERE quote_id = ?", [(q,) for q in quote_ids])
            db.execute(
                "INSERT INTO release_filter(release_filter, rowid, filter_text) "
                "SELECT 'delete', rowid, filter_text FROM releases WHERE id = ?",
                (rid,),
            )
            for table, key in (
                ("passages", "release_id"),
                ("blocks", "release_id"),
                ("quotes", "release_id"),
                ("figures", "release_id"),
                ("releases", "id"),
            ):
                db.execute(f"DELETE FROM {table} WHERE {key} = ?", (rid,))
        # In rowid order, as one segment of the index (see ``redate``).
        db.executemany(
            "INSERT INTO passage_index(passage_index, rowid, text, tags) "
            "VALUES ('delete', ?, ?, ?)",
            sorted(unindexed),
        )

    def shard_release_ids(self, shard: str) -> list[str]:
        return [row[0] for row in self.all("SELECT id FROM releases WHERE shard = ?", (shard,))]

    def fingerprints(self, shards: Iterable[str]) -> dict[str, dict[str, str]]:
        """Store file -> release id -> the ``fingerprint`` of the records it was derived
        from, for the releases of these files."""
        found: dict[str, dict[str, str]] = {shard: {} for shard in shards}
        for shard, rid, print_ in self.all(
            "SELECT shard, id, fingerprint FROM releases WHERE shard IN "
            "(SELECT value FROM json_each(?))",
            (json.dumps(list(found)),),
        ):
            found[shard][rid] = print_
        return found

    def redate(self, release_id: str, iso: str) -> None:
        """Show a release under the date the user corrected it to, from what is here.

        Passages are ordered by date (their rowid holds the day), so each moves to its
        new rowid in the index; every newest-first key of the release changes with them.
        Call inside ``transaction``.
        """
        db = self.db
        row = db.execute(
            "SELECT rowid, filter_text, title, publisher, source FROM releases WHERE id = ?",
            (release_id,),
        ).fetchone()
        if row is None:
            return
        key, filter_text, title, publisher, source = row
        sort = sort_key(iso, title)
        shown = {"id": release_id, "title": title, "publisher": publisher, "source": source}
        # The filter index holds the date as shown: the row is indexed again.
        db.execute(
            "INSERT INTO release_filter(release_filter, rowid, filter_text) "
            "VALUES ('delete', ?, ?)",
            (key, filter_text),
        )
        filter_text = _filter_text(shown, iso, False)
        db.execute(
            "UPDATE releases SET date = ?, date_estimated = 0, date_corrected = 1, sort = ?, "
            "filter_text = ? WHERE id = ?",
            (iso, sort, filter_text, release_id),
        )
        db.execute(
            "INSERT INTO release_filter(rowid, filter_text) VALUES (?, ?)", (key, filter_text)
        )
        for table in ("quotes", "figures"):
            db.execute(f"UPDATE {table} SET sort = ? WHERE release_id = ?", (sort, release_id))
        db.execute(
            "UPDATE repeat_members SET sort = ? WHERE quote_id IN "
            "(SELECT id FROM quotes WHERE release_id = ?)",
            (sort, release_id),
        )
        day = day_number(iso)
        passages = [
            (rowid, passage_rowid(rowid_group(rowid), day, rowid & MAX_SEQ), index_text(text), tags)
            for rowid, text, tags in db.execute(
                "SELECT rowid, text, tags FROM passages WHERE release_id = ? ORDER BY rowid",
                (release_id,),
            )
        ]
        # All the deletions, then all the additions, each in rowid order: FTS5 writes out a
        # segment whenever a rowid is lower than the one before, so a delete and an add
        # passage by passage made one per passage, and their merging (into the archive's
        # big segments) stalled a date correction for up to 18 s at 50,000 releases.
        db.executemany(
            "INSERT INTO passage_index(passage_index, rowid, text, tags) "
            "VALUES ('delete', ?, ?, ?)",
            [(rowid, words, tags) for rowid, _, words, tags in passages],
        )
        db.executemany(  # each rowid's sequence part is its own: no two collide
            "UPDATE passages SET rowid = ? WHERE rowid = ?",
            [(moved, rowid) for rowid, moved, _, _ in passages],
        )
        db.executemany(
            "INSERT INTO passage_index(rowid, text, tags) VALUES (?, ?, ?)",
            sorted((moved, words, tags) for _, moved, words, tags in passages),
        )

    # ------------------------------------------------------------ repeats

    def _link_repeats(self, quotes: list[tuple[str, list[str], str]], lines: _LineIndex) -> None:
        """Put each new quote in the groups of the lines it uses (exactly or nearly).

        A line is a normalised clause (see ``parse.repeats``). A new clause joins the
        line it nearly equals, found through shared four-word shingles; otherwise it
        starts a line of its own. Reading a quote's repeats is then a lookup. The lines
        are read once per batch, so a rebuild links 100,000 quotes in one pass.
        """
        members = []
        for quote_id, keys, sort in quotes:
            for key in keys:
                members.append((lines.find_or_add(key), quote_id, sort))
        self.db.executemany("INSERT INTO pending_members VALUES (?, ?, ?)", members)

    def repeats(self, quote_ids: Sequence[str]) -> dict[str, tuple[list[str], int]]:
        """For each quote: up to ``MAX_REPEATS`` other quotes reusing a line (newest
        first), and how many there are in all."""
        # A stock line can be in thousands of quotes: each line's newest members and size
        # are read once (an index range each), however many of the quotes use it.
        lines_of: dict[str, list[int]] = {q: [] for q in quote_ids}
        for start in range(0, len(quote_ids), 500):
            chunk = list(quote_ids[start : start + 500])
            for line, quote_id in self.all(
                "SELECT line, quote_id FROM repeat_members WHERE quote_id IN "
                f"({', '.join('?' * len(chunk))})",
                chunk,
            ):
                lines_of[quote_id].append(line)
        newest: dict[int, list[tuple[str, str]]] = {}
        size: dict[int, int] = {}
        for line in {line for lines in lines_of.values() for line in lines}:
            newest[line] = [
                (sort, quote_id)
                for quote_id, sort in self.all(
                    "SELECT quote_id, sort FROM repeat_members WHERE line = ? "
                    "ORDER BY sort, quote_id LIMIT ?",
                    (line, MAX_REPEATS + 1),
                )
            ]
            size[line] = self.one(
                "SELECT count(*) FROM (SELECT 1 FROM repeat_members WHERE line = ? LIMIT ?)",
                (line, REPEATS_COUNTED + 1),
            )[0]
        union: dict[frozenset[int], int] = {}  # quotes using any of these lines
        out: dict[str, tuple[list[str], int]] = {}
        for quote_id, lines in lines_of.items():
            shown = sorted({pair for line in lines for pair in newest[line] if pair[1] != quote_id})
            key = frozenset(lines)
            if len(key) == 1:
                union[key] = size[lines[0]]
            elif key and key not in union:
                marks = ", ".join("?" * len(key))
                union[key] = self.one(
                    "SELECT count(*) FROM (SELECT DISTINCT quote_id FROM repeat_members "
                    f"WHERE line IN ({marks}) LIMIT ?)",
                    [*key, REPEATS_COUNTED + 1],
                )[0]
            total = min(union[key] - 1, REPEATS_COUNTED) if key else 0
            out[quote_id] = ([q for _, q in shown[:MAX_REPEATS]], total)
        return out

    def reused_lines(self, quote_id: str) -> list[tuple[str, int]]:
        """The lines of a quote that other quotes reuse, with how many releases use each,
        most used first. A stock line's releases are counted to one past
        ``REPEATS_COUNTED`` and no further: counting all of a line in every release of
        a 50,000-release archive took 1-2 s, with every other read waiting."""
        found = []
        for line, words in self.all(
            "SELECT l.line, l.words FROM repeat_members m JOIN repeat_lines l ON l.line = m.line "
            "WHERE m.quote_id = ? ORDER BY l.line",
            (quote_id,),
        ):
            if (
                self.one(
                    "SELECT count(*) FROM (SELECT 1 FROM repeat_members WHERE line = ? LIMIT 2)",
                    (line,),
                )[0]
                < 2
            ):
                continue  # this quote's alone
            releases = self.one(
                "SELECT count(*) FROM (SELECT DISTINCT q.release_id FROM repeat_members o "
                "JOIN quotes q ON q.id = o.quote_id WHERE o.line = ? LIMIT ?)",
                (line, REPEATS_COUNTED + 1),
            )[0]
            found.append((words, releases))
        return sorted(found, key=lambda item: -item[1])


def _filter_text(release: dict, iso: str | None, estimated: bool) -> str:
    """What the Releases filter matches: title, publisher, file name, id and date as shown."""
    parts = (
        release["title"],
        release.get("publisher") or "",
        release["source"],
        release["id"],
        display_date(iso, estimated),
    )
    return index_text(" ".join(parts))


def _decoded(df: Counter) -> Counter[str]:
    """Counts keyed by str, merging words counted as bytes (see ``folded_words``)."""
    out: Counter[str] = Counter()
    for term, count in df.items():
        out[term.decode("ascii") if isinstance(term, bytes) else term] += count
    return out


class Loading:
    """What one run of read-model writes gathers, to write once at its end."""

    def __init__(self, lines: _LineIndex, *, fresh: bool, bulk: bool) -> None:
        self.lines = lines
        self.fresh = fresh  # the model was empty: nothing to replace, speakers counted whole
        self.bulk = bulk  # passages indexed as each call adds them, merged later
        self.df: Counter[str] = Counter()  # vocabulary changes
        self.speakers: set[str] = set()  # whose counts and roles are read again
        self.metrics: Counter[str] = Counter()
        self.labels: dict[str, str] = {}
        self.added: set[str] = set()  # ids added in this run: one in two files is replaced


class _LineIndex:
    """The repeat lines, looked up in SQLite one clause at a time, or (``bulk``) all
    loaded once into memory and written back at the end."""

    def __init__(self, db: sqlite3.Connection, bulk: bool) -> None:
        self.db, self.bulk = db, bulk
        self.forms: dict[str, int] = {}
        self.postings: dict[str, list[int]] = {}
        self.new_lines: list[tuple[int, str]] = []
        self.new_shingles: list[tuple[str, int]] = []
        self.next_line = (db.execute("SELECT max(line) FROM repeat_lines").fetchone()[0] or 0) + 1
        if bulk:
            self.forms = dict(db.execute("SELECT words, line FROM repeat_lines"))
            for shingle, line in db.execute("SELECT shingle, line FROM repeat_shingles"):
                self.postings.setdefault(shingle, []).append(line)
        # Words of every line known in memory: all of them in bulk, else the new ones.
        self.text = {line: tuple(words.split()) for words, line in self.forms.items()}

    def _words_of(self, line: int) -> tuple[str, ...]:
        if line in self.text:
            return self.text[line]
        row = self.db.execute("SELECT words FROM repeat_lines WHERE line = ?", (line,)).fetchone()
        return tuple(row[0].split()) if row else ()

    def _postings(self, shingle: str) -> list[int]:
        if self.bulk:
            return self.postings.get(shingle, [])
        rows = self.db.execute(
            "SELECT line FROM repeat_shingles WHERE shingle = ? LIMIT ?",
            (shingle, MAX_POSTINGS + 1),
        ).fetchall()
        return [r[0] for r in rows] + [line for s, line in self.new_shingles if s == shingle]

    def find_or_add(self, key: str) -> int:
        """The line of ``key`` (a clause's words joined by spaces), added if new."""
        line = self.forms.get(key)
        if line is None and not self.bulk:
            row = self.db.execute(
                "SELECT line FROM repeat_lines WHERE words = ?", (key,)
            ).fetchone()
            line = row[0] if row else None
        if line is not None:
            return line
        words = tuple(key.split())
        shingles = {" ".join(s) for s in zip(*(words[i:] for i in range(SHINGLE)), strict=False)}
        candidates: set[int] = set()
        for shingle in shingles:
            postings = self._postings(shingle)
            if len(postings) <= MAX_POSTINGS:
                candidates.update(postings)
        for other in sorted(candidates):
            if similar(words, self._words_of(other)):
                self.forms[key] = other
                return other
        line, self.next_line = self.next_line, self.next_line + 1
        self.forms[key] = line
        self.new_lines.append((line, key))
        self.text[line] = words
        for shingle in shingles:
            self.new_shingles.append((shingle, line))
            if self.bulk:
                self.postings.setdefault(shingle, []).append(line)
        return line

    def save(self) -> None:
        self.db.executemany("INSERT INTO repeat_lines VALUES (?, ?)", self.new_lines)
        self.db.executemany("INSERT INTO repeat_shingles VALUES (?, ?)", self.new_shingles)
        self.new_lines, self.new_shingles = [], []


@dataclass
class Rows:
    """The read model's rows for some releases, derived from their stored records
    without the database (so a rebuild derives one file's in a second process while it
    writes the last's), and what they add to the load's totals."""

    seq: int  # the last passage sequence number used
    ids: list[str] = field(default_factory=list)
    # Releases of the same file left out: the read model shows them from these records.
    unchanged: list[str] = field(default_factory=list)
    releases: list[tuple] = field(default_factory=list)
    blocks: list[tuple] = field(default_factory=list)
    quotes: list[tuple] = field(default_factory=list)
    figures: list[tuple] = field(default_factory=list)
    passages: list[tuple] = field(default_factory=list)
    index: list[tuple[int, str, str]] = field(default_factory=list)  # rowid, words, tags
    # Quote id, its lines (``parse.repeats.units``, words joined by spaces), sort: cut
    # here, in the deriving process, so the writing one (the busier) only links them.
    lines: list[tuple[str, list[str], str]] = field(default_factory=list)
    df: Counter[str | bytes] = field(default_factory=Counter)
    metrics: Counter[str] = field(default_factory=Counter)
    labels: dict[str, str] = field(default_factory=dict)
    speakers: set[str] = field(default_factory=set)


def fingerprint(records: tuple) -> str:
    """What a release's stored (release, quotes, figures) records are, as JSON: the same
    for the records an import has in memory and for those read back from its file."""
    return hashlib.blake2b(json_bytes(records), digest_size=12).hexdigest()


def derive_changes(
    shard: str,
    found: Mapping[str, tuple],
    known: Mapping[str, str],
    corrected: Mapping[str, str],
    seq: int,
) -> Rows:
    """The rows of the releases of one store file (``found``: id -> its records) that
    the read model lacks or shows from other records (``known``: id -> ``fingerprint``):
    a file that gained ten releases, or one copied with its folder, is not derived
    again whole. The others are listed in ``unchanged``."""
    prints = {rid: fingerprint(records) for rid, records in found.items()}
    changed = [rid for rid in found if known.get(rid) != prints[rid]]
    rows = derive_rows(((shard, *found[rid]) for rid in changed), corrected, seq, prints)
    rows.unchanged = [rid for rid in found if known.get(rid) == prints[rid]]
    return rows


def derive_rows(
    items: Iterable[StoredRelease],
    corrected: Mapping[str, str],
    seq: int,
    prints: Mapping[str, str] | None = None,
) -> Rows:
    """The rows of (shard, release doc, quote docs, figure docs) as stored, their
    passages numbered on from ``seq``; ``corrected``: the user's dates by release id;
    ``prints``: their ``fingerprint`` by release id where already known."""
    out = Rows(seq)
    metrics, labels = out.metrics, out.labels
    terms: list[str | bytes] = []  # each passage's words once: counted in one call
    for shard, release, quote_docs, figure_docs in items:
        rid = release["id"]
        out.ids.append(rid)
        print_ = prints[rid] if prints else fingerprint((release, quote_docs, figure_docs))
        full_quotes, full_figures = expand(release, quote_docs, figure_docs)
        iso = corrected.get(rid, release["date"])
        is_corrected = rid in corrected
        estimated = False if is_corrected else bool(release["date_estimated"])
        sort = sort_key(iso, release["title"])
        out.releases.append(
            (
                rid,
                shard,
                release["title"],
                release["title_derived"],
                iso,
                estimated,
                is_corrected,
                release["publisher"],
                release["source"],
                len(full_quotes),
                len(full_figures),
                sort,
                _filter_text(release, iso, estimated),
                release.get("origin", ""),
                release["date"],
                release.get("canonical"),
                print_,
            )
        )
        for index, (section, text, bullet) in enumerate(release["blocks"]):
            out.blocks.append((rid, index, section, bullet, text))
        for n, quote in enumerate(full_quotes):
            out.quotes.append(
                (
                    quote["id"],
                    rid,
                    n,
                    quote["speaker"],
                    quote["role"],
                    quote["text"],
                    quote["paragraphs"],
                    quote["block_start"],
                    quote["block_end"],
                    sort,
                    quote.get("kind") or "quote",
                )
            )
            keys = sorted(" ".join(words) for words in units(quote["text"]))
            out.lines.append((quote["id"], keys, sort))
            if quote["speaker"]:
                out.speakers.add(quote["speaker"])
        for n, figure in enumerate(full_figures):
            metric = " ".join(sorted(label_key(figure["label"]))) if figure["label"] else ""
            if metric:
                metrics[metric] += 1
                labels.setdefault(metric, figure["label"])
            out.figures.append((figure["id"], rid, n, metric, sort, json.dumps(figure)))
        day = day_number(iso)
        for row in _passages(release, full_quotes, full_figures, iso):
            out.seq = (out.seq + 1) & MAX_SEQ
            rowid = passage_rowid(SECTION_GROUP[row[2]], day, out.seq)
            words = folded_words(row[6])  # counted and indexed from one split
            out.passages.append((rowid, *row))
            out.index.append((rowid, _joined_words(words), row[7]))
            terms.extend(set(words))
    out.df.update(terms)
    return out


def _passages(release: dict, quotes: list[dict], figures: list[dict], iso: str | None):
    """(release_id, kind, section, block, ref, speaker, text, tags) for every searchable
    piece: title, paragraphs, quotes (with their speaker), figures (as the figure itself,
    "police officers record 34,200", not its sentence: a sentence with three figures
    would otherwise match as three hits). Paragraphs inside a quote are indexed once,
    as the quote."""
    rid = release["id"]
    release_tags = release_tag(rid)
    quoted = {i for q in quotes for i in range(q["block_start"], q["block_end"] + 1)}
    yield (
        rid,
        "title",
        TITLE,
        0,
        None,
        None,
        release["title"],
        f"{kind_tag('title')} {release_tags}",
    )
    for index, (section, text, _bullet) in enumerate(release["blocks"]):
        if section != TITLE and index not in quoted:
            yield (
                rid,
                "paragraph",
                section,
                index,
                None,
                None,
                text,
                f"{kind_tag('paragraph')} {release_tags}",
            )
    for quote in quotes:
        speaker = quote["speaker"]
        tags = f"{kind_tag('quote')} {release_tags}"
        if speaker:
            tags += " " + speaker_tag(speaker)
        yield (
            rid,
            "quote",
            "quote",
            quote["block_start"],
            quote["id"],
            speaker,
            quote["text"] + attribution_suffix(speaker),
            tags,
        )
    for figure in figures:
        yield (
            rid,
            "stat",
            figure["section"],
            figure["block"],
            figure["id"],
            None,
            figure_phrase(figure),
            f"{kind_tag('stat')} {release_tags}",
        )
