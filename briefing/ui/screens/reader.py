"""The reader: a cleaned release with its quotes and figures marked, opened at a passage."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, OptionList, Static
from textual.widgets.option_list import Option

from briefing import clips, format
from briefing.format import release_header
from briefing.model import NOTES, SUMMARY, TITLE
from briefing.packs.pins import passage_id
from briefing.store import StoreError
from briefing.ui import display
from briefing.ui.copying import CopyClip
from briefing.ui.locked_store import LockedStore
from briefing.ui.pack_workers import Pin
from briefing.ui.widgets.lists import NavOptionList

SECTION_HEADINGS = {SUMMARY: "Summary", NOTES: "Notes to editors"}
FIGURE_STYLE = "bold underline"
CHOSEN_FIGURE_STYLE = "bold reverse"
QUOTE_STYLE = "italic"


@dataclass
class Passage:
    """One block of the release as the reader shows it."""

    block: int
    section: str
    text: str
    bullet: bool
    quote: dict | None = None
    figures: list[tuple[int, int, dict]] = field(default_factory=list)  # (start, end, stat)


class ReaderScreen(Screen[None]):
    """Reads one release; Escape goes back to the pane it was opened from."""

    BINDINGS = [
        Binding("escape", "app.pop_screen", "Back", tooltip="Back to where you were"),
        Binding("c", "copy('plain')", "Copy", tooltip="Copy the paragraph (a quote's, in marks)"),
        Binding(
            "a",
            "copy('attributed')",
            "Attributed",
            tooltip="Copy the paragraph with who said it, or its source",
        ),
        Binding(
            "m",
            "copy('markdown')",
            "Markdown",
            show=False,
            tooltip="Copy the paragraph as Markdown with its source",
        ),
        Binding("w", "copy('attributed', 'whole')", "Whole quote", tooltip="Copy the whole quote"),
        Binding(
            "f",
            "copy_figure",
            "Figure",
            show=False,  # the status line offers it on a paragraph with a figure
            tooltip="Copy the chosen figure with its source",
        ),
        Binding(
            "p",
            "pin",
            "Pin",
            tooltip="Pin the quote, else the chosen figure, else the paragraph (again unpins)",
        ),
        Binding("P", "pin_paragraph", "Pin paragraph", show=False, tooltip="Pin the paragraph"),
        Binding("right,l", "choose_figure(1)", "Next figure", show=False),
        Binding("left,h", "choose_figure(-1)", "Previous figure", show=False),
    ]

    class Loaded(Message):
        def __init__(
            self, release: dict | None, quotes: list[dict], stats: list[dict], error: str | None
        ) -> None:
            super().__init__()
            self.release = release
            self.quotes = quotes
            self.stats = stats
            self.error = error

    def __init__(
        self,
        locked_store: LockedStore,
        release_id: str,
        block: int = 0,
        paragraph: int = 0,
        marks: Sequence[str] = (),
    ) -> None:
        super().__init__()
        self.locked_store = locked_store
        self.release_id = release_id
        self.block = block
        self.paragraph = paragraph  # of the quote starting at ``block``
        self.marks = _marks_pattern(marks)
        self._names: dict[str, str] = {}  # speaker -> name as this release writes it
        self._passages: list[Passage | str] = []  # a str is a section heading
        self._figure = 0

    def compose(self) -> ComposeResult:
        yield Static("Opening…", id="reader-heading", markup=False)
        yield NavOptionList(id="reader-blocks")
        yield Static("", id="reader-status", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#reader-blocks", OptionList).focus()
        self._load()

    @work(thread=True, exclusive=True)
    def _load(self) -> None:
        def read(store) -> tuple[dict, list[dict], list[dict]]:
            return (
                store.release(self.release_id),
                store.quotes(self.release_id),
                store.stats(self.release_id),
            )

        try:
            release, quotes, stats = self.locked_store.read(read)
        except StoreError as error:
            self.post_message(self.Loaded(None, [], [], str(error)))
            return
        self.post_message(self.Loaded(release, quotes, stats, None))

    @on(Loaded)
    def _loaded(self, message: Loaded) -> None:
        if message.release is None:
            self.query_one("#reader-heading", Static).update(
                display.literal(f"Cannot open this release: {message.error}")
            )
            return
        release = message.release
        title = display.literal(release["title"], "bold")
        if release.get("title_derived"):
            title += Content(" (title derived from the lead)").stylize("dim")
        header = display.literal(f"{release_header(release)} · id {release['id']}", "italic")
        self.query_one("#reader-heading", Static).update(Content("\n").join([title, header]))
        blocks_text = [text for _, text, _ in release["blocks"]]
        self._names = {
            q["speaker"]: format.written_name(q["speaker"], blocks_text)
            for q in message.quotes
            if q["speaker"]
        }
        self._passages = _passages(release["blocks"], message.quotes, message.stats)
        block = self.block
        opening = next((q for q in message.quotes if q["block_start"] == block), None)
        if opening is not None and self.paragraph:
            block = clips.quote_block(opening, release["blocks"], self.paragraph)
        blocks = self.query_one("#reader-blocks", OptionList)
        blocks.clear_options()
        blocks.add_options(
            self._option(index, passage) for index, passage in enumerate(self._passages)
        )
        target = self._option_index(block)
        blocks.highlighted = target
        self.call_after_refresh(blocks.scroll_to_highlight, top=True)

    def _option(self, index: int, passage: Passage | str) -> Option:
        if isinstance(passage, str):
            return Option(Content(passage).stylize("bold underline"), disabled=True)
        return Option(self._prompt(passage, chosen=None), id=str(index))

    def _prompt(self, passage: Passage, chosen: int | None) -> Content:
        text = display.literal(passage.text)
        if passage.quote:
            text = text.stylize(QUOTE_STYLE)
        if self.marks is not None:
            for found in self.marks.finditer(text.plain):
                text = text.stylize(display.MATCH_STYLE, found.start(), found.end())
        for number, (start, end, _) in enumerate(passage.figures):
            text = text.stylize(
                CHOSEN_FIGURE_STYLE if number == chosen else FIGURE_STYLE, start, end
            )
        if passage.bullet or passage.section == SUMMARY:
            text = Content("• ") + text
        if passage.quote and passage.quote["block_start"] == passage.block:
            written = self._names.get(passage.quote["speaker"] or "")
            who = display.literal(f"❝ {format.attribution(passage.quote, written)}", "bold")
            text = Content("\n").join([who, text])
        return text + "\n"  # a blank line after each paragraph

    def _option_index(self, block: int) -> int:
        passages = [(i, p) for i, p in enumerate(self._passages) if isinstance(p, Passage)]
        at_or_after = [i for i, p in passages if p.block >= block]
        return at_or_after[0] if at_or_after else (passages[0][0] if passages else 0)

    # ------------------------------------------------------------------- cursor

    def _current(self) -> tuple[int, Passage] | None:
        index = self.query_one("#reader-blocks", OptionList).highlighted
        if index is None or index >= len(self._passages):
            return None
        passage = self._passages[index]
        return (index, passage) if isinstance(passage, Passage) else None

    @on(OptionList.OptionHighlighted, "#reader-blocks")
    def _moved(self, event: OptionList.OptionHighlighted) -> None:
        blocks = event.option_list
        for index, passage in enumerate(self._passages):
            if isinstance(passage, Passage) and passage.figures:
                chosen = 0 if index == event.option_index else None
                blocks.replace_option_prompt_at_index(index, self._prompt(passage, chosen))
        self._figure = 0
        self._update_status()

    def _update_status(self) -> None:
        current = self._current()
        parts: list[Content | str] = []
        if current:
            _, passage = current
            if passage.quote:
                who = passage.quote["speaker"] or "an unnamed speaker"
                keys = "c copies this paragraph, a with attribution, w the whole quote, p pins"
                parts.append(display.literal(f"Quote by {who}: {keys}"))
            if passage.figures:
                _, _, stat = passage.figures[self._figure]
                number = (
                    f"Figure {self._figure + 1} of {len(passage.figures)}: "
                    if len(passage.figures) > 1
                    else "Figure: "
                )
                pins = "" if passage.quote else ", p pins"
                parts.append(
                    display.literal(
                        f"{number}{format.figure_phrase(stat)} · f copies{pins}"
                        + (", ←/→ choose" if len(passage.figures) > 1 else "")
                    )
                )
        fallback = "j/k move · Escape goes back"
        if current:
            fallback = f"c copies this paragraph, a with its source · p pins · {fallback}"
        self.query_one("#reader-status", Static).update(
            display.join(parts, "\n") if parts else Content(fallback)
        )

    # ------------------------------------------------------------------ actions

    def action_choose_figure(self, step: int) -> None:
        current = self._current()
        if current is None or not current[1].figures:
            return
        index, passage = current
        self._figure = (self._figure + step) % len(passage.figures)
        self.query_one("#reader-blocks", OptionList).replace_option_prompt_at_index(
            index, self._prompt(passage, self._figure)
        )
        self._update_status()

    def action_copy(self, fmt: str, part: str = "paragraph") -> None:
        """Copy the paragraph under the cursor: a quote's in quotation marks with who said
        it (``part`` "whole": the whole quote), else the paragraph with its source."""
        current = self._current()
        if current is None:
            return
        passage = current[1]
        quote = passage.quote
        if quote is None:
            release_id, block = self.release_id, passage.block
            build = lambda store: clips.passage_clip(store, release_id, block, fmt)  # noqa: E731
        else:
            quote_id = quote["id"]
            text = None if part == "whole" else _quote_paragraph(quote, passage.text)
            build = lambda store: clips.quote_clip(store, quote_id, fmt, text)  # noqa: E731
        self.post_message(CopyClip(build))

    def action_copy_figure(self) -> None:
        current = self._current()
        if current is None or not current[1].figures:
            self.notify(
                "Move onto a paragraph with a figure first (figures are underlined).", markup=False
            )
            return
        _, _, stat = current[1].figures[self._figure]
        stat_id = stat["id"]
        self.post_message(CopyClip(lambda store: clips.figures_clip(store, [stat_id])))

    def action_pin(self) -> None:
        """Pin what is under the cursor: its quote, else the chosen figure, else the paragraph."""
        current = self._current()
        if current is None:
            return
        passage = current[1]
        if passage.quote:
            self.post_message(Pin(passage.quote["id"]))
        elif passage.figures:
            _, _, stat = passage.figures[self._figure]
            self.post_message(Pin(stat["id"]))
        else:
            self.action_pin_paragraph()

    def action_pin_paragraph(self) -> None:
        current = self._current()
        if current is not None:
            self.post_message(Pin(passage_id(self.release_id, current[1].block)))


def _passages(blocks: list, quotes: list[dict], stats: list[dict]) -> list[Passage | str]:
    """The release's blocks to show, with a heading (or a blank line) between sections."""
    by_block = {i: q for q in quotes for i in range(q["block_start"], q["block_end"] + 1)}
    passages: list[Passage | str] = []
    section = None
    for index, (block_section, text, bullet) in enumerate(blocks):
        if block_section == TITLE:
            continue
        if block_section != section:
            heading = SECTION_HEADINGS.get(block_section, "")
            if heading and text.lower().startswith(heading.split()[0].lower()):
                heading = ""  # the release starts the section with its own heading
            if heading or passages:
                passages.append(heading)
        section = block_section
        passage = Passage(index, block_section, text, bool(bullet), by_block.get(index))
        passage.figures = _figure_spans(text, [s for s in stats if s["block"] == index])
        passages.append(passage)
    return passages


def _figure_spans(text: str, stats: list[dict]) -> list[tuple[int, int, dict]]:
    """Where each figure's words sit in the text, in reading order.

    A figure whose words are not found is kept, at the end, so it can still be copied.
    """
    spans = []
    taken = 0
    for stat in stats:
        written = stat.get("text") or ""
        start = text.find(written, taken) if written else -1
        if start < 0:
            start = text.find(written) if written else -1
        if start < 0:
            spans.append((len(text), len(text), stat))
            continue
        spans.append((start, start + len(written), stat))
        taken = start + len(written)
    return sorted(spans, key=lambda span: span[0])


def _quote_paragraph(quote: dict, block_text: str) -> str | None:
    """The paragraph of ``quote`` a block holds (None: the whole quote, if not found)."""
    paragraphs = quote["text"].split("\n\n")
    if len(paragraphs) == 1:
        return None
    block = " ".join(block_text.split())
    for paragraph in paragraphs:
        if " ".join(paragraph.split())[:40] in block:
            return paragraph
    return None


def _marks_pattern(marks: Sequence[str]) -> re.Pattern[str] | None:
    """The matched words as one case-insensitive pattern (longest first), or None."""
    words = sorted({" ".join(m.split()) for m in marks if m.strip()}, key=len, reverse=True)
    if not words:
        return None
    return re.compile("|".join(r"\s+".join(map(re.escape, w.split())) for w in words), re.I)
