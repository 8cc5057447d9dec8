"""Forms of quotes and speakers that recur across the blind batches, each fixed as a
class and tested on sentences of the same shape written for the purpose, with guard
cases that must not change."""

from __future__ import annotations

from tests_support import snippet_quotes, snippet_speakers

_PLAN = "“We have a plan to cut knife crime and to deal severely with those who carry knives.”"


# A statement's heading may name its topic after the speaker and end on a colon: the
# topic is no part of who speaks.
def test_a_statement_heading_naming_its_topic_gives_the_speaker() -> None:
    text = (
        "Statement regarding the inquiry\n\n"
        "News 06 Aug 2019\n\n"
        "Statement from Deputy Commissioner Sir Jack Doe regarding the inquiry:\n\n"
        f"{_PLAN}\n"
    )
    assert snippet_speakers(text) == ["Jack Doe"]


def test_a_statement_heading_with_a_post_and_a_topic_gives_the_speaker() -> None:
    text = (
        "Knife plan\n\n"
        "A statement from Jane Roe, Victims Commissioner for London, following the verdict:\n\n"
        f"{_PLAN}\n"
    )
    assert snippet_speakers(text) == ["Jane Roe"]


# Guard: "A statement from the force said:" is read by its verb, as before.
def test_a_statement_that_said_is_still_read_by_its_verb() -> None:
    text = (
        "Knife plan\n\n"
        "Enough officers have returned to duty, the Metropolitan Police said.\n\n"
        f"A statement from Jane Roe said: {_PLAN}\n"
    )
    assert snippet_speakers(text) == ["Jane Roe"]


# Guard: "on" may be part of a body's name ("the Commission on ..."), so it ends no name.
def test_a_statement_heading_does_not_cut_a_name_at_on() -> None:
    text = f"Knife plan\n\nStatement from the Commission on Knife Crime:\n\n{_PLAN}\n"
    assert [speaker for speaker, _ in snippet_quotes(text)] != ["the Commission"]


# Guard: with no topic, a colon ends the lead-in as any other ("read as follows:").
def test_a_statement_read_as_follows_is_still_the_bodys() -> None:
    text = f"Knife plan\n\nA statement from the Home Office read as follows:\n\n{_PLAN}\n"
    assert snippet_speakers(text) == ["Home Office"]


# "X described it as “...”" reports X's words as "X said it was “...”" does: a quote
# paragraph of its own after it, with no attribution, goes on in X's voice.
def test_a_paragraph_describing_as_gives_the_next_quote_paragraph_its_speaker() -> None:
    text = (
        "Knife plan\n\n"
        "The council met on Monday.\n\n"
        "Sky's correspondent Jack Doe described the operation as “significant”.\n\n"
        f"{_PLAN}\n"
    )
    assert snippet_speakers(text) == ["Jack Doe"]


def test_describing_as_with_no_quote_marks_gives_the_speaker_too() -> None:
    text = (
        "Knife plan\n\n"
        "The council met on Monday.\n\n"
        "Council leader Jane Roe described the cuts as a disgrace for the borough.\n\n"
        f"{_PLAN}\n"
    )
    assert snippet_speakers(text) == ["Jane Roe"]


# Guard: "described" with no "as" describes an act, not anyone's view.
def test_describing_without_as_gives_no_speaker() -> None:
    text = (
        "Knife plan\n\n"
        "The council met on Monday.\n\n"
        "Sky's correspondent Jack Doe described his visit to the station in detail.\n\n"
        f"{_PLAN}\n"
    )
    assert snippet_speakers(text) == []
