"""How a pack's items look in the Pack pane: a list entry each, and the highlighted one in full.

Everything here is built as ``Content`` from release text (literal), never markup.
"""

from __future__ import annotations

from textual.content import Content

from briefing import format
from briefing.ui import display

KINDS = {"quote": "QUOTE", "stat": "FIGURE", "passage": "PARAGRAPH"}
# A badge: dark text on the muted warning colour reads at 7:1 or better in the dark and
# the light theme ($text-warning alone is 2.8:1 on the light panel).
WARNING_STYLE = "bold $foreground on $warning-muted"
CHANGED = "its release was edited or removed after you pinned it: these are the words you pinned"
FALLBACK_WIDTH = 80


def _cut(text: str, room: int) -> str:
    text = " ".join(text.split())
    if len(text) <= room:
        return text
    space = text.rfind(" ", 0, room - 1)
    return text[: space if space > room // 2 else room - 1] + " …"


def source_line(item: dict, width: int = 0) -> str:
    """“Title · 26 Nov 2024 · Mayor of London”, the title cut to fit ``width`` if given."""
    rest = f" · {display.when(item)} · {item.get('publisher') or 'publisher unknown'}"
    title = item.get("release_title") or "untitled release"
    return (_cut(title, max(12, width - len(rest))) if width else title) + rest


def heading(item: dict) -> str:
    """What the item is at a glance: the speaker of a quote, the phrase of a figure."""
    if item["kind"] == "quote":
        return item.get("speaker") or "Unattributed"
    if item["kind"] == "stat":
        return format.figure_phrase(item)
    return "the title" if item.get("section") == "title" else ""


def newer_line(item: dict, width: int = 0) -> Content:
    """“⚠ Newer figure: 34,200 officers — Title, ≈ May 2024” (the title cut to ``width``)."""
    newer = item["stale"]
    when = f", {format.reader_date(newer)}"
    title = newer["release_title"]
    if width:
        title = _cut(title, max(12, width - 20 - len(newer["phrase"]) - len(when)))
    return Content("⚠ Newer figure: ").stylize(WARNING_STYLE) + display.literal(
        f"{newer['phrase']} — {title}{when}"
    )


def prompt(number: int, item: dict, width: int) -> Content:
    """A list entry: number, kind and heading; two lines of text; source; note; warnings."""
    width = max(30, width or FALLBACK_WIDTH)
    first = [
        Content(f"{number:>2}  ").stylize("bold"),
        Content(KINDS[item["kind"]]).stylize("bold"),
    ]
    if heading(item):
        first += [Content("  "), display.literal(_cut(heading(item), width - 20), "bold")]
    if item["stale"]:
        first.append(Content("  ⚠ out of date").stylize(WARNING_STYLE))
    if item["changed"]:
        first.append(Content("  ✱ changed").stylize(WARNING_STYLE))
    text = item.get("sentence") if item["kind"] == "stat" else item["text"]
    lines = [
        Content("").join(first),
        display.literal(_cut(text or item["text"], 2 * width - 8)),
        display.literal(source_line(item, width), "dim italic"),
    ]
    if item.get("note"):
        lines.append(Content("✎ ").stylize("bold") + display.literal(_cut(item["note"], width)))
    if item["stale"]:
        lines.append(newer_line(item, width))
    return Content("\n").join(lines)


def detail(item: dict) -> Content:
    """The highlighted item in full: its words, who and where from, its note and warnings."""
    if item["kind"] == "stat":
        lines = [
            display.literal(item.get("sentence") or item["text"]),
            display.literal(format.figure_phrase(item), "bold"),
        ]
    else:
        lines = [display.literal(item["text"])]
    if item["kind"] == "quote":
        lines.append(display.literal(f"— {format.attribution(item)}", "bold"))
    lines.append(
        display.literal(
            f"{source_line(item)} · file {item.get('source')} · id {item['id']}", "italic"
        )
    )
    if item.get("note"):
        lines.append(Content("Note: ").stylize("bold") + display.literal(item["note"]))
    if item["stale"]:
        lines.append(newer_line(item) + Content(" · r replaces it").stylize("dim"))
    if item["changed"]:
        lines.append(Content("✱ Changed: ").stylize(WARNING_STYLE) + Content(CHANGED))
    return Content("\n").join(lines)


def summary(name: str, items: list[dict]) -> Content:
    """“3 items · 1 out of date” for the bar above the list."""
    parts: list[Content | str] = [display.count(len(items), "item")]
    stale = sum(1 for item in items if item["stale"])
    if stale:
        parts.append(Content(f"{stale} out of date").stylize(WARNING_STYLE))
    changed = sum(1 for item in items if item["changed"])
    if changed:
        parts.append(Content(f"{changed} changed").stylize(WARNING_STYLE))
    parts.append("/ switch · N new · R rename · D delete")
    return display.join(parts)


EMPTY = (
    "This pack is empty. Press p on a quote, figure or paragraph to pin it here: "
    "in Search (1), Quotes (2), Compare (3) or the reader. "
    "Pins are kept in order; [ and ] move them, n adds a note, e exports the pack."
)
