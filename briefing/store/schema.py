"""What a stored record must look like before anything reads it.

The store's files are plain JSON a person (or a sync tool, or a bad disk) can change.
Every record is checked as it is read: one that fails is kept aside and the rest are
used, so a damaged record never becomes a traceback three layers up. The checks are
exactly the assumptions the readers make (types, ranges, known sections), no more.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

SECTIONS = frozenset({"title", "summary", "body", "notes"})  # where a block can sit
FIGURE_SECTIONS = SECTIONS | {"quote"}
_OPTIONAL_TEXT = (str, type(None))
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def is_iso_date(value: Any) -> bool:
    """Exactly YYYY-MM-DD and a real day (not 20240105, not 2024-W01-1, not 2024-02-30)."""
    if not isinstance(value, str) or not _ISO_DATE.fullmatch(value):
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _iso(value: Any) -> bool:
    return value is None or is_iso_date(value)


def _int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and value == value


def valid_release(doc: Any) -> bool:
    """A release record: its id, title, source, date and blocks as readers use them."""
    if not isinstance(doc, dict):
        return False
    blocks = doc.get("blocks")
    return (
        isinstance(doc.get("id"), str)
        and bool(doc["id"])
        and isinstance(doc.get("title"), str)
        and isinstance(doc.get("source"), str)
        and isinstance(doc.get("publisher"), _OPTIONAL_TEXT)
        and _iso(doc.get("date"))
        and isinstance(blocks, list)
        and all(
            isinstance(b, list)
            and len(b) == 3
            and b[0] in SECTIONS
            and isinstance(b[1], str)
            and isinstance(b[2], bool)
            for b in blocks
        )
    )


def _span(part: Any, count: int, blocks: list) -> bool:
    return (
        isinstance(part, list)
        and len(part) == 3
        and all(_int(n) for n in part)
        and 0 <= part[0] < count
        and 0 <= part[1] <= part[2] <= len(blocks[part[0]][1])
    )


def valid_quote(doc: Any, release: dict) -> bool:
    """A quote record whose spans point inside its (valid) release."""
    if not isinstance(doc, dict):
        return False
    blocks = release["blocks"]
    count = len(blocks)
    parts = doc.get("parts")
    return (
        isinstance(doc.get("id"), str)
        and isinstance(doc.get("speaker"), _OPTIONAL_TEXT)
        and isinstance(doc.get("role"), _OPTIONAL_TEXT)
        and _int(doc.get("paragraphs"))
        and _int(doc.get("block_start"))
        and _int(doc.get("block_end"))
        and 0 <= doc["block_start"] <= doc["block_end"] < max(count, 1)
        and isinstance(parts, list)
        and all(isinstance(p, str) or _span(p, count, blocks) for p in parts)
    )


def valid_figure(doc: Any, release: dict) -> bool:
    """A figure record in a block of its (valid) release."""
    if not isinstance(doc, dict):
        return False
    count = len(release["blocks"])
    span = doc.get("sentence_span")
    return (
        isinstance(doc.get("id"), str)
        and _number(doc.get("value"))
        and isinstance(doc.get("unit"), str)
        and isinstance(doc.get("text"), str)
        and all(
            isinstance(doc.get(key), _OPTIONAL_TEXT)
            for key in ("label", "period", "scope", "direction", "qualifier")
        )
        and (doc.get("rounded") is None or _number(doc.get("rounded")))
        and doc.get("section") in FIGURE_SECTIONS
        and _int(doc.get("block"))
        and 0 <= doc["block"] < count
        and isinstance(doc.get("extra", {}), dict)
        and (
            (span is None and isinstance(doc.get("sentence", ""), str))
            or (
                isinstance(span, list)
                and len(span) == 2
                and all(_int(n) for n in span)
                and 0 <= span[0] <= span[1] <= len(release["blocks"][doc["block"]][1])
            )
        )
    )


def valid_date_record(doc: Any) -> bool:
    """A corrected date in the user's data."""
    return (
        isinstance(doc, dict)
        and isinstance(doc.get("release_id"), str)
        and isinstance(doc.get("date"), str)
        and _iso(doc["date"])
    )


def check_tables(
    tables: dict[str, Any],
) -> tuple[dict[str, tuple[dict, list[dict], list[dict]]], dict[str, dict[str, Any]]]:
    """A store file's tables checked record by record: release id -> (release, quotes,
    figures) of the good records, and the records (or unknown tables) that fail, by
    table, to be set aside."""
    out: dict[str, tuple[dict, list[dict], list[dict]]] = {}
    bad: dict[str, dict[str, Any]] = {}
    for table in ("releases", "quotes", "figures"):
        for key, doc in tables.get(table, {}).items():
            rid = doc.get("release_id") if isinstance(doc, dict) else None
            owner = out.get(rid) if isinstance(rid, str) else None
            if not key.isdigit():
                ok = False
            elif table == "releases":
                ok = valid_release(doc) and doc["id"] not in out
            else:
                check = valid_quote if table == "quotes" else valid_figure
                ok = owner is not None and check(doc, owner[0])
            if not ok:
                bad.setdefault(table, {})[key] = doc
            elif table == "releases":
                out[doc["id"]] = (dict(doc), [], [])
            else:
                _, quotes, figures = owner  # type: ignore[misc]  # ok: owner is known
                (quotes if table == "quotes" else figures).append(dict(doc))
    unknown = {t: v for t, v in tables.items() if t not in ("releases", "quotes", "figures")}
    return out, {**bad, **unknown}
