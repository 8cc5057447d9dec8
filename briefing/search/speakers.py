"""Turning what a user types after ``speaker:`` into canonical speaker names."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from briefing.parse.speakers import match_speakers

SpeakerMatcher = Callable[[str, Sequence[str]], list[str]]


def default_matcher() -> SpeakerMatcher:
    """The same matcher the quotes use: aliases ("the mayor"), surnames, typos."""
    return match_speakers
