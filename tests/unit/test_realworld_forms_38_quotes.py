"""Forms of quotes, speakers, titles, dates and publishers found in blind batches 46 and
47 (and open classes of earlier batches), each fixed as a class and tested on sentences
of the same shape written for the purpose, with guard cases that must not change."""

from __future__ import annotations

import pytest
from tests_support import parse_snippet, snippet_speakers, stated_date

_HEAD = "Police step up patrols\n\n"
_SAYS = "“We are watching events abroad closely.”"


# Two capitalised words right after a post's "for"/"of" are its remit ("lead for Counter
# Terrorism"), never the person: the name set off after the post speaks.
@pytest.mark.parametrize(
    ("attribution", "speaker"),
    [
        ("National Policing lead for Counter Terrorism, Jane Doe said:", "Jane Doe"),
        ("Director of Public Prosecutions, John Roe, said:", "John Roe"),
        # guards: a name after a three-word remit, and a body speaking alone
        ("Minister for Policing John Roe said:", "John Roe"),
        ("The Mayor of London, Sadiq Khan, said:", "Sadiq Khan"),
        ("Crimestoppers said:", "Crimestoppers"),
    ],
)
def test_a_posts_remit_is_not_its_holder(attribution: str, speaker: str) -> None:
    assert snippet_speakers(f"{_HEAD}{attribution} {_SAYS}\n") == [speaker]


# A thing judged by someone named in full ("The damage was condemned by council leader
# Jane Doe.") makes them whom "She said:" next refers to, not the subject of an earlier
# paragraph; an agent named by no one in full changes nothing.
@pytest.mark.parametrize(
    ("judged", "speaker"),
    [
        ("The damage was criticised by council deputy leader Jane Doe.", "Jane Doe"),
        ("The scheme has been welcomed by campaigner Jane Doe, who lives nearby.", "Jane Doe"),
        # guards: no one named as the agent, and an agent the pronoun is not
        ("The damage was criticised by local residents.", "Mary Major"),
    ],
)
def test_the_one_judging_a_thing_is_she(judged: str, speaker: str) -> None:
    text = (
        f"{_HEAD}Council chief Mary Major was given approval to press ahead with the scheme."
        f"\n\n{judged}\n\nShe said: “We condemn any form of vandalism.”\n"
    )
    assert snippet_speakers(text) == [speaker]


# A page copy's first line opens on the search tool's metadata ("date 2022-10-04 "),
# then the headline: the prefix is no part of the headline, nor a date the page states.
@pytest.mark.parametrize(
    ("first", "title"),
    [
        (
            " date 2022-10-04 Minister: city streets are not safe enough",
            "Minister: city streets are not safe enough",
        ),
        (
            "date 2019-03-08 Patrols stepped up outside places of worship",
            "Patrols stepped up outside places of worship",
        ),
        # guard: a headline that only starts with the word
        ("Date night scheme extended to more venues", "Date night scheme extended to more venues"),
    ],
)
def test_the_tools_date_prefix_is_not_the_headline(first: str, title: str) -> None:
    text = f"{first}\n\nThe minister says the streets are not safe enough and wants more done.\n"
    assert parse_snippet(text).title == title
    assert stated_date(text) is None


# A written statement states its date on a line of its own under its title: "Statement
# made on 15 December 2016", "Made on: 31 January 2018".
@pytest.mark.parametrize(
    ("line", "stated"),
    [
        ("Statement made on 15 December 2016", "2016-12-15"),
        ("Made on: 31 January 2018", "2018-01-31"),
        # guard: a sentence about something made on a day states no date of the page
        ("Arrests were made on 3 May 2016 after the raid.", None),
    ],
)
def test_a_written_statements_made_on_line_states_its_date(line: str, stated: str | None) -> None:
    text = (
        f"Police Grant Report\n\nHome Office\n{line}\n\nI have today placed in the Library my"
        " proposals for the grant to local policing bodies.\n"
    )
    assert stated_date(text) == stated


# A parliamentary paper's page title puts its kind and number after its subject ("Police
# Funding:Written statement - HCWS439"): the subject is the headline.
@pytest.mark.parametrize(
    ("first", "title"),
    [
        ("Police Funding:Written statement - HCWS439", "Police Funding"),
        ("Knife Crime | Written question - 12345", "Knife Crime"),
        # guard: a headline about a written statement keeps its words
        (
            "Minister to make written statement on funding",
            "Minister to make written statement on funding",
        ),
    ],
)
def test_a_papers_kind_and_number_are_not_its_headline(first: str, title: str) -> None:
    text = f"{first}\n\nHome Office\n\nMy right honourable friend has today laid a report.\n"
    assert parse_snippet(text).title == title


# "X acknowledged the frustration, saying “...”": the participle with no colon sets the
# words off as "saying:" does; the sentence's subject speaks.
@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        ("Home Secretary Jane Doe acknowledged the frustration victims feel, saying", "Jane Doe"),
        ("Minister John Roe backed the plan on Monday, adding", "John Roe"),
    ],
)
def test_a_participle_without_a_colon_sets_off_the_words(lead: str, speaker: str) -> None:
    text = (
        f"{_HEAD}{lead} “That is why we are determined to give the police the powers they need.”\n"
    )
    assert snippet_speakers(text) == [speaker]


def test_a_participle_after_a_subject_acted_on_gives_no_quote() -> None:
    # guard: as with "saying:", a subject acted on is not the one speaking
    lead = "Mary Major was criticised by residents, saying"
    assert snippet_speakers(f"{_HEAD}{lead} “That is why we are determined.”\n") == []


# "tweeted" is a verb of saying: a post's words are its writer's, before or after them.
@pytest.mark.parametrize(
    "body",
    [
        "“People have a right to protest peacefully,” the minister Jane Doe tweeted.",
        "Minister Jane Doe tweeted: “People have a right to protest peacefully.”",
    ],
)
def test_tweeted_is_a_verb_of_saying(body: str) -> None:
    assert snippet_speakers(f"{_HEAD}{body}\n") == ["Jane Doe"]


# "A statement from the Home Office said:" is the Home Office speaking, as "A Home Office
# statement said:" is.
@pytest.mark.parametrize(
    "who",
    [
        "A statement from the Home Office said:",
        "A Home Office statement said:",
        "The Home Office said:",
    ],
)
def test_a_statement_from_the_home_office_is_the_home_offices(who: str) -> None:
    assert snippet_speakers(f"{_HEAD}{who} “Officers leave each year through retirement.”\n") == [
        "Home Office"
    ]
