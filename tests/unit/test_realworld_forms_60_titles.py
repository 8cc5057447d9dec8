"""Round 60's title, stated date and publisher forms, on short texts of real shapes."""

from __future__ import annotations

from tests_support import parse_snippet, stated_date


def test_a_mastheads_award_tagline_and_ticker_are_not_the_headline() -> None:
    text = (
        "Mon 3 Mar 2025\n\n\n"
        "2023 newspaper of the year\n\n"
        "@ Contact us\n\n"
        "Budget Latest\n"
        "Budget Latest\n"
        "4h agoChancellor rules out a rise in fuel duty this spring\n"
        "Budget Latest\n"
        "9h agoPension changes could cost savers thousands, experts warn\n\n"
        "Council closes youth centre after a spate of robberies nearby\n\n"
        "Residents said the closure would leave teenagers with nowhere to go\n\n"
        "A council has closed a youth centre after a series of robberies in the street outside."
    )
    release = parse_snippet(text)
    assert release.title == "Council closes youth centre after a spate of robberies nearby"
    assert stated_date(text) is None
