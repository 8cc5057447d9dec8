"""Forms of quotes and speakers found in blind batches 80 and 81 (and open classes of
earlier batches), each fixed as a class and tested on sentences of the same shape written
for the purpose, with guard cases that must not change."""

from __future__ import annotations

from tests_support import snippet_speakers

_PLAN = "“We have a plan to cut knife crime and to deal severely with those who carry knives.”"


# A title-case headline capitalises every word: the word after a first name there is no
# surname ("Jack Gets Tough ..."), so it does not complete the first name.
def test_a_title_case_headline_does_not_complete_a_first_name() -> None:
    text = (
        "Jack Gets Tough On Knife Crime\n\n"
        "The minister spoke to us this week about crime in the capital.\n\n"
        f"Jack said: {_PLAN}\n"
    )
    assert snippet_speakers(text) == ["Jack"]


# A lead may set a first name in capitals ("JACK Doe set out ..."): that is the full name.
def test_a_first_name_set_in_capitals_in_the_lead_completes_it() -> None:
    text = (
        "Jack Gets Tough On Knife Crime\n\n"
        "JACK Doe this morning set out how he would get tough on knife crime.\n\n"
        f"Jack said: {_PLAN}\n"
    )
    assert snippet_speakers(text) == ["Jack Doe"]


def test_a_name_ending_a_title_case_line_still_completes_a_first_name() -> None:
    text = (
        "Knife crime plan\n\n"
        "Deputy Mayor for Policing Jack Doe\n\n"
        "The deputy mayor spoke to us this week about crime in the capital.\n\n"
        f"Jack said: {_PLAN}\n"
    )
    assert snippet_speakers(text) == ["Jack Doe"]
