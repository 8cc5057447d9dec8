"""Round 61's title, stated date and publisher forms, on short texts of real shapes."""

from __future__ import annotations

from tests_support import parse_snippet, stated_date


def test_a_publications_name_after_a_bar_is_not_the_headlines() -> None:
    text = (
        "Minister says new officers will make town centres safer | The Courier\n\n"
        "THE Minister has said hundreds of new officers will patrol town centres.\n\n"
        "It takes the number of officers to a record high."
    )
    release = parse_snippet(text)
    assert release.title == "Minister says new officers will make town centres safer"


def test_a_title_case_phrase_after_a_bar_not_naming_a_publication_stays() -> None:
    text = (
        "Knife crime in the capital | Facts And Figures\n\n"
        "Knife crime rose last year, new figures show."
    )
    assert parse_snippet(text).title == "Knife crime in the capital | Facts And Figures"


def test_a_sites_error_page_over_its_kept_copy_is_not_the_headline() -> None:
    text = (
        "Oops.\n\n"
        "Our website is temporarily unavailable in your location.\n\n"
        "We are working hard to get it back online.\n\n"
        "PRIVACY\n"
        "News\n\n"
        "London crime: Street party organisers could face new fines\n\n"
        "Just turning up could cost you a fine\n\n"
        "Organisers of street parties could soon face fines under new measures."
    )
    assert parse_snippet(text).title == "London crime: Street party organisers could face new fines"
    assert stated_date(text) is None


def test_a_date_line_in_another_language_is_no_headline_and_is_the_stated_date() -> None:
    text = (
        "giovedì 4 marzo 2021\n\n"
        "Officers injured as crowd clashes with police at party\n\n"
        "3/3/2021 - Hundreds of people went ahead with a party despite clashes with officers."
    )
    assert parse_snippet(text).title == "Officers injured as crowd clashes with police at party"
    assert stated_date(text) == "2021-03-04"


def test_a_german_date_line_with_its_day_stop_is_read() -> None:
    text = "Donnerstag, 4. März 2021\n\nPolice close park after attack\n\nThe park was closed."
    assert parse_snippet(text).title == "Police close park after attack"
    assert stated_date(text) == "2021-03-04"


def test_a_line_opening_on_a_number_and_a_word_is_no_date() -> None:
    text = "Police 2 officers 2010\n\nThe officers were hurt."
    assert stated_date(text) is None


def test_a_question_pages_meeting_field_gives_the_day_it_was_put() -> None:
    text = (
        "Fire Brigade budget\n\n"
        "Label Content\n"
        "Meeting: Plenary on 05 March 2020\n"
        "Reference: 2020/0123\n"
        "Question by: Jane Member\n\n"
        "Question\n\n"
        "Does the Brigade have a sufficient budget?\n\n"
        "Answer\n\n"
        "Date: Monday 6 April 2020\n\n"
        "The Commissioner said the budget was under review."
    )
    assert parse_snippet(text).title == "Fire Brigade budget"
    assert stated_date(text) == "2020-03-05"


def test_a_meeting_field_without_a_date_states_none() -> None:
    text = "Fire Brigade budget\n\nMeeting: Plenary on Thursday\n\nThe budget was discussed."
    assert stated_date(text) is None
