"""Figure forms found in the blind22 batch (round 25), each fixed as a class and tested
on sentences written for it, with guard cases that must not change."""

from __future__ import annotations

import pytest
from tests_support import figure_of, headed_labels


# A share after a copula and an adverb of time or limit names what the subject is in one
# word, as it does straight after the copula.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The force's ranks are currently 15 per cent BAME.", [(15, "BAME")]),
        ("The workforce is still 12 per cent female.", [(12, "female")]),
        ("New recruits were only 30% white.", [(30, "white")]),
        # guard: a comparison word after the share is still no label
        ("Crime is now 15 per cent lower.", [(15, "Crime")]),
    ],
)  # fmt: skip
def test_a_share_after_a_copula_and_adverb_names_the_subject_in_one_word(text, expected):
    assert headed_labels(text) == expected


# A share verb's part may follow a limiting adverb ("making up just 3%") and its clause
# may open on a concession or contrast, not only on "with": the part is that clause's
# subject, without the opening word.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The gap is wider, with black officers making up just 3% of the force.",
         [(3, "black officers as a share of force")]),
        ("Only 15 officers joined, despite women making up 51% of the population.",
         [(15, "officers"), (51, "women as a share of population")]),
        ("Whilst women account for only 30% of officers, the force is growing.",
         [(30, "women as a share of officers")]),
        # guard: a share verb with no limiting word is read as before
        ("With knife crime accounting for 20% of offences, the plan is urgent.",
         [(20, "knife crime as a share of offences")]),
    ],
)  # fmt: skip
def test_a_share_verbs_part_is_its_clauses_subject(text, expected):
    assert headed_labels(text) == expected


# A sum offered is funding, as a sum provided is; and an adverb between the auxiliaries
# and the verb ("has already been spent") still lets the verb name the sum, so "A total
# of" is no label.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A total of £375,000 will be offered to police forces.",
         [(375000, "funding to police forces")]),
        ("The council offered £2m for new parks.", [(2000000, "funding for new parks")]),
        ("A total of £60 million has already been spent on the site.",
         [(60000000, "spending on site")]),
        # guard: a noun after the sum is still what it is
        ("Officers were offered £500 bonuses.", [(500, "bonuses")]),
    ],
)  # fmt: skip
def test_a_sum_offered_or_spent_after_an_adverb_is_named_by_its_verb(text, expected):
    assert headed_labels(text) == expected


# A change that rose or fell "from" one figure with its own subject is that subject's, not
# the label of the figure before it in the sentence.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officers made 40 arrests, and arrests for burglary rose from 12 to 30.",
         [(40, "arrests"), (12, "arrests for burglary"), (30, "arrests for burglary")]),
        ("The force hired 300 officers; its PCSO numbers fell from 1,200 to 900.",
         [(300, "officers"), (1200, "PCSO numbers"), (900, "PCSO numbers")]),
        # guard: with no subject of its own, the change is still the figure's before it
        ("The force had 40 stations, falling from 60 in 2010.",
         [(40, "stations"), (60, "stations")]),
    ],
)  # fmt: skip
def test_a_change_from_a_figure_with_its_own_subject_is_that_subjects(text, expected):
    assert headed_labels(text) == expected


# A figure after "to" ends a range: the noun before it ("from 241 arrests to 210") is
# what both ends count, without the range's second end.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The number fell by 13%, from 241 arrests to 210.",
         [(13, "number"), (241, "arrests"), (210, "arrests")]),
        ("Fines went from £50 penalties to £80.", [(50, "penalties"), (80, "penalties")]),
        # guard: a purpose after "to" is still part of what is counted
        ("The force will hire 300 officers to patrol parks.",
         [(300, "officers to patrol parks")]),
    ],
)  # fmt: skip
def test_a_figure_after_to_ends_the_noun_phrase(text, expected):
    assert headed_labels(text) == expected


# A count range "from A to B things": the first end counts what the second end does, the
# noun said once after the second end.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thefts doubled, leaping from 305 to 610 offences.", [(305, "offences"), (610, "offences")]),
        ("The scheme expanded, going from 12 to 30 schools.", [(12, "schools"), (30, "schools")]),
    ],
)  # fmt: skip
def test_a_count_ranges_first_end_counts_the_noun_after_its_second(text, expected):
    assert headed_labels(text) == expected


def test_a_period_after_a_ranges_second_end_is_no_label():
    assert "year" not in (
        figure_of("Calls doubled, leaping from 305 to 610 last year.", 305).label or ""
    )


# A change's complement named with a demonstrative ("a fall in these crimes") or "all" is
# still the thing changed.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("There was a 32.6% fall in these crimes in the period.", [(32.6, "crimes")]),
        ("Police saw a 12 per cent rise in those offences.", [(12, "offences")]),
        ("There was a 5% rise in all crime.", [(5, "crime")]),
        # guard: an owner is still no part of what changed
        ("Officers get a 3% boost to their pay.", [(3, "pay")]),
    ],
)  # fmt: skip
def test_a_changes_demonstrative_complement_is_what_changed(text, expected):
    assert headed_labels(text) == expected


# A share opening its clause (at the start, or after "and", "while") is the subject of an
# act in the past right after it: the act is its label, up to the next share that has a
# verb of its own.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("38% withdrew reports within 7 days.", [(38, "withdrew reports within 7 days")]),
        ("Most cases were at home and 28% related to domestic abuse.",
         [(28, "related to domestic abuse")]),
        ("After the course, 77 per cent reduced their risk of harm from others and 73 per "
         "cent felt safer.",
         [(77, "reduced their risk of harm from others"), (73, "felt safer")]),
        # guard: a comparison after a change is no act of the share
        ("Crime fell 20% compared to last year.", [(20, "Crime")]),
    ],
)  # fmt: skip
def test_a_share_opening_its_clause_is_labelled_by_its_act(text, expected):
    assert headed_labels(text) == expected


# A figure compared after a dash or comma with an earlier level by a change noun ("– an
# increase from 18%", ", a fall from 420") takes that change's direction.
@pytest.mark.parametrize(
    ("text", "value", "direction"),
    [
        ("64% of reports were withdrawn within 30 days – an increase from 18% in 2019.", 64, "up"),
        ("There were 300 burglaries, a fall from 420 last year.", 300, "down"),
        ("Officers made 90 arrests (a rise from 60 the year before).", 90, "up"),
        # guard: a bare ", from" names a source, not a change
        ("The force has 700 officers, from 12 forces.", 700, None),
    ],
)
def test_a_change_noun_before_from_gives_the_direction(text, value, direction):
    assert figure_of(text, value).direction == direction


# A paragraph of bare numbers and nothing else (a page's share or comment tallies) counts
# nothing; a number with words in its paragraph still does.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officers to police the Games\n\n0\n204\n\nSome 12,500 officers will be deployed.",
         [(12500, "officers")]),
        ("Share this page\n\n45\n\nThe force made 30 arrests.", [(30, "arrests")]),
        # guard: a number on its own line with words in the same paragraph is kept
        ("Officers made\n30 arrests.", [(30, "arrests")]),
    ],
)  # fmt: skip
def test_a_paragraph_of_bare_numbers_is_no_figure(text, expected):
    assert headed_labels(text) == expected


# A change "in" something, then after a comma the range of its levels ("a fall in X, from
# A to B"): both ends are levels of what the change is in.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("There was a rise in knife crime, from 300 to 400.",
         [(300, "knife crime"), (400, "knife crime")]),
        ("There was a fall in the share of arrests that were of women, from 16% in 2015 to "
         "11% in 2016.",
         [(16, "share of arrests that were of women"),
          (11, "share of arrests that were of women")]),
        # guard: "from" naming a source, no range after it, is not such a level
        ("There was an increase in arrests, from 12 forces.", [(12, "forces")]),
    ],
)  # fmt: skip
def test_a_range_after_a_change_in_something_is_of_that_thing(text, expected):
    assert headed_labels(text) == expected


# A range's first end may be dated as a statistical year ("in the year ending September
# 2015", "in the 12 months to March 2019"): the second end's direction is still told by
# the two values.
@pytest.mark.parametrize(
    ("text", "value", "direction"),
    [
        ("Female arrests went from 16% in the year ending September 2015 to 11% this year.",
         11, "down"),
        ("Knife crime went from 300 in the 12 months to March 2019 to 400.", 400, "up"),
        ("Arrests went from 120 in 2019 to 90 in 2020.", 90, "down"),
    ],
)  # fmt: skip
def test_a_range_dated_by_a_statistical_year_gives_the_direction(text, value, direction):
    assert figure_of(text, value).direction == direction
