"""Forms found in the second batch of real releases (issue 13), each on the release's own words."""

from __future__ import annotations

from datetime import date

from briefing.parse.quotes import extract_quotes
from briefing.parse.release import parse_release

TODAY = date(2025, 6, 30)


def _quotes(text: str):
    return extract_quotes(parse_release(text, "snippet.txt", TODAY).blocks)


def test_honorific_and_first_name_is_the_person_named_in_full_earlier():
    text = (
        "More arrests made in relation to Whitehall violence\n"
        "In the early hours of this morning, Commissioner Sir Mark Rowley joined officers in "
        "South London as they carried out a number of these arrests.\n"
        "Sir Mark said: “Our work to protect London and bring those responsible for recent "
        "disorder to justice continues.”"
    )
    assert [(q.speaker, q.kind) for q in _quotes(text)] == [("Mark Rowley", "quote")]


def test_honorific_and_first_name_never_named_in_full_is_nobody():
    text = "Police statement\n\nSir Mark said: “Our work continues.”"
    assert [q.speaker for q in _quotes(text)] == [None]


def test_dame_first_name_went_on_in_single_quotes():
    text = (
        "Police officer fall mapped\n\n"
        "Labour Policing Minister Dame Diana Johnson said: 'Some humility would not go amiss.' "
        "Dame Diana went on: 'This Labour Government is putting bobbies back on the beat.'"
    )
    assert [q.speaker for q in _quotes(text)] == ["Diana Johnson", "Diana Johnson"]


def test_he_said_resolves_to_the_person_named_just_before():
    text = (
        "Sir Mark has defended the police operation\n\n"
        "Writing for the Evening Standard, Sir Mark Rowley said that while it was "
        '"unfortunate" demonstrators were unable to join protests, he supported the actions.\n\n'
        "'Ill-informed commentary'\n\n"
        'He said in a statement: "This was the largest security operation the Metropolitan '
        'Police has ever led."'
    )
    assert [q.speaker for q in _quotes(text)] == ["Mark Rowley"]


def test_gov_uk_statement_without_quote_marks_is_a_statement_not_a_quote():
    text = (
        "Government acts to stop highly disruptive slow walking tactics\n\n"
        "The Home Secretary has renewed plans to protect the public.\n\n"
        "Home Secretary Suella Braverman said:\n\n"
        "Selfish, disruptive protesters are wreaking havoc in people’s everyday lives across "
        "the country and this must be brought to a stop."
    )
    (quote,) = _quotes(text)
    assert (quote.speaker, quote.kind) == ("Suella Braverman", "statement")
    assert quote.text.startswith("Selfish, disruptive protesters")


def test_a_narrative_paragraph_after_said_colon_with_no_name_is_not_a_statement():
    text = "Appeal\n\nA spokesperson said:\n\nEnquiries continue."
    assert _quotes(text) == []
