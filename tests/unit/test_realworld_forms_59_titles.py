"""Round 59's title, stated date and publisher forms, on short texts of real shapes."""

from __future__ import annotations

from tests_support import parse_snippet, stated_date


def test_a_labelled_iso_date_under_the_headline_is_stated() -> None:
    text = (
        "Minister vows crackdown on street robbery\n\n"
        "Updated: 2012-05-14 10:22\n\n"
        "(Daily Wire)\n\n"
        "LONDON - The minister announced on Monday a review of street robbery policing."
    )
    assert stated_date(text) == "2012-05-14"


def test_an_archive_record_line_with_an_iso_date_states_no_date() -> None:
    text = (
        "date 2012-05-14 Jane Reporter\n\n"
        "Minister vows crackdown on street robbery\n\n"
        "The minister announced on Monday a review of street robbery policing."
    )
    assert stated_date(text) is None
