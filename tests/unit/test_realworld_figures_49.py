"""Figure forms found in the blind68-69 batches (round 49) and the open classes of earlier
batches, each fixed as a class and tested on text written for it, with guard cases that
must not change."""

from __future__ import annotations

from tests_support import figure_of, headed_labels, headed_values


# A police or health service number offered beside a phone number ("on 020 ... or 101") is
# a line to ring, however far back the verb of calling is.
def test_service_number_offered_beside_a_phone_number_is_no_figure() -> None:
    text = (
        "Anyone with information is asked to call detectives on 0208 555 1234 or 101 or contact"
        " them online. If you saw the crash, please ring the incident room on 07700 900123 or"
        " via 101 as a matter of urgency. Officers made 12 arrests."
    )
    assert headed_values(text) == [12]


def test_count_of_101_after_a_year_stays() -> None:
    text = "In 2023 officers were called to 101 incidents at the station."
    assert headed_values(text) == [101]


def test_service_number_reached_via_opening_a_line_is_no_figure() -> None:
    text = "please call the incident room or\n\nvia 101 as a matter of urgency.\n\nOfficers made 9 arrests."
    assert headed_values(text) == [9]


# An hour named by noon or midnight is a clock time, written with or without its minutes.
def test_hour_named_by_noon_or_midnight_is_no_figure() -> None:
    text = (
        "Shortly before 12.00 noon on Tuesday officers were called to the park. The road was"
        " closed until 12 midnight, and 14 people were treated at the scene."
    )
    assert headed_values(text) == [14]


# A Question Time page numbers questions that share a title with a bare number as well as a
# bracketed one: "Dog attacks 2", then "Answer for Dog attacks 2".
def test_question_heading_with_a_bare_number_is_no_figure() -> None:
    text = (
        "Dog attacks 2\n\nWhat is the Met doing about dog attacks?\n\nAnswer for Dog attacks 2"
        "\n\nThe Met seized 40 dogs last year."
    )
    assert headed_values(text) == [40]


def test_heading_ending_in_a_count_without_an_answer_heading_stays() -> None:
    text = "Arrests made 2\n\nThe Met seized 40 dogs last year."
    assert headed_values(text) == [2, 40]


# A written question's parts are numbered in brackets at the start of each paragraph.
def test_bracketed_number_opening_a_list_item_is_no_figure() -> None:
    text = (
        "To ask the Secretary of State\n\n(1) how many officers she expects to deploy;\n\n"
        "(2) what estimate she has made of the cost.\n\nAbout 9,000 officers will be deployed."
    )
    assert headed_values(text) == [9000]


# A question's reference number is given in brackets after it, five or more digits unparted.
def test_bracketed_reference_after_a_question_is_no_figure() -> None:
    text = (
        "4. What assessment she has made of police numbers in London. (204517)\n\n"
        "The force has 33,000 officers and 1,200 staff."
    )
    assert headed_values(text) == [33000, 1200]


# A change's verb straight before "a further" or "another" gives the figure's direction, as
# its noun before "of" does ("cuts of a further £440m").
def test_verb_of_loss_before_a_further_count_gives_down() -> None:
    text = "The capital could lose a further 13 fire engines under the plans."
    assert figure_of(text, 13).direction == "down"


def test_verb_of_no_change_before_a_further_count_gives_none() -> None:
    text = "The force will recruit a further 250 officers under the plans."
    assert figure_of(text, 250).direction is None


# "forecast" after the clause's verb is a passive participle, as "expected" is: the subject
# before it is what the figure measures.
def test_subject_of_is_forecast_to_be_labels_the_figure() -> None:
    text = (
        "Spending on stadium security is forecast to be £120 million. The number of stewards"
        " on duty is forecast at around 4,000."
    )
    assert headed_labels(text) == [
        (120_000_000, "Spending on stadium security"),
        (4000, "number of stewards on duty"),
    ]


def test_forecast_as_a_noun_keeps_its_phrase() -> None:
    text = "The force reported a forecast underspend of £3 million."
    assert headed_labels(text) == [(3_000_000, "forecast underspend")]


# A bare count opening a coordinated clause with a word of addition ("and a further 319
# were cancelled") is labelled by its state, as "and 319 were cancelled" is.
def test_further_count_opening_a_coordinated_clause_is_labelled_by_its_state() -> None:
    text = (
        "In all 1,500 matches were played and a further 210 were postponed. Officers made 40"
        " arrests, while another 12 were charged."
    )
    assert headed_labels(text) == [
        (1500, "matches"),
        (210, "postponed"),
        (40, "arrests"),
        (12, "charged"),
    ]


def test_further_count_with_its_own_noun_keeps_the_noun() -> None:
    text = "The force recruited 800 officers and a further 300 detectives last year."
    assert headed_labels(text) == [(800, "officers"), (300, "further detectives")]
