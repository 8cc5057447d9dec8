"""Forms of quotes, speakers, titles, dates and publishers found in blind batches 48 and
49 (and open classes of earlier batches), each fixed as a class and tested on sentences
of the same shape written for the purpose, with guard cases that must not change."""

from __future__ import annotations

import pytest
from tests_support import parse_snippet, snippet_speakers, stated_date

_HEAD = "Police step up patrols\n\n"
_SAYS = "“We are watching events abroad closely.”"


# "They" with no one quoted yet is a body or a group, not the last person named in full
# ("Officers met Jane Doe at the centre." / "They continued, saying: “...”"): no name beats
# a wrong one; "he" or "she" still refers back to that person.
@pytest.mark.parametrize(
    ("pronoun", "speaker"),
    [
        ("They", None),
        # guard: a singular pronoun goes back to the person named in full
        ("She", "Jane Doe"),
    ],
)
def test_they_is_not_the_last_person_named(pronoun: str, speaker: str | None) -> None:
    text = (
        f"{_HEAD}Officers met community leader Jane Doe at the centre on Monday.\n\n"
        f"{pronoun} continued by trying to reassure residents, saying: {_SAYS}\n"
    )
    assert snippet_speakers(text) == [speaker]


# A newspaper or site ("the Jewish News", "Evening Standard") is no person: the one the
# pronoun after it refers to is named before, never the paper that asked.
@pytest.mark.parametrize(
    "paper", ["the Jewish News", "the Evening Standard", "Sky News", "the Local Gazette"]
)
def test_a_newspaper_is_not_a_person(paper: str) -> None:
    text = (
        f"{_HEAD}The statement came from community leader Jane Doe.\n\n"
        f"Speaking to {paper}, she said: {_SAYS}\n"
    )
    assert snippet_speakers(text) == ["Jane Doe"]


# A police rank written in full before one name the release never completes ("Cadet
# Chloe from Merton", "Sergeant Chloe") is no part of it, as "PC Chloe" is "Chloe"; a
# full name after a rank is the name, and a body speaking alone keeps its word.
@pytest.mark.parametrize(
    ("attribution", "speaker"),
    [
        ("Cadet Chloe from Merton said,", "Chloe"),
        ("Sergeant Chloe said,", "Chloe"),
        ("Detective Inspector Owens, North Area Command said:", "Owens"),
        # guards: a full name, a title over a full name, and a body's one word
        ("Cadet Jane Doe said,", "Jane Doe"),
        ("Cadet leader Jane Doe from Barnet said,", "Jane Doe"),
        ("Crimestoppers said:", "Crimestoppers"),
    ],
)
def test_a_rank_is_not_part_of_a_name(attribution: str, speaker: str) -> None:
    assert snippet_speakers(f"{_HEAD}{attribution} {_SAYS}\n") == [speaker]


# A page widget's line over the headline is no headline, and no date line under it is
# missed for it: an advert's label left without its sponsor, a search box's help, a plea
# to subscribe.
@pytest.mark.parametrize(
    "widget",
    [
        "Post sponsored by",
        "Sponsored",
        'To match an exact phrase, use quotation marks around the search term. eg. "City '
        'Hall". Use "OR" or "AND" as link words.',
        "Keep yourself up-to-date with our latest news by subscribing to alerts in your inbox",
    ],
)
def test_a_widget_line_is_no_headline(widget: str) -> None:
    text = (
        f"{widget}\n\nKnife crime falls in the capital\n\nWednesday 20th September 2023\n\n"
        "Knife crime in London fell by a tenth in the year to June, figures show.\n"
    )
    assert parse_snippet(text).title == "Knife crime falls in the capital"
    assert str(stated_date(text)) == "2023-09-20"
