"""Forms of quotes, speakers, titles, dates and publishers found in blind batches 58 and
59 (and open classes of earlier batches), each fixed as a class and tested on sentences
of the same shape written for the purpose, with guard cases that must not change."""

from __future__ import annotations

import pytest
from tests_support import parse_snippet, snippet_speakers, stated_date

_HEAD = "Depot raid finds stolen vans\n\n"


# "Minister for Roads and Rail Safety Jane Doe": every capitalised word of a post's remit
# after its "for" belongs to the post, whatever connects them, not to the name after it.
@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        (
            "Minister for Roads and Rail Safety Jane Doe, visiting the depot on Monday, said:",
            "Jane Doe",
        ),
        ("Commissioner for Victims and Witness Care Jane Doe said:", "Jane Doe"),
        ("Minister for Roads Jane Doe said:", "Jane Doe"),
        # guards: a three-word name with no remit before it stays whole
        ("Mary Jane Doe, visiting the depot on Monday, said:", "Mary Jane Doe"),
        ("Depot manager Mary Jane Doe said:", "Mary Jane Doe"),
    ],
)
def test_a_remits_capitalised_words_are_no_part_of_the_name(lead: str, speaker: str) -> None:
    text = (
        f"{_HEAD}{lead} “We opened the containers on Tuesday and they are packed with "
        "stolen vans.”\n"
    )
    assert snippet_speakers(text) == [speaker]


# "unveiled today (12 September) ... seized since 1995": a year a span starts from is
# before the release, so it cannot give "today" its year; another year still can.
@pytest.mark.parametrize(
    ("later", "when"),
    [
        ("Officers have seized stolen vans there since 1995.", None),
        ("Officers have seized stolen vans there from 1995 onwards.", None),
        # guards: a year the text gives otherwise is still the one "today" takes
        ("Officers have seized stolen vans there since 1995, and 40 in 2011.", "2011-09-12"),
        ("The depot was raided in 2011.", "2011-09-12"),
    ],
)
def test_a_year_a_span_starts_from_does_not_date_today(later: str, when: str | None) -> None:
    text = f"{_HEAD}The display, unveiled today (12 September) at the depot, shows the vans.\n\n{later}\n"
    assert stated_date(text) == when


# An aggregator's source line glued to its numeric date, day first ("Yahoo26-02-2025",
# "Evening Post06-05-2025"): the date the copy states, as a reporter's glued byline is.
@pytest.mark.parametrize(
    ("source", "when"),
    [
        ("Evening Post06-05-2025", "2025-05-06"),
        ("Post26-02-2025", "2025-02-26"),
        ("Jane Doe24 March 2015", "2015-03-24"),
        # guard: a day and month without their year state no date
        ("Evening Post06-05", None),
    ],
)
def test_a_source_glued_to_its_numeric_date_states_it(source: str, when: str | None) -> None:
    text = (
        "Depot raid finds stolen vans\n\n"
        f"{source}\n"
        "Officers opened the containers and found them packed with stolen vans.\n"
    )
    assert stated_date(text) == when


def _title(text: str) -> str | None:
    return parse_snippet(text).title


# A page copy's metadata label over a headline closed by a full stop ("date 2021-03-18
# Mayor Urges Venues to Sign Charter."): the label says it is the headline, stop or not.
@pytest.mark.parametrize(
    ("first", "title"),
    [
        ("date 2021-03-18 Depot Raid Finds Stolen Vans.", "Depot Raid Finds Stolen Vans"),
        ("PRESS RELEASE: Depot raid finds stolen vans.", "Depot raid finds stolen vans"),
        # guard: two sentences after the label are a paragraph, not a headline (the
        # title is only derived from its first sentence, label and all)
        (
            "date 2021-03-18 Officers raided a depot. They found stolen vans in it.",
            "date 2021-03-18 Officers raided a depot",
        ),
    ],
)
def test_a_labelled_headline_closed_by_a_stop_is_the_title(first: str, title: str) -> None:
    text = f"{first}\n\nOfficers opened the containers and found them packed with stolen vans.\n"
    assert _title(text) == title


# "ACPO lead on vans Deputy Assistant Commissioner Jane Doe said:": a post's remit in lower
# case after its "on"/"for"/"of" is part of the title before the name, not narrative.
@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        ("National lead on vans Deputy Assistant Commissioner Jane Doe said:", "Jane Doe"),
        ("National lead for van crime Commander Jane Doe said:", "Jane Doe"),
        # guard: lower-case words after no title are narrative, and name no one
        ("Speaking on vans at the depot Jane Doe said:", None),
    ],
)
def test_a_posts_lower_case_remit_before_the_name_is_part_of_the_title(
    lead: str, speaker: str | None
) -> None:
    text = f"{_HEAD}{lead} “Van crime causes huge harm in our communities, and we will stop it.”\n"
    assert snippet_speakers(text) == [speaker]


# "Speaking at the launch event Commissioner Sir Jane Doe, pictured, said:": an opening
# participial phrase whose comma was left out ends at the capitalised rank before the name.
@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        ("Speaking at the launch event Commissioner Sir Jane Doe, pictured, said:", "Jane Doe"),
        ("Speaking at the depot Deputy Assistant Commissioner Jane Doe said:", "Jane Doe"),
        # guard: with no rank before the name, the phrase is narrative and names no one
        ("Speaking at the launch event Jane Doe said:", None),
    ],
)
def test_an_opening_phrase_without_its_comma_ends_at_the_rank(
    lead: str, speaker: str | None
) -> None:
    text = f"{_HEAD}{lead} “Van crime causes huge harm in our communities, and we will stop it.”\n"
    assert snippet_speakers(text) == [speaker]


# '“...,” said a police source.': an unnamed source keeps the description the report gives
# of them, as an unnamed spokesperson keeps their post.
@pytest.mark.parametrize(
    ("who", "speaker"),
    [
        ("a police source", "police source"),
        ("a senior Whitehall source", "senior Whitehall source"),
        # guards: a bare source over no first-person words, and a longer description,
        # stay no one's
        ("a source", None),
        ("a source close to the owner", None),
    ],
)
def test_an_unnamed_source_keeps_its_description(who: str, speaker: str | None) -> None:
    text = f"{_HEAD}“It’s no coincidence this came off the back of the vote on vans,” said {who}.\n"
    assert snippet_speakers(text) == [speaker]


# "Last updated: 15 November 2018", "Last Updated 08 December 2011": a page's own label
# over its date, as "Updated:" is, states the date when the page states no other.
@pytest.mark.parametrize(
    ("text", "when"),
    [
        (
            "Depot raid finds stolen vans\n\nLast updated: 15 November 2018\n\n"
            "Officers opened the containers and found them packed with stolen vans.\n",
            "2018-11-15",
        ),
        (
            "Depot raid finds stolen vans\n\n"
            "Officers opened the containers and found them packed with stolen vans.\n\n"
            "Last Updated 08 December 2011\n",
            "2011-12-08",
        ),
        # guard: the words in a sentence are no page label
        (
            "Depot raid finds stolen vans\n\n"
            "The list of stolen vans was last updated on 15 November 2018 by officers.\n",
            None,
        ),
    ],
)
def test_a_last_updated_label_states_the_date(text: str, when: str | None) -> None:
    assert stated_date(text) == when
