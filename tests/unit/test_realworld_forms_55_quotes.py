"""Forms of quotes and speakers found in blind batches 80 and 81 (and open classes of
earlier batches), each fixed as a class and tested on sentences of the same shape written
for the purpose, with guard cases that must not change."""

from __future__ import annotations

from tests_support import snippet_quotes, snippet_speakers

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


_OPERATION = "“Today’s operation follows consultation with the Crown Prosecution Service.”"


# A document's label is never a person: a body's press release speaks for the body, as
# its statement does ("The Metropolitan Police Press Release says").
def test_a_bodys_press_release_speaks_for_the_body() -> None:
    text = (
        "Six arrests made\n\n"
        "Six people were arrested this morning.\n\n"
        f"The Metropolitan Police Press Release says:\n\n{_OPERATION}\n"
    )
    assert snippet_speakers(text) == ["Metropolitan Police"]


def test_a_press_release_of_no_named_body_names_no_person() -> None:
    text = (
        "Six arrests made\n\n"
        "Six people were arrested this morning.\n\n"
        f"The Weekly Press Release says:\n\n{_OPERATION}\n"
    )
    assert snippet_speakers(text) == [None]


_FAMILY = "“The family have suffered appallingly and we must do more for them now.”"


# A capitalised run after "for" in a post is its seat or remit, never the speaker: "the
# Labour MP for Walsall North, Cameron said" is Cameron speaking.
def test_a_members_seat_in_an_apposition_is_not_the_speaker() -> None:
    text = (
        "Prime Minister backs inquiry\n\n"
        "Prime Minister Dan Cameron answered questions in the Commons today.\n\n"
        "Responding to a question from Jane Roe, the Labour MP for Walsall North, "
        f"Cameron said: {_FAMILY}\n"
    )
    assert snippet_speakers(text) == ["Dan Cameron"]


def test_a_name_after_a_lower_case_post_still_speaks() -> None:
    text = f"Inquiry backed\n\nLocal resident Jane Roe said: {_FAMILY}\n"
    assert snippet_speakers(text) == ["Jane Roe"]


# A headline's name label over a few quoted words with no full stop ("Inquiry: “There
# was no cosying up”") is a heading summing up the story, not anyone's quote.
def test_a_name_labelled_heading_in_quote_marks_is_not_a_quote() -> None:
    text = (
        "Inquiry update\n\n"
        "The inquiry heard more evidence today from the force.\n\n"
        "Leveson: “There was no cosying up”\n\n"
        "The inquiry heard closing submissions from John Roe QC for the force.\n"
    )
    assert snippet_quotes(text) == []


def test_a_name_labelled_sentence_in_quote_marks_is_still_a_quote() -> None:
    text = (
        "Inquiry update\n\n"
        "The inquiry heard more evidence today from the force.\n\n"
        "John Roe: “There was no cosying up between officers and journalists.”\n"
    )
    assert snippet_speakers(text) == ["John Roe"]


_TRAINS = (
    "“In terms of the graffiti, anything that helps make the case for new trains is "
    "welcome. We want to replace them.”"
)


# An unnamed insider, like an unnamed source, is all the report gives of the speaker.
def test_an_unnamed_insider_speaks_as_the_post_given() -> None:
    text = f"Trains plan\n\nStaff admit the trains are old.\n\nAn insider stated,\n{_TRAINS}\n"
    assert snippet_speakers(text) == ["insider"]


def test_an_insider_of_a_named_body_keeps_the_body() -> None:
    text = f"Trains plan\n\nStaff admit the trains are old.\n\nA TfL insider said:\n{_TRAINS}\n"
    assert snippet_speakers(text) == ["TfL insider"]


_SORRY = (
    "“We are very sorry for the distress that has been caused to the family of the man,” "
    "the statement read."
)


# "..., the statement read." speaks for the body the paragraphs before say issued it.
def test_the_statement_read_speaks_for_the_body_that_issued_it() -> None:
    text = (
        "Police apologise to family\n\n"
        "THE METROPOLITAN police have issued a statement apologising to the family.\n\n"
        f"{_SORRY}\n"
    )
    assert snippet_speakers(text) == ["Metropolitan Police"]


def test_the_statement_said_after_a_body_said_in_a_statement() -> None:
    text = (
        "Officer dies\n\n"
        "He could not be saved, Metropolitan Police said in a statement.\n\n"
        "“Officers treated him at the scene and he was taken to hospital by ambulance,” "
        "the statement said.\n"
    )
    assert snippet_speakers(text) == ["Metropolitan Police"]


def test_the_statement_of_no_named_issuer_is_no_ones_quote() -> None:
    text = f"Police apologise to family\n\nThe family met officers today.\n\n{_SORRY}\n"
    assert snippet_quotes(text) == []
