"""Forms of quotes, speakers, titles, dates and publishers found in blind batches 66 and
67 (and open classes of earlier batches), each fixed as a class and tested on sentences
of the same shape written for the purpose, with guard cases that must not change."""

from __future__ import annotations

import pytest
from tests_support import parse_snippet, snippet_speakers

from briefing.parse.speakers import split_name_role

_HEAD = "Depot plan announced\n\n"


# Words before a name are not part of it: a compound adjective ('“...,” London-born Doe
# said.'), or the last word of a seat after "MP for" ('MP for Barnet Central Jane Doe').
@pytest.mark.parametrize(
    "paragraphs, speakers",
    [
        (
            "Home Secretary Jane Doe has ordered a review of the rules.\n\n“We depend on our "
            "brave officers to protect us,” Doe said.\n\n“They must not fear ending up in "
            "the dock for doing their duty,” London-born Doe said.",
            ["Jane Doe", "Jane Doe"],
        ),
        (
            "However MP for Barnet Central Jane Doe said the merger would put people at "
            "risk: “You cannot keep people safe on the cheap.”",
            ["Jane Doe"],
        ),
        (
            "The MP for Barnet Jane Doe said: “You cannot keep people safe on the cheap.”",
            ["Jane Doe"],
        ),
    ],
)
def test_words_before_a_name_are_not_part_of_it(paragraphs: str, speakers: list[str]) -> None:
    assert snippet_speakers(_HEAD + paragraphs + "\n") == speakers


@pytest.mark.parametrize(
    "written, name",
    [
        ("MP for Barnet Central Jane Doe", "Jane Doe"),
        ("Barnet Central Jane Doe", "Jane Doe"),
        ("Commissioner Bernard Hogan-Howe", "Bernard Hogan-Howe"),
        ("Lord Toby Harris", "Toby Harris"),
    ],
)
def test_a_name_is_its_last_name_words(written: str, name: str) -> None:
    found = split_name_role(written)
    assert found is not None and found[0] == name


def test_a_compound_adjective_alone_is_no_name() -> None:
    assert split_name_role("London-born Doe") is None


# A subheading in title case is no one's sentence: its first words are not a subject
# whom "she" next refers to ("Sharp Rise in Reported Offences Sparks Concern").
@pytest.mark.parametrize(
    "subheading, speakers",
    [
        ("Sharp Rise in Reported Offences Sparks Concern", ["Jane Doe"]),
        ("Data Gaps and Reporting Failures Undermine Confidence", ["Jane Doe"]),
    ],
)
def test_a_subheading_is_never_whom_a_pronoun_means(subheading: str, speakers: list[str]) -> None:
    text = (
        f"{_HEAD}Council leader Jane Doe said the plan was overdue.\n\n{subheading}\n\n“We "
        "need a plan for every line and every bus route in the city,” she stated, "
        "highlighting the need for one approach.\n"
    )
    assert snippet_speakers(text) == speakers


def test_a_sentence_after_the_name_still_names_the_subject() -> None:
    text = (
        f"{_HEAD}Council leader Jane Doe said the plan was overdue.\n\nDepot chairman John "
        "Roe welcomed the plan.\n\n“We need a plan for every line and every bus route in "
        "the city,” he stated, highlighting the need for one approach.\n"
    )
    assert snippet_speakers(text) == ["John Roe"]


# A scene before the subject with no comma to set it off ("In June he told the
# Assembly:", "At the same meeting Doe told members:"), or a clause whose "when" the
# subject follows ("It was repeated in May when the Mayor told ...:"): the subject speaks.
@pytest.mark.parametrize(
    "lead, speaker",
    [
        ("In June she told the Assembly:", "Jane Doe"),
        ("At the same meeting Doe told members:", "Jane Doe"),
        ("The claim was repeated in May when the Commissioner told members:", "Jane Doe"),
        # two capitalised words after the scene are a body or a place, not a surname
        ("In a statement Scotland Yard said:", None),
        ("At the hearing Assembly Members said:", None),
    ],
)
def test_a_scene_before_the_subject_without_a_comma(lead: str, speaker: str | None) -> None:
    text = (
        f"{_HEAD}Commissioner Jane Doe has backed the depot plan.\n\n{lead} “We have made "
        "savings across every service and will go on doing so.”\n"
    )
    assert snippet_speakers(text) == [speaker]


# "Speaking to TalkTV's Jane Roe, former detective John Doe said ...": the name after the
# comma, next to the verb, is its subject; the interviewer named before it is not.
@pytest.mark.parametrize(
    "lead, speaker",
    [
        ("Speaking to TalkTV's Jane Roe, former Met detective John Doe said", "John Doe"),
        ("Speaking to Jane Roe, former Met detective John Doe said", "John Doe"),
        ("John Doe, a former Met detective, said", "John Doe"),
    ],
)
def test_the_name_next_to_the_verb_after_a_scene_is_its_subject(lead: str, speaker: str) -> None:
    text = (
        f"{_HEAD}{lead} he was pleased with the review.\n\nFirearms officers back on duty\n\n"
        "He said: “My message to armed officers is simple: please go back to work now.”\n"
    )
    assert snippet_speakers(text) == [speaker]


# The subject of a verb of acting, after a sentence adverb ("However, DCI Jane Doe was
# quick to praise the team ..., saying:"), speaks the words after the colon.
@pytest.mark.parametrize(
    "lead",
    [
        "However, Detective Chief Inspector Jane Doe was quick to praise the team "
        "responsible for catching the gang, saying:",
        "Meanwhile, Detective Chief Inspector Jane Doe thanked the team, saying:",
        "Detective Chief Inspector Jane Doe was keen to thank the team, adding:",
    ],
)
def test_the_subject_acting_before_a_speaking_participle_speaks(lead: str) -> None:
    text = (
        f"{_HEAD}Bank break-ins have fallen over the years. {lead}\n\n“If it hadn’t been for "
        "the tenacity of my officers, this gang would have gone on for years.”\n"
    )
    assert snippet_speakers(text) == ["Jane Doe"]


# Page furniture above a headline is no title: a run of accessibility links with a radio
# player's "Listen Live" among them, a weather widget, a site icon's alternative text and
# an image's placeholder in brackets.
@pytest.mark.parametrize(
    "furniture",
    [
        "skip to content skip to search skip to navigation Listen Live skip to logon\n"
        "Max 21°C | Min 16°C",
        "Skip to main contentSkip to footer",
        "Site icon Depot Gazette",
        "[IMAGE: Infographic on the depot in numbers]",
    ],
)
def test_page_furniture_above_the_headline_is_no_title(furniture: str) -> None:
    text = (
        f"{furniture}\n\nDepot plan will not make you less safe, says council\n\nThe council "
        "has defended its plan to close ten depots this week.\n"
    )
    assert parse_snippet(text).title == "Depot plan will not make you less safe, says council"
