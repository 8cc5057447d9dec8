"""Round 54's title, stated date and publisher forms, on short texts of real shapes."""

from __future__ import annotations

from tests_support import parse_snippet


def test_a_jump_to_content_link_is_no_headline() -> None:
    text = (
        "Jump to content\n\n"
        "Force to continue station merger pilots despite 'challenges'\n\n"
        "Recommended Posts\n\n"
        "The force is pressing ahead with a scheme which some officers oppose."
    )
    assert (
        parse_snippet(text).title == "Force to continue station merger pilots despite 'challenges'"
    )


def test_a_jump_to_navigation_link_is_no_headline() -> None:
    text = (
        "Jump to navigation\n\n"
        "Council backs new patrols in the town centre\n\n"
        "The council has agreed to fund two more wardens for the high street."
    )
    assert parse_snippet(text).title == "Council backs new patrols in the town centre"


def test_a_stories_age_banner_is_no_headline() -> None:
    text = (
        "This story is over 5 years old.\n\n"
        "The New Drugs Law Is Mostly Helping Police Arrest Gas Sellers\n\n"
        "Data obtained under the Freedom of Information Act revealed that most arrests "
        "were for nitrous oxide offences."
    )
    assert (
        parse_snippet(text).title == "The New Drugs Law Is Mostly Helping Police Arrest Gas Sellers"
    )
