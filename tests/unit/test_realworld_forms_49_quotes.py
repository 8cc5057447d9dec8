"""Forms of quotes, speakers, titles, dates and publishers found in blind batches 68 and
69 (and open classes of earlier batches), each fixed as a class and tested on sentences
of the same shape written for the purpose, with guard cases that must not change."""

from __future__ import annotations

import pytest
from tests_support import parse_snippet, snippet_quotes, snippet_speakers, stated_date

_HEAD = "Depot plan announced\n\n"


# A body's committee, commission or inquiry ends the post before a name, never opens the
# name ("Chair of the Transport Committee Jane Doe said").
@pytest.mark.parametrize(
    "paragraphs, speakers",
    [
        (
            "Chair of the Health and Care Committee Jane Doe AM said:\n\n“Patients deserve "
            "far better than this from the service.”",
            ["Jane Doe"],
        ),
        (
            "Deputy Chair of the Transport Committee Jane Doe said: “Passengers deserve far "
            "better than this from the operator.”",
            ["Jane Doe"],
        ),
        (
            "Chair of the Safety and Standards Commission Jane Doe said: “Passengers deserve "
            "far better than this from the operator.”",
            ["Jane Doe"],
        ),
        (
            "Chair of the Budget Committee Jane Doe said: “Passengers deserve far better "
            "than this from the operator.”",
            ["Jane Doe"],
        ),
    ],
)
def test_a_committee_ends_the_post_before_a_name(paragraphs: str, speakers: list[str]) -> None:
    assert snippet_speakers(_HEAD + paragraphs + "\n") == speakers


# A paragraph of speech after a sentence whose subject questions someone named is not the
# questioner's: it may be the answer or the question, so it is nobody's; a subject acting
# otherwise goes on speaking, as before.
@pytest.mark.parametrize(
    "verb, speakers",
    [
        ("quizzed Jane Roe on why “the troops were sent in”", []),
        ("asked Jane Roe why the troops were needed", []),
        ("pressed Jane Roe over the delays", []),
        ("criticised Jane Roe over the delays", ["John Doe"]),
    ],
)
def test_a_questioner_is_not_the_one_answering(verb: str, speakers: list[str]) -> None:
    text = (
        f"{_HEAD}Mrs Roe addressed the Commons on security.\n\nJohn Doe {verb}.\n\n"
        "“They stand ready to do their duty whatever the nation may ask. Our troops are "
        "highly skilled.”\n"
    )
    assert snippet_speakers(text) == speakers


# A spokesperson "for" a body named by its kind keeps it ("spokeswoman for the
# department"); the police by their kind leave the post alone, as the body rules resolve
# them.
@pytest.mark.parametrize(
    "attribution, speakers",
    [
        ("A spokeswoman for the department said:", ["spokeswoman for the department"]),
        ("A spokesman for the council said:", ["spokesman for the council"]),
        ("A spokesperson for the Home Office said:", ["spokesperson for the Home Office"]),
        ("A spokesperson for the force said:", ["spokesperson"]),
    ],
)
def test_a_spokesperson_keeps_the_body_of_its_kind(attribution: str, speakers: list[str]) -> None:
    text = (
        f"{_HEAD}{attribution} “Given the circumstances, we will consider any application "
        "for funding as a matter of priority.”\n"
    )
    assert snippet_speakers(text) == speakers


# A verb of speaking in the scene set before the attribution ("as the hot weather
# continues") is not the attribution's: the clause after the comma is; a scene after the
# attribution's own verb leaves it.
@pytest.mark.parametrize(
    "attribution, speakers",
    [
        (
            "Preparing for a second day as the hot weather continues, Commander Jane Doe "
            "said in a statement:",
            ["Jane Doe"],
        ),
        ("As the talks continued, Commander Jane Doe said:", ["Jane Doe"]),
        ("Commander Jane Doe said, as the search continued:", ["Jane Doe"]),
    ],
)
def test_a_verb_in_the_scene_is_not_the_attributions(attribution: str, speakers: list[str]) -> None:
    text = (
        f"{_HEAD}{attribution} “We have increased the number of officers on duty, and "
        "cancelled leave so we keep extra officers on our streets.”\n"
    )
    assert snippet_speakers(text) == speakers


# A body's statement or policy that "is as follows:" introduces the body's own words;
# one whose owner is no body the rules know stays no one's.
@pytest.mark.parametrize(
    "lead, speakers",
    [
        ("The subsequent Metropolitan Police statement was as follows:", ["Metropolitan Police"]),
        ("Met Police policy on such events is as follows:", ["Metropolitan Police"]),
        ("A statement from the Home Office read as follows:", ["Home Office"]),
        ("Our policy on such events is as follows:", []),
    ],
)
def test_a_bodys_statement_as_follows_is_the_bodys(lead: str, speakers: list[str]) -> None:
    text = (
        f"{_HEAD}The Met said officers had attended.\n\n{lead}\n\n“Shortly before noon on "
        "Tuesday, an officer was bitten by two dogs in the back garden of a house.”\n"
    )
    assert snippet_speakers(text) == speakers


# A few lines a web page sets inside an open passage (a link's line, a picture's title
# and caption) are read past: the passage reopens after the last of them; more lines than
# a page sets there end it.
@pytest.mark.parametrize(
    "inserted, goes_on",
    [
        (
            "Continue reading the main story\n\nSuspected rioter\n\n"
            "Police are continuing to release images of suspects",
            True,
        ),
        ("Police are continuing to release images of suspects", True),
        ("More stories\n\nRiots\n\nSuspected rioter\n\nPolice release images of suspects", False),
    ],
)
def test_lines_set_inside_an_open_passage_are_read_past(inserted: str, goes_on: bool) -> None:
    text = (
        f"{_HEAD}Det Supt Jane Doe said: “Today's raids show we remain committed to "
        f"arresting those responsible.\n\n{inserted}\n\n“Searches like those carried out "
        "today are happening daily and you will not get away with it.”\n"
    )
    speaker, words = snippet_quotes(text)[0]
    assert speaker == "Jane Doe"
    assert ("Searches like those" in words) == goes_on
    assert "images of suspects" not in words


# Speech left open with no one named before it (a copy starting mid-statement) is not
# narration: the one its words are about does not speak the next paragraph; a name
# before the open mark still may.
@pytest.mark.parametrize(
    "opening, speakers",
    [
        (
            "“The Mayor is working with the police to stamp out harassment. Jane Doe is "
            "clear that harassment is a deep cultural problem in our society",
            [],
        ),
        (
            "Mayor Jane Doe states, “It’s really important that Londoners are reassured "
            "that all of us are doing our bit to keep the city safe.",
            ["Jane Doe"],
        ),
    ],
)
def test_speech_left_open_is_not_narration(opening: str, speakers: list[str]) -> None:
    text = (
        f"{_HEAD}{opening}\n\n“A lot of work still needs to be done, but tackling "
        "harassment remains an absolute priority for everyone in the city.”\n"
    )
    assert snippet_speakers(text) == speakers


# Under the logo line the Mayor's and the Assembly's pages share, a page quoting a member
# by the post-nominal is the Assembly's; one naming a member only is not.
@pytest.mark.parametrize(
    "sentence, publisher",
    [
        (
            "Chair of the Health Committee Jane Doe AM said: “Patients deserve better.”",
            "London Assembly",
        ),
        (
            "Jane Doe AM, who proposed the motion, said: “Patients deserve better.”",
            "London Assembly",
        ),
        (
            "Thank you for the petition presented by Jane Doe AM about local policing.",
            "Mayor of London",
        ),
    ],
)
def test_a_member_quoted_under_the_shared_logo_is_the_assemblys(
    sentence: str, publisher: str
) -> None:
    text = (
        "Skip to main content\nMayor of London logo London Assembly logo\nHome\n\n"
        f"Custody care at risk\n\nCreated on\n28 January 2014\n\n{sentence}\n"
    )
    assert parse_snippet(text).publisher == publisher


# A briefing's headline ends in its date after its time of day ("Press briefing: morning
# 16 July 2012"), the release's own; a time of day with no date gives none.
@pytest.mark.parametrize(
    "headline, stated",
    [
        ("Press briefing: morning 16 July 2012", "2012-07-16"),
        ("Press briefing: afternoon 5 November 2013", "2013-11-05"),
        ("Number 10 Press Briefing - Morning From 13 December 2010", "2010-12-13"),
        ("Press briefing: morning update", None),
    ],
)
def test_a_briefings_headline_date_after_its_time_of_day(headline: str, stated: str | None) -> None:
    text = f"{headline}\nThe spokesperson answered questions on security and oil prices.\n"
    assert stated_date(text) == stated
