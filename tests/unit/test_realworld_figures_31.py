"""Figure forms found in the blind27-31 batches (round 31), each fixed as a class and tested
on sentences written for it, with guard cases that must not change."""

from __future__ import annotations

import pytest
from tests_support import figure_of, headed_stats


# A sum's own noun before "of" names it: savings, funding, a cost, a budget with a body's
# acronym before it; what the sum is in or for completes it, but a year says only when.
@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        (
            "The service is required to make in year savings of up to £4m in 2021/22.",
            4_000_000,
            "in year savings",
        ),
        (
            "The plan assumes capital receipt funding of £120m.",
            120_000_000,
            "capital receipt funding",
        ),
        ("Net savings of £1.9m in 2019/20 are planned.", 1_900_000, "Net savings"),
        ("The campaign will run for two years at a total cost of £40,000.", 40_000, "total cost"),
        (
            "The board is asked to agree the 2017/18 LCPF budget of up to £12.5 million.",
            12_500_000,
            "LCPF budget",
        ),
        (
            "It delivered full year savings of £8.5m in running costs.",
            8_500_000,
            "full year savings in running costs",
        ),
        (
            "Stations closed to make required savings of £60 million, the review found.",
            60_000_000,
            "required savings",
        ),
    ],
)
def test_sum_named_by_its_noun_before_of(text, value, label):
    assert figure_of(text, value).label == label


# "N pence" is a sum in pence, as "Np" is.
def test_pence_spelt_out_are_a_sum():
    figure = figure_of("Households would be asked to contribute less than 15 pence per week.", 0.15)
    assert (figure.unit, figure.text) == ("gbp", "less than 15 pence")


def test_pm_is_no_pence():
    assert [s.value for s in headed_stats("The meeting starts at 3pm with 40 officers.")] == [40]


# A charge in pence carries its rate in its label; a sum in pounds keeps its own.
@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        (
            "A band D household would be charged an extra 32p a week from April.",
            0.32,
            "band D household per week",
        ),
        (
            "Households would be asked to contribute less than 15 pence per week.",
            0.15,
            "Households per week",
        ),
        ("The council will spend £172m a year on policing.", 172_000_000, "spending on policing"),
    ],
)
def test_pence_charge_labelled_with_its_rate(text, value, label):
    assert figure_of(text, value).label == label


# A sum "of cuts" is a cut, as one "in cuts" is: its direction is down and "cuts" names it;
# a count of the cuts (with its article) is only a part of them.
@pytest.mark.parametrize(
    ("text", "value", "direction", "label"),
    [
        ("The council has had to make £420m of cuts since 2012.", 420_000_000, "down", "cuts"),
        ("The service faces £12m of reductions next year.", 12_000_000, "down", "reductions"),
        ("Staff opposed 30 of the cuts to stations.", 30, None, "cuts"),
    ],
)
def test_sum_of_cuts_is_a_cut(text, value, direction, label):
    figure = figure_of(text, value)
    assert (figure.direction, figure.label) == (direction, label)


# House numbers in an address are no figures, two of one street as one; a "Park" is a
# street only with nothing but its quarter or punctuation after it.
@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("The two houses, 14 and 15 Highbury Park North, with 40 rooms are vacant.", [40]),
        ("The office at 4 Acton Park, with 30 desks, was sold.", [30]),
        ("Police made 40 arrests and 12 Finsbury Park residents were hurt.", [40, 12]),
        ("Between 20 and 30 people met at 10 Downing Street.", [20, 30]),
    ],
)
def test_house_numbers_of_an_address_are_no_figures(text, values):
    assert [s.value for s in headed_stats(text)] == values


# Hundreds and thousands in words count what follows them, people with no plural "s"
# too; the count word before "hundred" or "thousand" is no figure of its own.
@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("Six hundred people have been arrested since June.", [(600, "people arrested")]),
        ("Officers said three hundred children were safeguarded.", [(300, "children safeguarded")]),
        ("Five thousand officers were deployed on the night.", [(5000, "officers")]),
        ("One hundred staff joined the unit.", [(100, "staff")]),
    ],
)
def test_hundreds_and_thousands_in_words(text, figures):
    assert [(s.value, s.label) for s in headed_stats(text)] == figures


# A time before a count ("last year") or a comma after a word names no numbered year, day
# or step; a number's own name still does ("the non-emergency number, 101"), as does a
# numbered year or phase with no comma.
@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Last year 14 officers were injured on duty.", [14]),
        ("This week 52 knives were seized in the borough.", [52]),
        ("As a first step, 2,000 new officers will be recruited.", [2000]),
        ("Call the non-emergency number, 101, to report it.", []),
        ("Pupils in Year 10 and Phase 2 of the scheme took part.", []),
    ],
)
def test_time_before_a_count_names_no_number(text, values):
    assert [s.value for s in headed_stats(text)] == values


# A bare count as the subject of its own clause is labelled by what it did or had done to
# it: after "and" too, not by the count before it; a past verb taking an infinitive
# (after an adverb of manner) is kept whole.
@pytest.mark.parametrize(
    ("text", "labels"),
    [
        ("In total, 12 were arrested and 3 were charged.", ["arrested", "charged"]),
        (
            "At the station, 180 voluntarily agreed to be searched and 9 were arrested.",
            ["voluntarily agreed to be searched", "arrested"],
        ),
        ("Of those stopped, 40 refused to give their names.", ["refused to give their names"]),
        ("Officers used 30 specialised tools.", ["specialised tools"]),
    ],
)
def test_bare_count_labelled_by_its_own_state(text, labels):
    assert [s.label for s in headed_stats(text)] == labels


# People counted, then their deaths or what police did to them: Londoners are a named kind
# of people as residents are, and dying is told as being killed is.
@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Almost 90 Londoners have died in road crashes this year.",
            "Londoners died in road crashes",
        ),
        ("Some 20 officers died in service.", "officers died in service"),
        ("In 2019, 300 Londoners were stopped and searched.", "Londoners stopped and searched"),
        ("Over 500 Londoners responded to the survey.", "Londoners"),
    ],
)
def test_people_counted_with_their_deaths(text, label):
    assert headed_stats(text)[0].label == label


# Who bears a cost, between "cost" and the sum, says what the sum is; what it costs in,
# when said after the sum, still names it, and a word of degree is no bearer.
@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        (
            "Such fires cost Harrow residents over £4 million.",
            4_000_000,
            "cost to Harrow residents",
        ),
        ("Fraud cost taxpayers £3 billion.", 3_000_000_000, "cost to taxpayers"),
        (
            "Reoffending costs London £1.5bn per year in justice costs alone.",
            1_500_000_000,
            "justice costs",
        ),
        ("The scheme will cost just £5.", 5, "cost"),
    ],
)
def test_cost_to_its_bearer(text, value, label):
    assert figure_of(text, value).label == label
