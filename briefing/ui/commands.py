"""The command palette: every action that has a key is also a command.

The commands are read from the bindings themselves (the app's, each pane's and the
open screen's), so a new key is in the palette the moment it exists.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import partial

from textual.binding import Binding
from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.screen import Screen

from briefing.ui.panes.pane import Pane


@dataclass(frozen=True)
class PaletteCommand:
    title: str
    help: str
    run: Callable[[], object]


KEY_NAMES = {
    "question_mark": "?",
    "slash": "/",
    "left_square_bracket": "[",
    "right_square_bracket": "]",
}


def _described(bindings: list) -> Iterator[Binding]:
    for binding in bindings:
        if isinstance(binding, Binding) and binding.description:
            yield binding


def _help(binding: Binding) -> str:
    keys = ", ".join(KEY_NAMES.get(key, key) for key in binding.key.split(","))
    return f"{binding.tooltip or binding.description} (key: {keys})"


def palette_commands(screen: Screen) -> list[PaletteCommand]:
    """The commands that make sense on ``screen``: a pane's run after switching to it."""
    app = screen.app
    commands = [
        PaletteCommand(
            binding.tooltip or binding.description,
            _help(binding),
            partial(app.run_action, binding.action),
        )
        for binding in _described(type(app).BINDINGS)
    ]
    if screen is not app.screen_stack[0]:
        return _once(
            commands
            + [
                PaletteCommand(
                    binding.description,
                    _help(binding),
                    partial(app.run_action, binding.action, screen),
                )
                for binding in _described(type(screen).BINDINGS)
            ]
        )
    for pane in screen.query(Pane):
        for binding in _described(type(pane).BINDINGS):
            run = partial(_run_in_pane, binding.action, pane)
            commands.append(
                PaletteCommand(f"{pane.TITLE}: {binding.description}", _help(binding), run)
            )
    return _once(commands)


def _once(commands: list[PaletteCommand]) -> list[PaletteCommand]:
    """Each command listed once, under its first title."""
    seen: set[str] = set()
    once = []
    for command in commands:
        if command.title not in seen:
            seen.add(command.title)
            once.append(command)
    return once


async def _run_in_pane(action: str, pane: Pane) -> None:
    await pane.app.run_action(f"show_pane({pane.number})")
    await pane.app.run_action(action, pane)


def _highlight(title: str, offsets: Sequence[int]) -> Content:
    """The title with the matched letters marked (a literal Content, never markup)."""
    content = Content(title)
    for offset in offsets:
        content = content.stylize("reverse", offset, offset + 1)
    return content


class BriefingCommands(Provider):
    """Go to a pane, search, copy, compare, import, delete, read, help."""

    async def discover(self) -> Hits:
        for command in palette_commands(self.screen):
            yield DiscoveryHit(
                Content(command.title), command.run, text=command.title, help=command.help
            )

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for command in palette_commands(self.screen):
            score, offsets = matcher.fuzzy_search.match(query, command.title)
            if score > 0:
                yield Hit(
                    score,
                    _highlight(command.title, offsets),
                    command.run,
                    text=command.title,
                    help=command.help,
                )
