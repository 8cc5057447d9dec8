"""Forms found in the spent twelfth blind batch (tests/blind12, round 13) for quotes,
speakers, titles and publishers, each fixed as a class: the batch's own case and others of
the same class written in the styles of other real publishers (Met, GOV.UK, London
Assembly, Mayor, MOPAC, No 10, news sites), with guard cases that must not change. A wrong
name is worse than none, and no quote text is ever made up."""

from __future__ import annotations

import pytest
from tests_support import parse_snippet

BODY = "\n\nThe Mayor has announced £5 million for youth clubs across London.\n\nMore follows."

# ------------------------------------------------------------------ titles


# A label before the headline on a reposting site ("PRESS RELEASE : ", "NEWS STORY : ")
# is no part of it, nor is the month in brackets after it.
@pytest.mark.parametrize(
    ("line", "title"),
    [
        (  # the batch's own (ukpol, a Mayor's release)
            "NEWS STORY : Mayor announces new £1m sports investment [April 2025]",
            "Mayor announces new £1m sports investment",
        ),
        (  # a Home Office story on the same site
            "NEWS STORY : Home Secretary announces knife crime crackdown [March 2024]",
            "Home Secretary announces knife crime crackdown",
        ),
        ("News story: Met launches new gangs unit", "Met launches new gangs unit"),  # lower case
        ("PRESS RELEASE : PM hosts knife crime summit [May 2023]", "PM hosts knife crime summit"),
    ],
)
def test_a_news_story_label_is_dropped(line, title):
    assert parse_snippet("Press Releases\n\n" + line + BODY).title == title


@pytest.mark.parametrize(
    "line",
    [
        "News story shows rise in knife crime reports",  # the words open a headline
        "Storytelling project helps young people leave gangs",
    ],
)
def test_a_headline_opening_on_news_story_words_stays(line):
    assert parse_snippet(line + BODY).title == line


# A news app's banner and a paper's masthead printed twice, with its section and reporter
# under it, are page furniture; the headline is the longer line under them.
@pytest.mark.parametrize(
    ("text", "title"),
    [
        (  # the batch's own (inkl's copy of the Standard)
            "Get all your news in one place.\n100’s of premium titles.\nOne app.\nStart reading\n"
            "Evening Standard\nEvening Standard\nPolitics\nNina Lloyd\n\n"
            "Government rolls out expansion of police facial recognition vans" + BODY,
            "Government rolls out expansion of police facial recognition vans",
        ),
        (  # a local paper's masthead twice over a Met story
            "Harrow Times\n\nHarrow Times\n\nNews\n\nMet Police seize 40 knives in Harrow sweep"
            + BODY,
            "Met Police seize 40 knives in Harrow sweep",
        ),
        (  # a masthead, a section and a reporter over a Mayor's story
            "Evening Standard\n\nLondon\n\nRoss Lydall\n\nSadiq Khan pledges £5m for youth clubs"
            + BODY,
            "Sadiq Khan pledges £5m for youth clubs",
        ),
    ],
)
def test_a_masthead_with_its_tags_is_no_title(text, title):
    assert parse_snippet(text).title == title


def test_a_short_headline_under_a_masthead_stays():
    # the guard: no longer line under the short lines to be the headline
    text = "Harrow Times\n\nKnife sweep\n\nOfficers seized 40 knives in Harrow on Friday."
    assert parse_snippet(text).title != "Officers seized 40 knives in Harrow on Friday."
    assert parse_snippet(text).title in ("Harrow Times", "Knife sweep")


# The Met newsroom's page prints its browser title over the item's label ("Press release
# -", "News -") and the item's own heading under it: the heading is the headline, and a
# browser title naming the Met makes it the force's own page.
@pytest.mark.parametrize(
    ("text", "title"),
    [
        (  # the batch's own
            "Skip to content\nMet Police make 32 arrests in crackdown on shoplifting gangs\n\n"
            "Press release -\n\nMet recovers thousands of stolen items in crackdown\n\n"
            "Officers arrested 32 people and seized thousands of stolen items.",
            "Met recovers thousands of stolen items in crackdown",
        ),
        (
            "Skip to content\nMet Police appeal after Croydon stabbing\n\nNews -\n\n"
            "Appeal for witnesses after man stabbed in Croydon\n\n"
            "Detectives are appealing for witnesses after a man was stabbed.",
            "Appeal for witnesses after man stabbed in Croydon",
        ),
        (  # the two lines the same (blind8's met_cundy)
            "Skip to content\nLatest on the policing operation in London\n\nNews -\n\n"
            "Latest on the policing operation in London\n\nThe Met's operation goes on.",
            "Latest on the policing operation in London",
        ),
    ],
)
def test_the_heading_under_the_mets_item_label_is_the_title(text, title):
    parsed = parse_snippet(text)
    assert parsed.title == title
    assert parsed.publisher == "Metropolitan Police"


def test_a_browser_title_not_naming_the_met_gives_no_publisher():
    text = (
        "Skip to content\nCouncil cracks down on fly-tipping\n\nNews -\n\n"
        "Fly-tippers fined in Enfield\n\nThe council fined 12 people last month."
    )
    parsed = parse_snippet(text)
    assert parsed.title == "Fly-tippers fined in Enfield"
    assert parsed.publisher is None


def test_a_headline_over_a_body_paragraph_after_the_label_stays():
    # the guard: the line under the label is prose, not a heading
    text = (
        "Met Police make 32 arrests\n\nPress release -\n\n"
        "Officers arrested 32 people and seized thousands of stolen items."
    )
    assert parse_snippet(text).title == "Met Police make 32 arrests"


# ------------------------------------------------------------------ publishers


# The Met's old news site: headline, date, the item's tags, the headline again; the force
# then writes in its own voice with a contracted verb ("we've already seen").
@pytest.mark.parametrize(
    "text",
    [
        (  # the batch's own
            "Trident Celebrates its First Year Anniversary\n\n07 February 2013\n\n"
            "gangs, youth violence\n\nTrident Celebrates its First Year Anniversary\n\n"
            "The Trident Gang Crime Command now leads the Metropolitan Police Service "
            "response to gang crime.\n\nThis has meant a more coordinated approach and "
            "we've already seen some really promising success."
        ),
        (
            "Operation Sceptre week of action\n\n14 May 2014\n\nknife crime\n\n"
            "Operation Sceptre week of action\n\nThe Metropolitan Police Service has "
            "targeted knife crime this week.\n\nWe've now arrested 300 people across London."
        ),
        (
            "New cadets pass out\n\n3 March 2015\n\ncadets, recruitment\n\nNew cadets pass out"
            "\n\nThe Met's cadets held a ceremony.\n\nWe're seeing more young people join."
        ),
    ],
)
def test_the_forces_own_voice_with_a_contraction_after_its_tags(text):
    parsed = parse_snippet(text)
    assert parsed.publisher == "Metropolitan Police"
    assert parsed.blocks[1].text.startswith(("The Trident", "The Metropolitan", "The Met"))


@pytest.mark.parametrize(
    "text",
    [
        (  # another body that could be the "we"
            "Safer streets funding\n\n7 March 2013\n\ncrime\n\nSafer streets funding\n\n"
            "The Mayor and the Metropolitan Police have agreed a plan.\n\n"
            "We've already seen crime fall."
        ),
        (  # "we" quoted, not the page's own voice
            "Safer streets funding\n\n7 March 2013\n\nOfficers of the Metropolitan Police have a plan.\n\n"
            "“We've already seen crime fall,” said a resident."
        ),
    ],
)
def test_a_we_that_is_not_the_forces_gives_no_publisher(text):
    assert parse_snippet(text).publisher is None
