"""The user's own data in user.json: corrected dates, packs and pins, settings."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable
from typing import Any

from tinydb import Query, TinyDB

from briefing.store.base import (
    USER_FILE,
    StoreError,
    StoreParts,
    _move_aside,
    _reason,
)
from briefing.store.files import (
    CorruptStoreError,
    atomic_write_bytes,
    file_signature,
    load_json_tables,
)
from briefing.store.schema import (
    is_iso_date,
    valid_date_record,
)


class UserData(StoreParts):
    """The user's own data (user.json): corrected dates, packs and pins, settings."""

    def _load_user_safely(self) -> None:
        try:
            self._load_user()
        except CorruptStoreError as problem:
            self._recover_user(str(problem))

    def _load_user(self) -> None:
        if self._user_path.is_dir():
            raise StoreError(
                f"{self._user_path} is a folder; move it away so Briefing can keep your data there"
            )
        data = self._user_storage.read() or {}
        self._user._tables.clear()
        bad: dict[str, dict] = {}
        for table, docs in data.items():
            for key, doc in docs.items():
                if not isinstance(doc, dict) or (table == "dates" and not valid_date_record(doc)):
                    bad.setdefault(table, {})[key] = doc
        if bad:  # kept aside, so that nothing reading the user's data trips over them
            self._set_aside_records(self._user_storage, data, bad)
            data = self._user_storage.read() or {}
        self._dates = {doc["release_id"]: doc["date"] for doc in data.get("dates", {}).values()}

    def _recover_user(self, problem: str) -> None:
        backup = self.dir / (USER_FILE + ".bak")
        try:
            kept = _move_aside(self._user_path)
        except OSError as error:
            why = f"your saved data is damaged ({problem}); cannot move it aside: {_reason(error)}"
            raise StoreError(why) from None
        restored = False
        with contextlib.suppress(CorruptStoreError, OSError):
            load_json_tables(backup)
            atomic_write_bytes(self._user_path, backup.read_bytes())
            restored = True
        self._user_storage.forget()
        self._load_user()
        what = "restored from its last good copy" if restored else "started empty"
        self.warnings.append(
            f"Your saved data was damaged ({problem}); it was kept as {kept} and {what}."
        )

    def _setting(self, key: str) -> Any:
        settings = self.user_table("store")  # one doc (see ``_put_setting``)
        return settings[0].get(key) if settings else None

    def set_date(self, ref: str, iso: str) -> dict:
        """Correct a release's date; kept in the user's data, so re-imports keep it."""
        if not is_iso_date(iso):
            raise StoreError(f"{iso!r} is not a date in the form YYYY-MM-DD (e.g. 2024-01-05)")
        with self._writing():
            rid = self.resolve(ref)
            self._save_user(lambda user: _put_date(user, {"release_id": rid, "date": iso}))
            with self._read.transaction():
                self._read.redate(rid, iso)
        return self.release_views([rid])[rid]

    def user_table(self, table: str) -> list[dict]:
        """The rows of one table of the user's own data (copies: change them via ``save_user``)."""
        # What this process last read: a change on disk is picked up by ``refresh``
        # (which tells the app to reload), never silently by a read like this one.
        data = self._user_storage.cached() or {}
        rows = data.get(table, {})
        return json.loads(json.dumps(list(rows.values()))) if isinstance(rows, dict) else []

    def save_user(self, change: Callable[[TinyDB], None]) -> None:
        """Change the user's own data under the lock, from what is on disk now, atomically.

        ``change`` gets the user's TinyDB database and edits it through TinyDB's API
        (tables, ``insert``, ``update``, ``upsert``, ``remove``); its writes reach the
        file as one write when it returns, and none of them if it raises.
        """
        with self._writing():
            self._save_user(change)

    def _save_user(self, change: Callable[[TinyDB], None]) -> None:
        """Apply ``change`` to the user's data and write it, keeping the previous copy."""
        current = self._user_path
        if current.exists():
            with contextlib.suppress(CorruptStoreError):
                load_json_tables(current)
                atomic_write_bytes(self.dir / (USER_FILE + ".bak"), current.read_bytes())
        try:
            with self._user_storage.batch():  # one atomic write; nothing if ``change`` fails
                change(self._user)
        finally:
            self._load_user()  # what is on disk now, whether the change landed or not
        with self._read.transaction():  # this process's own write is not news to it
            self._read.put("user", list(file_signature(self._user_path) or ()))


def _put_date(user: TinyDB, doc: dict) -> None:
    """Put ``doc`` in the dates table in place of any doc for the same release."""
    user.table("dates").upsert(doc, Query().release_id == doc["release_id"])


def _copy_dates(user: TinyDB, moved: dict[str, str]) -> None:
    for doc in user.table("dates").search(Query().release_id.one_of(list(moved))):
        _put_date(user, {**doc, "release_id": moved[doc["release_id"]]})


def _drop_dates(user: TinyDB, release_ids: set[str]) -> None:
    user.table("dates").remove(Query().release_id.one_of(list(release_ids)))


def _put_setting(user: TinyDB, key: str, value: Any) -> None:
    """Set ``key`` in the store's one settings doc (made by the first setting)."""
    user.table("store").upsert({key: value}, Query().noop())
