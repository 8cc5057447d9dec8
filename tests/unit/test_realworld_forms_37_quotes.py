"""Forms of quotes, speakers, titles, dates and publishers found in blind batches 44 and
45 (and open classes of earlier batches), each fixed as a class and tested on sentences
of the same shape written for the purpose, with guard cases that must not change."""

from __future__ import annotations

import pytest
from tests_support import parse_snippet, snippet_quotes, stated_date

_BACKS = "Prime Minister backs Met chief\n\n"


# A copy that lost the spaces after its sentences: a closing mark glued to the next
# word still closes the quote, and a full stop glued to the next sentence still ends it,
# so the attribution read before the next quote is that sentence's.
@pytest.mark.parametrize(
    "body",
    [
        "Boris Johnson backed the chief, Downing Street said.Asked whether the Prime Minister"
        " has confidence in her, Mr Johnson’s official spokesman said: “Yes, he does.”Pressed"
        " on why, officials declined to comment further.",
        # guard: the same with its spaces
        "Boris Johnson backed the chief, Downing Street said. Asked whether the Prime Minister"
        " has confidence in her, Mr Johnson’s official spokesman said: “Yes, he does.” Pressed"
        " on why, officials declined to comment further.",
    ],
)
def test_a_copy_without_spaces_after_sentences_keeps_its_quotes_apart(body: str) -> None:
    assert snippet_quotes(f"{_BACKS}{body}\n") == [("official spokesman", "Yes, he does.")]


# "The spokesman added:" with no one named since the spokesperson just quoted goes on
# with that post, in the same paragraph too (the definite post points back to it);
# anyone named speaking between stops it.
@pytest.mark.parametrize(
    ("between", "second"),
    [
        ("Pressed on why, the spokesman added:", "official spokesman"),
        ("\n\nPressed on why, the spokesman added:", "official spokesman"),
        # guards: someone else speaking between, and a spokesman who is not the one quoted
        (
            "\n\nJane Doe, who chairs the board, said the decision was wrong. The spokesman added:",
            None,
        ),
        ("A Home Office spokesman added:", "Home Office spokesman"),
    ],
)
def test_the_spokesman_goes_on_with_the_post_just_quoted(between: str, second: str | None) -> None:
    text = (
        f"{_BACKS}Boris Johnson backed the chief, Downing Street said. Mr Johnson’s official"
        f" spokesman said: “Yes, he does.” {between} “The inquiry is rightly looking at the"
        " events of the night.”\n"
    )
    assert [s for s, _ in snippet_quotes(text)] == ["official spokesman", second]


# A local paper's lead sets its first word in capitals ("BORIS Johnson has said ..."):
# the name so written names the holder of the office quoted after it, also on a line
# opening on the search tool's date prefix; an acronym before a surname is no first name.
_PM_SAID = "The Prime Minister said: “Like the whole country, my thoughts are with her family.”"


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        ("JOHN Smith has said he is deeply saddened by the news.", "John Smith"),
        ("date 2021-03-11 JOHN Smith has said he is deeply saddened by the news.", "John Smith"),
        ("John Smith has said he is deeply saddened by the news.", "John Smith"),
        # guards: an acronym before a surname, and a capitalised word with no vowel
        ("DSI Smith has said he is deeply saddened by the news.", "Prime Minister"),
        ("NPCC Smith has said he is deeply saddened by the news.", "Prime Minister"),
    ],
)
def test_a_first_name_in_capitals_names_the_office_holder(lead: str, speaker: str) -> None:
    assert snippet_quotes(f"Prime Minister saddened\n\n{lead}\n\n{_PM_SAID}\n")[0][0] == speaker


# A committee paper's copy opens on furniture over its heading: a page-turn mark ("<<"),
# a document part's label ("Appendix 1", with a template's "[Type text]"), the
# committee's name alone; the committee's name before the meeting's date is a date line.
@pytest.mark.parametrize(
    ("head", "title", "stated"),
    [
        ("<<\n\nPolice and Crime Committee\n\n", "Safer streets at night", None),
        ("Appendix 2 [Type text]\n\n", "Safer streets at night", None),
        (
            "Appendix 1\n\nPolice and Crime Committee – 12 March 2019\n\n",
            "Safer streets at night",
            "2019-03-12",
        ),
        (
            "London Assembly Budget and Performance Committee – Tuesday, 5 May 2020\n\n",
            "Safer streets at night",
            "2020-05-05",
        ),
        # guards: a headline naming a committee, and one ending on a date
        ("", "Police and Crime Committee backs night safety plan", None),
        ("", "Statement following the attack: 19 June 2017", "2017-06-19"),
    ],
)
def test_a_committee_papers_furniture_is_not_its_title(
    head: str, title: str, stated: str | None
) -> None:
    text = f"{head}{title}\n\nThe committee met to discuss safety on the streets at night.\n"
    assert parse_snippet(text).title == title
    assert stated_date(text) == stated


# TheyWorkForYou's line of whom the questions were put to and when they were answered
# (its time may be left empty, "answered at on") states the page's date, as the first
# line or under the question's heading.
@pytest.mark.parametrize(
    ("text", "stated"),
    [
        ("Questions to the Mayor of London – answered at on 3 March 2021.\n\n", "2021-03-03"),
        (
            "Safer roads\n\nQuestions to the Mayor of London – answered on 3 March 2021.\n\n",
            "2021-03-03",
        ),
        # guard: the questions' line with no date
        ("Safer roads\n\nQuestions to the Mayor of London – answered later.\n\n", None),
    ],
)
def test_the_line_of_questions_answered_states_the_date(text: str, stated: str | None) -> None:
    question = "How will you make the roads safer for cyclists in every borough of London?\n"
    assert stated_date(text + question) == stated


# A speech page's date label on a line of its own, the date on the next ("First
# published:" / "8 December 2015"), among its first lines states the date; a label over
# no date does not.
@pytest.mark.parametrize(
    ("label", "stated"),
    [
        ("First published:\n4 May 2016", "2016-05-04"),
        # guards: the label over a place, and a date line with words after it
        ("First published:\nRochester Row, London", None),
        ("Delivered on:\n4 May 2016 (Transcript of the speech, exactly as it was delivered)", None),
    ],
)
def test_a_date_label_over_its_date_states_it(label: str, stated: str | None) -> None:
    text = (
        "Home Secretary at the summit\n\n\nHome Office and Jane Doe MP\nSummit Hall, London\n"
        f"{label}\nPart of:\n\nThere must be no let-up in the reform of policing.\n"
    )
    assert stated_date(text) == stated
