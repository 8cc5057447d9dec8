"""Figure forms found in the spent blind17 to blind20 batches (round 23), each fixed as a
class and tested on sentences written for it, with guard cases that must not change."""

from __future__ import annotations

import pytest
from tests_support import headed_labels


# What was done to the people counted, told as two acts, the second qualified by an
# adverb: "killed or seriously injured" is one measure, not "killed".
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In 2023, 3,900 people were killed or seriously injured in road collisions.",
         [(3900, "people killed or seriously injured in road collisions")]),
        ("Every year more than 150 cyclists are killed or seriously injured on the ring road.",
         [(150, "cyclists killed or seriously injured on the ring road")]),
        # guard: a new clause after "and" is no second act of the people counted
        ("Officers said 12 people were arrested and officers seized 40 knives.",
         [(12, "people arrested"), (40, "knives")]),
        # guard: an adverb before a participle that is no act on the people stays out
        ("The unit has 30 officers directly funded by the council.", [(30, "officers")]),
    ],
)  # fmt: skip
def test_a_second_act_qualified_by_an_adverb_stays_in_the_label(text, expected):
    assert headed_labels(text) == expected
