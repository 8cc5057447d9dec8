"""Pane 2: speakers on the left, their quotes newest first, the highlighted one in full."""

from __future__ import annotations

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from briefing import clips, format, quotes
from briefing.parse.speakers import match_speakers
from briefing.store import Store, UnknownIdError
from briefing.store.readmodel import REPEATS_COUNTED
from briefing.ui import display
from briefing.ui.copying import CopyClip
from briefing.ui.locked_store import LockedStore
from briefing.ui.pack_workers import Pin
from briefing.ui.panes.pane import Pane
from briefing.ui.widgets.lists import NavOptionList

PREVIEW = 150
ROLE_WIDTH = 40
PAGE = 40  # quotes loaded at a time (a 60-line screen shows 25); the next page loads as the cursor nears the end
MIN_TITLE = 6  # characters of a release title worth showing in a short list entry
SHORT_SCREEN = 30  # rows; below it each quote in the list takes two lines
SPEAKERS_SHOWN = 300  # speakers listed unfiltered (the filter finds everyone else)


class QuotesPane(Pane):
    """Who said what: pick a speaker, read and copy their quotes."""

    TITLE = "Quotes"
    LIST_ID = "speakers"
    BOX_ID = "speaker-filter"
    SUMMARY_ID = "quotes-heading"
    LOADING = "Loading the speakers…"

    BINDINGS = [
        Binding("slash", "focus_box", "Filter", tooltip="Filter speakers by name"),
        Binding("escape,down", "focus_list", show=False),
        Binding("c", "copy('plain')", "Copy", tooltip="Copy the quote"),
        Binding(
            "a",
            "copy('attributed')",
            "Copy attributed",
            tooltip="Copy the quote and who said it, when",
        ),
        Binding(
            "m",
            "copy('markdown')",
            "Copy Markdown",
            tooltip="Copy as a Markdown block quote with its source",
        ),
        Binding("p", "pin", "Pin", tooltip="Pin the quote to the pack (again unpins)"),
        Binding("right,l", "focus_quotes", show=False),
        Binding("left,h", "focus_list", show=False),
    ]

    class SpeakersLoaded(Message):
        def __init__(self, speakers: list[dict]) -> None:
            super().__init__()
            self.speakers = speakers

    class QuotesLoaded(Message):
        def __init__(self, speaker: str, quotes: list[dict], total: int, offset: int) -> None:
            super().__init__()
            self.speaker = speaker
            self.quotes = quotes
            self.total = total
            self.offset = offset

    class DetailLoaded(Message):
        """Where else a quote's lines were used, read when the quote is highlighted."""

        def __init__(self, quote_id: str, lines: list[tuple[str, int]], titles: list[str]) -> None:
            super().__init__()
            self.quote_id = quote_id
            self.lines = lines
            self.titles = titles

    def __init__(self, locked_store: LockedStore, number: int) -> None:
        super().__init__(locked_store, number)
        self._speakers: list[dict] = []
        self._shown: list[dict] = []
        self._quotes: list[dict] = []
        self._total = 0  # quotes the speaker has in all (``_quotes`` holds the pages loaded)
        self._loading = False
        self._speaker: str | None = None

    def compose(self) -> ComposeResult:
        with Horizontal():
            with Vertical(id="speakers-side"):
                yield Input(placeholder="Filter speakers (/)", id="speaker-filter")
                yield NavOptionList(id="speakers")
            with Vertical(id="quotes-side"):
                yield Static("", id="quotes-heading", markup=False)
                yield NavOptionList(id="quotes")
                with VerticalScroll(id="quote-detail-scroll"):
                    yield Static("", id="quote-detail", markup=False)

    # ----------------------------------------------------------------- speakers

    def reload(self) -> None:
        self._quotes = []  # read again: an import, a deletion or a new date changed them
        super().reload()

    @work(thread=True, exclusive=True, group="speakers")
    def load(self, text: str) -> None:
        """Everyone quoted (the box filters them here, as the user types)."""
        self.post_message(self.SpeakersLoaded(self.locked_store.read(quotes.speakers)))

    @on(SpeakersLoaded)
    def _speakers_loaded(self, message: SpeakersLoaded) -> None:
        self._speakers = message.speakers
        self.box_changed(self.box_text)

    def box_changed(self, text: str) -> None:
        """Show the speakers whose name matches ``text`` (by alias, prefix or fuzzily)."""
        text = text.strip().lower()
        if text:
            fuzzy = set(match_speakers(text, [s["name"] for s in self._speakers]))
            shown = [s for s in self._speakers if text in s["name"].lower() or s["name"] in fuzzy]
        else:
            shown = self._speakers[:SPEAKERS_SHOWN]
        keep = self._speaker if any(s["name"] == self._speaker for s in shown) else None
        self._shown = shown
        speakers = self.query_one("#speakers", OptionList)
        speakers.clear_options()
        speakers.add_options(Option(_speaker_prompt(s)) for s in shown)
        if shown:
            names = [s["name"] for s in shown]
            speakers.highlighted = names.index(keep) if keep else 0
        else:
            self._show_quotes(None, [])

    @on(OptionList.OptionHighlighted, "#speakers")
    def _speaker_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        name = self._shown[event.option_index]["name"]
        if name != self._speaker or not self._quotes:
            self._speaker = name
            self.query_one("#quotes-heading", Static).update(display.literal(f"{name}: loading…"))
            self._load_quotes(name, 0)

    @on(OptionList.OptionSelected, "#speakers")
    def _speaker_selected(self) -> None:
        self.action_focus_quotes()

    # ------------------------------------------------------------------- quotes

    @work(thread=True, exclusive=True, group="quotes")
    def _load_quotes(self, name: str, offset: int) -> None:
        def read(store: Store) -> tuple[list[dict], int]:
            found = quotes.quotes_by(store, speaker=name, limit=PAGE, offset=offset)
            found = [q for q in found if q["speaker"] == name]
            return found, store.count_quotes(name)

        found, total = self.locked_store.read(read)
        self.post_message(self.QuotesLoaded(name, found, total, offset))

    @on(QuotesLoaded)
    def _quotes_loaded(self, message: QuotesLoaded) -> None:
        self._loading = False
        if message.speaker != self._speaker:  # a speaker the user has already left
            return
        if message.offset:
            if message.offset == len(self._quotes):
                self._quotes += message.quotes
                quotes = self.query_one("#quotes", OptionList)
                quotes.add_options(Option(self._prompt(q)) for q in message.quotes)
            return
        self._total = message.total
        self._show_quotes(message.speaker, message.quotes)

    def _show_quotes(self, name: str | None, found: list[dict]) -> None:
        self._quotes = found
        heading = (
            display.literal(f"{name}: {display.count(self._total, 'quote')}, newest first")
            if name
            else Content("")
        )
        self.query_one("#quotes-heading", Static).update(heading)
        quotes = self.query_one("#quotes", OptionList)
        quotes.clear_options()
        quotes.add_options(Option(self._prompt(q)) for q in found)
        if found:
            quotes.highlighted = 0
        else:
            self.query_one("#quote-detail", Static).update("")

    @on(OptionList.OptionHighlighted, "#quotes")
    def _quote_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        quote = self._quotes[event.option_index]
        self.query_one("#quote-detail", Static).update(_detail(quote, [], []))
        self.query_one("#quote-detail-scroll", VerticalScroll).scroll_home(animate=False)
        if quote.get("repeats_total"):
            self._load_detail(quote)
        near_end = event.option_index >= len(self._quotes) - 10
        if near_end and len(self._quotes) < self._total and not self._loading and self._speaker:
            self._loading = True
            self._load_quotes(self._speaker, len(self._quotes))

    @work(thread=True, exclusive=True, group="quote-detail")
    def _load_detail(self, quote: dict) -> None:
        def read(store: Store) -> tuple[list[tuple[str, int]], list[str]]:
            return store.reused_lines(quote["id"]), [_where(store, r) for r in quote["repeats"]]

        lines, titles = self.locked_store.read(read)
        self.post_message(self.DetailLoaded(quote["id"], lines, titles))

    @on(DetailLoaded)
    def _detail_loaded(self, message: DetailLoaded) -> None:
        index = self.query_one("#quotes", OptionList).highlighted
        if index is not None and index < len(self._quotes):
            quote = self._quotes[index]
            if quote["id"] == message.quote_id:
                self.query_one("#quote-detail", Static).update(
                    _detail(quote, message.lines, message.titles)
                )

    @on(OptionList.OptionSelected, "#quotes")
    def _quote_selected(self, event: OptionList.OptionSelected) -> None:
        quote = self._quotes[event.option_index]
        self.post_message(self.OpenRelease(quote["release_id"], quote["block_start"]))

    def _prompt(self, quote: dict) -> Content:
        """A quote in the list; on a short screen one line of each, so four fit at 80×24."""
        if self.app.size.height >= SHORT_SCREEN:
            return _quote_prompt(quote)
        return _short_quote_prompt(
            quote, max(20, self.query_one("#quotes", OptionList).size.width - 4)
        )

    # ------------------------------------------------------------------ actions

    def action_focus_quotes(self) -> None:
        self.query_one("#quotes", OptionList).focus()

    def _highlighted_quote(self) -> dict | None:
        index = self.query_one("#quotes", OptionList).highlighted
        if index is None or index >= len(self._quotes):
            self.notify("Pick a speaker and a quote first.", markup=False)
            return None
        return self._quotes[index]

    def action_copy(self, fmt: str) -> None:
        quote = self._highlighted_quote()
        if quote is not None:
            quote_id = quote["id"]
            self.post_message(CopyClip(lambda store: clips.quote_clip(store, quote_id, fmt)))

    def action_pin(self) -> None:
        quote = self._highlighted_quote()
        if quote is not None:
            self.post_message(Pin(quote["id"]))


def _where(store: Store, quote_id: str) -> str:
    """“Title, 20 May 2024 (Sadiq Khan)” for another quote."""
    try:
        other = store.quote(quote_id)
    except UnknownIdError:
        return quote_id
    return f"{other['release_title']}, {display.when(other)} ({other['speaker'] or 'unattributed'})"


def _speaker_prompt(speaker: dict) -> Content:
    """“Sadiq Khan” over “5 quotes · Mayor of London” (the current role)."""
    details = [display.count(speaker["quotes"], "quote")]
    role = speaker["roles"][0] if speaker["roles"] else ""
    if role and role.casefold() != speaker["name"].casefold():  # not a post said twice
        details.append(role if len(role) <= ROLE_WIDTH else role[: ROLE_WIDTH - 1] + "…")
    return Content("\n").join(
        [display.literal(speaker["name"], "bold"), display.literal(" · ".join(details), "dim")]
    )


def _reuse(quote: dict, short: bool = False) -> str:
    """How many other quotes reuse a line of this one; ``short`` ("reused ×3") for a
    two-line list entry on a short screen, which has no room for "other quotes"."""
    total = quote["repeats_total"]
    if total >= REPEATS_COUNTED:  # a stock line: counted no further
        return (
            f"reused ×{REPEATS_COUNTED:,}+"
            if short
            else f"reused in {REPEATS_COUNTED:,}+ other quotes"
        )
    return f"reused ×{total:,}" if short else f"reused in {display.count(total, 'other quote')}"


def _short_quote_prompt(quote: dict, width: int) -> Content:
    """A list entry of two lines of at most ``width`` characters: the heading and the opening."""
    reuse = len(_reuse(quote, short=True)) + 3 if quote.get("repeats_total") else 0
    return _quote_prompt(quote, preview=width, title=width - 14 - reuse)  # 14: date and dots


def _quote_prompt(quote: dict, preview: int = PREVIEW, title: int | None = None) -> Content:
    """The date, release title and reuse over the quote's opening (``preview`` characters);
    with a ``title`` width (a short screen), each fits on one line, the title left out
    when fewer than ``MIN_TITLE`` characters of it would fit."""
    name = quote["release_title"]
    if title is not None and len(name) > title:
        name = name[: title - 1] + "…" if title >= MIN_TITLE else ""
    heading = [Content(display.when(quote)).stylize("bold")]
    if name:
        heading.append(display.literal(name, "italic"))
    if quote.get("kind") == "statement":
        heading.append(display.literal(format.STATEMENT_MARK, "italic"))
    if quote.get("repeats_total"):
        heading.append(Content(_reuse(quote, short=title is not None)).stylize("bold"))
    text = " ".join(quote["text"].split())
    opening = text if len(text) <= preview else text[: text.rfind(" ", 0, preview - 2)] + " …"
    return Content("\n").join([display.join(heading), display.literal(opening)])


def _detail(quote: dict, lines: list[tuple[str, int]], titles: list[str]) -> Content:
    """The whole quote, its attribution, its source, and where else its lines were used."""
    parts = [
        display.literal(quote["text"]),
        Content(""),
        display.literal(f"— {format.attribution(quote)}", "bold"),
        display.literal(
            " · ".join(
                p
                for p in (quote["release_title"], quote.get("publisher"), quote.get("source"))
                if p
            ),
            "italic",
        ),
    ]
    if lines:
        parts.append(Content(""))
        for words, releases in lines[:5]:
            used = (
                f"{REPEATS_COUNTED:,}+ releases"  # a stock line: counted no further
                if releases > REPEATS_COUNTED
                else display.count(releases, "release")
            )
            parts.append(display.literal(f"Line reused in {used}: “{words}”", "bold"))
    if titles:
        more = quote.get("repeats_total", len(titles)) - len(titles)
        parts.append(Content(""))
        parts.append(Content("Also used in (newest first):").stylize("bold"))
        parts.extend(display.literal(f"  {title}") for title in titles)
        if more > 0:
            parts.append(display.literal(f"  … and {display.count(more, 'more quote')}"))
    return Content("\n").join(parts)
