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
