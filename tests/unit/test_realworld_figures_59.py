"""Figure forms found across the blind batches (round 59), each fixed as a class and tested
on text written for it, with guard cases that must not change."""

from __future__ import annotations

import pytest
from tests_support import headed_labels, headed_stats, headed_values


# A forum's vote and comment counters, and a live page's link to its updates, on lines of
# their own, are page furniture.
@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "Court overturns conviction\n\n212 Upvotes\n\n38 comments sorted by\n\nFines rose 4%.",
            [4],
        ),
        ("Ban on the drug\n\nView all 7 updates ›\n\nSeizures rose by 12% last year.", [12]),
        # guard: votes and updates counted in a sentence are figures
        ("The motion won 212 upvotes from members.", [212]),
        ("The council posted 7 updates on the closure.", [7]),
    ],
)
def test_vote_counters_and_update_links_are_no_figures(text: str, values: list[float]) -> None:
    assert headed_values(text) == values


# "boosted by" tells a rise, as "increased by" does, a bound between or not.
@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("The force will be boosted by up to 350 under the plans.", "up"),
        ("Patrols at the race will be boosted by 30 per cent this year.", "up"),
        ("The team is having its budget boosted by £2 million a year.", "up"),
        # guard: a sum received is no change
        ("The council was given 350 new officers under the plans.", None),
    ],
)
def test_boosted_by_tells_a_rise(text: str, direction: str | None) -> None:
    assert [s.direction for s in headed_stats(text)][:1] == [direction]


# A sum after a dash takes its subject from before the dash; a subject read from a window
# of the sentence opens on a whole word, never inside one.
def test_a_subject_before_a_dash_opens_on_a_whole_word() -> None:
    text = (
        "The Mayor has increased annual bills for policing by the maximum amount allowed "
        "by government – £10 next year for Band D properties."
    )
    assert headed_labels(text) == [(10, "annual bills for policing by the maximum amount allowed")]
