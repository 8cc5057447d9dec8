"""Figure forms found in the blind46-47 batches (round 38) and the open classes of blind32-45,
each fixed as a class and tested on text written for it, with guard cases that must not
change."""

from __future__ import annotations

import pytest
from tests_support import headed_labels, headed_stats, headed_values


# A label cut inside a name keeps the name's first words: "Home Office grant funding", not
# "Office grant funding".
def test_label_opening_inside_a_name_keeps_the_whole_name() -> None:
    assert headed_labels(
        "The board approved the acceptance of Home Office grant funding of £1,200,000 in 2022/23."
    ) == [(1200000, "Home Office grant funding")]


# guard: a sentence's first word is not taken as part of a name
def test_sentence_opening_word_is_no_part_of_a_name() -> None:
    assert headed_labels("Approve Arts Council funding of £40,000.") == [
        (40000, "Arts Council funding")
    ]


# A name with its clipped form in brackets goes on after the bracket: "Metropolitan (Met)
# Police officers", as "(VRU) funding" does.
def test_name_goes_on_after_its_clipped_form_in_brackets() -> None:
    assert headed_labels("A total of 212 Metropolitan (Met) Police staff were suspended.") == [
        (212, "Metropolitan Police staff suspended")
    ]


# A whole share before a word of manner or attitude is a promise or a stance, not a
# statistic: an appeal's "100% anonymous", a speaker's "one hundred per cent sure".
@pytest.mark.parametrize(
    "text",
    [
        "If you wish to stay 100% anonymous, call the independent charity Crimestoppers.",
        "Please pass on what you know 100 per cent anonymously through Crimestoppers.",
        "I am one hundred per cent sure we will find them.",
    ],
)
def test_whole_share_of_a_promise_is_no_figure(text: str) -> None:
    assert headed_values(text) == []


# guard: a whole share of something measured stays, its words multiplied when spelled out
def test_whole_share_of_a_measure_stays() -> None:
    assert headed_labels("Attendance at the sessions was 100 per cent.") == [
        (100, "Attendance at the sessions")
    ]
    assert headed_values("Some one hundred per cent of the grant was spent.") == [100]


# A minutes' numbered paragraph opening on a person's name and its comma is numbering.
def test_numbered_paragraph_opening_on_a_name_is_no_figure() -> None:
    assert headed_values("4.2  Jane Smith, the Commissioner, joined the meeting at noon.") == []


# guard: a decimal figure before a scale word in capitals reads on in its scale
def test_decimal_before_a_capitalised_scale_stays() -> None:
    assert headed_values("1.5 Million Londoners, the survey found, felt safe.") == [1500000]


# An emergency number rung "on", its clause ending after it, is the number to ring.
def test_emergency_number_rung_on_is_no_figure() -> None:
    assert headed_values("Report anything suspicious to police on 999 or the hotline.") == []


# guard: the same digits counting what follows them stay
def test_emergency_digits_counting_occasions_stay() -> None:
    assert headed_values("Officers were called on 101 occasions last year.") == [101]


# A page's view tally with its reading time, on a line of its own, is furniture.
def test_view_tally_with_reading_time_is_no_figure() -> None:
    assert headed_values("12 views 4 minutes read\n\nOfficers attended the scene.") == []


# A photo's or image's number is its name, not a count.
def test_numbered_photo_is_no_figure() -> None:
    assert headed_values("image 2\n\nOfficers attended the scene.") == []
    assert headed_values("The photo shows 3 officers at the scene.") == [3]


# A pound sign lost to a bad encoding, glued before its number, is still a sum of money.
def test_pound_sign_lost_to_bad_encoding_is_still_money() -> None:
    stats = headed_stats("The force faces a \ufffd40million cut from its budget.")
    assert [(s.value, s.unit) for s in stats] == [(40000000, "gbp")]


# A "where" aside between commas after a subject: the change after it is the subject's.
def test_change_after_a_where_aside_is_of_the_subject_before_it() -> None:
    assert headed_labels(
        "The number of bike thefts, where cycles are taken from a locked stand, rose from "
        "12,000 in 2022 to 15,000 last year."
    ) == [(12000, "bike thefts"), (15000, "bike thefts")]


# A past act on an object by a figure: the object is what changed ("we have increased
# youth service spending by 12 per cent", "raised funding for policing by £30m").
def test_past_act_on_an_object_by_a_figure_labels_the_object() -> None:
    assert headed_labels("Since 2019 we have increased youth service spending by 12 per cent.") == [
        (12, "youth service spending")
    ]
    assert headed_labels("The Mayor raised funding for policing by £30m this year.") == [
        (30000000, "funding for policing")
    ]


# guard: an intransitive change's place or manner is no object
def test_intransitive_change_place_or_manner_is_no_object() -> None:
    assert headed_labels("Knife crime increased in the capital by 5 per cent.") == [
        (5, "Knife crime")
    ]
    assert headed_labels("Knife crime increased sharply by 5 per cent.") == [(5, "Knife crime")]


# A level a subject is "now at": the subject is what the figure measures.
def test_subject_now_at_a_level_labels_the_level() -> None:
    assert headed_labels("Detective numbers are now at 6,500.") == [(6500, "Detective numbers")]
    assert headed_labels("There is a record number of special constables now at 4,000.") == [
        (4000, "special constables")
    ]


# A participle's clause with "with" and a subject of its own: the change is that subject's.
def test_change_after_with_in_a_participle_clause_is_of_the_subject_after_with() -> None:
    assert headed_labels(
        "Budgets are stretched, leaving the service at breaking point with the number of "
        "detectives now falling below 5,000."
    ) == [(5000, "number of detectives")]


# A figure after a change of its own ("numbers dropping to below") is its subject's, not
# the figure before's by ellipsis.
def test_level_after_a_change_of_its_own_is_not_an_ellipsis() -> None:
    assert headed_labels(
        "The service made savings of £40 million, resulting in staff numbers dropping to "
        "below 2,000 for the first time."
    ) == [(40000000, "savings"), (2000, "staff numbers")]


# guard: a part after "including" with no change of its own is the figure before's
def test_part_after_including_stays_an_ellipsis() -> None:
    assert headed_labels("Funding rose to £5m, including £2m through the unit.") == [
        (5000000, "funding"),
        (2000000, "funding"),
    ]
