"""Forms found in the spent fifteenth blind batch (tests/blind15, round 16) for quotes,
speakers, titles, dates and publishers, each fixed as a class: the batch's own case in our
own words and others of the same class written in the styles of other real publishers
(Met, GOV.UK, Home Office, No 10, news sites, member bodies), with guard cases that must
not change. A wrong name is worse than none, and no quote text is ever made up."""

from __future__ import annotations

import pytest
from tests_support import parse_snippet, snippet_quotes, stated_date

BODY = "\n\nThe Mayor has announced £5 million for youth clubs across London.\n\nMore follows."

# ------------------------------------------------------------------ titles and dates


# A page's date stamp and clock time run on into its headline and standfirst on one line:
# the stamp is the stated date, the words between it and the repeated standfirst the title.
@pytest.mark.parametrize(
    ("text", "title", "when"),
    [
        (  # the batch's own form (a news site's stamp, time in 24 hours)
            "3 June 2024 21:05 Weekend festival passes off peacefully Crowds enjoyed the "
            "festival in the park with few incidents reported by officers.\n\n"
            "Crowds enjoyed the festival in the park with few incidents reported by "
            "officers.\n\nThere were 12 arrests.",
            "Weekend festival passes off peacefully",
            "2024-06-03",
        ),
        (  # a US-style stamp with its time in the afternoon
            "June 3, 2024, 4:15pm Council sets out winter plan\n\n"
            "The council has agreed a plan for the winter months.",
            "Council sets out winter plan",
            "2024-06-03",
        ),
    ],
)
def test_a_date_stamp_and_time_before_the_headline(text, title, when):
    parsed = parse_snippet(text)
    assert parsed.title == title
    assert stated_date(text) == when


@pytest.mark.parametrize(
    "text",
    [
        # a date without a time opening a sentence is not a stamp over a headline
        "3 June 2024 will be remembered as the day the bridge reopened.\n\nMore follows.",
        # a time followed by a lower-case word is part of a sentence
        "3 June 2024 21:05 was when the alarm was raised.\n\nMore follows.",
    ],
)
def test_a_date_opening_prose_is_no_stamp(text):
    assert not parse_snippet(text).title.startswith("Council")
    assert parse_snippet(text).title.split()[0] == "3"


# A member body's own name over its news item, as a newspaper's masthead is: the site's
# name, not the headline.
@pytest.mark.parametrize(
    ("text", "title"),
    [
        (  # the batch's own form (a staff federation)
            "Northshire Police Federation\n\nAssaults on officers rise by a fifth" + BODY,
            "Assaults on officers rise by a fifth",
        ),
        (
            "Police Superintendents' Association\n\nLeaders call for more detectives in every borough"
            + BODY,
            "Leaders call for more detectives in every borough",
        ),
        (
            "Retail Crime Alliance\n\nShop theft falls in the capital for a second year" + BODY,
            "Shop theft falls in the capital for a second year",
        ),
    ],
)
def test_a_member_bodys_name_over_the_headline(text, title):
    assert parse_snippet(text).title == title


def test_a_bodys_name_as_a_headline_with_a_short_line_under_it_stays():
    # the line under it is no longer headline, so the name is all the page has
    text = "Police Federation Conference\n\nDay two" + BODY
    assert parse_snippet(text).title == "Police Federation Conference"


# A page's label left as a one-item numbered or bulleted list above the headline.
@pytest.mark.parametrize(
    ("text", "title"),
    [
        (  # the batch's own form (a broadcaster's report label)
            "1. Channel Report\n\nOfficers attacked twice a day in the city" + BODY,
            "Officers attacked twice a day in the city",
        ),
        (
            "• Local News\n\nNew station opens in Croydon next spring" + BODY,
            "New station opens in Croydon next spring",
        ),
    ],
)
def test_a_lone_listed_label_over_the_headline(text, title):
    assert parse_snippet(text).title == title


@pytest.mark.parametrize(
    "text",
    [
        # a list of several short items is the release's own bullets
        "• Knife crime down\n• Burglary down\nPolice publish the year's figures for London" + BODY,
        # a lone item over a paragraph, not a headline
        "• Knife crime down\n\nThe figures published today show a fall in every borough." + BODY,
    ],
)
def test_listed_items_of_the_release_stay(text):
    assert parse_snippet(text).title.startswith(("Knife crime down", "• Knife"))


# ------------------------------------------------------------------ publishers


# The Met newsroom's page with its item label ("News -") but no browser title naming the
# force: the lead paragraph telling of the Met's own work makes it the force's release.
@pytest.mark.parametrize(
    "text",
    [
        (  # the batch's own form (the label alone under the skip link)
            "Skip to content\n\nNews -\n\nMore burglars caught in Bromley\n\n"
            "Dozens of burglars have been caught through the Met's new patrol plan.\n\nMore follows."
        ),
        (  # a browser title that does not name the force above the label
            "Skip to content\nStatement on weekend protests\n\nNews -\n\n"
            "Statement on weekend protests\n\nProtests in recent weeks have stretched the Met "
            "across London.\n\nMore follows."
        ),
        (
            "Press release -\n\nCustody suite reopens\n\nThe Metropolitan Police has reopened "
            "its custody suite in Lambeth.\n\nMore follows."
        ),
    ],
)
def test_the_met_newsrooms_label_and_a_lead_about_the_met(text):
    assert parse_snippet(text).publisher == "Metropolitan Police"


@pytest.mark.parametrize(
    "text",
    [
        # the label but a lead naming no force
        "Skip to content\n\nNews -\n\nRoad closures this weekend\n\n"
        "Several roads in Camden will close on Saturday.\n\nMore follows.",
        # the label and a lead naming the staff federation, not the force
        "News -\n\nOfficers assaulted\n\nTougher sentences are needed, says the Metropolitan "
        "Police Federation.\n\nMore follows.",
        # the Met named only inside a quote in the lead
        "News -\n\nResidents speak out\n\nA resident said: “The Met has let us down.”\n\nMore follows.",
        # no item label: a news site's report telling of the Met
        "Burglars caught\n\nDozens of burglars have been caught through the Met's new patrol "
        "plan.\n\nMore follows.",
    ],
)
def test_no_label_or_no_met_lead_is_not_the_mets(text):
    assert parse_snippet(text).publisher != "Metropolitan Police"
