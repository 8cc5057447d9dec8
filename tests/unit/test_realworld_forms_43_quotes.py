"""Forms of quotes, speakers, titles, dates and publishers found in blind batches 56 and
57 (and open classes of earlier batches), each fixed as a class and tested on sentences
of the same shape written for the purpose, with guard cases that must not change."""

from __future__ import annotations

import pytest
from tests_support import snippet_speakers

_HEAD = "Depot raid finds stolen vans\n\n"


# "Det Ch Sup Jane Doe", "Minister for Roads and the Courts Jane Doe": an abbreviated
# rank's last word and the end of a post's remit after "the" are not part of the name.
@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        ("Det Ch Sup Jane Doe, leading the operation, said:", "Jane Doe"),
        ("Det Supt Jane Doe said:", "Jane Doe"),
        ("Minister for Roads and the Courts Jane Doe, who attended the raid, said:", "Jane Doe"),
        ("Minister for the Courts Jane Doe said:", "Jane Doe"),
        # guards: a three-word name after no article or remit stays whole
        ("Mary Jane Doe, leading the operation, said:", "Mary Jane Doe"),
        ("Courts minister Jane Doe said:", "Jane Doe"),
    ],
)
def test_a_ranks_or_remits_last_word_is_no_part_of_the_name(lead: str, speaker: str) -> None:
    text = (
        f"{_HEAD}{lead} “We opened the containers on Tuesday and they are packed with "
        "stolen vans.”\n"
    )
    assert snippet_speakers(text) == [speaker]


# "Proposing the motion, Caroline said:": a first name alone is the full name the release
# gives it, a possessive's too ("Caroline Doe's motion"), when only one person has it.
@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        ("The Assembly has backed Jane Doe's motion on scrap metal.", "Jane Doe"),
        ("The Assembly has backed Jane Doe’s motion on scrap metal.", "Jane Doe"),
        ("The motion was proposed by Jane Doe.", "Jane Doe"),
        # guards: two people with that first name, or none named in full, keep it as written
        ("The Assembly has backed Jane Doe's motion, seconded by Jane Roe.", "Jane"),
        ("The Assembly has backed the motion on scrap metal.", "Jane"),
    ],
)
def test_a_first_name_is_the_one_full_name_the_release_gives_it(opening: str, speaker: str) -> None:
    text = (
        f"{_HEAD}{opening}\n\nProposing the motion, Jane said: “Metal theft costs the "
        "economy dearly and disrupts thousands of journeys.”\n"
    )
    assert snippet_speakers(text) == [speaker]
