"""Figure forms found in the spent sixteenth blind batch (tests/blind16, round 17), each
fixed as a class: the batch's own case and others of the same class written in the styles
of other real publishers (Met, GOV.UK/Home Office, London Assembly, Mayor, MOPAC, news
sites), with guard cases that must not change."""

from __future__ import annotations

import pytest
from tests_support import figure_of, headed_stats, headed_values


# Junk in a number's setting: the youngest or oldest age ("as young as 12"), the hour a
# clock strikes, the first end of a range of durations ("12-18 months") and a prison term
# whose unit the excerpt cut off ("a minimum term of 3").
@pytest.mark.parametrize(
    "text",
    [
        # the batch's own forms, in other words
        "The orders can be made against children as young as 12 who carry blades.",
        "Crowds pushed through the barriers before the clock struck 12, police said.",
        "Reviewing the findings will take at least 12-18 months.",
        "The former constable was given a life sentence with a minimum term of 3",
        # Home Office, Met and news-site variants
        "Offenders as old as 70 have been convicted under the act.",
        "Home Office: the pilot will run for 6 to 9 months in each force.",
        "The Met expects the backlog to clear within 3–4 years.",
        "Revellers cheered as Big Ben strikes 12.",
        "He must serve a tariff of 25",
    ],
)
def test_age_hour_duration_range_term_are_junk(text):
    assert headed_values(text) == []


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # guards: a count follows, or the words are not an age, clock or term
        ("As many as 12 officers were hurt at the junction.", [12]),
        ("Officers seized 12 to 18 knives a month.", [12, 18]),
        ("The van struck 3 pedestrians on the bridge.", [3]),
        ("A term of 3 hearings a month is the aim.", [3]),
        ("Pupils as young as 12 per cent of the cohort.", [12]),
        ("The unit made 40 arrests in 18 months.", [40]),
    ],
)
def test_age_hour_duration_range_term_guard(text, values):
    assert headed_values(text) == values


# A count in words before "other", or before a participle saying which of them, and the
# people counted: "three other men", "seven serving officers".
@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        # the batch's own forms, in other words
        ("Dog handlers chased three other men over the fields.", 3, "men"),
        ("The hearings led to seven serving officers being sacked.", 7, "officers"),
        # Met, Home Office and news-site variants
        ("The panel said four remaining officers face a hearing.", 4, "officers"),
        ("The review covered five other forces, the report said.", 5, "forces"),
        ("At the scene six attending constables gave first aid.", 6, "constables"),
    ],
)
def test_count_before_other_or_participle(text, value, label):
    assert label in figure_of(text, value).label


@pytest.mark.parametrize(
    "text",
    [
        # guards: the -ing word opens a phrase of its own, or the people are a pair
        "Of the 20 incidents reported, four involving children were referred.",
        "Dog handlers chased two other men over the fields.",
        "The hearings led to seven serving in the unit being sacked.",
    ],
)
def test_count_before_other_or_participle_guard(text):
    assert [s for s in headed_stats(text) if s.value in (2, 4, 7)] == []


# The next item of a tally of counts by what they were for, after an item of the same form,
# is a count labelled by its reason: "...; 18 for assault; three for carrying weapons".
@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        # the batch's own forms, in other words
        (
            "Officers made 60 arrests - 30 for public order; 12 for assault; three for "
            "carrying offensive weapons; two each for theft.",
            3,
            "carrying offensive weapons",
        ),
        (
            "There were 52 arrests, including six for drug possession, three for carrying "
            "bladed weapons and five for assaults on officers.",
            3,
            "carrying bladed weapons",
        ),
        # Met and local-news variants
        (
            "Of the 25 arrests, nine were for burglary, four for robbery and three for theft.",
            4,
            "robbery",
        ),
        ("The force made 40 arrests: 20 for criminal damage, 11 for assault.", 11, "assault"),
    ],
)
def test_tally_item_for_reason(text, value, label):
    assert figure_of(text, value).label == label


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # guards: no earlier "N for" item, so the count stands as it did
        ("Patrols ran for weeks, three for the night shift.", []),
        ("We met residents, and three for the record said so.", []),
    ],
)
def test_tally_item_for_reason_guard(text, values):
    assert headed_values(text) == values
