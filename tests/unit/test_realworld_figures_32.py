"""Figure forms found in the blind29-33 batches (round 32), each fixed as a class and tested
on sentences written for it, with guard cases that must not change."""

from __future__ import annotations

import pytest
from tests_support import figure_of, headed_stats


# A change in apposition to a figure before it is that change of the thing the figure
# before measured, and says so: "a 27% increase" is an increase, not the count's subject.
@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        (
            "There were 8,102 bicycle thefts in the borough, a 14 per cent fall on the year before.",
            14,
            "fall in bicycle thefts in the borough",
        ),
        (
            "Officers recorded about 30,000 burglaries across the county, a rise of 6% on 2019.",
            6,
            "rise in burglaries",
        ),
        (
            "The force recorded 212 assaults on staff at the festival: that’s a 40 per cent "
            "increase on 2015.",
            40,
            "increase in assaults on staff at the festival",
        ),
        (
            "Shoplifting offences reached 9,400, a 12% increase from 2021.",
            12,
            "increase in Shoplifting offences",
        ),
    ],
)
def test_apposed_change_names_its_change(text: str, value: float, label: str) -> None:
    assert figure_of(text, value).label == label


def test_own_change_after_a_change_is_of_the_thing_not_the_change() -> None:
    # the second share is an increase in the offences, not a "drop in offences"
    text = (
        "While vehicle crime has fallen by 2,000 offences, representing a 20.5 per cent drop, "
        "last year there was a 0.4 per cent increase."
    )
    assert figure_of(text, 20.5).label == "drop in offences"
    assert figure_of(text, 0.4).label == "offences"


def test_change_that_says_its_change_already_keeps_it() -> None:
    # the figure before was "fewer victims": no "reduction in fewer victims"
    text = "There were 120 fewer victims of robbery, a 9% reduction."
    assert figure_of(text, 9).label == "fewer victims of robbery"


# "police" counted as people ("more than 70 police were injured"), and criminals, protesters
# and demonstrators, are told by what was done to them, as officers and drivers are.
@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        (
            "At last year's festival, more than 40 police were injured and 90 arrests were made.",
            40,
            "police injured",
        ),
        ("Officers said 35 criminals were arrested.", 35, "criminals arrested"),
        ("About 60 protesters were detained.", 60, "protesters detained"),
        # guard: what police do, not what is done to them, stays out of the label
        ("About 300 police were deployed in the town centre.", 300, "police"),
    ],
)
def test_police_and_criminals_counted_as_people(text: str, value: float, label: str) -> None:
    assert figure_of(text, value).label == label


# A range's first end may carry its own date ("from 31,601 in May 2016 to 29,788 last
# month"): the second end is a level of the same thing, not of its time.
@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        (
            "The number of special constables has fallen from 5,303 in March 2012 to 1,844 "
            "last month.",
            1_844,
            "special constables",
        ),
        (
            "Detective numbers rose from 4,100 in 2015 to 4,650 this year.",
            4_650,
            "Detective numbers",
        ),
    ],
)
def test_range_with_dated_first_end(text: str, value: float, label: str) -> None:
    assert figure_of(text, value).label == label


# A noun phrase right before "worth" is what the sum values, its verb and article left out.
@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        (
            "The department announced a new recruitment package worth £12 million earlier "
            "in the week.",
            12_000_000,
            "new recruitment package worth",
        ),
        ("Detectives seized jewellery worth £40,000 from the flat.", 40_000, "jewellery worth"),
        (
            "Officers recovered stolen bikes in Hackney worth more than £30,000.",
            30_000,
            "stolen bikes in Hackney worth",
        ),
        # guard: "is worth" has the clause's subject as its thing
        ("The haul is worth £3m.", 3_000_000, "haul"),
    ],
)
def test_thing_before_worth_labels_the_sum(text: str, value: float, label: str) -> None:
    assert figure_of(text, value).label == label


# The emergency number after "urgent" or "emergency" is the number to ring, not a count.
@pytest.mark.parametrize(
    "text",
    [
        "Please tell police on the 101 number, or if it's urgent 999.",
        "Contact the police; in an emergency 999 is the number to use.",
    ],
)
def test_emergency_number_after_urgent_is_no_figure(text: str) -> None:
    assert 999 not in [s.value for s in headed_stats(text)]


def test_count_of_urgent_calls_stays_a_figure() -> None:
    # guard: "urgent" after the number describes what is counted
    assert figure_of("Operators answered 999 urgent calls.", 999).label == "urgent calls"
