"""Figure forms found in the blind21-25 batches (round 28), each fixed as a class and tested
on sentences written for it, with guard cases that must not change."""

from __future__ import annotations

import pytest
from tests_support import headed_stats, headed_values


# A decision's numbered paragraph may open on its number with no stop after it ("1.2 In
# his budget"); that number is no figure. A decimal figure opening a sentence reads on in
# its unit or its noun, which stays a figure.
@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("1.1 The purpose of this report is to allocate £60,000 to victim services.", [60000]),
        ("2.3 MOPAC is investing £3.2million in the service.", [3.2e6]),
        ("1.5 million people called the line last year.", [1.5e6]),
        ("2.5 Million people called the line last year.", [2.5e6]),
    ],
)
def test_paragraph_number_without_a_stop_is_no_figure(text, values):
    assert headed_values(text) == values


# "per" straight before "of" is a share whose "cent" was dropped: no rate reads "per of".
def test_share_with_its_cent_dropped():
    stats = headed_stats("The line saw 36.6 per of calls abandoned last year.")
    assert [(s.value, s.unit) for s in stats] == [(36.6, "percent")]


def test_rate_per_unit_stays_a_count():
    stats = headed_stats("Officers made 12 arrests per week last year.")
    assert [(s.value, s.unit) for s in stats] == [(12, "count")]
