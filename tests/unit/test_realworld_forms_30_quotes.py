"""Forms of quotes, speakers, titles, dates and publishers found in blind batches 28 and
29, each fixed as a class and tested on sentences of the same shape written for the
purpose, with guard cases that must not change."""

from __future__ import annotations

import pytest
from tests_support import parse_snippet, snippet_quotes, snippet_speakers


# A relative clause set off after the subject ("Ms Patel, who represents Newham, Tower
# Hamlets and Hackney, said ...") describes the subject: the places it names never speak.
@pytest.mark.parametrize(
    "clause",
    [
        "who represents Ealing, Hillingdon, Tower Hamlets, and the City of London",
        "whose seat covers Brent and Harrow",
    ],
)
def test_places_in_a_relative_clause_after_the_subject_never_speak(clause: str) -> None:
    text = (
        "Thefts on the rise\n\n"
        "The figures were obtained by Priya Patel, a member of the London Assembly.\n\n"
        f"Ms Patel, {clause}, said the numbers are “deeply troubling, especially as we know they show only the "
        "crimes reported – the true numbers are surely much higher”."
    )
    assert snippet_speakers(text) == ["Priya Patel"]


# A month or a day before a capitalised place or name is no part of a name: "Between
# January and September Camden had ..." names no "September Camden", and "he" after it
# is still the person named before.
@pytest.mark.parametrize(
    "sentence",
    [
        "Between January and September Camden had over four thousand thefts.",
        "Between Monday and Friday Hackney recorded a dozen more.",
    ],
)
def test_a_month_or_day_before_a_place_names_no_one(sentence: str) -> None:
    text = (
        "Moped crime\n\n"
        "Assembly Member Tom Smith raised the issue at City Hall.\n\n"
        f"{sentence}\n\n"
        "He said: “Residents are frightened to use their phones on the street, and they "
        "deserve better from the police.”"
    )
    assert snippet_speakers(text) == ["Tom Smith"]


# "She writes:" after someone is brought in by one name ("a woman called Jessica") means
# her, not the person named in full before: no name beats a wrong one. Without such an
# introduction the pronoun keeps the person named before.
@pytest.mark.parametrize(
    ("introduction", "speakers"),
    [
        ("It is from a constituent called Jessica. She writes:", [None]),
        ("It is from one of my constituents. She writes:", ["Jane Doe"]),
    ],
)
def test_she_after_someone_introduced_by_one_name_is_not_the_member(
    introduction: str, speakers: list[str | None]
) -> None:
    text = (
        "Moped crime\n\n"
        "Assembly Member Jane Doe raised moped crime with the Deputy Mayor.\n\n"
        f"I would like to read an email I received last week. {introduction}\n\n"
        "“I wanted to get in touch with you as I am getting increasingly concerned "
        "about the spate of moped attacks where I live.”"
    )
    assert snippet_speakers(text) == speakers


# A title in the plural is a group, never a person: "Dedicated Ward Officers are making
# contact ..." names no one, so speech after it is not theirs.
def test_a_title_in_the_plural_names_no_one() -> None:
    text = (
        "Policing around places of worship\n\n"
        "Dedicated Ward Officers are visiting places of worship across the borough.\n\n"
        "“We would urge anyone who witnesses or suffers hate of any kind to report it "
        "straight away so that action can be taken.”"
    )
    assert snippet_speakers(text) == []


# "A spokesperson for the Home Office": the body named after "for" is part of the post;
# a common noun after it ("for the force") adds nothing and is left off, as before.
@pytest.mark.parametrize(
    ("attribution", "post"),
    [
        ("A spokesperson for the Home Office said: ", "spokesperson for the Home Office"),
        ("A spokeswoman for Transport for London said: ", "spokeswoman for Transport for London"),
        ("A spokesperson for the force said: ", "spokesperson"),
    ],
)
def test_a_spokesperson_for_a_named_body_keeps_the_body(attribution: str, post: str) -> None:
    words = "Funding for the police is rising this year, including the precept income."
    text = f"Police funding\n\nThe budget was agreed today.\n\n{attribution}“{words}”"
    assert snippet_quotes(text) == [(post, words)]


# A party's name written before a member's ("Lib-Dem Stephen Knight said") is no part
# of the name.
@pytest.mark.parametrize("party", ["Lib-Dem", "Lib Dem", "Liberal Democrat", "Labour", "Tory"])
def test_a_party_before_a_name_is_not_part_of_it(party: str) -> None:
    text = (
        "Budget row\n\n"
        "The Mayor set out his budget at City Hall.\n\n"
        f"{party} Jane Doe said: “Instead of such gimmicks, the Mayor should keep the "
        "police stations open.”"
    )
    assert snippet_speakers(text) == ["Jane Doe"]


# A lobby briefing: "The spokesman revealed that ministers Lord Smith and Jane Doe had
# written ...", then "he said:": the post the paragraph opens on speaks, never someone
# it names after its verb; a person named in the attribution's own sentence still does.
@pytest.mark.parametrize(
    ("lead", "speakers"),
    [
        ("Setting out the new measures, he said:", [None]),
        ("Home Secretary Tom Brown spoke next. He said:", ["Tom Brown"]),
    ],
)
def test_he_after_a_paragraph_opening_on_a_post_is_not_a_person_it_names(
    lead: str, speakers: list[str | None]
) -> None:
    text = (
        "Lobby briefing on the Windrush generation\n\n"
        "Here is a summary of this morning's briefing for lobby journalists.\n\n"
        "The spokesman revealed that ministers Lord Smith and Jane Doe had written to "
        "Caribbean leaders to reassure them.\n\n"
        f"{lead} “There will be a new team dedicated to helping the people involved "
        "find the evidence they need.”"
    )
    assert snippet_speakers(text) == speakers


# "According to the Home Office, “...” / “...”": the words in marks, over two paragraphs,
# are the body's, not the minister named before; a person, the Met or the Home Office
# named there speaks, and "the report" speaks no words.
@pytest.mark.parametrize(
    ("source", "speakers"),
    [
        ("the Home Office", ["Home Office"]),
        ("Scotland Yard", ["Metropolitan Police"]),
        ("Sadiq Khan", ["Sadiq Khan"]),
    ],
)
def test_words_according_to_a_body_are_not_the_minister_named_before(
    source: str, speakers: list[str | None]
) -> None:
    text = (
        "Illegal working raids\n\n"
        "Home Secretary Jane Doe announced the latest figures on Monday.\n\n"
        f"According to {source}, “Enforcement teams carried out hundreds of raids across "
        "the country, far more than the previous year.\n\n"
        "“These efforts led to many arrests, a steep rise on the year before.”"
    )
    assert snippet_speakers(text) == speakers


# Page furniture above a headline is never the title: a text-size control, a site's
# copyright line, a blog's byline slot glued to its author's name, a written question's
# date of asking with its link.
@pytest.mark.parametrize(
    "furniture",
    [
        "Font Size: A A A",
        "@2021 - All Right Reserved. Designed and Developed by SomeDesign",
        "© 2019 Local News Ltd. All rights reserved.",
        "  • Writer's pictureJane Doe AM",
        "(asked on 3rd March 2019) - View Source",
    ],
)
def test_page_furniture_over_a_headline_is_not_the_title(furniture: str) -> None:
    text = (
        f"{furniture}\n\n"
        "Knife crime summit at City Hall\n\n"
        "The Mayor of London is inviting council leaders to a summit on violent crime "
        "at City Hall next week."
    )
    assert parse_snippet(text).title == "Knife crime summit at City Hall"


# A written statement copied on one line: its heading runs on into the line naming the
# minister who makes it, the name in brackets; the heading is the title.
def test_a_written_statements_heading_run_on_into_its_minister_is_the_title() -> None:
    text = (
        "Reforming Police Vetting The Minister for Crime and Policing (Jane Doe) Last "
        "year I set out the actions the Home Office and partners are taking to improve "
        "vetting. This statement gives an update."
    )
    assert parse_snippet(text).title == "Reforming Police Vetting"


def test_a_headline_naming_a_minister_without_brackets_is_whole() -> None:
    text = (
        "Knife crime summit called by the Minister for Policing\n\n"
        "The Minister for Policing (Jane Doe) has called a summit on knife crime."
    )
    assert parse_snippet(text).title == "Knife crime summit called by the Minister for Policing"
