"""Figure forms found in the blind23 batch (round 26), each fixed as a class and tested
on sentences written for it, with guard cases that must not change."""

from __future__ import annotations

import pytest
from tests_support import figure_of, headed_labels, headed_values


# Numbers that are no counts: an age stated as what a clause's subject is, a clock time
# told with "past", a step on a pay scale, and a date's year with a footnote marker glued
# after its full stop.
@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("The mean age of the victims last year was 74, and the youngest victim was 61.", []),
        ("The age of the oldest caller is 98.", []),
        ("Officers were called at about 20 past 11 on Friday night.", []),
        ("The van stopped at half past 9, and 12 officers arrived.", [12]),
        ("It removes spine point 2 of the salary scale.", []),
        ("Pay rises by £1,200 from 1 April 2025.2 We accept this.", [1200]),
        # guards: a count after "the oldest ... group", and a point in time, stay
        ("The number of victims in the oldest age group was 70.", [70]),
        ("At one point 300 people gathered outside.", [300]),
        ("Crime rose by 2024.5 offences in March.", [2024.5]),
    ],
)
def test_numbers_that_are_no_counts(text, values):
    assert headed_values(text) == values


# A bare part of one, "one in M", is the fraction 1/M, as every batch's gold writes it:
# one of a group is never what is counted. A span of time is no whole.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One in three residents will be burgled.", [(0.3333, "residents")]),
        ("The force solved 1 in 20 thefts.", [(0.05, "thefts")]),
        ("Crime is common, with one in six shops targeted each year.", [(0.1667, "shops")]),
    ],
)  # fmt: skip
def test_a_part_of_one_in_a_whole_is_a_fraction(text, expected):
    assert headed_labels(text) == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # guards: a part above one in digits, and a part of a span of time, stay counts
        ("Officers made 3 in 24 hours.", 3),
        ("The team made one arrest in 24 hours and 1 in 24 hours.", 1),
    ],
)
def test_a_part_of_one_in_a_whole_is_a_fraction_guard(text, value):
    assert figure_of(text, value).unit == "count"


# Each item of a list followed by its own price in brackets names that price, as a count
# in brackets names its item.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Surrendered weapons include machetes (£15), knuckle duster (£2), swordstick (£12) "
         "and a crossbow (£40).",
         [(2, "knuckle duster"), (12, "swordstick"), (40, "crossbow")]),
        # guard: a sum in brackets after a place is still the clause's
        ("Crime fell in London (£12m) and Kent (£3m).",
         [(12000000, "Crime fell"), (3000000, "Crime fell")]),
    ],
)  # fmt: skip
def test_each_priced_item_of_a_list_names_its_price(text, expected):
    assert headed_labels(text)[-len(expected) :] == expected


# Nouns listed as modifiers before one plural noun name it together: the count is of
# that noun, not of the first modifier.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Last year there were more than 4,200 van, lorry and motorcycle thefts.",
         [(4200, "van, lorry and motorcycle thefts")]),
        ("Officers seized 300 knife, gun or drug items.", [(300, "knife, gun or drug items")]),
        # guards: counts listed one after another, and a first noun counted itself
        ("Police made 120 arrests, 40 charges and 3 cautions.",
         [(120, "arrests"), (40, "charges"), (3, "cautions")]),
        ("It will fund 300 officers, staff and partner organisations.", [(300, "officers")]),
    ],
)  # fmt: skip
def test_nouns_listed_as_modifiers_name_the_noun_they_qualify(text, expected):
    assert headed_labels(text) == expected


# A count in words may take up to two sorting adjectives before its plural noun.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The council backs four existing schemes this year.", [(4, "existing schemes")]),
        ("Five major reforms became law today.", [(5, "major reforms")]),
        ("The grant goes to three lead local councils.", [(3, "lead local councils")]),
        # guards: an adjective of kind, and an adjective with no noun after it
        ("The report sets out seven key categories.", []),
        ("Nine new to the role.", []),
    ],
)  # fmt: skip
def test_a_count_in_words_may_take_sorting_adjectives(text, expected):
    assert headed_labels(text) == expected
