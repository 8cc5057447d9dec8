"""Figure forms found in the blind25-29 batches (round 30), each fixed as a class and tested
on sentences written for it, with guard cases that must not change."""

from __future__ import annotations

import pytest
from tests_support import headed_stats, headed_values


# A PDF's contents page run together on one line after a capitalised "Contents" heading:
# each heading (after its section number) is followed by a page that never falls and then
# the next heading's capital. A count followed by what it counts, a run too short or pages
# that fall keep their figures.
@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "FIRE PLAN 2019 CONTENTS FOREWORD 3 Summary of the plan 5 1. THE SERVICE 8 "
            "Stations 8 2. RESOURCES 11 Budget 12 FIRE PLAN 2019 The service made 300 rescues.",
            [300],
        ),
        ("Table of Contents Foreword 3 Summary 5 Annexes 9", []),
        ("CONTENTS Foreword 4 Summary 6 Annexes 9 The unit made 300 arrests in the year.", [300]),
        ("Contents Foreword 4 Summary 6 and then 50 officers joined.", [4, 6, 50]),
        ("Contents Burglary 40 Robbery 12 Assault 85", [40, 12, 85]),
    ],
)
def test_inline_contents_page_numbers_are_no_figures(text, values):
    assert headed_values(text) == values


# A budget's "pa" (per annum) after a sum is its rate, not what it sizes: the label is
# found past it, as past "per annum".
@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Net savings of £2.9m in 2019/20 rise to £4.7m pa from 2020/21.", "Net savings"),
        ("The overtime budget rises by £1.3m p.a. from next year.", "overtime budget"),
        ("The overtime budget rises by £1.3m per annum from next year.", "overtime budget"),
    ],
)
def test_per_annum_abbreviation_is_a_rate_not_a_label(text, label):
    last = headed_stats(text)[-1]
    assert (last.label, last.extra.get("per")) == (label, "year")


# An abbreviation in brackets after its name ends no clause: the change's subject or
# object is read past it. A bracket holding words still ends the clause.
@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Crime on the Docklands Light Railway (DLR) is down by four per cent.",
            "Crime on the Docklands Light Railway",
        ),
        (
            "Patrols helped reduce anti-social behaviour (ASB) by more than 30 per cent.",
            "anti-social behaviour",
        ),
        ("Crime on the railway (as the report shows) is down by four per cent.", None),
    ],
)
def test_abbreviation_in_brackets_ends_no_clause(text, label):
    assert headed_stats(text)[-1].label == label


# A phrasal verb of lowering ("drive down", "bring down") acts on its object, which is
# what the change after "by" measures.
@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Extra patrols helped drive down anti-social behaviour by 30 per cent.",
            "anti-social behaviour",
        ),
        ("The scheme brought down knife crime by 12% last year.", "knife crime"),
    ],
)
def test_phrasal_lowering_verb_names_what_changed(text, label):
    assert headed_stats(text)[-1].label == label


# A word processor's second-level bullet comes out of a decision page's text as a letter
# "o" before the item: it is no word of the label. A sentence opening on "o" keeps it.
@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "o An increase in the officer and staff overtime budget against the Medium Term "
            "Financial Plan by £1.3m.",
            "increase in the officer and staff overtime budget",
        ),
        ("o Savings of £2m in the custody budget.", "custody budget"),
    ],
)
def test_letter_o_bullet_is_no_word(text, label):
    assert headed_stats(text)[-1].label == label


# A share of an age group keeps its ages, given as a range after "aged" as well as a bound.
# Numbers between without "aged" are no ages.
@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "While 70% of people aged between 55 and 74 agreed, few did.",
            "people aged between 55 and 74",
        ),
        ("Some 40% of victims were aged from 18 to 25.", "victims were aged from 18 to 25"),
        ("The cut fell on 30% of stations between 10 and 20 years old.", "stations"),
    ],
)
def test_share_of_age_group_keeps_the_ages(text, label):
    assert headed_stats(text)[-1].label == label


# A noun spelt as a past form ("moped") is no act: the phrase reads on past it.
@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Over 90% of the capital’s moped thieves were caught.", "capital’s moped thieves"),
        (
            "The force recorded 20,973 moped enabled crimes, a paper reports.",
            "moped enabled crimes",
        ),
    ],
)
def test_noun_spelt_as_past_form_is_no_act(text, label):
    assert headed_stats(text)[-1].label == label


# A detection or conviction rate measures the cases' outcome, said after the share's whole
# (after an auxiliary, for a participle) or as the act before the share. A participle with
# no auxiliary ("officers charged with the inquiry") is no outcome.
@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Only 2.6% of bike thefts were solved last year.", "bike thefts solved"),
        (
            "Over 95% of the capital’s phone thieves escaped justice in 2018.",
            "capital’s phone thieves escaped justice",
        ),
        ("Detectives solved just 4.7% of 2,436 offences.", "offences solved"),
        ("Some 30% of those arrested were charged with burglary.", "charged"),
        (
            "About 20% of the officers charged with the inquiry left.",
            "officers charged with the inquiry",
        ),
    ],
)
def test_detection_rate_names_the_outcome(text, label):
    assert headed_stats(text)[0].label == label
