"""Round 57's title, stated date and publisher forms, on short texts of real shapes."""

from __future__ import annotations

from tests_support import parse_snippet, stated_date


def test_a_letters_dated_headline_gives_its_date_over_the_pages_update() -> None:
    text = (
        "Letter from the Policing Minister to the Chief Constable, dated 4 May 2021 "
        "(accessible)\n\n"
        "Updated 9 January 2023\n\n"
        "Dear Chief Constable,\n\n"
        "I am writing to you about the inspection report published today."
    )
    assert stated_date(text) == "2021-05-04"


def test_a_pages_update_stamp_is_its_date_under_an_undated_headline() -> None:
    text = (
        "Letter from the Policing Minister to the Chief Constable\n\n"
        "Updated 9 January 2023\n\n"
        "Dear Chief Constable,\n\n"
        "I am writing to you about the inspection report published today."
    )
    assert stated_date(text) == "2023-01-09"
