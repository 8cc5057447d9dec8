"""Figure forms found in the blind44-45 batches (round 37) and the open classes of blind32-43,
each fixed as a class and tested on text written for it, with guard cases that must not
change."""

from __future__ import annotations

import pytest
from tests_support import headed_labels, headed_stats, headed_values


# Numbers that are part of a name or an address: a range of house numbers before a street, a
# unit on an estate, an airport's terminal, a dateline in another language, and a site's
# name led by a digit, alone or as a menu of names sharing the digit.
@pytest.mark.parametrize(
    "text",
    [
        "The lease of Elm House, 114-116 Upper Richmond Road, London, was renewed.",
        "The patrol base moves to Unit 4 Riverside Trading Estate, Dock Road.",
        "Passengers were hurt in a car park at Terminal 5 on Sunday.",
        "(WIRE) – PARIS ven 14 juillet 2023\n\nOfficers attended the scene.",
        "2 Manchester\n\n2 News - 2 eSport - 2 eBooks - 2 Search\n\nOfficers attended.",
    ],
)
def test_numbers_of_names_and_addresses_are_no_figures(text: str) -> None:
    assert headed_values(text) == []


# guard: a count alone on its line says what it counts, and a count before a place's
# residents is a count
def test_counts_beside_names_stay_figures() -> None:
    assert headed_labels("5 Arrests\n\n703 Criminal damage incidents in 2014") == [
        (5, "Arrests"),
        (703, "Criminal damage incidents"),
    ]
    assert headed_values("Some 12 Finsbury Park residents were moved.") == [12]


# A count in words restated in digits in brackets is one figure, labelled by what follows
# the bracket, not by the words before the count.
def test_count_restated_in_brackets_is_labelled_by_what_follows() -> None:
    assert headed_labels(
        "On 4 March, former Officer B admitted six (6) counts of fraud by abuse of position."
    ) == [(6, "counts of fraud")]
    assert headed_labels("He faces twenty-one (21) offences.") == [(21, "offences")]


# guard: a bracketed number that is not the same count stays a figure of its own
def test_bracket_with_another_number_is_not_a_restatement() -> None:
    assert headed_values("Officers found three (4) knives.") == [4]


# Names of groups listed as modifiers of one plural noun, the last perhaps of two words.
def test_listed_group_names_modify_the_plural_noun() -> None:
    assert headed_labels(
        "The force has more than 4,000 Black, Asian and Minority Ethnic staff."
    ) == [(4000, "Black, Asian and Minority Ethnic staff")]
    assert headed_labels("Some 20 Camden, Islington and Hackney residents were moved.") == [
        (20, "Camden, Islington and Hackney residents")
    ]


# guard: counts listed with their own nouns keep them
def test_listed_counts_keep_their_own_nouns() -> None:
    assert headed_labels("There were 120 arrests, 40 charges and 3 cautions.") == [
        (120, "arrests"),
        (40, "charges"),
        (3, "cautions"),
    ]


# A participle after a hyphened modifier and before a plural noun is one more modifier.
def test_participle_between_hyphened_modifier_and_plural_noun_goes_on() -> None:
    assert headed_labels("Brent had 388 full-time warranted officers.") == [
        (388, "full-time warranted officers")
    ]


# guard: a participle before no plural noun ends the phrase as a verb
def test_participle_before_no_plural_noun_ends_the_phrase() -> None:
    assert headed_labels("There are 200 full-time recruited last year.") == [(200, "full-time")]


# A part of a named whole told by whom it concerned: the label says the group, not only the
# "of" noun.
def test_part_of_a_whole_is_told_by_whom_it_concerned() -> None:
    assert headed_labels(
        "Some 41% of all recorded stops involved Asian or Asian British people."
    ) == [(41, "recorded stops involved Asian or Asian British people")]
    assert headed_labels("Nearly 9,000 of the reported assaults were against women.") == [
        (9000, "reported assaults against women")
    ]


# guard: a share of a whole with no party after it keeps the whole alone
def test_part_of_a_whole_without_a_party_keeps_the_whole() -> None:
    assert headed_labels("Some 41% of all recorded stops led to no further action.") == [
        (41, "recorded stops")
    ]


# A list's later items name their part by their own "against" or "from" phrase, the noun
# said once before.
def test_list_items_name_their_part_by_against_or_from() -> None:
    assert headed_labels(
        "Some 9,000 of the reported assaults were against men and 2,100 against women."
    ) == [(9000, "reported assaults against men"), (2100, "reported assaults against women")]
    assert headed_labels(
        "A total of 31 beggars were moved on from Soho Square and 12 from Leicester Square."
    ) == [
        (31, "beggars"),
        (12, "beggars from Leicester Square"),
    ]


# guard: a period after "from" names no part
def test_list_item_from_a_time_is_no_part() -> None:
    assert headed_labels("There were 40 arrests in May and 12 from the last year.")[0] == (
        40,
        "arrests",
    )


# A change's noun before "of a further"/"of another": the bound says no direction, the noun
# does.
@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("Ministers confirmed cuts of a further £200m from the budget.", "down"),
        ("The figures show a rise of another 7% in thefts.", "up"),
        ("It needs the help of another 40 officers.", None),
    ],
)
def test_change_of_a_further_sum_takes_the_nouns_direction(
    text: str, direction: str | None
) -> None:
    assert [s.direction for s in headed_stats(text)] == [direction]
