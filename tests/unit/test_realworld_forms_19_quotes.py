"""Forms found in the spent eighteenth blind batch (tests/blind18, round 19) for quotes,
speakers, titles, dates and publishers, each fixed as a class: the batch's own case in our
own words and others of the same class written in the styles of other real publishers
(police forces, councils, parties, news sites), with guard cases that must not change.
A wrong name is worse than none, and no quote text is ever made up."""

from __future__ import annotations

import pytest
from tests_support import parse_snippet, snippet_quotes, stated_date

_SAYING = "“Every search should be filmed so that people can trust what officers do.”"
_WORDS = _SAYING.strip("“”")

# ------------------------------------------------------------------ titles and dates

_HEADLINE = "Searches without cameras criticised"
_LEAD = "Officers stopped 40 people in the borough last month without filming them."


# A news site's byline over the headline, the reporter's full name and then the date on
# one line ("<Reporter> 31 July 2023"): the page's, not the headline; its date is stated.
@pytest.mark.parametrize(
    ("byline", "when"),
    [
        # the batch's form (and blind17's, from the same site)
        ("Jane Ellery 31 July 2023", "2023-07-31"),
        # other sites' styles: "By", the month first, a three-word or apostrophed name
        ("By Jane Ellery July 31, 2023", "2023-07-31"),
        ("Mary Anne Ellery 5 May 2021", "2021-05-05"),
        ("Tom O'Neill 5th May 2021", "2021-05-05"),
    ],
)
def test_a_reporters_byline_with_its_date_is_not_the_title(byline, when):
    text = f"{byline}\n\n{_HEADLINE}\n\n{_LEAD}\n\nMore paragraphs follow."
    assert parse_snippet(text).title == _HEADLINE
    assert stated_date(text) == when


@pytest.mark.parametrize(
    "first_line",
    [
        # a body's or an event's name by the date: a headline of its own
        "Police Appeal 20 March 2019",
        "Metropolitan Police 12 March 2019",
    ],
)
def test_a_date_after_a_bodys_name_stays_in_the_title(first_line):
    text = f"{first_line}\n\n{_HEADLINE}\n\n{_LEAD}\n\nMore paragraphs follow."
    assert parse_snippet(text).title == first_line


def test_a_byline_over_the_body_is_left_alone():
    # no headline under it: the line is all the page has for one
    text = f"Jane Ellery 31 July 2023\n\n{_LEAD}\n\nMore paragraphs follow."
    assert parse_snippet(text).title == "Jane Ellery 31 July 2023"


# A news site's weather widget and clock at the top of the page (a temperature, the place
# it is read for, the day the page was seen): the page's, never the headline, and the
# clock's day is not the release's date.
@pytest.mark.parametrize(
    "widget",
    [
        # the batch's form: below zero, no degree sign, a city, a weekday date
        ["-0.8 C", "New York", "Friday, January 24, 2025"],
        # other themes: a degree sign and the weather, Fahrenheit, no place line
        ["12°C Light rain", "London", "Monday 3 March 2025"],
        ["54 °F", "Manchester", "3 March 2025"],
        ["8°C", "Tuesday, 4 March 2025"],
    ],
)
def test_a_sites_weather_and_clock_are_not_the_title_or_date(widget):
    text = "\n".join(widget) + f"\n\n{_HEADLINE}\n\n{_LEAD}\n\nMore paragraphs follow."
    assert parse_snippet(text).title == _HEADLINE
    assert stated_date(text) is None


@pytest.mark.parametrize(
    "text",
    [
        # a date line with no widget above it is the page's stated date
        f"Friday, January 24, 2025\n\n{_HEADLINE}\n\n{_LEAD}",
        # a temperature in a headline is the headline's
        f"Temperatures to hit 35C in London\n\nFriday, January 24, 2025\n\n{_LEAD}",
    ],
)
def test_a_date_line_without_a_weather_widget_is_stated(text):
    assert stated_date(text) == "2025-01-24"
    assert parse_snippet(text).title != "London"


# A newspaper's tagline over the headline in the place of its name ("The independent
# <city> newspaper"): the paper's, not the headline; the standfirst under the headline
# stays the body's.
@pytest.mark.parametrize(
    "tagline",
    [
        "The independent Camden newspaper",  # the batch's form, another borough
        "Your local newspaper",
        "London's biggest free news site",
    ],
)
def test_a_newspapers_tagline_is_not_the_title(tagline):
    standfirst = "Offences down as officers stop riders on stolen bikes"
    text = f"{tagline}\n\n{_HEADLINE}\n\n{standfirst}\n\n{_LEAD}"
    assert parse_snippet(text).title == _HEADLINE


def test_a_headline_about_a_newspaper_stays_the_title():
    title = "Police chief criticises newspaper"
    text = f"{title}\n\n{_HEADLINE} after a long row\n\n{_LEAD}"
    assert parse_snippet(text).title == title


# A decision page's key information printed over the decision's heading, each line a
# label and its value ("Reference code: ...", "Date signed:", "Decision by: ..."): the
# page's record, not the heading.
_DECISION = "DD 2051 Grant for victims' services 2025/26"
_SUMMARY = "Executive Summary: the decision approves a grant to support victims of crime."


@pytest.mark.parametrize(
    "key_lines",
    [
        # the batch's form: a reference, an empty signing date, who decided
        ["Reference code: DD 2051", "Date signed:", "Decision by: Ann Okoro, Deputy Mayor"],
        # other bodies' records: a reference number, a signatory, a decision maker
        ["Reference number: DD 2051", "Signed by: Ann Okoro"],
        ["Ref no: 2051/25", "Decision maker: Cabinet Member for Community Safety"],
    ],
)
def test_a_decisions_key_information_is_not_its_title(key_lines):
    text = "\n".join(["Key information", *key_lines, _DECISION, _SUMMARY])
    assert parse_snippet(text).title == _DECISION


def test_a_reference_in_the_body_is_left_in_the_body():
    text = f"{_DECISION}\n\n{_SUMMARY}\n\nReference code: DD 2051\n\nMore text follows."
    parsed = parse_snippet(text)
    assert parsed.title == _DECISION
    assert "Reference code: DD 2051" in parsed.text


# A British heading with its slashed date run on after it, day first ("... launch rural
# crime operation 10/05/23"): the headline without the date, and the date stated.
@pytest.mark.parametrize(
    ("first_line", "title", "when"),
    [
        # the batch's form: a long heading naming the officers, a two-digit year
        (
            "Rural Crime Lead Inspector Sam Doyle and Wildlife Officer Kim Reid launch "
            "Operation Harrow 10/05/23",
            "Rural Crime Lead Inspector Sam Doyle and Wildlife Officer Kim Reid launch "
            "Operation Harrow",
            "2023-05-10",
        ),
        # a four-digit year, a one-digit day and month
        ("Burglary week of action begins 3/4/2019", "Burglary week of action begins", "2019-04-03"),
    ],
)
def test_a_slashed_date_after_a_heading_is_its_date(first_line, title, when):
    text = f"{first_line}\n\n{_LEAD}\n\nMore paragraphs follow."
    assert parse_snippet(text).title == title
    assert stated_date(text) == when


@pytest.mark.parametrize(
    "first_line",
    [
        "Police budget for 2023/24 agreed",  # a financial year, not a date
        "Scores of 3/4/5 recorded by inspectors",  # no valid day and month at the end
        "Officers cut burglary by 25/30",
    ],
)
def test_a_heading_without_a_trailing_slashed_date_is_kept_whole(first_line):
    text = f"{first_line}\n\n{_LEAD}\n\nMore paragraphs follow."
    assert parse_snippet(text).title == first_line


# A date line under the headline, its standfirst, a photo's caption and the reporter's
# "By <Name>" line: the byline does not push the date out of the lines read for it.
@pytest.mark.parametrize(
    "date_line", ["12 Jul 2024", "12 July 2024", "Friday 12 July 2024", "July 12, 2024"]
)
def test_a_date_line_under_a_byline_below_the_standfirst_is_stated(date_line):
    standfirst = "The minister confirms more trainee officers will join over the next year"
    caption = "The minister speaks to staff at the ministry Photo: Ministry of Justice"
    lines = [_HEADLINE, standfirst, caption, "By Sam Doyle", date_line, _LEAD]
    assert stated_date("\n\n".join(lines)) == "2024-07-12"


def test_a_date_far_below_a_byline_is_not_the_stated_date():
    # the date is a paragraph's, several lines down: not the page's date line
    standfirst = "The minister confirms more trainee officers will join over the next year"
    lines = [_HEADLINE, standfirst, "By Sam Doyle", _LEAD, _LEAD + " Again.", "12 July 2024"]
    lines.append("More paragraphs follow here.")
    assert stated_date("\n\n".join(lines)) is None


# ------------------------------------------------------------------ speakers


# A party's name, then the member's post in lower case, then the member's name ("<Party>
# <remit> spokesperson <Name> AM said:"): the name speaks, never the party.
@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        # the batch's form: a two-word party, a remit with "and", a post-nominal
        ("Liberal Democrat policing and justice spokesperson Anna Price AM said:", "Anna Price"),
        # other parties' and bodies' styles
        ("Labour housing spokesperson Tom Elwood AM said:", "Tom Elwood"),
        ("Green Party transport spokesperson Mia Lowe said:", "Mia Lowe"),
        ("Federation welfare lead Paul Dent said:", "Paul Dent"),
        ("Conservative shadow policing minister Rob Ainsley MP said:", "Rob Ainsley"),
        ("London Assembly Liberal Democrat housing spokesperson Jo Hart said:", "Jo Hart"),
    ],
)
def test_a_partys_lower_case_post_before_the_name(lead, speaker):
    text = f"Searches recorded\n\nThe figures were released on request.\n\n{lead} {_SAYING}"
    assert snippet_quotes(text) == [(speaker, _WORDS)]


def test_a_lower_case_post_after_narrative_names_no_one():
    lead = "Speaking outside the station police officer Anna Price said:"
    text = f"Searches recorded\n\nThe figures were released on request.\n\n{lead} {_SAYING}"
    assert snippet_quotes(text) == [(None, _WORDS)]


def test_a_partys_post_after_the_name_is_unchanged():
    lead = "Anna Price, Liberal Democrat policing spokesperson, said:"
    text = f"Searches recorded\n\nThe figures were released on request.\n\n{lead} {_SAYING}"
    assert snippet_quotes(text) == [("Anna Price", _WORDS)]


# "She said" after a paragraph whose subject is named after a post written in lower case
# after its remit ("Justice secretary <Name> has announced ..."): she is the one who speaks,
# as with the post in capitals.
_SHE_SAID = "“There is only one way left to us. We are taking every step we can,” she said."
_HER_WORDS = "There is only one way left to us. We are taking every step we can."


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        # the batch's form: the post in lower case, a verb of acting, a surname later
        (
            "Justice secretary Ruth Amin has announced plans for more probation staff.\n\n"
            "Amin said the move was an “emergency measure” and would end next year.",
            "Ruth Amin",
        ),
        # other remits and posts
        ("Policing minister Ruth Amin has confirmed the new funding.", "Ruth Amin"),
        ("London mayor Ruth Amin has launched the new scheme.", "Ruth Amin"),
        ("Borough commander Ruth Amin has welcomed the figures.", "Ruth Amin"),
    ],
)
def test_she_said_after_a_subject_named_after_a_lower_case_post(opening, speaker):
    text = f"Prisons plan\n\n{opening}\n\n{_SHE_SAID}\n\nMore text follows."
    assert snippet_quotes(text) == [(speaker, _HER_WORDS)]


@pytest.mark.parametrize(
    "opening",
    [
        # the name is acted on, not the subject; a post with no name after it
        "Police officers arrested Ruth Amin at her home on Monday.",
        "Justice secretary plans for more probation staff were published today.",
    ],
)
def test_she_said_after_no_named_subject_names_no_one(opening):
    text = f"Prisons plan\n\n{opening}\n\n{_SHE_SAID}\n\nMore text follows."
    assert [speaker for speaker, _ in snippet_quotes(text)] in ([], [None])
