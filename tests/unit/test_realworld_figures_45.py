"""Figure forms found in the blind60-61 batches (round 45) and the open classes of earlier
batches, each fixed as a class and tested on text written for it, with guard cases that
must not change."""

from __future__ import annotations

import pytest
from tests_support import headed_labels, headed_values


# A bus named by its route: the number before a singular "bus" names it.
@pytest.mark.parametrize(
    "text",
    [
        "Police want to trace a man after an assault on the 48 bus. Picture: Met Police",
        "A woman was robbed on a 344 night bus in Camden.",
        "Assault on 48 bus in Hackney",
    ],
)
def test_route_number_before_a_singular_bus_is_no_figure(text: str) -> None:
    assert headed_values(text) == []


def test_buses_and_bus_staff_counted_stay_figures() -> None:
    assert headed_values("The council bought 48 buses and hired 400 bus drivers.") == [48, 400]


# An age guessed after "aged", or said of a person named by a pronoun.
@pytest.mark.parametrize(
    "text",
    [
        "The suspect was described as a white man and aged approximately 27.",
        "He is described as aged about 30, of slim build.",
        "Our colleague was PC Jones. He was 48 and a father of two.",
        "“I’m 48, I don’t want to seem old-fashioned,” he said.",
        "She is 52.",
    ],
)
def test_age_guessed_or_said_of_a_pronoun_is_no_figure(text: str) -> None:
    assert headed_values(text) == []


def test_counts_said_of_a_pronoun_stay_figures() -> None:
    assert headed_values("He was 1 of the officers sent, and she is 3 places ahead.") == [1, 3]
    assert headed_labels("The unit says it has about 30 officers aged about 30 or more.") == [
        (30, "officers")
    ]


# A list or run of footnote numbers in square brackets.
@pytest.mark.parametrize(
    "text",
    [
        "Answers show that the rate varies widely across boroughs. [2, 3]",
        "Answers show that the rate varies widely across boroughs.[4-6]",
    ],
)
def test_bracketed_list_of_notes_is_no_figure(text: str) -> None:
    assert headed_values(text) == []


def test_bracketed_count_with_a_thousands_comma_stays_a_figure() -> None:
    assert headed_values("The force said [2,500] officers were sent.") == [2500]


# A Question Time page numbers questions sharing a title, and its answer's heading repeats it.
def test_question_number_after_a_title_its_answer_repeats_is_no_figure() -> None:
    text = (
        "Wildlife Crime Unit (1)\n\nQuestion By: Jane Smith\n\n"
        "What is the Mayor doing to support the unit?\n\n"
        "Answer for Wildlife Crime Unit (1)\n\n"
        "The unit has 4 officers."
    )
    assert headed_labels(text) == [(4, "officers")]


def test_counts_in_brackets_after_headings_stay_figures_with_no_answer_heading() -> None:
    text = "Arrests by offence:\n\nRobbery (1)\n\nCriminal damage (12)"
    assert headed_values(text) == [1, 12]


# A document named by its capitalised kind and its number.
@pytest.mark.parametrize(
    "text",
    [
        "This Assembly notes Mayoral Direction 1516 – the budget options.",
        "She led the review of Form 696, a risk assessment form.",
        "Report 8 of the 16 September 2010 meeting of the committee.",
    ],
)
def test_number_after_a_capitalised_document_kind_is_no_figure(text: str) -> None:
    assert headed_values(text) == []


def test_counts_after_document_words_stay_figures() -> None:
    assert headed_values("Police Report 8 Arrests At Carnival") == [8]
    assert headed_values("Officers report 12 incidents a week to the form 5 teams.") == [12, 5]


# A day of the month after its weekday and a comma, the month cut off or after a range.
@pytest.mark.parametrize(
    "text",
    [
        "A dispersal order is in place until 15:00hrs on Saturday, 19. Officers will patrol.",
        "Events run from Friday, 1 to Thursday, 7 June across the city.",
    ],
)
def test_day_after_a_weekday_and_comma_is_no_figure(text: str) -> None:
    assert headed_values(text) == []


def test_count_after_a_weekday_and_comma_stays_a_figure() -> None:
    assert headed_labels("On Saturday, 19 people were arrested.") == [(19, "people arrested")]


@pytest.mark.parametrize(
    "text",
    ["The police issued an order ahead of the game, which ended 0-0.", "The final finished 2-1."],
)
def test_score_a_game_ended_on_is_no_figure(text: str) -> None:
    assert headed_values(text) == []


def test_counts_after_ended_stay_figures() -> None:
    assert headed_values("The operation ended 12 days ago with 30 arrests.") == [30]


# A rate keeps what it is per in its label.
def test_rate_label_keeps_what_it_is_per() -> None:
    assert headed_labels("Some areas deploy as few as 0.17 officers per school.") == [
        (0.17, "officers per school")
    ]
    assert headed_labels("The site was receiving 75,000 hits per minute.") == [
        (75000, "hits per minute")
    ]


def test_rate_label_ends_before_a_range_end_and_per_cent_stays_a_unit() -> None:
    assert headed_labels(
        "The figures show a jump from around 6000 referrals per year to over 7300."
    ) == [
        (6000, "referrals per year"),
        (7300, "referrals per year"),
    ]


# What contributes a sum is what the sum measures.
def test_subject_contributing_a_sum_labels_it() -> None:
    text = "The capital’s night-time economy contributes £26.3bn to our city and supports jobs."
    assert headed_labels(text) == [(26300000000, "capital’s night-time economy")]


def test_sum_contributed_towards_a_purpose_keeps_its_purpose_label() -> None:
    text = "City Hall will provide £2m for youth services."
    assert headed_labels(text) == [(2000000, "funding for youth services")]


def test_sum_a_decision_notes_will_contribute_is_not_labelled_by_the_note() -> None:
    text = "Note the disposal will contribute £4.8 million to the target revenue savings."
    assert headed_labels(text)[0][1] != "Note the disposal"
