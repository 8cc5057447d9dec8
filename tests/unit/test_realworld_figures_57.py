"""Figure forms found across the blind batches (round 57), each fixed as a class and tested
on text written for it, with guard cases that must not change."""

from __future__ import annotations

from tests_support import headed_values


# A clock time written with a dot at a sentence's end, after a word that leads to a time.
def test_a_dotted_clock_time_ending_its_sentence_is_no_figure() -> None:
    text = "The Home Secretary will chair a meeting of the committee at 14.00. Officers said 40 arrests were made."
    assert headed_values(text) == [40]


def test_a_dotted_number_ending_its_sentence_after_to_is_kept() -> None:
    text = "The average fine rose to 14.40. Officers said 40 arrests were made."
    assert headed_values(text) == [14.4, 40]
