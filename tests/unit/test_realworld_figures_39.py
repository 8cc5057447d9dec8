"""Figure forms found in the blind48-49 batches (round 39) and the open classes of blind32-47,
each fixed as a class and tested on text written for it, with guard cases that must not
change."""

from __future__ import annotations

import pytest
from tests_support import headed_labels, headed_stats, headed_values


# An emergency or non-emergency police number named as a line, or rung by its past-tense
# verb or "via" it, is the service, not a count.
@pytest.mark.parametrize(
    "text",
    [
        "The 101 police line leaves callers waiting for hours.",
        "Callers to the 101 police non-emergency line gave up.",
        "A man who phoned 999 and threatened staff was jailed.",
        "She rang 999 when she saw the fire.",
        "Anyone with information can contact officers via 101 or online.",
        "The report looked at 101 waiting times across the capital.",
    ],
)
def test_police_phone_number_named_or_rung_is_no_figure(text: str) -> None:
    assert headed_values(text) == []


# guard: a count of 101 things stays
def test_count_of_one_hundred_and_one_stays() -> None:
    assert headed_labels("Officers made 101 arrests in the operation.") == [
        (101, "arrests in the operation")
    ]
    assert headed_values("Thefts fell from 140 last year to 101 this year.") == [140, 101]


# An age in apposition to one person named by a noun or a surname alone, set off by commas,
# is no count.
@pytest.mark.parametrize(
    "text",
    [
        "Police arrested a 17-year-old boy and a man, 20, in Islington this morning.",
        "The other man, 19, is in a stable condition.",
        "A fourth suspect, 18, will be sentenced next month.",
        "Jones and Smith, both 26, were jailed for six years.",
        "Patel, 28, downloaded the guides at his home.",
        "Read more: Dog walker, 80, killed after being abused by youths",
    ],
)
def test_age_in_apposition_to_one_person_is_no_figure(text: str) -> None:
    assert headed_values(text) == []


# guard: a count after a comma that opens a sentence, or after a plural, stays
def test_count_after_an_opening_comma_stays() -> None:
    assert headed_values("Meanwhile, 25 of the officers were moved.") == [25]
    assert headed_values("Of the men, 25 were charged.") == [25]


# A clock time told by "o'clock", or written with a dot and its seconds, is no figure.
@pytest.mark.parametrize(
    "text",
    [
        "This information was provided at 9 o'clock this morning.",
        "The crowd had gone by 11 o’clock.",
        "Screen Shot 2015-12-23 at 14.15.27Speaking to the paper, the force said so.",
    ],
)
def test_clock_time_in_words_or_with_seconds_is_no_figure(text: str) -> None:
    assert headed_values(text) == []


# guard: a count after the time, and a dotted share, stay
def test_count_after_a_clock_time_stays() -> None:
    assert headed_values("By 10 o'clock 40 people had gathered.") == [40]
    assert headed_values("Crime rose to 14.15 per cent.") == [14.15]


# The age of the people counted, its hyphen spaced off the number, is no count.
@pytest.mark.parametrize(
    "text",
    [
        "The programme is open to 13-18 year-olds from across London.",
        "The scheme is open to 16 year-olds in every borough.",
    ],
)
def test_age_before_spaced_year_olds_is_no_figure(text: str) -> None:
    assert headed_values(text) == []


# guard: the count of the people of that age stays
def test_count_of_year_olds_stays() -> None:
    assert headed_values("Some 4,000 16-year-olds joined the scheme.") == [4000]


# A span of financial years is a duration, as a span of calendar years is.
def test_span_of_financial_years_is_no_figure() -> None:
    assert headed_values("Please list the costs in each of the last 3 financial years.") == []


# guard: a figure of the financial year stays
def test_count_in_a_financial_year_stays() -> None:
    assert headed_values("In the 2013/14 financial year there were 250 arrests.") == [250]


# A project's numbered gate of approval names a stage, as "Phase 2" does.
def test_numbered_gate_of_a_project_is_no_figure() -> None:
    assert headed_values("Approve the project to progress to Gate 2 (Delivery Strategy).") == []
    assert headed_values("The project may proceed to Full Business Case Gate 3.") == []


# guard: a count of gates stays
def test_count_of_gates_stays() -> None:
    assert headed_labels("The station has 12 gates.") == [(12, "gates")]


# A sum or count glued to a change noun sizes the change, so its label keeps the noun; a
# change followed only by a period, or by nothing that names what changed, is labelled by
# the change itself.
def test_change_noun_glued_to_a_figure_stays_in_its_label() -> None:
    assert headed_labels("The force must meet a £500m cut in its budget.") == [
        (500000000, "cut in budget")
    ]
    assert headed_labels("This is a 72% drop from the levels seen before.") == [(72, "drop")]
    assert headed_labels("Thefts showed a 45 per cent fall in the first five months.") == [
        (45, "fall")
    ]


# guard: a share's change in a named thing is labelled by the thing, its direction says how
def test_share_change_in_a_thing_keeps_the_thing() -> None:
    assert headed_labels("There was a 22 per cent reduction in homicides.") == [(22, "homicides")]
    assert headed_labels("Burglary saw a seven per cent fall.") == [(7, "Burglary")]


# A level reached by a doubling going on is a rise, as one reached by "doubled" is.
def test_level_after_doubling_to_is_a_rise() -> None:
    (figure,) = headed_stats("Incidents rose sharply, with the number almost doubling to 547.")
    assert (figure.value, figure.direction) == (547, "up")


# guard: a doubling with no level after it gives the next figure no direction
def test_count_after_a_doubling_without_to_has_no_direction() -> None:
    (figure,) = headed_stats("After the doubling, 300 officers joined the unit.")
    assert (figure.value, figure.direction) == (300, None)
