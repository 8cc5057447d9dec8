"""Round 56's title, stated date and publisher forms, on short texts of real shapes."""

from __future__ import annotations

from tests_support import parse_snippet


def test_the_record_of_a_lobby_briefing_is_number_10s() -> None:
    text = (
        "Press briefing: morning 3 March 2012\n\n"
        "The Prime Minister's Spokesperson (PMS) answered questions on the riots review "
        "and fuel prices.\n\n"
        "Riots review\n\n"
        "Asked whether the Prime Minister had read the review, the PMS said that he had."
    )
    assert parse_snippet(text).publisher == "Prime Minister's Office"


def test_a_report_of_what_the_spokesperson_said_names_no_office() -> None:
    text = (
        "Minister under pressure over riots review\n\n"
        "The Prime Minister's spokesperson said the review would be published soon.\n\n"
        "Opposition members called for a statement in the Commons."
    )
    assert parse_snippet(text).publisher is None


def test_a_written_questions_short_heading_is_its_headline() -> None:
    text = (
        "Written Question\n\n"
        "Police: Resignations\n\n"
        "Wednesday 20th September 2023\n\n"
        "Asked by: Baroness Doe of Anytown (Liberal Democrat - Life peer)\n\n"
        "Question to the Home Office:\n\n"
        "To ask His Majesty's Government how many police officers left the force.\n\n"
        "Answered by Lord Smith - Parliamentary Under-Secretary (Home Office)"
    )
    assert parse_snippet(text).title == "Police: Resignations"


def test_a_one_word_heading_over_its_date_and_asker_is_the_headline() -> None:
    text = (
        "Police\n\n"
        "Monday 1st February 2016\n\n"
        "Asked by: Jane Doe (Labour - Anytown)\n\n"
        "Question to the Home Office:\n\n"
        "To ask the Secretary of State for the Home Department, what steps she has taken."
    )
    assert parse_snippet(text).title == "Police"
