"""Figure forms found in the blind22 batch (round 25), each fixed as a class and tested
on sentences written for it, with guard cases that must not change."""

from __future__ import annotations

import pytest
from tests_support import figure_of, headed_labels


# A share after a copula and an adverb of time or limit names what the subject is in one
# word, as it does straight after the copula.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The force's ranks are currently 15 per cent BAME.", [(15, "BAME")]),
        ("The workforce is still 12 per cent female.", [(12, "female")]),
        ("New recruits were only 30% white.", [(30, "white")]),
        # guard: a comparison word after the share is still no label
        ("Crime is now 15 per cent lower.", [(15, "Crime")]),
    ],
)  # fmt: skip
def test_a_share_after_a_copula_and_adverb_names_the_subject_in_one_word(text, expected):
    assert headed_labels(text) == expected


# A share verb's part may follow a limiting adverb ("making up just 3%") and its clause
# may open on a concession or contrast, not only on "with": the part is that clause's
# subject, without the opening word.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The gap is wider, with black officers making up just 3% of the force.",
         [(3, "black officers as a share of force")]),
        ("Only 15 officers joined, despite women making up 51% of the population.",
         [(15, "officers"), (51, "women as a share of population")]),
        ("Whilst women account for only 30% of officers, the force is growing.",
         [(30, "women as a share of officers")]),
        # guard: a share verb with no limiting word is read as before
        ("With knife crime accounting for 20% of offences, the plan is urgent.",
         [(20, "knife crime as a share of offences")]),
    ],
)  # fmt: skip
def test_a_share_verbs_part_is_its_clauses_subject(text, expected):
    assert headed_labels(text) == expected
