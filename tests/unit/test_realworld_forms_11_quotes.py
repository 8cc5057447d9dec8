"""Forms found in the spent tenth blind batch (tests/blind10, round 11) for titles, dates,
publishers, quotes and speakers, each fixed as a class: the batch's own case and others of
the same class written in the styles of other real publishers (Met, GOV.UK, London
Assembly, Mayor, MOPAC, news sites), with guard cases that must not change. A
speechwriter must never get a quote under the wrong name: where a form leaves the speaker
in doubt, no speaker is given."""

from __future__ import annotations

import pytest
from tests_support import parse_snippet, snippet_quotes, stated_date


def _speaker_of(text: str, opening: str):
    found = [s for s, t in snippet_quotes(text) if t.startswith(opening)]
    assert found, f"no quote opening {opening!r} in {snippet_quotes(text)}"
    return found[0]


# ------------------------------------------------------------------ titles


# An office's own blog or newsroom over the headline is the site's masthead, and says who
# publishes the page: "Home Office in the media" (blog.gov.uk), "MOPAC news".
@pytest.mark.parametrize(
    ("text", "title", "publisher"),
    [
        (  # the batch's own: the Home Office's blog, with no address line under its name
            "Skip to main content\nHome Office in the media\n\nWhat is the Government doing "
            "to tackle violent crime?          \n\nPosted by: , Posted on: - Categories: "
            "Uncategorised\n\nHome Office in the media\n\n  • Yesterday the Offensive "
            "Weapons Act received Royal Assent.",
            "What is the Government doing to tackle violent crime?",
            "Home Office",
        ),
        (  # the same blog with the post's address under its name (blind7, realworld)
            "Skip to main content\nHome Office in the media\n\n"
            "https://homeofficemedia.blog.gov.uk/2018/11/05/home-office-in-the-media/\n\n"
            "Home Office in the media blog: Monday 05 November\n\nToday's stories include "
            "the latest stabbings.",
            "Home Office in the media blog: Monday 05 November",
            "Home Office",
        ),
        (  # MOPAC's newsroom
            "MOPAC news\n\nNew funding for victims' services\n\nThe Deputy Mayor has "
            "announced £3m for victims.",
            "New funding for victims' services",
            "Mayor's Office for Policing and Crime",
        ),
        (  # the Met's blog
            "Metropolitan Police blog\n\nWhat we are doing about knife crime\n\nOfficers "
            "have seized 400 knives this month.",
            "What we are doing about knife crime",
            "Metropolitan Police",
        ),
    ],
)
def test_an_offices_blog_name_is_its_masthead(text, title, publisher):
    parsed = parse_snippet(text)
    assert parsed.title == title
    assert parsed.publisher == publisher


# A banner about the site itself above the headline is furniture: the old london.gov.uk's
# "is changing" / "Try our beta site and let us know what you think", GOV.UK's beta banner.
@pytest.mark.parametrize(
    "banner",
    [
        "is changing\n\nTry our beta site and let us know what you think",  # the batch's own
        "London.gov.uk is changing\n\nTry the new website",
        "Our website is changing",
        "BETA This is a new service – your feedback will help us to improve it.",
    ],
)
def test_a_banner_about_the_site_is_no_title(banner):
    text = (
        f"{banner}\n\nMayor welcomes appointment of new Met Police Commissioner\n\n"
        "12 September 2011\n\nThe Mayor of London today welcomed the appointment."
    )
    parsed = parse_snippet(text)
    assert parsed.title == "Mayor welcomes appointment of new Met Police Commissioner"
    assert parsed.date == "2011-09-12"


def test_a_headline_that_is_changing_stays():
    # guard: a headline about change is no banner (one that opens the page on its own
    # words, not a site's)
    text = "Policing in London is changing fast\n\nThe Met has published its new plan."
    assert parse_snippet(text).title == "Policing in London is changing fast"


# A breadcrumb row of section names set apart by "/" or "|" run on into the headline the
# page prints next: the sections are not the title, whatever their case.
@pytest.mark.parametrize(
    "crumbs",
    [
        "Home / Local news /",  # the batch's own (a community news site)
        "Home | News | Crime and justice |",
        "Home > Local news > Crime >",
        "News / London /",
    ],
)
def test_a_breadcrumb_of_sections_is_no_title(crumbs):
    headline = "London is ‘really safe’ city, says Met chief"
    text = f"{crumbs} {headline}\n\n{headline}\n\nLondon is a safe place, the commissioner said."
    assert parse_snippet(text).title == headline


def test_a_headline_with_a_slash_stays():
    # guard: a slash inside a headline's own words, with no headline repeated after it
    text = "Knife crime up / down across London boroughs\n\nThe figures were published today."
    assert parse_snippet(text).title == "Knife crime up / down across London boroughs"


# A newspaper's name printed over its headline ("Guernsey Press") is its masthead: the
# longer line under it is the headline.
@pytest.mark.parametrize(
    "masthead",
    ["Guernsey Press", "Harrow Times", "Evening Standard", "The Bangla Mirror News"],
)
def test_a_newspapers_name_over_the_headline_is_no_title(masthead):
    text = (
        f"{masthead}\n\nMay to hold Downing Street knife crime summit\n\nThe meeting on "
        "April 1 will involve experts and community leaders.\n\nPublished\n\nTheresa May "
        "is to host a major summit."
    )
    assert parse_snippet(text).title == "May to hold Downing Street knife crime summit"


@pytest.mark.parametrize(
    "text",
    [
        # guards: a short headline over its longer standfirst; a headline naming a paper
        "Met Police News\n\nThe Met has published its annual report.\n\nIt shows crime fell.",
        "Mayor backs the Standard\n\nThe Mayor today backed the newspaper's campaign "
        "against knife crime in every borough.",
    ],
)
def test_a_short_headline_over_a_sentence_stays(text):
    assert parse_snippet(text).title == text.split("\n\n")[0]


# ------------------------------------------------------------------ publishers


# "The Assembly was told that ..." is a news report of a meeting, not the Assembly's own
# release; "The London Assembly has today agreed ..." still is.
@pytest.mark.parametrize(
    "text",
    [
        (  # the batch's own: a news site's report of a committee meeting
            "Cressida Dick has said violent crime is not on the up.\n\nThe Commissioner "
            "told a meeting of the London Assembly's police and crime committee there had "
            "been a reduction.\n\nThe Assembly was told that stabbings are down."
        ),
        "The Commissioner gave evidence.\n\nThe London Assembly heard that arrests rose.",
        "The Mayor answered questions.\n\nThe Assembly has been told the plan is delayed.",
    ],
)
def test_the_assembly_told_something_is_no_publisher(text):
    assert parse_snippet(text).publisher is None


@pytest.mark.parametrize(
    "text",
    [
        "Front counters\n\nThe London Assembly has today called on the Mayor to reverse it.",
        "Motion\n\nThe Assembly calls on the Mayor to publish the figures.",
    ],
)
def test_the_assembly_acting_is_its_release(text):
    assert parse_snippet(text).publisher == "London Assembly"


# ------------------------------------------------------------------ dates


# A text with no headline whose first line leads in to an item, the item's date line under
# it: the date is stated (a forum post reposting a release, a blog quoting one).
@pytest.mark.parametrize(
    ("text", "when"),
    [
        (  # the batch's own: a forum post reposting No 10's item
            "I'm surprised no one has mentioned this (from the No 10 website):\n"
            "14 January 2008\nThe Prime Minister has said that anyone found carrying "
            "knives should expect to be prosecuted.\nThe PM said:",
            "2008-01-14",
        ),
        (
            "Here is the Mayor's statement in full:\n\n3 March 2019\n\nThe Mayor has "
            "today announced £5m for youth clubs.\n\nHe said it was vital.",
            "2019-03-03",
        ),
        (
            "From the Met's press office:\n\nTuesday, 12 February 2018\n\nOfficers have "
            "arrested 12 people.\n\nInquiries continue.",
            "2018-02-12",
        ),
    ],
)
def test_a_date_line_under_a_lead_in_is_stated(text, when):
    assert stated_date(text) == when


@pytest.mark.parametrize(
    "text",
    [
        # guards: a date in the second paragraph's prose; a year alone
        "I'm surprised no one has mentioned this:\n\nOn 14 January 2008 the Prime "
        "Minister said knives were unacceptable.\n\nHe said so again.",
        "Figures for the year:\n\n2008\n\nCrime fell by 5 per cent.\n\nIt was welcomed.",
    ],
)
def test_a_date_in_prose_under_a_lead_in_is_not_stated(text):
    assert stated_date(text) is None
