"""Figure forms found in the blind56-57 batches (round 43) and the open classes of earlier
batches, each fixed as a class and tested on text written for it, with guard cases that
must not change."""

from __future__ import annotations

import pytest
from tests_support import headed_labels, headed_values


# A day of the month in brackets after the day's name, the local papers' way: "last night
# (24)", "today (25)" as "on Tuesday (20)" is.
@pytest.mark.parametrize(
    "text",
    [
        "The Mayor spoke at a reception in City Hall last night (24), an event for charities.",
        "The police announced today (25) they would restrict the march.",
        "The minister said yesterday (3) that the law would change.",
        "Officers will patrol the park this evening (12) after the concert.",
        "The Commissioner on Tuesday (20) launched the plan.",
    ],
)
def test_day_in_brackets_after_a_time_word_is_no_figure(text: str) -> None:
    assert headed_values(text) == []


def test_count_in_brackets_after_today_stays_a_figure() -> None:
    assert headed_values("Arrests made today (250 in all) were the most this year.") == [250]


# A keyword texted to a short code: the code is a number to send to, not a count.
@pytest.mark.parametrize(
    "text",
    [
        "To get three local cab numbers text “CAB” to 60835.",
        'Anyone worried can text "HELP" to 61016 at any time.',
        "Passengers can text STOP to 88020 to end the alerts.",
    ],
)
def test_short_code_a_keyword_is_texted_to_is_no_figure(text: str) -> None:
    assert [v for v in headed_values(text) if v != 3] == []


def test_texts_sent_to_a_count_of_people_stay_a_figure() -> None:
    assert headed_labels("The council will send text alerts to 2,000 residents.") == [
        (2000, "residents")
    ]


# A note's own number: "Note 1:" opening a footnote, "(see note 3)".
@pytest.mark.parametrize(
    "text",
    [
        "The report is due in May.\n\nNote 1: I raised the failure of the trial with the Mayor.",
        "The trial was stopped (see note 3) after complaints.",
    ],
)
def test_a_notes_number_is_no_figure(text: str) -> None:
    assert headed_values(text) == []


def test_a_count_after_the_verb_note_stays_a_figure() -> None:
    assert headed_values("We note 40 officers were injured at the march.") == [40]


# A sum of a named grant, or in a named charter: the grant or charter is what it measures,
# a people's genitive ("Women’s") being part of the name, not its owner.
@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "The council allocated £10,000 of their Night Time Enterprise Zone grant to the scheme.",
            "Night Time Enterprise Zone grant",
        ),
        (
            "The Mayor is investing £324,000 in the Women’s Night Safety Charter from 2023.",
            "Women’s Night Safety Charter",
        ),
        (
            "The board gave £50,000 of the Children’s Safety Fund to the project.",
            "Children’s Safety Fund",
        ),
        (
            "London gets £160m through the Government’s Capital Cities Grant this year.",
            "Capital Cities Grant",
        ),
    ],
)
def test_sum_of_or_in_a_named_grant_or_charter_is_labelled_by_it(text: str, label: str) -> None:
    assert headed_labels(text)[0][1] == label


def test_sum_of_an_unnamed_budget_keeps_its_label() -> None:
    assert headed_labels("The council spent £10,000 of its budget on patrols.") == [
        (10000, "spending")
    ]


# A sum someone is fined: the fine is what it measures; a bound on it after is the bound.
@pytest.mark.parametrize(
    ("text", "labels"),
    [
        ("He was fined £2000 and banned from driving.", [(2000, "fined")]),
        ("The firm was fined £30,000.", [(30000, "fined")]),
        (
            "Drivers without a licence can be fined starting at £100, doubling for each "
            "repeat offence up to a maximum of £3,200.",
            [(100, "fined"), (3200, "maximum")],
        ),
    ],
)
def test_sum_fined_is_labelled_fined(text: str, labels: list) -> None:
    assert headed_labels(text) == labels


# An aside on part of the people counted, between dashes or commas, before what was done
# to them: the act is read past the aside.
@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Nine people - including two insiders - were arrested in raids.",
            "people arrested in raids",
        ),
        ("Almost 100 people, including alleged touts, have been arrested.", "people arrested"),
        ("Twelve drivers – among them three women – were charged.", "drivers charged"),
    ],
)
def test_act_on_people_counted_is_read_past_an_aside(text: str, label: str) -> None:
    assert headed_labels(text)[0][1] == label


def test_things_counted_keep_their_noun_past_an_aside() -> None:
    assert headed_labels("Nine cars - including two vans - were seized.") == [
        (9, "cars"),
        (2, "vans"),
    ]
