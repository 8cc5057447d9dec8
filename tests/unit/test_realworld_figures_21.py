"""Figure forms found in the spent blind19 batch (round 21), each fixed as a class and
tested on sentences written for it, with guard cases that must not change."""

from __future__ import annotations

import pytest
from tests_support import headed_labels, headed_stats


# List items run together where a page lost its line breaks: each item's last word, in
# lower case, is glued to the number opening the next one. Two or more such glues in a
# block cut it back into its items; one glue, or a name with digits, is left alone.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The operation led to:\n\n41 seizures12 vehicles recovered£3,400 cash",
         [(41, "seizures"), (12, "vehicles recovered"), (3400, "cash")]),
        ("Results of the week:\n\n85 warrants executed19 knives seized7 people charged",
         [(85, "warrants"), (19, "knives seized"), (7, "people charged")]),
        # guard: a name with digits is capitalised, and one glue is no run of items
        ("Youth workers from Base44 helped 60 young people this summer.",
         [(60, "young people")]),
    ],
)  # fmt: skip
def test_list_items_run_together_are_cut_apart(text, expected):
    assert headed_labels(text) == expected


def test_items_run_together_read_as_the_items_apart():
    glued = "The week of action resulted in:\n\n30 arrests14 people charged6 firearms recovered"
    apart = (
        "The week of action resulted in:\n\n30 arrests\n\n14 people charged\n\n6 firearms recovered"
    )
    assert headed_labels(glued) == headed_labels(apart)


# A noun and a participle written without their hyphen ("drug related", "gun linked")
# make one modifier: a count in words before them counts the plural noun after them.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police recorded nine gun linked incidents in the borough.", [(9, "gun linked incidents in the borough")]),
        ("There were five alcohol fuelled assaults on the night.", [(5, "alcohol fuelled assaults on the night")]),
        # guard: an auxiliary and a participle are a verb, not a modifier
        ("Two were arrested hours later.", []),
    ],
)  # fmt: skip
def test_an_unhyphenated_noun_and_participle_modify_the_count(text, expected):
    assert headed_labels(text) == expected


# A count from 21 to 99 in words is hyphenated ("forty-three"); it counts its plural noun
# as the single words do, at a sentence's opening too.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officers carried out thirty-four searches and made twenty-six arrests.",
         [(34, "searches"), (26, "arrests")]),
        ("Forty-one forces took part in the scheme.", [(41, "forces")]),
        ("Ninety-Nine stations were audited.", [(99, "stations")]),
        # guard: a span of time is no count, hyphenated or not
        ("The trial lasted twenty-two days.", []),
    ],
)  # fmt: skip
def test_hyphenated_counts_in_words(text, expected):
    assert headed_labels(text) == expected


# A count in words in a relative clause on the group just counted (", of whom six have
# been charged", ", of which nine were stolen") is the part of that group in that state.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police seized 40 phones, of which nine were stolen.", [(40, "phones"), (9, "stolen")]),
        ("Officers arrested 23 people, of whom seven have been charged.",
         [(23, "people arrested"), (7, "charged")]),
        # guard: with no relative clause, a bare count and verb is no figure
        ("Officers arrested 23 people and seven were later released.", [(23, "people arrested")]),
    ],
)  # fmt: skip
def test_a_count_of_whom_is_a_part_of_the_group(text, expected):
    assert headed_labels(text) == expected


# An age is no count: a bound of an age group ("the 65 and over age group", "the 16-24
# age band") and a decade of life after "their" ("in their 30s", "their 40′ and 60’s").
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Of victims, 40% were in the 65 and over age group.", [40]),
        ("The 16-24 age band made up 31% of those stopped.", [31]),
        ("Nine suspects, all in their 30s, were arrested after 12 raids.", [12]),
        ("The drivers, aged between their 40′ and 60’s, paid 14 fines.", [14]),
        # guard: a count after "their" stays a count
        ("Forces sent their 20 best officers and 40 dogs.", [20, 40]),
    ],
)
def test_ages_as_groups_and_decades_are_no_counts(text, expected):
    assert [s.value for s in headed_stats(text)] == expected


# A numbered section's heading ("2.1 Overview") carries no figure: its number has two or
# three parts and the heading has no figure or stop of its own.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2.1 Overview\n\nPolice recorded 4,210 offences.", [4210]),
        ("3.2.1 Offences recorded by the police\n\nThere were 88 arrests.", [88]),
        # guard: a decimal that opens a sentence is still a figure
        ("2.5 Million calls were answered in the year.", [2500000]),
        ("4.5 Tonnes of cannabis were seized in 12 raids.", [4.5, 12]),
    ],
)
def test_a_section_number_is_no_figure(text, expected):
    assert [s.value for s in headed_stats(text)] == expected


# A count in words before an abbreviation's plural, or a make's model with its number
# ("MP5s", "AK-47s"), counts it, also where that plural ends the clause.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officers recovered six pistols and four AK-47s.", [(6, "pistols"), (4, "AK-47s")]),
        ("The unit took two MP5s, a shotgun and ammunition.", [(2, "MP5s")]),
        ("The force bought nine ANPRs.", [(9, "ANPRs")]),
        # guard: the pair just named is no count
        ("Both were seen by the two ARVs.", []),
    ],
)
def test_a_count_in_words_of_an_abbreviation_plural(text, expected):
    assert headed_labels(text) == expected


def test_a_block_glued_past_any_list_length_is_left_whole():
    # a list runs to a few dozen items: text glued hundreds of times is not cut into items
    glued = "Results:\n\n" + "".join(f"{n} arrests" for n in range(100, 400))
    assert len(headed_stats(glued)) < 300
