"""A metric across every release in the archive: a sparkline with its values beside it."""

from __future__ import annotations

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import OptionList, Sparkline, Static
from textual.widgets.option_list import Option

from briefing import compare, figures, format
from briefing.store import StoreError
from briefing.ui import display
from briefing.ui.locked_store import LockedStore
from briefing.ui.widgets.lists import NavOptionList


class TrendScreen(ModalScreen[None]):
    """``t`` on a Compare row: the metric's figures oldest first, charted and listed."""

    BINDINGS = [
        Binding("escape,q,t", "app.pop_screen", "Close", tooltip="Back to the table"),
    ]

    class Loaded(Message):
        def __init__(self, trend: dict | None, error: str | None) -> None:
            super().__init__()
            self.trend = trend
            self.error = error

    def __init__(self, locked_store: LockedStore, stat_id: str) -> None:
        super().__init__()
        self.locked_store = locked_store
        self.stat_id = stat_id
        self._points: list[dict] = []

    def compose(self) -> ComposeResult:
        with Vertical(id="trend-dialog", classes="dialog"):
            yield Static("Reading every release for this metric…", id="trend-title")
            with Horizontal(id="trend-body"):
                with Vertical(id="trend-chart-side"):
                    yield Sparkline([], id="trend-chart")
                    yield Static("", id="trend-axis")
                yield NavOptionList(id="trend-points")
            yield Static("Enter reads the release · Escape closes", classes="hint")

    def on_mount(self) -> None:
        self.query_one("#trend-points", OptionList).focus()
        self._load()

    @work(thread=True, exclusive=True)
    def _load(self) -> None:
        try:
            trend = self.locked_store.read(lambda store: figures.trend(store, self.stat_id))
        except StoreError as error:
            self.post_message(self.Loaded(None, str(error)))
            return
        self.post_message(self.Loaded(trend, None))

    @on(Loaded)
    def _loaded(self, message: Loaded) -> None:
        title = self.query_one("#trend-title", Static)
        if message.trend is None:
            title.update(display.literal(f"No trend: {message.error}"))
            return
        points = self._points = message.trend["points"]
        first, last = (points[0], points[-1]) if points else ({}, {})
        span = f"{first.get('date', '')[:4]}–{last.get('date', '')[:4]}" if points else ""
        heading = display.join(
            [
                display.literal(message.trend["label"] or "this figure", "bold"),
                display.count(len(points), "release"),
                span,
            ]
        )
        if len(points) < 2:
            heading = display.join([heading, "no other release gives this figure"])
        title.update(heading)
        chart = self.query_one("#trend-chart", Sparkline)
        chart.data = [compare.signed(point) for point in points]
        values = [compare.signed(point) for point in points]
        if values:
            low, high = min(values), max(values)
            unit = message.trend["unit"]
            self.query_one("#trend-axis", Static).update(
                display.literal(
                    f"{display.when(first)} → {display.when(last)}\n"
                    f"low {_value(low, unit)} · high {_value(high, unit)}",
                    "dim",
                )
            )
        options = self.query_one("#trend-points", OptionList)
        options.clear_options()
        options.add_options(Option(_point(point)) for point in points)
        if points:
            options.highlighted = len(points) - 1

    @on(OptionList.OptionSelected, "#trend-points")
    def _open(self, event: OptionList.OptionSelected) -> None:
        from briefing.ui.screens.reader import ReaderScreen

        point = self._points[event.option_index]
        self.app.push_screen(ReaderScreen(self.locked_store, point["release_id"], point["block"]))


def _value(value: float, unit: str) -> str:
    sign = "−" if value < 0 else ""
    return sign + format.format_number(abs(value), unit)


def _point(stat: dict) -> Content:
    """“11 Nov 2022  down 22%” over the release's title."""
    figure = " ".join(
        part
        for part in (stat.get("direction"), format.format_number(stat["value"], stat["unit"]))
        if part
    )
    return Content("\n").join(
        [
            display.join([Content(display.when(stat)).stylize("bold"), display.literal(figure)]),
            display.literal(stat.get("release_title") or stat["release_id"], "dim italic"),
        ]
    )
