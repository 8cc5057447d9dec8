"""Figure forms found in the blind23-27 batches (round 29), each fixed as a class and tested
on sentences written for it, with guard cases that must not change."""

from __future__ import annotations

import pytest
from tests_support import headed_labels, headed_stats, headed_values, parse_snippet


# A numbered paragraph's number (two parts, no stop) is numbering when a function word
# opens the sentence after it, whatever word follows that, or when the paragraphs before
# or after it open on the numbers next to it. A figure opening a block reads on in its unit.
@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("2.1 The Board’s programme was set to cover £40,000 of costs.", [40000]),
        ("4.2 The Fire Brigade has 12 new engines.", [12]),
        (
            "2.1 The Board met twice.\n\n2.2 Consolidation of the sites is one of the aims.\n\n"
            "2.3 Savings of £2m are expected.",
            [2e6],
        ),
        ("1.5 million people called the line last year.", [1.5e6]),
        ("4.5 Tonnes of cannabis were found in the car.", [4.5]),
        ("4.5 Tonnes of cannabis were found.\n\n4.8 Kilos of cocaine were found.", [4.5, 4.8]),
        ("1.5 million people called.\n\n1.6 million people wrote.", [1.5e6, 1.6e6]),
    ],
)
def test_numbered_paragraph_number_is_no_figure(text, values):
    assert headed_values(text) == values


# Under a "Contents" heading, a run of short lines each ending in a number that never falls
# is a contents page: the numbers are pages. A "Contents" menu label over prose, or a list
# of counts not under that heading, keeps its figures.
@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Contents\n\nForeword 3\n\n1. Introduction 7\n\n2. Resourcing the service 12", []),
        ("Table of contents\n\nSummary 5\n\nAnnexes 40\n\nThe service made 300 arrests.", [300]),
        ("Contents\n\nThe service made 300 arrests in 2023.", [300]),
        ("Arrests by type:\n\nBurglary 12\n\nRobbery 40\n\nAssault 85", [12, 40, 85]),
    ],
)
def test_contents_page_numbers_are_no_figures(text, values):
    assert headed_values(text) == values


# A short line repeated but for the number before or after it is a printed page's running
# head or foot: the number is the page's. A line said once keeps its figure.
@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("4 ANNEX B\n\nThe unit made 300 arrests.\n\n5 ANNEX B", [300]),
        ("Fire Safety Review 9\n\nThe unit made 300 arrests.\n\nFire Safety Review 10", [300]),
        ("The unit made 300 arrests.\n\n40 Officers\n\nThe unit made 30 seizures.", [300, 40, 30]),
    ],
)
def test_running_head_page_numbers_are_no_figures(text, values):
    assert headed_values(text) == values


# A total split over the days of an event names each part by its day, after the noun the
# total counted; a part said "in" a month stays the total's (a time, not a part).
@pytest.mark.parametrize(
    ("text", "labels"),
    [
        (
            "Police made 240 arrests over the weekend, with 100 on Saturday and 140 on Sunday.",
            [(240, "arrests"), (100, "arrests on Saturday"), (140, "arrests on Sunday")],
        ),
        (
            "There were 90 arrests at the fair across both days, 40 on Monday and 50 on Tuesday.",
            [
                (90, "arrests at the fair"),
                (40, "arrests at the fair on Monday"),
                (50, "arrests at the fair on Tuesday"),
            ],
        ),
        (
            "Police made 240 arrests this year, with 100 in March and 140 in April.",
            [(240, "arrests"), (100, "arrests"), (140, "arrests")],
        ),
    ],
)
def test_total_split_over_days_labels_each_day(text, labels):
    assert headed_labels(text) == labels


# An adverb of time between the people counted and what was done to them ("currently", as
# "now" and "still") leaves the act in the label; a place after it stays out.
@pytest.mark.parametrize(
    ("text", "labels"),
    [
        (
            "Dismissals rose, with 52 officers currently suspended, up from 30 in 2021.",
            [(52, "officers suspended"), (30, "officers suspended")],
        ),
        ("The force has 300 officers currently on patrol.", [(300, "officers")]),
    ],
)
def test_time_adverb_before_act_keeps_the_act(text, labels):
    assert headed_labels(text) == labels


# A site search box's label and a paywall's meter are page furniture: no figure, no title.
@pytest.mark.parametrize(
    "furniture", ["Custom Search 1", "Custom Search", "You are viewing 2 of your 3 free articles"]
)
def test_search_box_and_paywall_lines_are_furniture(furniture):
    release = parse_snippet(
        f"{furniture}\n\nMayor funds new youth centres\n\nThe Mayor is funding 12 youth centres."
    )
    assert release.title == "Mayor funds new youth centres"
    assert headed_values(f"{furniture}\n\nThe Mayor is funding 12 youth centres.") == [12]


# A part of a tally told by its reason in its own clause ("were for ...") is the tally's
# noun for that reason, after a "number of" in apposition or a count said before it.
@pytest.mark.parametrize(
    ("text", "labels"),
    [
        (
            "The largest number of arrests – 90 – were for drug possession, and 25 were for "
            "public order offences.",
            [(90, "arrests for drug possession"), (25, "arrests for public order offences")],
        ),
        (
            "Officers made 300 arrests; 120 were for theft.",
            [(300, "arrests"), (120, "arrests for theft")],
        ),
        # guard: a part told by what was done to it keeps that state
        ("Officers made 300 arrests, and 120 were charged.", [(300, "arrests"), (120, "charged")]),
    ],
)
def test_tally_part_labelled_by_its_reason(text, labels):
    assert headed_labels(text) == labels


# Every form of a change's verb gives the size after "by" its direction ("raising" once
# matched the pattern but no direction's stem, and the release could not be imported).
@pytest.mark.parametrize(
    ("verb", "direction"),
    [
        *((form, "down") for form in "reduce reduces reducing reduced cut cuts cutting".split()),
        *(
            (form, "up")
            for form in "increase increases increasing increased raise raises raising raised "
            "boost boosts boosting boosted".split()
        ),
    ],
)
def test_every_form_of_a_change_verb_has_its_direction(verb: str, direction: str) -> None:
    by_figure = headed_stats(f"The Mayor is {verb} the policing precept by 5 per cent.")
    by_bound = headed_stats(
        f"The Mayor is {verb} council tax by the maximum he can without a referendum "
        "(1.99 per cent)."
    )
    assert [(s.value, s.direction) for s in by_figure + by_bound] == [
        (5, direction),
        (1.99, direction),
    ]
