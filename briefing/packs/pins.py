"""A pin and the store: what an id names now, re-linking after a re-import, newer figures.

A pin is a quote (``<release>.qN``), a figure (``<release>.sN``) or a passage
(``<release>#<block>``), saved with a snapshot of what it held. Release ids come
from the text, so an edited re-import gives every record a new id: ``current``
finds the same words again in the release that now carries the file (or in the
same release, if a rebuild numbered its records differently), else says the pin
changed and gives back the snapshot. No Textual here.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from briefing import format
from briefing.compare import label_key, same_metric, same_period
from briefing.model import Pin, PinKind, Record
from briefing.store import Store, UnknownIdError

SNAPSHOT_KEYS = (
    "speaker",
    "role",
    "release_title",
    "date",
    "date_estimated",
    "publisher",
    "source",
    "value",
    "unit",
    "label",
    "period",
    "scope",
    "sentence",
    "direction",
    "qualifier",
    "release_id",
    "section",
    "block",
    "block_start",
)


def passage_id(release_id: str, block: int) -> str:
    """The id of a paragraph (or title) as a pin: ``<release id>#<block>``."""
    return f"{release_id}#{block}"


def kind_of(ref: str) -> PinKind:
    """``quote``, ``stat`` or ``passage``, from the shape of an id."""
    if "#" in ref:
        return "passage"
    number = ref.rpartition(".")[2]
    if number[:1] == "q":
        return "quote"
    if number[:1] == "s":
        return "stat"
    raise UnknownIdError(f"{ref!r} is not the id of a quote (…qN), figure (…sN) or passage (…#N)")


def make_pin(kind: PinKind, record: Record, note: str | None, added: str | None = None) -> Pin:
    """The pin saved in the user's data: the id, the words, a snapshot of the rest."""
    return {
        "kind": kind,
        "id": record["id"],
        "release_id": record["release_id"],
        "source": record.get("source"),
        "text": record["text"],
        "note": note,
        "snapshot": {key: record.get(key) for key in SNAPSHOT_KEYS},
        "added": added or datetime.now().isoformat(timespec="seconds"),
    }


def lookup(store: Store, kind: str, ref: str) -> dict[str, Any]:
    """The record ``ref`` names now (a passage is built from its release's block)."""
    if kind == "quote":
        return store.quote(ref)
    if kind == "stat":
        return store.stat(ref)
    release_ref, _, block = ref.partition("#")
    release = store.release(release_ref)
    try:
        number = int(block)
        section, text, _ = release["blocks"][number]
    except (ValueError, IndexError):
        raise UnknownIdError(f"no passage has the id {ref!r}") from None
    return {
        "id": passage_id(release["id"], number),
        "release_id": release["id"],
        "text": text,
        "section": section,
        "block": number,
        "release_title": release["title"],
        "date": release["date"],
        "date_estimated": release["date_estimated"],
        "publisher": release["publisher"],
        "source": release["source"],
    }


def full_id(store: Store, ref: str) -> str:
    """``ref`` with its release id in full ("ee96.q1" -> "ee9698a000df.q1"), if it names one."""
    try:
        return str(lookup(store, kind_of(ref), ref)["id"])
    except UnknownIdError:
        return ref


def _words(text: str | None) -> str:
    return " ".join((text or "").split())


def _same_words(kind: str, pinned: dict[str, Any], record: dict[str, Any]) -> bool:
    """Whether ``record`` holds what was pinned (a figure: its value in the same sentence)."""
    if kind == "stat":
        return (record.get("value"), record.get("unit")) == (
            pinned.get("value"),
            pinned.get("unit"),
        ) and _words(record.get("sentence")) == _words(pinned.get("sentence"))
    return _words(record["text"]) == _words(pinned["text"])


def current(store: Store, pin: Pin) -> tuple[dict[str, Any], bool]:
    """(the record now holding the pinned words, False) or (the snapshot, True: changed)."""
    try:
        record = lookup(store, pin["kind"], pin["id"])
    except UnknownIdError:
        record = None
    pinned = {**pin["snapshot"], "text": pin["text"]}
    if record is not None and _same_words(pin["kind"], pinned, record):
        return record, False
    found = _relink(store, pin, pinned)
    if found is not None:
        return found, False
    return {**pinned, "id": pin["id"], "release_id": pin["release_id"]}, True


def _relink(store: Store, pin: Pin, pinned: dict[str, Any]) -> dict[str, Any] | None:
    """The same words in the release now holding the pin's file (or its old id)."""
    for release in store.releases_from(pin["release_id"], pin.get("source")):
        if pin["kind"] == "quote":
            pool = store.quotes(release["id"])
        elif pin["kind"] == "stat":
            pool = store.stats(release["id"])
        else:
            count = len(store.release(release["id"])["blocks"])
            pool = [lookup(store, "passage", passage_id(release["id"], n)) for n in range(count)]
        for record in pool:
            if _same_words(pin["kind"], pinned, record):
                return record
    return None


def _figure(stat: dict[str, Any]) -> tuple[Any, Any]:
    return stat.get("value"), stat.get("direction")


def newer_figure(store: Store, stat: dict[str, Any]) -> dict[str, Any] | None:
    """The newest figure for the same metric, if a newer release gives a different one.

    Returns None, or ``{"value", "text", "release_id", "date", "id", "phrase",
    "release_title", "publisher", "date_estimated"}``. Candidates are the figures the
    read model files under the same metric key, newer than this one (an indexed lookup).
    """
    if not stat.get("label"):
        return None
    metric = " ".join(sorted(label_key(stat["label"])))
    # The newest of the metric come first: the answer is among them, never 30,000 rows.
    for other in store.figures_for_metric(metric, newer_than=stat.get("date"), limit=500):
        if other.get("release_id") == stat.get("release_id"):
            continue
        if not same_metric(stat, other) or not same_period(stat, other):
            continue
        if _figure(other) == _figure(stat):
            return None
        return {
            "value": other["value"],
            "text": other["text"],
            "release_id": other["release_id"],
            "date": other["date"],
            "id": other["id"],
            "phrase": format.figure_phrase(other),
            "release_title": other["release_title"],
            "publisher": other["publisher"],
            "date_estimated": other["date_estimated"],
        }
    return None
