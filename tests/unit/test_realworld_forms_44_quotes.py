"""Forms of quotes, speakers, titles, dates and publishers found in blind batches 58 and
59 (and open classes of earlier batches), each fixed as a class and tested on sentences
of the same shape written for the purpose, with guard cases that must not change."""

from __future__ import annotations

import pytest
from tests_support import snippet_speakers, stated_date

_HEAD = "Depot raid finds stolen vans\n\n"


# "Minister for Roads and Rail Safety Jane Doe": every capitalised word of a post's remit
# after its "for" belongs to the post, whatever connects them, not to the name after it.
@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        (
            "Minister for Roads and Rail Safety Jane Doe, visiting the depot on Monday, said:",
            "Jane Doe",
        ),
        ("Commissioner for Victims and Witness Care Jane Doe said:", "Jane Doe"),
        ("Minister for Roads Jane Doe said:", "Jane Doe"),
        # guards: a three-word name with no remit before it stays whole
        ("Mary Jane Doe, visiting the depot on Monday, said:", "Mary Jane Doe"),
        ("Depot manager Mary Jane Doe said:", "Mary Jane Doe"),
    ],
)
def test_a_remits_capitalised_words_are_no_part_of_the_name(lead: str, speaker: str) -> None:
    text = (
        f"{_HEAD}{lead} “We opened the containers on Tuesday and they are packed with "
        "stolen vans.”\n"
    )
    assert snippet_speakers(text) == [speaker]


# "unveiled today (12 September) ... seized since 1995": a year a span starts from is
# before the release, so it cannot give "today" its year; another year still can.
@pytest.mark.parametrize(
    ("later", "when"),
    [
        ("Officers have seized stolen vans there since 1995.", None),
        ("Officers have seized stolen vans there from 1995 onwards.", None),
        # guards: a year the text gives otherwise is still the one "today" takes
        ("Officers have seized stolen vans there since 1995, and 40 in 2011.", "2011-09-12"),
        ("The depot was raided in 2011.", "2011-09-12"),
    ],
)
def test_a_year_a_span_starts_from_does_not_date_today(later: str, when: str | None) -> None:
    text = f"{_HEAD}The display, unveiled today (12 September) at the depot, shows the vans.\n\n{later}\n"
    assert stated_date(text) == when
