"""Pane 1: fuzzy search across every release, results as you type."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.reactive import var
from textual.widgets import Input, OptionList, ProgressBar, Static
from textual.widgets.option_list import Option

from briefing import clips
from briefing.packs import pins
from briefing.packs.pins import passage_id
from briefing.search.query import without_filters
from briefing.search.service import collapse, first_screen
from briefing.ui import display
from briefing.ui.copying import CopyClip
from briefing.ui.locked_store import LockedStore
from briefing.ui.pack_workers import Pin
from briefing.ui.panes import pack_items
from briefing.ui.panes.pane import Pane
from briefing.ui.widgets.lists import NavOptionList

if TYPE_CHECKING:
    from briefing.search.results import SearchHit, SearchResult
    from briefing.search.service import SearchService
    from briefing.store import Store

T = TypeVar("T")

HIT_LIMIT = 50
SNIPPET_WIDTH = 220
MIN_TITLE = 20
PLACEHOLDER = 'Search every release: knife crime · "cost of living" · speaker:rowley · kind:quote'
HINT = (
    'Type to search. "exact phrase" · -exclude · speaker:khan · kind:quote|paragraph|figure|title'
    " · after:2023 · before:2024-06 · release:ID"
)
FIRST_SCREEN_HINT = "Newest quotes and releases · Enter reads · c copies · ?/F1 keys · Esc: list"
SHORT_SCREEN = 30  # rows; below it each hit's snippet is one line, so four hits fit at 80×24
# The query filters a hit can narrow the search by (``briefing.search.query``'s keys).
_NARROW_KEYS = {"speaker": ("speaker",), "kind": ("kind",), "year": ("after", "before")}


class SearchPane(Pane):
    """Search box, the active filters, ranked hits, and where the matches are."""

    TITLE = "Search"
    LIST_ID = "search-hits"
    BOX_ID = "search-box"
    FOLLOWS = {"service": "search_service", "index_progress": "index_progress"}
    DEBOUNCE = 0.15

    # Footer words are short so the keys fit at 80 columns; the palette shows the tooltips.
    BINDINGS = [
        Binding("slash", "focus_box", "Search box", show=False, tooltip="Type a new search"),
        Binding("escape,down", "focus_list", show=False),
        Binding("c", "copy('plain')", "Copy", tooltip="Copy the matched paragraph"),
        Binding(
            "a",
            "copy('attributed')",
            "Attributed",
            tooltip="Copy the matched paragraph with who said it, or its source",
        ),
        Binding(
            "m",
            "copy('markdown')",
            "Markdown",
            show=False,
            tooltip="Copy the matched paragraph as Markdown with its source",
        ),
        Binding(
            "s",
            "copy('attributed', 'sentence')",
            "Sentence",
            tooltip="Copy the matched sentence with its attribution",
        ),
        Binding(
            "w",
            "copy('attributed', 'whole')",
            "Whole quote",
            tooltip="Copy the whole quote with its attribution",
        ),
        Binding("p", "pin", "Pin", tooltip="Pin the hit's quote, figure or paragraph (p unpins)"),
        Binding("ctrl+n", "more", "More", tooltip="Show the next 50 results"),
        Binding(
            "b",
            "narrow('speaker')",
            "By this speaker",
            show=False,
            tooltip="Only hits by this hit's speaker",
        ),
        Binding(
            "y", "narrow('year')", "This year", show=False, tooltip="Only hits from this hit's year"
        ),
        Binding(
            "t",
            "narrow('kind')",
            "This kind",
            show=False,
            tooltip="Only quotes, figures, ... like this hit",
        ),
        Binding(
            "x",
            "clear_filters",
            "Clear filters",
            show=False,
            tooltip="Remove speaker, kind and date filters",
        ),
    ]

    service: var[SearchService | None] = var(None)
    """The search index; None until it has been built."""
    index_progress: var[tuple[int, int] | None] = var(None)
    """(done, total) while the index is being built; total 0 when unknown."""

    def __init__(self, locked_store: LockedStore, number: int) -> None:
        super().__init__(locked_store, number)
        self._releases: dict[str, dict] = {}
        self._hits: list[SearchHit] = []
        self._counts: list[int] = []  # how many near-identical hits each one stands for
        self._newer_figures: dict[str, dict] = {}  # figure id -> the newer figure a release gives
        self._limit = HIT_LIMIT
        self._result: SearchResult | None = None

    def compose(self) -> ComposeResult:
        yield Input(placeholder=PLACEHOLDER, id="search-box")
        yield ProgressBar(id="index-progress", show_eta=False)
        yield Static(HINT, id="search-summary", markup=False)
        yield NavOptionList(id="search-hits")
        yield Static("", id="search-facets", markup=False)

    # ----------------------------------------------------------------- loading

    def load(self, text: str) -> None:
        self.run_search(text, debounce=False)

    def watch_service(self) -> None:
        self.load(self.box_text)

    def watch_index_progress(self, progress: tuple[int, int] | None) -> None:
        bar = self.query_one("#index-progress", ProgressBar)
        bar.display = progress is not None
        if progress is not None:
            done, total = progress
            bar.update(total=total or None, progress=done)

    # ---------------------------------------------------------------- searching

    def box_changed(self, text: str) -> None:
        self._limit = HIT_LIMIT
        self.run_search(text)

    @work(exclusive=True, group="search")
    async def run_search(self, text: str, debounce: bool = True) -> None:
        """Search after a pause in typing; a newer keystroke cancels this one."""
        if debounce:
            await asyncio.sleep(self.DEBOUNCE)
            if not self.is_attached:
                return  # the app closed while the user paused
        service = self.service
        if service is None:
            self._summary(Content("Opening the archive… results appear when it is ready."))
            return
        words = without_filters(text)
        if not text.strip():
            if not self._hits:
                self._summary(Content("Loading the newest quotes and releases…"))
            hits = await self._read(first_screen)
            if self.query_one("#search-box", Input).value.strip():
                return  # the user started typing meanwhile
            releases = await self._read(
                lambda store: store.release_views(h.release_id for h in hits)
            )
            self._releases = releases
            self._show_first_screen(hits)
            return
        if len(words.strip('"-')) == 1:
            self._summary(Content("Keep typing: one letter matches too much to rank."))
            return
        limit = self._limit

        def search(store: Store) -> tuple[SearchResult, dict[str, dict], dict[str, dict]]:
            result = service.search(text, limit)
            views = store.release_views(hit.release_id for hit in result.hits)
            return result, views, stale_figures(store, result.hits)

        result, releases, stale = await self._read(search)
        if not self.is_current(text):
            return  # stale: the user typed on while this search ran
        self._releases = releases
        self._newer_figures = stale
        self._show(result)

    async def _read(self, query: Callable[[Store], T]) -> T:
        """``query`` on the store in a thread. The app may have closed meanwhile, its
        widgets gone before this worker is cancelled: the search then ends here."""
        result = await asyncio.to_thread(self.locked_store.read, query)
        if not self.is_attached:
            raise asyncio.CancelledError
        return result

    def _show_first_screen(self, hits: list[SearchHit]) -> None:
        self._result = None
        self._fill([(hit, 1) for hit in hits])
        self._summary(Content(FIRST_SCREEN_HINT))
        self.query_one("#search-facets", Static).update(Content(""))

    def _summary(self, content: Content) -> None:
        self.query_one("#search-summary", Static).update(content)

    def _show(self, result: SearchResult) -> None:
        self._result = result
        highlighted = self.query_one("#search-hits", OptionList).highlighted
        more = self._limit > HIT_LIMIT  # "more results": keep the user's place
        self._fill(collapse(list(result.hits)), highlighted if more else 0)
        self._summary(_summary(result, len(self._hits)))
        self.query_one("#search-facets", Static).update(_facets(result.facets))

    def _fill(self, entries: list[tuple[SearchHit, int]], highlighted: int | None = 0) -> None:
        self._hits = [hit for hit, _ in entries]
        self._counts = [count for _, count in entries]
        hits = self.query_one("#search-hits", OptionList)
        hits.clear_options()
        for number, (hit, count) in enumerate(entries):
            if number:
                hits.add_option(None)  # a rule between hits
            hits.add_option(Option(self._prompt(hit, count), id=str(number)))
        if self._hits:
            hits.highlighted = min(highlighted or 0, len(self._hits) - 1)

    def _prompt(self, hit: SearchHit, count: int = 1) -> Content:
        release = self._releases.get(hit.release_id, {})
        heading = [Content(display.KIND_LABELS.get(hit.kind, hit.kind).upper()).stylize("bold")]
        if hit.speaker:
            heading.append(display.literal(hit.speaker, "bold"))
        heading.append(Content(display.when(release or {"date": hit.date})))
        # The title gets what is left of one line (the list's borders and padding take 6).
        room = max(MIN_TITLE, self.size.width - 6 - display.join(heading).cell_length - 3)
        title = release.get("title") or hit.release_id
        title = title if len(title) <= room else title[: room - 1] + "…"
        heading.append(display.literal(title, "italic"))
        lines = 1 if self.app.size.height < SHORT_SCREEN else 3
        width = min(SNIPPET_WIDTH, max(MIN_TITLE, (self.size.width - 8) * lines))
        text, spans = display.snippet(hit.text, hit.spans, width)
        parts = [display.join(heading), display.highlighted(text, spans)]
        newer = self._newer_figures.get(hit.ref or "") if hit.kind == "stat" else None
        if newer:
            parts.append(
                display.literal(
                    f"⚠ out of date: {newer['phrase']} in a newer release ({display.when(newer)})",
                    pack_items.WARNING_STYLE,
                )
            )
        if count > 1:
            parts.append(
                Content(f"+ the same words in {display.count(count - 1, 'other release')}").stylize(
                    "italic"
                )
            )
        return Content("\n").join(parts)

    # ----------------------------------------------------------------- actions

    def _highlighted_hit(self) -> SearchHit | None:
        index = self.query_one("#search-hits", OptionList).highlighted
        return self._hits[index] if index is not None and index < len(self._hits) else None

    @on(OptionList.OptionSelected, "#search-hits")
    def _open(self, event: OptionList.OptionSelected) -> None:
        """Read the release at the matched paragraph, the query's words highlighted."""
        hit = self._hits[event.option_index]
        paragraph = 0
        at = clips.focus(hit.spans)
        if hit.kind == "quote" and at is not None:
            paragraph = hit.text.count("\n\n", 0, at)
        marks = [hit.text[start:end] for start, end in hit.spans]
        self.post_message(self.OpenRelease(hit.release_id, hit.block, paragraph, marks))

    @on(OptionList.OptionHighlighted, "#search-hits")
    def _near_end(self, event: OptionList.OptionHighlighted) -> None:
        result = self._result
        last = event.option_index >= len(self._hits) - 1
        if last and result is not None and result.total > len(result.hits):
            self.action_more()

    def action_copy(self, fmt: str, part: str = "paragraph") -> None:
        """Copy the matched paragraph (``part``: sentence, whole quote) of the hit."""
        hit = self._highlighted_hit()
        if hit is None:
            self.notify("Search, then move onto a hit to copy it.", markup=False)
            return
        if part == "whole" and hit.kind != "quote":
            part = "paragraph"
        self.post_message(CopyClip(lambda store: clips.hit_clip(store, hit, fmt, part)))

    def action_more(self) -> None:
        """Show the next 50 results."""
        result = self._result
        if result is None or result.total <= len(result.hits):
            self.notify("Every match is shown.", markup=False)
            return
        self._limit = len(result.hits) + HIT_LIMIT
        self.load(self.box_text)

    def action_narrow(self, field: str) -> None:
        """Add a filter taken from the highlighted hit to the query."""
        hit = self._highlighted_hit()
        if hit is None:
            return
        if field == "speaker":
            if not hit.speaker:
                self.notify("This hit is not a quote: it has no speaker.", markup=False)
                return
            token = f'speaker:"{hit.speaker}"'
        elif field == "year":
            if not hit.date:
                self.notify("This hit's release is undated.", markup=False)
                return
            year = int(hit.date[:4])
            token = f"after:{year} before:{year + 1}"
        else:
            token = f"kind:{hit.kind}"
        box = self.query_one("#search-box", Input)
        box.value = f"{without_filters(box.value, *_NARROW_KEYS[field])} {token}".strip()

    def action_pin(self) -> None:
        """Pin the quote or figure a hit is, else its paragraph (or title)."""
        hit = self._highlighted_hit()
        if hit is None:
            self.notify("Search, then move onto a hit to pin it.", markup=False)
            return
        if hit.ref and hit.kind in ("quote", "stat"):
            self.post_message(Pin(hit.ref))
        else:
            self.post_message(Pin(passage_id(hit.release_id, hit.block)))

    def action_clear_filters(self) -> None:
        box = self.query_one("#search-box", Input)
        box.value = without_filters(box.value)


def _summary(result: SearchResult, entries: int) -> Content:
    query = result.query
    parts: list[Content | str] = []
    shown = len(result.hits)
    if not result.total:
        parts.append("No matches: check the spelling, or remove a filter or an -exclusion")
    elif result.total > shown:
        counted = f"{result.total:,}" + ("" if result.total_exact else "+")
        parts.append(f"best {shown} of {counted} matches (ctrl+n: more)")
    else:
        parts.append(display.count(result.total, "match", "matches"))
    if entries < shown:
        parts.append(f"{shown - entries} repeated word for word, folded")
    if result.partial:
        parts.append("no passage has every word: closest shown")
    filters: list[Content | str] = []
    if query.speaker:
        who = ", ".join(result.speakers) or f"{query.speaker} (nobody by that name)"
        filters.append(display.literal(f"speaker {who}"))
    if query.kind:
        filters.append(f"kind {display.KIND_LABELS.get(query.kind, query.kind)}")
    if query.after:
        filters.append(f"from {query.after}")
    if query.before:
        filters.append(f"before {query.before}")
    if query.release:
        filters.append(display.literal(f"release {query.release}"))
    if filters:
        parts.append(display.join(filters, ", ").stylize("bold"))
    parts.extend(display.literal(message, "italic") for message in result.messages)
    return display.join(parts)


def _facets(facets: dict[str, dict[str, int]]) -> Content:
    """Where the matches are: top speakers, years and kinds with counts."""
    groups: list[Content] = []
    speakers = sorted(facets.get("speaker", {}).items(), key=lambda item: -item[1])[:4]
    if speakers:
        groups.append(_group("Speakers", [(name, n) for name, n in speakers]))
    years = sorted(facets.get("year", {}).items(), reverse=True)[:5]
    if years:
        groups.append(_group("Years", years))
    kinds = [(display.KIND_LABELS.get(k, k), n) for k, n in facets.get("kind", {}).items() if n]
    if kinds:
        groups.append(_group("Kinds", kinds))
    return display.join(groups, "   ")


def _group(title: str, items: list[tuple[str, int]]) -> Content:
    entries = [
        display.join([display.literal(name), Content(f"{n:,}").stylize("bold")], " ")
        for name, n in items
    ]
    return display.join([Content(f"{title}:").stylize("dim"), display.join(entries)], " ")


def stale_figures(store: Store, hits: list[SearchHit]) -> dict[str, dict]:
    """Figure id -> the newer figure a later release gives, for the figure hits."""
    out: dict[str, dict] = {}
    for hit in hits:
        if hit.kind == "stat" and hit.ref:
            newer = pins.newer_figure(store, store.stat(hit.ref))
            if newer:
                out[hit.ref] = newer
    return out
