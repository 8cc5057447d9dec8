"""Figure forms found in the spent blind20 batch (round 22), each fixed as a class and
tested on sentences written for it, with guard cases that must not change."""

from __future__ import annotations

import pytest
from tests_support import headed_labels


# A tally of like things counted in words and digits: an item whose count word stands
# before one modifier and the plural noun is an item of the tally all the same.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officers recovered four shotguns, two antique pistols, 9 knives and five replica guns.",
         [(4, "shotguns"), (2, "antique pistols"), (9, "knives"), (5, "replica guns")]),
        ("The raid found 14 phones, three forged passports and six stolen cards.",
         [(14, "phones"), (3, "forged passports"), (6, "stolen cards")]),
        # guard: a count word and a modifier outside any tally stays narrative
        ("She thanked the three volunteer drivers for their time.", []),
    ],
)  # fmt: skip
def test_an_item_of_a_tally_is_counted_past_its_modifier(text, expected):
    assert headed_labels(text) == expected


# A ranked list ("most read" box): items opening on 1, 2, 3 ... and a capital. Each
# opening number is the item's place, not a count; a list of counts stays counted.
def test_a_ranked_lists_numbering_is_no_count():
    text = (
        "Officers seized 40 knives during the week.\n\n"
        "Most Read\n\n- 1 Council backs new cycle lanes\n\n- 2 'Hero' neighbour saves dog\n\n"
        "- 3 Bakery wins national award\n\n- 4 Market traders protest rent rise"
    )
    assert headed_labels(text) == [(40, "knives")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # guard: counts that happen to open items, not running on from one
        ("In the week:\n\n- 12 Londoners were arrested\n\n- 30 Knives were seized",
         [(12, "Londoners arrested"), (30, "Knives")]),
        # guard: a run of two is no ranked list
        ("In the week:\n\n1 Arrest was made in Brent\n\n2 Officers were injured in Ealing",
         [(1, "Arrest"), (2, "Officers injured")]),
    ],
)  # fmt: skip
def test_counts_opening_items_are_kept(text, expected):
    assert headed_labels(text) == expected


# Hours by the thousand are a total of time worked, not a span: a figure. A range's
# first end counts what its second end does ("between 3,000 and 5,000 arrests").
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The money will pay for up to 15,000 hours of overtime in town centres.",
         [(15000, "hours of overtime in town centres")]),
        ("Across the region this will fund between 300,000 and 500,000 hours of patrols.",
         [(300000, "hours of patrols"), (500000, "hours of patrols")]),
        ("This will support between 3,000 and 5,000 arrests of offenders.",
         [(3000, "arrests of offenders"), (5000, "arrests of offenders")]),
        # guard: a span of hours stays a duration
        ("The team worked 12 hours without a break.", []),
    ],
)  # fmt: skip
def test_hours_worked_and_a_ranges_first_end(text, expected):
    assert headed_labels(text) == expected
