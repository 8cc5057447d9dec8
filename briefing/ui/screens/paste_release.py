"""Paste a release's text (from a browser or an email), see what it gives, import it."""

from __future__ import annotations

import time
from dataclasses import dataclass

from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import Static, TextArea
from textual.worker import get_current_worker

from briefing.ingest import InputError
from briefing.ingest.paste import source_from_paste
from briefing.parse.text import strip_controls
from briefing.preview import ReleasePreview, preview_paste
from briefing.store import ImportResult, StoreError
from briefing.ui import display
from briefing.ui.locked_store import LockedStore

INTRO = "Paste a release as copied from a browser or an email (or type it)."
WAITING = "What will be imported shows here: headline, date, publisher, quotes, figures."
HINT = "ctrl+s imports · Escape closes (your text is kept for next time)"
DEBOUNCE_SECONDS = 0.25  # typing: only the text as it stands after a pause is parsed
QUOTE_CHARS = 160


@dataclass(frozen=True)
class PasteResult:
    """How the screen closed: whether the store changed, and the text left unimported."""

    changed: bool
    draft: str


class PasteArea(TextArea):
    """A text area whose pastes arrive without escape sequences or control characters."""

    async def _on_paste(self, event: events.Paste) -> None:
        event.prevent_default()  # instead of TextArea's own, which inserts the raw text
        if self.read_only:
            return
        if result := self._replace_via_keyboard(strip_controls(event.text), *self.selection):
            self.move_cursor(result.end_location)
            self.focus()


class PasteScreen(ModalScreen[PasteResult]):
    """A text area, a live preview of the release in it, ``ctrl+s`` to import."""

    BINDINGS = [
        Binding("ctrl+s", "import", "Import", tooltip="Import the pasted release"),
        Binding("escape", "close", "Close", tooltip="Close; the text is kept for next time"),
    ]

    class Previewed(Message):
        def __init__(self, generation: int, preview: ReleasePreview) -> None:
            super().__init__()
            self.generation = generation
            self.preview = preview

    class Imported(Message):
        """The import finished: its ``result``, or ``error`` why nothing was imported."""

        def __init__(self, result: ImportResult | None, error: str | None) -> None:
            super().__init__()
            self.result = result
            self.error = error

    def __init__(self, locked_store: LockedStore, text: str = "") -> None:
        super().__init__()
        self.locked_store = locked_store
        self.initial_text = strip_controls(text)
        self._generation = 0  # bumped on every edit: an older preview is dropped
        self._importing = False

    def compose(self) -> ComposeResult:
        with Vertical(id="paste-dialog", classes="dialog"):
            yield Static(INTRO, markup=False)
            yield PasteArea(
                self.initial_text,
                id="paste-text",
                soft_wrap=True,
                placeholder="Paste here (ctrl+v)",
            )
            with VerticalScroll(id="paste-preview-scroll"):
                yield Static(WAITING, id="paste-preview", markup=False)
            yield Static(HINT, classes="hint", markup=False)

    def on_mount(self) -> None:
        area = self.query_one("#paste-text", TextArea)
        area.focus()
        if self.initial_text:
            area.move_cursor(area.document.end)
            self._changed()

    @property
    def area(self) -> TextArea:
        return self.query_one("#paste-text", TextArea)

    @on(TextArea.Changed, "#paste-text")
    def _changed(self) -> None:
        self._generation += 1
        text = self.area.text
        if not text.strip():
            self._show(Content(WAITING))
            return
        self._preview(text, self._generation)

    @work(thread=True, exclusive=True, group="paste-preview")
    def _preview(self, text: str, generation: int) -> None:
        time.sleep(DEBOUNCE_SECONDS)  # a newer keystroke cancels this worker meanwhile
        worker = get_current_worker()
        if worker.is_cancelled:
            return
        preview = preview_paste(text)
        if not worker.is_cancelled:
            self.post_message(self.Previewed(generation, preview))

    @on(Previewed)
    def _previewed(self, message: Previewed) -> None:
        if message.generation == self._generation and not self._importing:
            self._show(preview_content(message.preview))

    def _show(self, content: Content) -> None:
        self.query_one("#paste-preview", Static).update(content)

    # ------------------------------------------------------------------ import

    def action_import(self) -> None:
        text = self.area.text
        if self._importing:
            return
        if not text.strip():
            self.notify("Paste or type a release first.", markup=False)
            return
        self._importing = True
        self.area.read_only = True
        self._show(Content("Importing…"))
        self._import(text)

    @work(thread=True, exclusive=True, group="paste-import")
    def _import(self, text: str) -> None:
        try:
            source = source_from_paste(text)
        except InputError as error:
            self.post_message(self.Imported(None, str(error)))
            return
        try:
            results = self.locked_store.write(
                lambda store: store.import_sources([(source.name, source)])
            )
        except StoreError as error:
            self.post_message(self.Imported(None, str(error)))
            return
        self.post_message(self.Imported(results[0], None))

    @on(Imported)
    def _imported(self, message: Imported) -> None:
        self._importing = False
        self.area.read_only = False
        result = message.result
        if result is None or result.status == "failed":
            reason = message.error if result is None else result.error
            self._show(refusal(reason or "unknown error"))
            self.area.focus()
            return
        title = strip_controls(result.title or result.release_id or "")
        if result.status == "unchanged":
            self.notify(title, title="Already in the store, unchanged", markup=False)
        else:
            self.notify(title, title=f"Release {result.status}", markup=False)
        self.dismiss(PasteResult(result.status != "unchanged", ""))

    def action_close(self) -> None:
        if not self._importing:
            self.dismiss(PasteResult(False, self.area.text))


def refusal(reason: str) -> Content:
    """Why the text cannot be imported, and that nothing is lost."""
    return display.join(
        [
            display.literal(f"Cannot be imported: {reason}", "bold"),
            "Your text is still here: correct it, or paste the whole release.",
        ],
        "\n",
    )


def preview_content(preview: ReleasePreview) -> Content:
    """Headline, date, publisher, then the quotes with their speakers and the figures."""
    if not preview.importable:
        return refusal(preview.error or "")
    if preview.date is None:
        when = "undated: no date found"
    elif preview.date_estimated:
        when = f"{display.when(vars(preview))} (estimated: no date stated)"
    else:
        when = f"{display.when(vars(preview))} (stated)"
    lines: list[Content] = [
        display.join([Content("Headline  ").stylize("bold"), display.literal(preview.title)], ""),
        display.join([Content("Date      ").stylize("bold"), Content(when)], ""),
        display.join(
            [Content("Publisher ").stylize("bold"), display.literal(preview.publisher or "—")], ""
        ),
        Content(f"\n{display.count(len(preview.quotes), 'quote')}").stylize("bold"),
    ]
    for quote in preview.quotes:
        who = ", ".join(part for part in (quote.speaker, quote.role) if part) or "Unattributed"
        text = " ".join(quote.text.split())
        if len(text) > QUOTE_CHARS:
            text = text[:QUOTE_CHARS].rsplit(" ", 1)[0] + "…"
        lines.append(display.join([display.literal(who, "italic"), display.literal(f"“{text}”")]))
    lines.append(Content(f"\n{display.count(len(preview.figures), 'figure')}").stylize("bold"))
    lines.extend(display.literal(figure) for figure in preview.figures)
    return Content("\n").join(lines)
