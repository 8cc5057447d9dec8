"""Figure forms found in the blind21 batch (round 24), each fixed as a class and tested
on sentences written for it, with guard cases that must not change."""

from __future__ import annotations

import pytest
from tests_support import figure_of, headed_labels


# A date written year first, as question and decision pages head themselves: its day is
# no count, nor are its year and month.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Session on 2019-11-14\n\nThe force recruited 250 officers.", [(250, "officers")]),
        ("Published 2021-03-09. Officers made 40 arrests.", [(40, "arrests")]),
        # guard: a year range's end is still no count, a count after it still is
        ("In 2022-23 officers made 40 arrests.", [(40, "arrests")]),
    ],
)  # fmt: skip
def test_the_day_of_a_year_first_date_is_no_figure(text, expected):
    assert headed_labels(text) == expected


# A tranche is a numbered part like a phase: "Tranche 2 of the programme" names it.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tranche 2 of the new model covers 12 boroughs.", [(12, "boroughs")]),
        ("Funding for tranches 3 and 4 of the scheme covers 80 schools.", [(80, "schools")]),
        # guard: a count before "tranches" is still a count
        ("The grant was paid in 3 tranches over the year.", [(3, "tranches")]),
    ],
)  # fmt: skip
def test_a_numbered_tranche_is_no_figure(text, expected):
    assert headed_labels(text) == expected


# Numbered parts listed with no space after a comma: every number is still a part's name.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Approve the work in sections 3,4, 5 and 6 for 40 projects.", [(40, "projects")]),
        ("As set out in paragraphs 2,3,7 and 9, the force hired 15 officers.",
         [(15, "officers")]),
        # guard: a count after the list's noun and a join is still a count
        ("The report has 12 sections and 300 pages.", [(12, "sections"), (300, "pages")]),
    ],
)  # fmt: skip
def test_numbered_parts_listed_without_spaces_are_no_figures(text, expected):
    assert headed_labels(text) == expected


# A decision's code: an acronym, the year, then its number within the year.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Reference code:\nDMPCD 2016 245\n\nApprove funding for 30 officers.",
         [(30, "officers")]),
        ("Decision MD 2019 87 funds 12 youth workers.", [(12, "youth workers")]),
        # guard: a count after a year that follows an ordinary word is still a count
        ("In 2019 45 officers joined the unit.", [(45, "officers")]),
    ],
)  # fmt: skip
def test_a_code_numbered_within_its_year_is_no_figure(text, expected):
    assert headed_labels(text) == expected


# An excerpt cut off after a preposition of time or place: the number left is cut short.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officers made 40 arrests. Londoners will see more patrols throughout 20",
         [(40, "arrests")]),
        ("Officers made 40 arrests. The scheme will run during 20", [(40, "arrests")]),
        # guard: a number ending a finished sentence is kept
        ("Officers made 40 arrests. Knife crime offences fell to 20.",
         [(40, "arrests"), (20, "Knife crime offences")]),
    ],
)  # fmt: skip
def test_a_number_cut_off_after_a_preposition_is_no_figure(text, expected):
    assert headed_labels(text) == expected


# A count from 21 to 99 in words with its hyphen left out is one count, not two.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thirty five people were issued with warning notices.",
         [(35, "people issued with warning notices")]),
        ("Officers seized forty two knives during the week.", [(42, "knives")]),
        # guard: the hyphenated form reads as before
        ("Officers seized forty-two knives during the week.", [(42, "knives")]),
    ],
)  # fmt: skip
def test_a_compound_count_word_without_its_hyphen_is_one_count(text, expected):
    assert headed_labels(text) == expected


# Anything counted, then "being" and what was done to it: the participle says what is
# counted ("cameras" alone says nothing of theft), an adverb before it too.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police recorded 120 instances of bikes being stolen this year.",
         [(120, "instances of bikes stolen")]),
        ("There were 64 signs being deliberately defaced in the borough.",
         [(64, "signs deliberately defaced in the borough")]),
        ("Figures show 35 patrol cars being damaged in the disorder.",
         [(35, "patrol cars damaged in the disorder")]),
        # guard: a noun after "being" is no act on the counted thing
        ("The council has 40 buildings being a burden on its budget.", [(40, "buildings")]),
        # guard: "were" after things counted is still the clause's own verb
        ("In the disorder 80 cameras were damaged.", [(80, "cameras")]),
    ],
)  # fmt: skip
def test_what_was_being_done_to_things_counted_stays_in_the_label(text, expected):
    assert headed_labels(text) == expected


# How a change went, said between its verb and "by" ("sharply", "as expected"), is not
# what changed: the subject is.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The police precept will rise as expected by three per cent.",
         [(3, "police precept")]),
        ("Knife crime rose sharply by 12 per cent.", [(12, "Knife crime")]),
        # guard: what a change acts on, inside its words, still names it
        ("The plan will reduce burglaries by 20 per cent.", [(20, "burglaries")]),
        ("The Met aims to cut supply by 10 per cent.", [(10, "supply")]),
    ],
)  # fmt: skip
def test_how_a_change_went_is_not_what_changed(text, expected):
    assert headed_labels(text) == expected


# A purpose's verb takes its object with an article or a particle ("to create an outreach
# service", "to enter into a partnership"): the phrase goes on, not cut back to "funding".
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The board approved £4,250,000 of funding to enter into a partnership with Safer Homes.",
         [(4250000, "funding to enter into a partnership with Safer Homes")]),
        ("The Mayor approved £2m of funding to create an outreach service for young people.",
         [(2000000, "funding to create an outreach service for young people")]),
        ("The Met will deploy 40 officers to support a new unit.",
         [(40, "officers to support a new unit")]),
        # guard: an article after a noun, no purpose's verb before it, still ends the phrase
        ("The force sent 40 officers to a new unit.", [(40, "officers")]),
    ],
)  # fmt: skip
def test_a_purpose_keeps_its_object_after_an_article_or_particle(text, expected):
    assert headed_labels(text) == expected


# A figure compared with the next after a comma, the change's word said: "12,419 offences,
# down from 19,455" is down, as after a dash or in brackets.
@pytest.mark.parametrize(
    ("text", "value", "direction"),
    [
        ("There were 8,200 such offences across the city, down from 11,455 last year.",
         8200, "down"),
        ("Just nine per cent of crimes were reported at front counters, down from 21 per cent.",
         9, "down"),
        ("Some 63 per cent of residents say the service is good, up from 55 per cent in 2008.",
         63, "up"),
        # guard: the earlier figure, compared with nothing, has no direction
        ("There were 8,200 such offences across the city, down from 11,455 last year.",
         11455, None),
    ],
)  # fmt: skip
def test_a_comparison_after_a_comma_gives_the_figure_its_direction(text, value, direction):
    assert figure_of(text, value).direction == direction
