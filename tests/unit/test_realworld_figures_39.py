"""Figure forms found in the blind48-49 batches (round 39) and the open classes of blind32-47,
each fixed as a class and tested on text written for it, with guard cases that must not
change."""

from __future__ import annotations

import pytest
from tests_support import headed_labels, headed_values


# An emergency or non-emergency police number named as a line, or rung by its past-tense
# verb or "via" it, is the service, not a count.
@pytest.mark.parametrize(
    "text",
    [
        "The 101 police line leaves callers waiting for hours.",
        "Callers to the 101 police non-emergency line gave up.",
        "A man who phoned 999 and threatened staff was jailed.",
        "She rang 999 when she saw the fire.",
        "Anyone with information can contact officers via 101 or online.",
        "The report looked at 101 waiting times across the capital.",
    ],
)
def test_police_phone_number_named_or_rung_is_no_figure(text: str) -> None:
    assert headed_values(text) == []


# guard: a count of 101 things stays
def test_count_of_one_hundred_and_one_stays() -> None:
    assert headed_labels("Officers made 101 arrests in the operation.") == [(101, "arrests in the operation")]
    assert headed_values("Thefts fell from 140 last year to 101 this year.") == [140, 101]
