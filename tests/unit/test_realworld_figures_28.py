"""Figure forms found in the blind21-25 batches (round 28), each fixed as a class and tested
on sentences written for it, with guard cases that must not change."""

from __future__ import annotations

import pytest
from tests_support import headed_labels, headed_stats, headed_values


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
        ("3.5 Kilos of cocaine were found in the car.", [3.5]),
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


# A share whose own words open on a change noun ("increase of 6%"), with only an article
# and the change's qualifier before it in its clause, sizes the qualified change.
@pytest.mark.parametrize(
    ("text", "labels"),
    [
        (
            "The settlement is a real terms increase in grant funding of 2.5%, and a cash "
            "increase of 4%.",
            [(2.5, "grant funding"), (4, "cash increase")],
        ),
        (
            "Funding will total £9bn, representing a real terms funding increase of 2% and a "
            "cash increase of 4.5%.",
            [(9e9, "Funding"), (2, "real terms funding increase"), (4.5, "cash increase")],
        ),
        # guard: an unqualified change in apposition is the change of the clause before
        ("Burglary fell last year, a fall of 8 per cent.", [(8, "fall in Burglary")]),
    ],
)
def test_qualified_change_labels_its_share(text, labels):
    assert headed_labels(text) == labels


# Kinds joined by "and" before a change's verb are one subject, which opens after the
# report's verb or the clause opener before them, not at the "and".
@pytest.mark.parametrize(
    ("text", "labels"),
    [
        (
            "Figures published on Monday revealed that knife and gun crime rose in the city "
            "by 15% last year.",
            [(15, "knife and gun crime")],
        ),
        (
            "Victims reported that threats fell by 60%, and jealous and controlling "
            "behaviours reduced by 45%.",
            [(60, "threats"), (45, "jealous and controlling behaviours")],
        ),
        # guard: an "and" after a verb joins two clauses
        ("Officers patrolled the streets and burglary fell by 5%.", [(5, "burglary")]),
        # guard: with no opener, the subject opens the sentence
        (
            "The arrest rate for all types of stop and search was 21 per cent.",
            [(21, "arrest rate for all types of stop and search")],
        ),
    ],
)
def test_coordinated_kinds_open_after_the_clause_opener(text, labels):
    assert headed_labels(text) == labels
