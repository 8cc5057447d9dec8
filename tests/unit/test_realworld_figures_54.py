"""Figure forms found in the blind78-79 batches (round 54), each fixed as a class and tested
on text written for it, with guard cases that must not change."""

from __future__ import annotations

from tests_support import headed_labels


# A year is when a sum falls, not what it measures: a bare sum after another in its
# sentence measures the same thing.
def test_a_sum_in_a_later_year_takes_the_label_of_the_sum_before() -> None:
    text = "This takes the total youth fund to £9.1m in 2021/22, and £4.0m in 2022/23."
    assert headed_labels(text) == [(9100000, "total youth fund"), (4000000, "total youth fund")]


def test_a_sum_in_a_year_with_its_own_subject_keeps_it() -> None:
    text = "The grant was £2m in 2022/23."
    assert headed_labels(text) == [(2000000, "grant")]
