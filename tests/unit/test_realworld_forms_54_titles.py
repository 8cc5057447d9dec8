"""Round 54's title, stated date and publisher forms, on short texts of real shapes."""

from __future__ import annotations

from tests_support import parse_snippet, stated_date


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


def test_a_sites_clock_over_the_page_is_neither_headline_nor_date() -> None:
    text = (
        "Sat, 1 June 2024\n\n"
        "Minister announces £35m boost for violent crime crackdown\n\n"
        "2 min read\n\n"
        "The Home Secretary has unveiled a cash boost to tackle violent crime in 2020."
    )
    parsed = parse_snippet(text)
    assert parsed.title == "Minister announces £35m boost for violent crime crackdown"
    assert stated_date(text) is None


def test_a_sites_clock_with_a_stopped_weekday_states_no_date() -> None:
    text = (
        "Tue. May 28th, 2024\n\n"
        "The next question comes from a reporter who asks about the election.\n\n"
        "He says he has addressed the rumours in the past."
    )
    assert stated_date(text) is None


def test_a_bylines_date_with_a_weekday_cut_short_is_stated() -> None:
    text = (
        "Police arrest more than a thousand people with new cameras\n\n"
        "Jane Smith —\n\n"
        "Fri 4 Jul 2025\n\n"
        "The force has arrested more than 1,000 wanted people since the start of the year."
    )
    assert stated_date(text) == "2025-07-04"


def test_a_full_weekday_date_over_the_headline_stays_stated() -> None:
    text = (
        "Saturday, 1 June 2024\n\n"
        "Council backs new patrols in the town centre\n\n"
        "The council has agreed to fund two more wardens for the high street."
    )
    assert stated_date(text) == "2024-06-01"


def test_a_papers_name_with_its_editions_country_is_its_masthead() -> None:
    text = (
        "Eastern Eye (UK)\n\n"
        "Mayor: Building a safer London\n\n"
        "-\n\n"
        "The mayor has said tackling violence is his top priority as he joined officers "
        "on patrol in the town centre last Thursday."
    )
    assert parse_snippet(text).title == "Mayor: Building a safer London"


def test_an_in_the_media_section_label_is_no_headline() -> None:
    text = (
        "In the Media\n\n"
        "Police launch crime map 2.0\n\n"
        "PUBLISHED October 28, 2011\n\n"
        "The police's popular crime map website is being expanded."
    )
    parsed = parse_snippet(text)
    assert parsed.title == "Police launch crime map 2.0"
    assert stated_date(text) == "2011-10-28"


def test_a_blogs_name_over_its_links_to_other_posts_is_no_headline() -> None:
    text = (
        "Party Diary\n\n"
        "« Council tax rises again? | Main | The campaign took steps forward yesterday »\n\n"
        "Ministers hail new crime-mapping website as a huge step forward for transparency\n\n"
        "By Jane Smith\n\n"
        "The agreement stated that the police would publish local crime data every month."
    )
    assert (
        parse_snippet(text).title
        == "Ministers hail new crime-mapping website as a huge step forward for transparency"
    )


def test_a_date_line_with_its_blog_category_states_the_date() -> None:
    text = (
        "Crackdown snares shopkeepers who sell fireworks to youngsters\n\n"
        "18 November 2012 in Community safety\n"
        "A swoop on traders who illegally sell rockets to youngsters has snared four "
        "shopkeepers.\n"
        "Officers foiled the four, who had shops across the borough."
    )
    assert stated_date(text) == "2012-11-18"


def test_a_posts_date_with_its_updates_date_glued_on_states_the_first() -> None:
    text = (
        "Victims' Commissioner calls for legal rights for victims of crime\n\n"
        "By March 25, 2019February 1st, 2021News\n\n"
        "The Victims' Commissioner is calling for a new law after finding victims are "
        "being failed."
    )
    assert stated_date(text) == "2019-03-25"


def test_a_blogs_closing_posted_on_notice_states_the_date() -> None:
    text = (
        "Rough Sleeping - Police Update, Park Lane\n\n"
        "Officers visited the site on the 20th May with outreach workers.\n\n"
        "Several people asked for help in going home.\n\n"
        "This entry was posted on Tuesday, 9 June 2015. You can follow any responses to "
        "this entry through the RSS 2.0. Responses are currently closed."
    )
    parsed = parse_snippet(text)
    assert stated_date(text) == "2015-06-09"
    assert "RSS" not in parsed.text
