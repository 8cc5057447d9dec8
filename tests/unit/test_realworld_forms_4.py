"""Forms found in the spent third held-out batch (issue 13, round 3 final), each on the
release's own words."""

from __future__ import annotations

from datetime import date

from briefing.parse.quotes import extract_quotes
from briefing.parse.release import parse_release
from briefing.parse.stats import extract_stats

TODAY = date(2025, 12, 31)


def _parse(text: str):
    return parse_release(text, "snippet.txt", TODAY)


def _figures(text: str) -> list[str]:
    return [s.text for s in extract_stats(_parse(text).blocks)]


def _stats(text: str):
    return extract_stats(_parse(text).blocks)


def _quotes(text: str):
    return extract_quotes(_parse(text).blocks)


def test_a_historic_press_release_label_is_not_part_of_the_title():
    text = (
        "HISTORIC PRESS RELEASE : Prime Minister’s Easter Message\n\n"
        "The press release issued by 10 Downing Street on 2 April 2010.\n\n"
        "The Prime Minister has wished those celebrating Easter all over the world a happy Easter."
    )
    parsed = _parse(text)
    assert parsed.title == "Prime Minister’s Easter Message"
    assert parsed.date == "2010-04-02"


def test_a_blog_masthead_above_the_post_address_is_not_the_title():
    text = (
        "Skip to main content\nHome Office in the media\n\n"
        "https://homeofficemedia.blog.gov.uk/2017/11/22/clarification-home-office-on-police-funding/\n\n"
        "Clarification: Home Office on police funding\n\n"
        "Posted by: , Posted on: - Categories: Leading stories, Rebuttals and clarifications\n\n"
        "Today’s front page of the Mirror claims the government has “secretly slashed” police "
        "budgets by £413 million. This is inaccurate.\n\n"
        "A Home Office spokesperson said:\n\n"
        "In 2017, taxpayers invest £11.9billion in our police system."
    )
    parsed = _parse(text)
    assert parsed.title == "Clarification: Home Office on police funding"
    assert parsed.publisher == "Home Office"


def test_today_with_no_year_anywhere_is_not_a_stated_date():
    text = (
        "Mayor of London to invest almost £50m additional funding to reduce crime\n\n"
        "A new comprehensive investment package of almost £50m to tackle crime has been "
        "announced by the Mayor of London, Sadiq Khan, today (29 December)."
    )
    assert _parse(text).date is None
    # The year comes from the text when it has one (never from the clock).
    dated = text + "\n\nThe fund was set up in 2019."
    assert parse_release(dated, "s.txt", date(2026, 6, 1)).date == "2019-12-29"


def test_a_labelled_us_date_line_under_the_incident_header():
    text = (
        "Lone Tree Police Department\nNews Release\n"
        "Type of Incident: Disorderly Conduct / Criminal Mischief\nCase Number: 09-0608\n"
        "Date: March 16, 2009\nTime of Release: 7:30 p.m.\n\n"
        "On March 16, 2009 at about 2:00 pm, Officers responded to a disturbance."
    )
    assert _parse(text).date == "2009-03-16"


def test_a_stated_date_later_than_the_run_is_still_the_stated_date():
    text = (
        "PRESS RELEASE : Border Force seizes over 250 endangered species [January 2026]\n\n"
        "The press release issued by the Home Office on 8 January 2026.\n\n"
        "Hundreds of endangered species seized in crackdown on international wildlife smuggling."
    )
    parsed = _parse(text)
    assert (parsed.date, parsed.date_estimated, parsed.publisher) == ("2026-01-08", False, "Home Office")


def test_a_syndicated_source_line_names_the_publisher():
    text = (
        "Police appeal to public over Newham stabbing\n\n"
        "Source: United Kingdom London Metropolitan Police\n\n"
        "Police are appealing to the public for information after a man was injured."
    )
    assert _parse(text).publisher == "Metropolitan Police"


def test_emergency_numbers_named_in_prose_are_not_figures():
    text = (
        "Violent crime questions\n\n"
        "999 and 101 call response times - in 2017 the demand on the 999 systems had increased "
        "by 14 per cent. The BBC has reported that the number of abandoned 999 calls to the Met "
        "rose sharply. What measures are being taken to improve the abandonment rates for both "
        "999 and 101?"
    )
    assert _figures(text) == ["increased by 14 per cent"]


def test_a_case_number_is_not_a_figure():
    text = (
        "Lone Tree Police Department\nNews Release\nCase Number: 09-0608\n"
        "Date: March 16, 2009\n\nOfficers made 3 arrests at the mall."
    )
    assert _figures(text) == ["3"]


def test_ages_after_a_name_or_in_an_age_range_are_not_figures():
    text = (
        "Man charged with murder\n\n"
        "Dellan Charles, 22 (08.10.01) of no fixed address has been charged with murder.\n\n"
        "Five men between 17 and 25 years old were all arrested. Police seized 40 knives."
    )
    assert _figures(text) == ["40"]
