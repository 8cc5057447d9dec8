"""Round 60's title, stated date and publisher forms, on short texts of real shapes."""

from __future__ import annotations

from tests_support import parse_snippet, stated_date


def test_a_mastheads_award_tagline_and_ticker_are_not_the_headline() -> None:
    text = (
        "Mon 3 Mar 2025\n\n\n"
        "2023 newspaper of the year\n\n"
        "@ Contact us\n\n"
        "Budget Latest\n"
        "Budget Latest\n"
        "4h agoChancellor rules out a rise in fuel duty this spring\n"
        "Budget Latest\n"
        "9h agoPension changes could cost savers thousands, experts warn\n\n"
        "Council closes youth centre after a spate of robberies nearby\n\n"
        "Residents said the closure would leave teenagers with nowhere to go\n\n"
        "A council has closed a youth centre after a series of robberies in the street outside."
    )
    release = parse_snippet(text)
    assert release.title == "Council closes youth centre after a spate of robberies nearby"
    assert stated_date(text) is None


def test_a_back_link_led_by_an_arrow_is_not_the_headline() -> None:
    text = (
        "← Back to Commons Debates\n\n"
        "Antisocial Behaviour in Town Centres\n\n"
        "4 March 2024\n\n"
        "Jane Member raised concerns about antisocial behaviour in town centres."
    )
    release = parse_snippet(text)
    assert release.title == "Antisocial Behaviour in Town Centres"
    assert stated_date(text) == "2024-03-04"


def test_a_reports_contents_heading_and_its_summary_are_not_the_headline() -> None:
    text = (
        "You are in:\n\n"
        "Contents\n\n"
        "Report 4 of the 9 May 2012 meeting of the Finance Committee, with an outline of "
        "the station refurbishment programme.\n\n"
        "Warning: This is archived material and may be out of date.\n\n"
        "Station refurbishment - progress\n\n"
        "Report: 4\n"
        "Date: 9 May 2012\n\n"
        "Summary\n\n"
        "The programme has refurbished twelve stations so far."
    )
    release = parse_snippet(text)
    assert release.title == "Station refurbishment - progress"
    assert stated_date(text) == "2012-05-09"


def test_a_date_line_with_its_category_field_is_stated() -> None:
    text = (
        "Council raids uncover illegal sheds\n\n"
        "14 March 2013 Categories: News\n\n"
        "Council raids uncover illegal sheds\n\n"
        "Officers took part in raids earlier this week to find illegal outbuildings."
    )
    release = parse_snippet(text)
    assert release.title == "Council raids uncover illegal sheds"
    assert stated_date(text) == "2013-03-14"


def test_an_updated_label_among_the_first_lines_is_stated() -> None:
    text = (
        "Youth safety plan consultation\n\n"
        "Closed\n\n"
        "412 Londoners have responded | 01/10/2023 - 30/11/2023\n\n"
        "Young people talking outside a youth centre\n\n"
        "Updates\n\n"
        "The final youth safety plan is published\n\n"
        "Updated: 15 February 2024\n\n"
        "Thank you to everyone who took part in the consultation."
    )
    release = parse_snippet(text)
    assert release.title == "Youth safety plan consultation"
    assert stated_date(text) == "2024-02-15"
