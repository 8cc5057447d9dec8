"""Forms of titles, dates and publishers found in blind batches 74 and 75 (and open classes
of blind70–73), each fixed as a class and tested on texts of the same shape written for
the purpose, with guard cases that must not change."""

from __future__ import annotations

import pytest
from tests_support import parse_snippet, stated_date

_ANSWER = (
    "Bus Services: Anytown\n\n"
    "Home Office written question – answered on 15th January 2020.\n\n"
    "To ask the Secretary of State for the Home Department, what assessment she has made "
    "of bus crime in Anytown.\n\n"
    "Statistics are collected at the Police Force Area level only.\n"
)


# A site's appeal for money over its pages, and its donation button, are the site's: the
# heading under them is the headline, and the page's own date and department are read.
@pytest.mark.parametrize(
    "banner",
    [
        "Only a few days to go: We’re raising £25,000 to keep ThisSite running and make sure "
        "people can hold their representatives to account.\n\nDonate to our crowdfunder\n\n",
        "We are raising £5,000 to keep the archive online.\n\nDonate now\n\n",
        "Search Donate\n\n",
    ],
)
def test_a_fundraising_banner_is_not_the_headline(banner: str) -> None:
    parsed = parse_snippet(banner + _ANSWER)
    assert (parsed.title, parsed.publisher) == ("Bus Services: Anytown", "Home Office")
    assert stated_date(banner + _ANSWER) == "2020-01-15"


# A headline about a donation stays the headline.
def test_a_headline_about_donations_stays() -> None:
    text = "Donate your old phone to help victims of crime\n\nA new scheme opens today.\n"
    assert parse_snippet(text).title == "Donate your old phone to help victims of crime"


# A committee page's item label and a transcript's filing line over the heading are the
# page's: the heading under them is the title (and a transcript's day under it its date).
@pytest.mark.parametrize(
    "label",
    ["Agenda item", "Agenda item 5", "To be published as HC 412", "To be published as HC 412-ii"],
)
def test_a_document_label_over_its_heading_is_not_the_title(label: str) -> None:
    text = (
        f"{label}\n\nBus safety in outer boroughs\n\nMonday 3 June 2013\n\n"
        "Members questioned the Commissioner on crime on buses.\n"
    )
    assert parse_snippet(text).title == "Bus safety in outer boroughs"
    assert stated_date(text) == "2013-06-03"


# A headline that opens on the same words stays the headline.
def test_a_headline_about_an_agenda_item_stays() -> None:
    text = "Agenda item on bus crime dropped by committee\n\nMembers were told on Monday.\n"
    assert parse_snippet(text).title == "Agenda item on bus crime dropped by committee"


# A page's label closed by a colon over the headline ("You are in:") is the page's; a
# speaker's lead-in is not a label, and stays in the text.
def test_a_colon_label_over_the_headline_is_not_the_title() -> None:
    text = "You are in:\n\nNew patrols for town centre\n\nOfficers will patrol from Monday.\n"
    assert parse_snippet(text).title == "New patrols for town centre"


def test_a_speakers_lead_in_is_no_label() -> None:
    text = "Jane Doe said:\n\nWe will patrol the town centre\n\nOfficers start on Monday.\n"
    parsed = parse_snippet(text)
    assert parsed.title_derived
    assert parsed.blocks[0].text == "Jane Doe said:"


# An archive's notice under the headline is skipped as a credit line is when reading for
# the date line: the date under the headline repeated is the page's.
def test_an_archive_notice_under_the_headline_is_skipped_for_the_date() -> None:
    text = (
        "Chair praises officers\n\n"
        "Warning: This is archived material and may be out of date.\n\n"
        "See the new authority's website for further information.\n\n"
        "Chair praises officers\n\n21 November 2011\n\n"
        "On behalf of the authority I praise the officers.\n"
    )
    assert stated_date(text) == "2011-11-21"


# A site's name or motto saying what it is ("... Newspaper", "... News and Comment", "...
# Newswire"), with the site's date, furniture and menu items under it, is the masthead: the
# line under them is the headline.
@pytest.mark.parametrize(
    "masthead",
    [
        "The Independent Westshire Newspaper\n\n12th May 2019\n\n",
        "TownWatch\n\nWestshire News and Comment\n\n• NEWS\n\n• Twitter\n\n",
        "GovWire Newswire (news from other organisations)\n\n"
        "Printable version E-mail this to a friend\n\n",
    ],
)
def test_a_site_saying_what_it_is_is_the_masthead(masthead: str) -> None:
    text = masthead + (
        "Council calls on Mayor to fund more patrols\n\n"
        "Councillors want the Mayor to provide more funding for patrols.\n"
    )
    assert parse_snippet(text).title == "Council calls on Mayor to fund more patrols"


# A headline naming a newspaper or a site's news stays the headline.
@pytest.mark.parametrize(
    "headline",
    ["Westshire News and Comment site closes after ten years", "The Westshire Newspaper"],
)
def test_a_headline_naming_a_newspaper_stays(headline: str) -> None:
    text = f"{headline}\n\nThe site's owners said it would close on Monday.\n"
    assert parse_snippet(text).title == headline


# A masthead's date banner is the day the page was seen: the release's own "Published:"
# line under its headline and standfirst wins; with none, the banner's date is read.
def test_a_published_line_wins_over_the_mastheads_date() -> None:
    text = (
        "The Independent Westshire Newspaper\n\n19th May 2019\n\n"
        "Town and city in police merger\n\n"
        "The town's most senior officer is leaving her post\n\n"
        "Published: 25 November, 2016\n\n"
        "THE town's police will be combined with the city's next year.\n"
    )
    assert stated_date(text) == "2016-11-25"


def test_the_mastheads_date_is_read_when_the_release_states_none() -> None:
    text = (
        "The Independent Westshire Newspaper\n\n19th May 2019\n\n"
        "Town and city in police merger\n\n"
        "THE town's police will be combined with the city's next year.\n"
    )
    assert stated_date(text) == "2019-05-19"


# A share widget's label under the date line at a page's end is the page's: the date line
# is the text's last, and its date is stated.
def test_a_share_label_under_the_closing_date_line_is_the_pages() -> None:
    text = (
        "Police release images of bus vandals\n\n"
        "Officers want to trace two youths who damaged a seat.\n\n"
        "February 10, 2011\n\n  Bookmark and Share\n"
    )
    assert stated_date(text) == "2011-02-10"


# A video page's count of views before its date ("272 views • Jan 18, 2023") is a date
# line: the video's date is stated, and the count is no figure of the text.
def test_a_views_count_before_a_date_is_a_date_line() -> None:
    text = (
        "Minister promises crackdown on abuse of power\n\n"
        "The minister vows swift action after the case\n\n"
        "The Daily Bugle\n\n1,272 views • Jan 18, 2023\n\n"
        "The minister said the abuse of power seen this week was despicable.\n"
    )
    parsed = parse_snippet(text)
    assert (parsed.date, parsed.date_estimated) == ("2023-01-18", False)
    assert "views" not in parsed.text


# A dotted date with its year in two digits alone on the first line ("12.12.13") is the
# page's date line; a section number or a clock's time is none.
@pytest.mark.parametrize(
    "first, date",
    [("12.12.13", "2013-12-12"), ("03.11.15", "2015-11-03"), ("1.2.3", None), ("10.15.32", None)],
)
def test_a_dotted_two_digit_year_date_line(first: str, date: str | None) -> None:
    text = (
        f"{first}\n\nConcerns published ahead of the budget\n\n"
        "The committee's report calls for more clarity on cuts.\n"
    )
    assert stated_date(text) == date


# A speech page's note of when it was given states the speech's date; a sentence about
# another speech is no such note.
@pytest.mark.parametrize(
    "note, date",
    [
        ("The Home Secretary gave this speech in Westtown on 4 July 2011.", "2011-07-04"),
        (
            "The Minister, Jane Doe, delivered this speech to the conference on 3 May 2012.",
            "2012-05-03",
        ),
        ("The Home Secretary gave a speech in Westtown on 4 July 2011.", None),
    ],
)
def test_a_speech_pages_note_of_its_delivery_dates_it(note: str, date: str | None) -> None:
    text = (
        "Police reform: speech to the summer conference\n\n"
        f"{note} This version is as spoken.\n\n"
        "It is a pleasure to be here today to talk about reform.\n"
    )
    assert stated_date(text) == date


# A date line with the site's section after a bar ("23rd May 2023 | Local News") under a
# byline is the story's date line; prose after a bar is not a section's name.
@pytest.mark.parametrize(
    "line, date",
    [
        ("23rd May 2023 | Local News", "2023-05-23"),
        ("23rd May 2023 | Crime", "2023-05-23"),
        ("23rd May 2023 | the board will meet in public", None),
    ],
)
def test_a_date_with_its_section_after_a_bar(line: str, date: str | None) -> None:
    text = (
        "Mayor creates a board to oversee police reform\n\nBy Jane Smith\n\n"
        f"{line}\n\nThe Mayor has announced a board to oversee reform of the police.\n"
    )
    assert stated_date(text) == date


# With no headline, a dateline opening the first paragraph ("March 6, 2015 - A
# 16-year-old ...") states the story's date, and the paragraph goes on without it.
def test_a_dateline_opening_a_headless_story() -> None:
    text = (
        "March 6, 2015 - A 16-year-old believed to have carried out hundreds of cyber "
        "attacks is among 35 people arrested this week.\n\n"
        "Around 100 officers made the arrests across the city.\n"
    )
    parsed = parse_snippet(text)
    assert (parsed.date, parsed.date_estimated) == ("2015-03-06", False)
    assert parsed.blocks[0].text.startswith("A 16-year-old believed")


def test_a_headless_story_opening_on_a_number_states_no_date() -> None:
    text = (
        "35 people - among them a 16-year-old - were arrested this week.\n\n"
        "Around 100 officers made the arrests across the city.\n"
    )
    assert stated_date(text) is None
