"""Figure forms found in the blind64-65 batches (round 47) and the open classes of earlier
batches, each fixed as a class and tested on text written for it, with guard cases that
must not change."""

from __future__ import annotations

from tests_support import headed_labels, headed_values


# A 24-hour clock time without its colon, after a word of time and before "hours", is an
# hour of the day, not a total of hours worked.
def test_colonless_clock_time_before_hours_is_no_figure() -> None:
    text = (
        "The march will form up from 1130 hours in the square, moving off at 1300 hours."
        " Roads close between 0630 hours and 1400 hours. Officers seized 12 knives."
    )
    assert headed_values(text) == [12]


def test_hours_worked_by_the_thousand_stay() -> None:
    assert headed_values("Officers worked 1500 hours of overtime on the operation.") == [1500]
    assert headed_values("The team gave up to 1,200 hours of extra patrols.") == [1200]
