"""Round 57's title, stated date and publisher forms, on short texts of real shapes."""

from __future__ import annotations

from tests_support import parse_snippet, stated_date


def test_a_letters_dated_headline_gives_its_date_over_the_pages_update() -> None:
    text = (
        "Letter from the Policing Minister to the Chief Constable, dated 4 May 2021 "
        "(accessible)\n\n"
        "Updated 9 January 2023\n\n"
        "Dear Chief Constable,\n\n"
        "I am writing to you about the inspection report published today."
    )
    assert stated_date(text) == "2021-05-04"


def test_a_pages_update_stamp_is_its_date_under_an_undated_headline() -> None:
    text = (
        "Letter from the Policing Minister to the Chief Constable\n\n"
        "Updated 9 January 2023\n\n"
        "Dear Chief Constable,\n\n"
        "I am writing to you about the inspection report published today."
    )
    assert stated_date(text) == "2023-01-09"


def test_a_breadcrumb_of_a_news_sites_sections_is_no_headline() -> None:
    text = (
        "Home News Local Story\n\n"
        "Council warns of police station closures across the county\n\n"
        "By Jane Smith\n\n"
        "The council has warned that three police stations could close next year."
    )
    assert parse_snippet(text).title == "Council warns of police station closures across the county"


def test_a_headline_opening_on_home_is_kept() -> None:
    text = (
        "Home Secretary Visits Croydon Police Station\n\n"
        "The Home Secretary visited officers in Croydon today to hear about their work."
    )
    assert parse_snippet(text).title == "Home Secretary Visits Croydon Police Station"


def test_a_members_site_motto_over_a_headline_printed_once_is_the_sites() -> None:
    text = (
        "Assembly Member for South West London — standing up for you at City Hall\n\n"
        "Cuts to neighbourhood policing must be reversed\n\n"
        "The Mayor has announced that twenty police front counters will close this year."
    )
    assert parse_snippet(text).title == "Cuts to neighbourhood policing must be reversed"


def test_a_headline_with_a_clause_after_its_dash_is_kept() -> None:
    text = (
        "Mayor welcomes fall in knife crime – outpacing the rest of the country\n\n"
        "Latest figures show knife crime in the capital\n\n"
        "Knife crime in London fell by a tenth last year, the latest figures show."
    )
    assert parse_snippet(text).title == (
        "Mayor welcomes fall in knife crime – outpacing the rest of the country"
    )


def test_an_office_blogs_dated_post_title_over_the_blogs_name_is_the_headline() -> None:
    text = (
        "Home Office in the media\n\n"
        "Home Office in the media: 3 March 2019\n\n"
        "Home Office in the media\n\n"
        "Today’s Home Office related stories include coverage of knife crime figures."
    )
    parsed = parse_snippet(text)
    assert (parsed.title, parsed.date) == ("Home Office in the media: 3 March 2019", "2019-03-03")


def test_a_headline_with_its_date_over_its_bare_repeat_is_still_read_bare() -> None:
    text = (
        "Crime Prevention Evening - Tonight 18/8/11\n\n"
        "Crime Prevention Evening\n\n"
        "Residents are invited to a crime prevention evening at the library."
    )
    parsed = parse_snippet(text)
    assert (parsed.title, parsed.date) == ("Crime Prevention Evening", "2011-08-18")
