"""Every read of the store, served by the read model."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterable
from typing import Any

from briefing.store.base import (
    ORIGINALS,
    StoreParts,
    UnknownIdError,
)
from briefing.store.readmodel import RELEASE_ORDERS, ReadModel
from briefing.tokens import folded_words

# Matches past which a filtered page of releases walks its order's index instead of
# sorting the matches (the two cost the same near sqrt(100 rows x 50,000) matches).
DENSE_FILTER = 2000
_RELEASE_COLUMNS = (
    "id, title, title_derived, date, date_estimated, date_corrected, publisher, source, "
    "quotes, stats, shard"
)
_JOINED_RELEASE = "r.title, r.date, r.date_estimated, r.publisher, r.source"
_QUOTE_COLUMNS = (
    "q.id, q.release_id, q.speaker, q.role, q.text, q.paragraphs, q.block_start, q.block_end, "
    "q.kind, " + _JOINED_RELEASE
)


def _release_row(row: tuple) -> dict:
    keys = (
        "id",
        "title",
        "title_derived",
        "date",
        "date_estimated",
        "date_corrected",
        "publisher",
        "source",
        "quotes",
        "stats",
        "shard",
    )
    view = dict(zip(keys, row, strict=True))
    for key in ("title_derived", "date_estimated", "date_corrected"):
        view[key] = bool(view[key])
    return view


def _joined(row: tuple) -> dict:
    title, iso, estimated, publisher, source = row
    return {
        "release_title": title,
        "date": iso,
        "date_estimated": bool(estimated),
        "publisher": publisher,
        "source": source,
    }


def _quote_row(row: tuple) -> dict:
    keys = (
        "id",
        "release_id",
        "speaker",
        "role",
        "text",
        "paragraphs",
        "block_start",
        "block_end",
        "kind",
    )
    return {**dict(zip(keys, row[:9], strict=True)), **_joined(row[9:])}


def _figure_row(row: tuple) -> dict:
    return {**json.loads(row[0]), **_joined(row[1:])}


def _filter_match(text: str | None) -> str | None:
    """The FTS5 query for releases whose title, publisher, file name, id or shown date
    has words starting with each typed word (None: no words, no filter)."""
    words = [w for w in folded_words(text or "") if w]
    if not words:
        return None
    # A single character is matched as a word: as a prefix it would match most of the
    # archive on the first keystroke, and nobody filters by "any word starting with m".
    texts = [w.decode() if isinstance(w, bytes) else w for w in words[:12]]
    return " AND ".join(f'"{w}"' + ("*" if len(w) > 1 else "") for w in texts)


def _filtered(rowid: str = "rowid") -> str:
    return f"WHERE {rowid} IN (SELECT rowid FROM release_filter WHERE release_filter MATCH ?)"


class Reads(StoreParts):
    """Every read, served by the read model."""

    @property
    def read_model(self) -> ReadModel:
        return self._read

    def refresh(self) -> bool:
        """Take in what another process changed; True if anything did since the last call."""
        self.sync()
        if self._user_storage.changed_on_disk():
            self._user_storage.forget()
            self._load_user_safely()
        revision = self._read.get("revision")
        changed, self._seen_revision = revision != self._seen_revision, revision
        return changed

    def changed_elsewhere(self) -> bool:
        """Whether ``refresh`` has anything to take in, found by reading only: the app
        asks every two seconds, and ``refresh`` is a write that holds every reader back."""
        return (
            not self._files_in_step()
            or self._user_storage.changed_on_disk()
            or self._read.get("revision") != self._seen_revision
        )

    def count_releases(self, text: str | None = None, undated: bool = False) -> int:
        match = _filter_match(text)
        if match is not None and not undated:
            return self._count_matching(match)
        where, params = (_filtered(), [match]) if match is not None else ("", [])
        if undated:
            where = f"{where} AND date IS NULL" if where else "WHERE date IS NULL"
        row = self._read.one(f"SELECT count(*) FROM releases {where}", params)
        return row[0] if row else 0

    def _count_matching(self, match: str) -> int:
        # The filter's own index holds one row per release: counted there, not by joining
        # every match to its release (55 ms for a word in all 50,000 titles, here 6 ms).
        row = self._read.one(
            "SELECT count(*) FROM release_filter WHERE release_filter MATCH ?", (match,)
        )
        return row[0] if row else 0

    def date_range(self) -> tuple[str | None, str | None]:
        row = self._read.one("SELECT min(date), max(date) FROM releases")
        return (row[0], row[1]) if row else (None, None)

    def releases(
        self,
        limit: int | None = None,
        offset: int = 0,
        text: str | None = None,
        order: str = "newest",
    ) -> list[dict]:
        """Releases (without their text), newest first, undated last (``order``: one of
        ``RELEASE_ORDERS``); ``text`` filters by words of the title or file name."""
        match = _filter_match(text)
        dense = match is not None and self._count_matching(match) > DENSE_FILTER
        return self._release_rows(match, dense, limit, offset, order)

    def release_page(
        self, limit: int | None, offset: int = 0, text: str | None = None, order: str = "newest"
    ) -> tuple[list[dict], int, int]:
        """``releases`` (``limit`` None: all from ``offset`` on), how many pass the
        filter and how many there are, each counted once (the Releases pane reads this
        on every keystroke)."""
        match = _filter_match(text)
        total = self.count_releases()
        matching = total if match is None else self._count_matching(match)
        rows = self._release_rows(match, matching > DENSE_FILTER, limit, offset, order)
        return rows, matching, total

    def _release_rows(
        self, match: str | None, dense: bool, limit: int | None, offset: int, order: str
    ) -> list[dict]:
        where, params = ("", []) if match is None else (_filtered(), [match])
        if match is not None and dense:
            # A filter most releases pass ("mayor") walks the order's index and tests each
            # row, stopping at the page's end: reading all its matches to sort them took
            # 55-120 ms at 50,000, this 20 ms at most. A narrow one reads its few matches.
            where = _filtered("+rowid")  # "+": not looked up by rowid, so the index is walked
        by = RELEASE_ORDERS.get(order, RELEASE_ORDERS["newest"])
        rows = self._read.all(
            f"SELECT {_RELEASE_COLUMNS} FROM releases {where} ORDER BY {by} LIMIT ? OFFSET ?",
            (*params, -1 if limit is None else limit, offset),
        )
        return [_release_row(row) for row in rows]

    def release_views(self, ids: Iterable[str]) -> dict[str, dict]:
        """Release id -> its row, for the ids that exist."""
        wanted = list(dict.fromkeys(ids))
        out: dict[str, dict] = {}
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            rows = self._read.all(
                f"SELECT {_RELEASE_COLUMNS} FROM releases WHERE id IN ({', '.join('?' * len(chunk))})",
                chunk,
            )
            out.update((row[0], _release_row(row)) for row in rows)
        return out

    def releases_as_json(self) -> str:
        """Every release's listing (id, title, date, date_estimated, publisher, source,
        quotes, stats) as a JSON array, one object a line, newest first: written whole by
        SQLite, so listing 50,000 releases costs no Python per release."""
        rows = self._read.all(
            "SELECT group_concat(listing, ',\n  ') FROM (SELECT json_object('id', id, "
            "'title', title, 'date', date, 'date_estimated', "
            "json(CASE WHEN date_estimated THEN 'true' ELSE 'false' END), "
            "'publisher', publisher, 'source', source, 'quotes', quotes, 'stats', stats) "
            "AS listing FROM releases ORDER BY sort, id)"
        )
        listings = rows[0][0]
        return f"[\n  {listings}\n]" if listings else "[]"

    def releases_from(self, release_id: str, source: str | None) -> list[dict]:
        """The release with this id, else those imported from a file of this name."""
        rows = self._read.all(
            f"SELECT {_RELEASE_COLUMNS} FROM releases WHERE id = ? OR source = ? "
            "ORDER BY id = ? DESC, sort LIMIT 20",
            (release_id, source or "", release_id),
        )
        return [_release_row(row) for row in rows]

    def release_ids(self) -> list[str]:
        return [row[0] for row in self._read.all("SELECT id FROM releases ORDER BY sort, id")]

    def resolve(self, ref: str) -> str:
        """The full id of the release ``ref`` names (an id or a unique prefix)."""
        ref = ref.strip().lower()
        if not ref:
            raise UnknownIdError("no release id given (see `briefing releases`)")
        matches = [
            row[0]
            for row in self._read.all(
                "SELECT id FROM releases WHERE id >= ? AND id < ? LIMIT 2", (ref, ref + "\uffff")
            )
        ]
        if ref in matches:
            return ref
        if not matches:
            # People also name a release by its file: "001" for 001_474315e251677573.txt.
            pattern = ref.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            matches = [
                row[0]
                for row in self._read.all(
                    "SELECT id FROM releases WHERE lower(source) LIKE ? ESCAPE '\\' LIMIT 2",
                    (pattern,),
                )
            ]
        if len(matches) == 1:
            return matches[0]
        if not matches:
            raise UnknownIdError(f"no release has the id {ref!r} (see `briefing releases`)")
        raise UnknownIdError(f"{ref!r} matches more than one release; type more of the id")

    def release(self, ref: str) -> dict:
        """One release with its blocks: ``[[section, text, bullet], ...]``."""
        rid = self.resolve(ref)
        view = self.release_views([rid])[rid]
        view["blocks"] = [
            [section, text, bool(bullet)]
            for section, text, bullet in self._read.all(
                "SELECT section, text, bullet FROM blocks WHERE release_id = ? ORDER BY idx", (rid,)
            )
        ]
        return view

    def quotes(
        self,
        release: str | None = None,
        speaker: str | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[dict]:
        """Quotes with their release's title, date and source, newest first."""
        clauses, params = [], []
        if release:
            clauses.append("q.release_id = ?")
            params.append(self.resolve(release))
        if speaker:
            clauses.append("q.speaker = ?")
            params.append(speaker)
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        rows = self._read.all(
            f"SELECT {_QUOTE_COLUMNS} FROM quotes q JOIN releases r ON r.id = q.release_id "
            f"{where} ORDER BY q.sort, q.release_id, q.seq LIMIT ? OFFSET ?",
            (*params, -1 if limit is None else limit, offset),
        )
        return [_quote_row(row) for row in rows]

    def count_quotes(self, speaker: str | None = None) -> int:
        if speaker:
            row = self._read.one("SELECT count(*) FROM quotes WHERE speaker = ?", (speaker,))
        else:
            row = self._read.one("SELECT count(*) FROM quotes")
        return row[0] if row else 0

    def speakers(self) -> list[tuple[str, int, int, list[str]]]:
        """(name, quotes, releases, roles newest first) for everyone quoted by name."""
        return [
            (name, quotes, releases, json.loads(roles))
            for name, quotes, releases, roles in self._read.all("SELECT * FROM speakers")
        ]

    def speaker_names(self) -> list[str]:
        return [row[0] for row in self._read.all("SELECT name FROM speakers")]

    def stats(self, release: str | None = None) -> list[dict]:
        """Figures with their release's title, date and source, newest first."""
        where, params = ("WHERE f.release_id = ?", [self.resolve(release)]) if release else ("", [])
        rows = self._read.all(
            f"SELECT f.doc, {_JOINED_RELEASE} FROM figures f JOIN releases r ON r.id = f.release_id "
            f"{where} ORDER BY f.sort, f.release_id, f.seq",
            params,
        )
        return [_figure_row(row) for row in rows]

    def figures_for_metric(
        self, metric: str, newer_than: str | None = None, limit: int | None = None
    ) -> list[dict]:
        """The figures whose label has the metric key ``metric``, newest first (the newest
        ``limit`` of them)."""
        sql = (
            f"SELECT f.doc, {_JOINED_RELEASE} FROM figures f JOIN releases r ON r.id = f.release_id "
            "WHERE f.metric = ?"
        )
        params: list[Any] = [metric]
        if newer_than:
            sql += " AND r.date > ?"
            params.append(newer_than)
        rows = self._read.all(
            sql + " ORDER BY f.sort, f.release_id, f.seq LIMIT ?", [*params, limit or -1]
        )
        return [_figure_row(row) for row in rows]

    def metrics_like(self, words: Iterable[str], limit: int = 500) -> list[tuple[str, str]]:
        """(metric key, a label) of metrics sharing a word with ``words``, most figures first."""
        terms = [w for w in dict.fromkeys(words) if w.isalnum()]
        if not terms:
            return []
        expression = " OR ".join(f'"{w}"*' for w in terms)
        return [
            (metric, label)
            for metric, label in self._read.all(
                "SELECT m.metric, m.label FROM metric_index i JOIN metrics m ON m.rowid = i.rowid "
                "WHERE metric_index MATCH ? AND m.figures > 0 ORDER BY m.figures DESC LIMIT ?",
                (expression, limit),
            )
        ]

    def quote(self, quote_id: str) -> dict:
        return self._record("quote", quote_id)

    def stat(self, stat_id: str) -> dict:
        return self._record("figure", stat_id)

    def _record(self, what: str, ref: str) -> dict:
        # "<release id or unique prefix>.q3": the release part may be shortened too.
        release_ref, dot, number = ref.strip().partition(".")
        with contextlib.suppress(UnknownIdError):
            if dot and release_ref:
                full = f"{self.resolve(release_ref)}.{number}"
                if what == "quote":
                    rows = self._read.all(
                        f"SELECT {_QUOTE_COLUMNS} FROM quotes q JOIN releases r "
                        "ON r.id = q.release_id WHERE q.id = ?",
                        (full,),
                    )
                    if rows:
                        return _quote_row(rows[0])
                else:
                    rows = self._read.all(
                        f"SELECT f.doc, {_JOINED_RELEASE} FROM figures f JOIN releases r "
                        "ON r.id = f.release_id WHERE f.id = ?",
                        (full,),
                    )
                    if rows:
                        return _figure_row(rows[0])
        raise UnknownIdError(f"no {what} has the id {ref!r}")

    def repeats(self, quote_ids: list[str]) -> dict[str, tuple[list[str], int]]:
        """Quote id -> (up to 20 quotes reusing one of its lines, newest first; how many)."""
        return self._read.repeats(quote_ids)

    def reused_lines(self, quote_id: str) -> list[tuple[str, int]]:
        """The lines of a quote used in other releases too, with how many releases use each."""
        return self._read.reused_lines(quote_id)

    def original(self, release_id: str) -> str:
        """The text a release was imported from, as read."""
        path = self.dir / ORIGINALS / f"{release_id}.json"
        return json.loads(path.read_text(encoding="utf-8"))["text"]
