"""Forms of quotes, speakers, titles, dates and publishers found in blind batches 58 and
59 (and open classes of earlier batches), each fixed as a class and tested on sentences
of the same shape written for the purpose, with guard cases that must not change."""

from __future__ import annotations

import pytest
from tests_support import snippet_speakers

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
