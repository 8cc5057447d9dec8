"""Figure forms found across the blind batches (round 61), each fixed as a class and tested
on text written for it, with guard cases that must not change."""

from __future__ import annotations

import pytest
from tests_support import headed_labels


# An adverb between the verb and the change ("is actually down") is no subject: the noun
# before the verb is.
@pytest.mark.parametrize(
    ("text", "labels"),
    [
        (
            "Burglary is actually down 14%. Theft is down almost 20%.",
            [(14, "Burglary"), (20, "Theft")],
        ),
        ("Car crime has steadily fallen by 9 per cent.", [(9, "Car crime")]),
        ("Knife crime is only down 3 per cent.", [(3, "Knife crime")]),
        # guard: a plain copula keeps its subject
        ("Robbery is down 6%.", [(6, "Robbery")]),
    ],
)
def test_adverb_after_the_verb_is_no_subject(text: str, labels: list[tuple[float, str]]) -> None:
    assert headed_labels(text) == labels
