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


def test_a_date_line_after_a_caption_printed_twice():
    # the picture's alternative text and its caption are the same line, then the date
    text = (
        "Council defends rise in parking charges\n\nSays income pays for road repairs\n\n"
        "The council leader at the meeting. Picture: council webcast\n"
        "The council leader at the meeting. Picture: council webcast\n\n"
        "March 3, 2024\n\nThe council has defended its charges.\n\nMore follows."
    )
    assert stated_date(text) == "2024-03-03"


def test_a_date_line_four_distinct_lines_down_is_not_read_as_the_stamp():
    text = (
        "Council defends rise in parking charges\n\nSays income pays for road repairs\n\n"
        "The council leader at the meeting.\n\nA second, different caption line\n\n"
        "March 3, 2024\n\nThe council has defended its charges.\n\nMore follows."
    )
    assert stated_date(text) is None


# ------------------------------------------------------------------ quotes and speakers

INTRO = "Carnival weekend passes off\n\n"


# "He added:" after a photo's caption: the caption (known by its credit) names no one who
# speaks, even when a place in it reads like a name; "he" is still the one quoted before.
@pytest.mark.parametrize(
    "caption",
    [
        "LONDON, ENGLAND – MAY 4: Crowds in Brixton Hill on May 4, 2024. (Photo by Ann Lee/Getty Images)",
        "Revellers on Ladbroke Grove on Sunday (Picture: PA)",
    ],
)
def test_he_added_after_a_caption(caption):
    text = (
        INTRO + "“Most people enjoyed the day safely and we thank them,” Superintendent "
        "Carl Dunn said.\n\n" + caption + "\n\nHe added: “A handful of people came "
        "looking for trouble and they were arrested.”\n\nMore follows."
    )
    assert (
        "Carl Dunn",
        "A handful of people came looking for trouble and they were arrested.",
    ) in snippet_quotes(text)


def test_he_added_after_narrative_naming_someone_else_is_not_the_one_quoted_before():
    # a paragraph of narrative (no picture credit) still counts as naming someone else
    text = (
        INTRO + "“Most people enjoyed the day safely and we thank them,” Superintendent "
        "Carl Dunn said.\n\nCouncillor Rita Patel thanked the stewards for their work.\n\n"
        "He added: “A handful of people came looking for trouble and they were arrested.”"
        "\n\nMore follows."
    )
    speakers = {who for who, words in snippet_quotes(text) if words.startswith("A handful")}
    assert "Carl Dunn" not in speakers


# A long quoted clause after a reporting verb whose subject is joined on to another clause
# by ", and": the subject after the join speaks.
def test_a_reported_clause_joined_on_to_another_clause():
    text = (
        INTRO + "“Most people enjoyed the day safely,” Superintendent Carl Dunn said.\n\n"
        "Officers brought in extra search powers on Monday, and Dunn added that the order "
        "“should tell anyone planning to carry a knife that they will be stopped and "
        "arrested”.\n\nMore follows."
    )
    found = dict((words[:20], who) for who, words in snippet_quotes(text))
    assert found.get("should tell anyone p") == "Carl Dunn"


def test_a_clause_joined_on_to_a_named_person_is_not_split():
    # "X, <post>, and Y" is a joint subject: neither alone is told to speak
    text = (
        INTRO + "Mayor of London Sadiq Khan, the Mayor, and Commissioner Mark Rowley said "
        "the weekend “should tell anyone planning to carry a knife that they will be "
        "stopped and arrested”.\n\nMore follows."
    )
    assert all(who != "Mark Rowley" for who, _ in snippet_quotes(text))


# A question put in quote marks after "was asked by <name>,": the asker's words.
@pytest.mark.parametrize(
    "lead",
    [
        "At the committee on Tuesday, the Commissioner was asked by Assembly Member Jo Bloggs,",
        "The minister was asked by Labour MP Jo Bloggs:",
    ],
)
def test_a_question_asked_by_a_named_person(lead):
    text = (
        INTRO
        + lead
        + " “What will you do about the rise in knife crime across the capital?”\n\nMore follows."
    )
    assert (
        "Jo Bloggs",
        "What will you do about the rise in knife crime across the capital?",
    ) in snippet_quotes(text)


def test_asked_by_mid_sentence_is_no_attribution():
    # "asked by" not set off just before the quote: the quote is the subject's
    text = (
        INTRO + "Asked by reporters about the figures, Commissioner Mark Rowley said: "
        "“We are making progress on knife crime across London.”\n\nMore follows."
    )
    assert (
        "Mark Rowley",
        "We are making progress on knife crime across London.",
    ) in snippet_quotes(text)
