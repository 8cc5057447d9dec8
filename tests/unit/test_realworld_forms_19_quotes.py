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
