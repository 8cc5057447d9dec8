"""Figure forms found in the blind38-39 batches (round 34), each fixed as a class and tested
on sentences written for it, with guard cases that must not change."""

from __future__ import annotations

import pytest
from tests_support import figure_of, headed_values, snippet_stats


# A decision's sum is for whom the decision names, past when it is for and where it comes
# from; the decision's own verb ("Approve", "Note") is no kind of funding.
@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        (
            "Approve funding of £48,200 in 2021/22 from the Safer Homes Programme for the "
            "North London Outreach Worker.",
            48200,
            "funding for North London Outreach Worker",
        ),
        (
            "Note funding of £12,410.50 received from the Home Office in 2020/21 for the "
            "Victims Hub post.",
            12410.5,
            "funding for Victims Hub post",
        ),
        ("Approve funding of £5,000 for the Youth Panel.", 5000, "funding for Youth Panel"),
        # guard: a year alone after the sum still says only when
        ("Approve funding of £7,500 in 2020/21.", 7500, "funding"),
    ],
)
def test_decision_sum_is_for_whom_it_names(text: str, value: float, label: str) -> None:
    assert figure_of(text, value).label == label


# A scale letter after a decimal is millions when what it counts follows: "4.3m incidents";
# a whole number or a measure after it stays as written.
@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        ("Recorded offences came to 3.7m incidents over the year.", 3_700_000, "incidents"),
        (
            "Some 2.1m people used the night bus service.",
            2_100_000,
            "people used the night bus service",
        ),
    ],
)
def test_decimal_scale_letter_before_counted_noun(text: str, value: float, label: str) -> None:
    assert figure_of(text, value).label == label


def test_decimal_metres_stay_as_written() -> None:
    # guard: "1.8m tall" is a height, not 1.8 million
    assert figure_of("The fence, 1.8m tall, cost £4,000 to build.", 4000).unit == "gbp"
    assert [s.value for s in snippet_stats("Police figures\n\nThe fence is 1.8m tall.")] != [
        1_800_000
    ]


# Thousands grouped by a space after a currency sign are one sum: "£170 000" is not £170.
def test_space_grouped_sum_is_one_number() -> None:
    text = "The decision allocated £240 000 of core grant funding to 35 local projects."
    assert headed_values(text) == [240000, 35]
    assert figure_of(text, 240000).label == "core grant funding"


def test_numbers_spaced_without_currency_stay_apart() -> None:
    # guard: with no currency sign a space still parts two numbers
    assert headed_values("In the 12 500 metre race, 40 runners took part.")[-1] == 40


# A sum given as the value of a thing "with a value of" it is that thing's value, not a
# label carried over from what the clause counted before it.
@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        (
            "Officers shut 35 phone lines, seized weapons and cash with a total value of "
            "over £2 million, and made 60 arrests.",
            2_000_000,
            "total value of weapons and cash",
        ),
        (
            "Detectives found a haul of cannabis and ketamine with a value of £62,000, as "
            "well as a shotgun.",
            62000,
            "value of cannabis and ketamine",
        ),
        (
            "A watch worth £9,000 and three vans with a combined value of £70,000 were taken.",
            70000,
            "combined value of three vans",
        ),
        # guard: with no thing before "with" the value keeps its own words
        (
            "The plants – with an estimated value of £400,000 – were destroyed.",
            400000,
            "estimated value",
        ),
    ],
)
def test_thing_with_a_value(text: str, value: float, label: str) -> None:
    assert figure_of(text, value).label == label


# A sum in a passive of funding ("was funded by", "will be also backed with") pays for the
# passive's subject.
@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        (
            "This week of action was funded by £3 million from the government’s fund.",
            3_000_000,
            "week of action",
        ),
        (
            "Tackling knife crime will be also backed with £12 million, which includes more.",
            12_000_000,
            "Tackling knife crime",
        ),
        ("The new hub is funded by an extra £2m from City Hall.", 2_000_000, "new hub"),
    ],
)
def test_passive_of_funding_names_what_is_paid_for(text: str, value: float, label: str) -> None:
    assert figure_of(text, value).label == label


# A part of a sum is of what the whole sum is, past the whole's own figure.
@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        (
            "The minister said the remaining £1.2 million of the £8 million Safer Roads Fund "
            "would go to six areas.",
            1_200_000,
            "Safer Roads Fund",
        ),
        (
            "About £3bn of the council’s £9bn annual budget is fixed.",
            3_000_000_000,
            "annual budget",
        ),
        # guard: a part of a named whole with no figure of its own is unchanged
        ("Some £40,000 of additional funding was found.", 40000, "additional funding"),
    ],
)
def test_part_of_a_sum_is_of_the_whole(text: str, value: float, label: str) -> None:
    assert figure_of(text, value).label == label


# A change whose verb follows an aside between commas is the change of the subject before
# the aside, as one after an aside between dashes is.
@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        (
            "The number of burglaries, which includes thefts from sheds, fell by 9% last year.",
            9,
            "number of burglaries",
        ),
        (
            "Knife crime, as measured by hospital data, is down by 17% since 2018.",
            17,
            "Knife crime",
        ),
        (
            "Vehicle crime, including thefts of catalytic converters, has increased by 12 per cent.",
            12,
            "Vehicle crime",
        ),
        # guard: a comma that closes no aside leaves the clause as it was
        ("Overall crime fell by 4%, and robbery rose by 3%.", 3, "robbery"),
    ],
)
def test_change_after_comma_aside(text: str, value: float, label: str) -> None:
    assert figure_of(text, value).label == label


# A change that figures show or record, with nothing after it saying what it is in, is a
# change in what the figures measure: the subject of the verb of showing.
@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        (
            "Levels stayed flat, with recorded burglary figures showing a 3% fall overall.",
            3,
            "recorded burglary figures",
        ),
        ("Knife crime data shows a 9% fall.", 9, "Knife crime data"),
        # guard: what the change is in, when said, is still the label
        ("The Met recorded a 10% rise in robbery offences.", 10, "robbery offences"),
    ],
)
def test_change_figures_show(text: str, value: float, label: str) -> None:
    assert figure_of(text, value).label == label


# A contents entry's dots lead to its page number, wherever the contents heading went.
def test_dot_leader_page_numbers_are_no_figures() -> None:
    text = (
        "Foreword ...... 4\n\nSummary ...... 5\n\n"
        "Tackling crime in London ...... 19 4. Resources for policing ...... 27\n\n"
        "Some 120 officers were deployed."
    )
    assert headed_values(text) == [120]


def test_ellipsis_before_a_count_stays() -> None:
    # guard: a run of dots before a count that a noun follows is no leader
    assert headed_values("And then.... 45 officers arrived.") == [45]


# Members counted in words are named by their group: "seven gang members".
@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        (
            "Police jailed nine gang members for supplying firearms.",
            9,
            "gang members for supplying firearms",
        ),
        ("Four family members attended the hearing.", 4, "family members"),
    ],
)
def test_members_named_by_their_group(text: str, value: float, label: str) -> None:
    assert figure_of(text, value).label == label


def test_adjective_before_men_is_not_a_group() -> None:
    # guard: "four young men were stabbed" names an incident's victims, no count
    assert headed_values("Officers said four young men were stabbed overnight.") == []


# People counted in words past lowercase sorting words are counted; only a name between
# the count and the people ("Five Metropolitan Police officers") tells an incident's.
def test_people_past_sorting_words_are_counted() -> None:
    text = "The plan restores two dedicated neighbourhood officers in every ward."
    assert figure_of(text, 2).label == "dedicated neighbourhood officers"


def test_people_past_a_name_stay_an_incident() -> None:
    # guard: officers of a named force in an incident are no count
    assert headed_values("Five Metropolitan Police officers have been arrested.") == []
