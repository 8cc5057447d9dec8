"""Round 63's title, stated date and publisher forms, on short texts of real shapes."""

from __future__ import annotations

from tests_support import parse_snippet, stated_date


def test_a_web_archives_banner_is_not_the_headline() -> None:
    text = (
        "The Wayback Machine - https://web.archive.org/web/20100101000000/"
        "http://www.example.gov.uk:80/about-the-office\n\n"
        "About the Office\n\n"
        "The Office was set up in January to oversee the county's policing."
    )
    parsed = parse_snippet(text)
    assert parsed.title == "About the Office"
    assert parsed.title_derived is False


def test_a_headline_closed_by_a_stop_over_its_date_line_is_kept_whole() -> None:
    text = (
        "Calls for cameras after most thefts on buses take place on the night routes.\n\n"
        "PUBLISHED: 09:30 12 March 2018 | UPDATED: 09:30 12 March 2018\n\n"
        "The night routes have the highest number of reported thefts."
    )
    parsed = parse_snippet(text)
    assert parsed.title == (
        "Calls for cameras after most thefts on buses take place on the night routes"
    )
    assert parsed.date == "2018-03-12"


def test_a_lead_sentence_with_no_date_line_under_it_stays_the_lead() -> None:
    text = (
        "Calls for cameras after most thefts on buses take place on the night routes.\n\n"
        "The night routes have the highest number of reported thefts."
    )
    parsed = parse_snippet(text)
    assert parsed.title_derived is True
    assert parsed.title.endswith("…")


def test_a_blogs_written_by_line_with_its_date_states_the_date() -> None:
    text = (
        "Police reassure over city half marathon\n\n"
        "Written by Jane Smith 14 May 2016\n\n"
        "A senior officer has reassured runners that Sunday's race will go ahead."
    )
    assert str(stated_date(text)) == "2016-05-14"


_REPORT_OF_A_MOTION = (
    "Mayor: we must stop dogs being used as weapons\n\n"
    "The Mayor is to draw up a plan to stop dangerous dogs being used as weapons.\n\n"
    "He was concerned by the rise in the number of dogs seized by police.\n\n"
    "The Mayor said it would be a good idea to have a plan.\n\n"
    "He added that breeders should be checked more often.\n\n"
    "Figures suggested a rise in seizures across the city.\n\n"
    "Parks were named as places of particular concern.\n\n"
    "Councils were asked to help with the work.\n\n"
    "Officers seized more dogs than in any year before.\n\n"
    "Rescue centres said they were full.\n\n"
    "The Assembly passed the motion calling on the Mayor to work with the police."
)


def test_a_reports_later_line_on_the_assembly_acting_names_no_publisher() -> None:
    assert parse_snippet(_REPORT_OF_A_MOTION).publisher is None


def test_an_assembly_release_opening_on_the_assembly_acting_is_the_assemblys() -> None:
    text = (
        "Call for cameras on every night bus\n\n"
        "The London Assembly has called on the Mayor to fit cameras on every night bus.\n\n"
        "Thefts on night buses rose by a third last year."
    )
    assert parse_snippet(text).publisher == "London Assembly"


def test_a_next_story_link_and_a_button_under_the_headline_leave_the_headline() -> None:
    text = (
        "Next Story\n"
        "Dailyzop\n\n"
        "Home Secretary vows to halve knife crime with more officers in schools\n\n"
        "Send Push\n\n"
        "The Home Secretary has vowed to drive down knife crime by putting officers in schools."
    )
    assert parse_snippet(text).title == (
        "Home Secretary vows to halve knife crime with more officers in schools"
    )


def test_a_previous_article_link_is_not_the_headline() -> None:
    text = (
        "Previous article\n\n"
        "Home Secretary vows to halve knife crime with more officers in schools\n\n"
        "The Home Secretary has vowed to drive down knife crime by putting officers in schools."
    )
    assert parse_snippet(text).title == (
        "Home Secretary vows to halve knife crime with more officers in schools"
    )
