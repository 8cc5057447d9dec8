"""Figure forms found in the blind50-51 batches (round 40) and the open classes of blind32-49,
each fixed as a class and tested on text written for it, with guard cases that must not
change."""

from __future__ import annotations

import pytest
from tests_support import headed_labels, headed_stats


# A sum put in, into or to a named fund, programme or unit, or "of funding for" one, is
# measured by that name; the name is no place.
@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "The council is investing £4 million in the Safer Homes Fund this year.",
            "Safer Homes Fund",
        ),
        ("She pledged to invest £2.5m into the YouthLink programme.", "YouthLink programme"),
        (
            "The department has provided over £12m of funding for a Knife Crime Reduction Unit "
            "(KCRU) in Leeds.",
            "Knife Crime Reduction Unit",
        ),
        (
            "The council put £3 million in 2019 in a two-year Street Safe programme.",
            "Street Safe programme",
        ),
        (
            "The force was given £9million in Special Grant Funding in 2017/18.",
            "Special Grant Funding",
        ),
    ],
)
def test_sum_in_a_named_fund_is_labelled_by_the_fund(text: str, label: str) -> None:
    assert [s.label for s in headed_stats(text) if s.unit == "gbp"] == [label]
    assert all(s.scope is None for s in headed_stats(text))


# guard: a sum for a place or a lowercase purpose keeps its own label
def test_sum_for_a_lowercase_purpose_is_not_a_named_fund() -> None:
    assert headed_labels("The council is investing £4 million in youth services.") == [
        (4_000_000, "investment in youth services")
    ]


# An aside in brackets on how a sum was given stands between the sum and what it is for.
def test_aside_after_a_sum_leaves_its_purpose() -> None:
    assert headed_labels(
        "The decision approves up to £2,000,000 (as agreed in the earlier decision) for the "
        "renewal of existing contracts."
    ) == [(2_000_000, "funding for renewal of existing contracts")]


# A year between a verb of giving and the purpose says when, not what the sum is for.
def test_year_between_award_and_purpose_is_no_part_of_the_label() -> None:
    assert headed_labels(
        "In addition, £2.4m has been awarded in 2022/23 to support delivery of the Youth "
        "Justice Plan."
    ) == [(2_400_000, "funding to support delivery of the Youth Justice Plan")]


# A word praising a change's size between "by a" and the figure leaves the change's
# direction and its subject.
@pytest.mark.parametrize(
    ("text", "direction", "label"),
    [
        (
            "Vehicle theft on the estate has fallen by a massive 38.2 per cent.",
            "down",
            "Vehicle theft on the estate",
        ),
        ("Reports of fraud have increased by a staggering 212 per cent.", "up", "Reports of fraud"),
    ],
)
def test_intensifier_between_by_and_figure_keeps_direction_and_subject(
    text: str, direction: str, label: str
) -> None:
    [stat] = headed_stats(text)
    assert (stat.direction, stat.label) == (direction, label)


# A manner adverb set off from the change's size by a dash is how it changed, not what.
def test_manner_adverb_before_a_dash_is_not_the_label() -> None:
    [stat] = headed_stats("Shoplifting in the borough has also dropped sharply - by 41.7 per cent.")
    assert (stat.direction, stat.label) == ("down", "Shoplifting in the borough")


# A change counted in its own noun is a change in that noun; a second size of the same
# change after "and by" is the change's subject's, not the bracketed count's before it.
def test_change_counted_in_its_own_noun_and_elliptical_second_size() -> None:
    assert headed_labels(
        "Burglary has fallen by 22 per cent in the north (fall of 4,210 offences) "
        "and by 17 per cent in the south (fall of 2,980 offences)."
    ) == [
        (22, "Burglary"),
        (4210, "fall in offences"),
        (17, "Burglary"),
        (2980, "fall in offences"),
    ]
    assert headed_labels("Thefts rose to 52,000 last year, an increase of 3,100 crimes.")[1] == (
        3100,
        "increase in crimes",
    )


# guard: a change of a count with no noun of its own stays the change of the thing before
def test_change_of_a_bare_count_keeps_the_thing_before() -> None:
    assert headed_labels("Knife crime rose by 12 per cent, an increase of 1,200 on last year.")[
        1
    ] == (1200, "increase in Knife crime")


# A speed written apart from its unit is a speed limit's name, as the glued form is.
@pytest.mark.parametrize(
    "text",
    ["Answer for 30 mph speed limits", "Will you enforce the new 20 mph zones on main roads?"],
)
def test_speed_spaced_from_its_unit_is_no_figure(text: str) -> None:
    assert headed_stats(text) == []


# guard: a count of drivers near a speed stays
def test_count_beside_a_speed_stays() -> None:
    assert headed_labels("Officers stopped 140 drivers doing over 40 mph near schools.") == [
        (140, "drivers stopped")
    ]
