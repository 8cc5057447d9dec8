"""Figure forms found in the blind34-37 batches (round 33), each fixed as a class and tested
on sentences written for it, with guard cases that must not change."""

from __future__ import annotations

import pytest
from tests_support import figure_of, headed_values


# A listing page's counter says which results the page shows, out of how many: no figure.
def test_listing_page_counter_is_no_figure() -> None:
    text = "Showing 41-60 of 2318 results found\n\nThe Mayor approved £45,000 for youth clubs."
    assert headed_values(text) == [45000]


# A volume of a series is named by its number, as a chapter or a section is.
def test_volume_number_is_no_figure() -> None:
    text = "Volume 712: debated on Monday 3 March 2021\n\nSome 120 officers were deployed."
    assert headed_values(text) == [120]


# A clock time written with a dot, told as one by the time of day or the day after it.
@pytest.mark.parametrize(
    "text",
    [
        "“Since 15.20 this afternoon officers have responded to 18 calls in the area.",
        "Police were called at 22.05 on Saturday and 18 calls followed.",
        "The cordon stayed in place until 06.30hrs while 18 calls were answered.",
    ],
)
def test_dotted_clock_time_is_no_figure(text: str) -> None:
    assert headed_values(text) == [18]


def test_dotted_decimal_without_time_of_day_stays() -> None:
    # guard: a decimal after "to" with no time of day after it is a level
    assert figure_of("The detection rate rose to 14.40 per cent.", 14.4).unit == "percent"


# A surge is a rise, told by its speed; "with a 20 per cent surge last year" after a clause
# is that clause's subject's surge, not the time after it.
@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        (
            "Bicycle theft has reached a new high, with a 15 per cent surge last year.",
            15,
            "surge in Bicycle theft",
        ),
        ("Moped thefts surged by 40% in 2019.", 40, "Moped thefts"),
        # guard: the change's own complement still names what changed
        ("Crime rose, with a 20 per cent increase in robbery.", 20, "robbery"),
    ],
)
def test_surge_is_a_rise(text: str, value: float, label: str) -> None:
    figure = figure_of(text, value)
    assert (figure.label, figure.direction) == (label, "up")


# A sum given as a grant's value is labelled as the grant is, with its recipient; a sum's
# source before its recipient ("from the ... Fund to ...") does not hide the recipient.
@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        (
            "Approve the payment of a grant to the Lambeth Youth Trust (LYT) to the value of "
            "£48,500 from within the fund.",
            48500,
            "grant to Lambeth Youth Trust",
        ),
        (
            "Approve the awarding of 4 grants to the value of £12,000 each to the Retail "
            "Crime Forum.",
            12000,
            "grants to Retail Crime Forum",
        ),
        (
            "Approve the allocation of £90,000 from the Home Office Safer Streets Fund to "
            "Transport for London.",
            90000,
            "allocation to Transport for London",
        ),
        # guard: a time range after the sum names no recipient
        ("The payment of £500 from April to June was made.", 500, "payment"),
    ],
)
def test_grant_value_and_recipient(text: str, value: float, label: str) -> None:
    assert figure_of(text, value).label == label


# An assault or a murder is done to people as an arrest or an injury is: the label says so.
@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        (
            "Last summer's festival saw 61 police officers assaulted.",
            61,
            "police officers assaulted",
        ),
        ("Some 12 officers were attacked during the match.", 12, "officers attacked"),
        ("In total 40 women murdered by partners were remembered.", 40, "women murdered"),
        # guard: what officers did is not done to them
        ("About 300 officers patrolled the town centre.", 300, "officers"),
    ],
)
def test_assaulted_people_counted(text: str, value: float, label: str) -> None:
    assert figure_of(text, value).label == label


# In a line of "name: value" pairs, each value after the first is named before its colon.
def test_paired_values_named_before_their_colons() -> None:
    text = "Funding by year\n\n23/24 staff costs: £51,200.10, non-staff costs: £18,340.55\n"
    assert figure_of(text, 18340.55).label == "non-staff costs"
    assert figure_of("Arrests: 45, charges: 12, cautions: 3.", 12).label == "charges"


# "worth" opening an aside after a comma values the noun phrase before the comma.
@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        (
            "The three-year contract, worth up to £1,250,000, starts in April.",
            1250000,
            "three-year contract worth",
        ),
        (
            "Officers seized cannabis plants, worth £40,000, in the raid.",
            40000,
            "cannabis plants worth",
        ),
        # guard: "worth" after its noun reads as before
        ("Police seized drugs worth £50,000 in the raid.", 50000, "drugs worth"),
    ],
)
def test_apposed_worth_values_the_noun_before(text: str, value: float, label: str) -> None:
    assert figure_of(text, value).label == label
